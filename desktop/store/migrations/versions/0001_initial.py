"""initial schema: units, persons, children, change log, settings

Revision ID: 0001
Revises:

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "change_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("user", sa.String(length=50), nullable=False),
        sa.Column("batch", sa.String(length=40), nullable=False),
        sa.Column("entity", sa.String(length=20), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("field", sa.String(length=50), nullable=False),
        sa.Column("old_value", sa.String(), nullable=True),
        sa.Column("new_value", sa.String(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_change_log_batch"), ["batch"], unique=False)
        batch_op.create_index("ix_change_log_entity", ["entity", "entity_id", "id"], unique=False)
        batch_op.create_index(batch_op.f("ix_change_log_person_id"), ["person_id"], unique=False)

    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=50), nullable=False),
        sa.Column("value", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "unit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["parent_id"], ["unit.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("unit", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_unit_parent_id"), ["parent_id"], unique=False)

    op.create_table(
        "person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("name_pinyin", sa.String(length=200), nullable=False),
        sa.Column("name_initials", sa.String(length=50), nullable=False),
        sa.Column("id_number", sa.String(length=18), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=False),
        sa.Column("ethnicity", sa.String(length=20), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("household_address", sa.String(length=200), nullable=False),
        sa.Column("current_address", sa.String(length=200), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(length=10), nullable=False),
        sa.Column("registered_on", sa.Date(), nullable=True),
        sa.Column("origin", sa.String(length=200), nullable=False),
        sa.Column("arrival_date", sa.Date(), nullable=True),
        sa.Column("employer", sa.String(length=200), nullable=False),
        sa.Column("marital_status", sa.String(length=20), nullable=False),
        sa.Column("marriage_date", sa.Date(), nullable=True),
        sa.Column("spouse_name", sa.String(length=50), nullable=False),
        sa.Column("spouse_id_number", sa.String(length=18), nullable=False),
        sa.Column("spouse_work_unit", sa.String(length=200), nullable=False),
        sa.Column("spouse_phone", sa.String(length=40), nullable=False),
        sa.Column("checkup_group", sa.String(length=20), nullable=False),
        sa.Column("one_child_cert_no", sa.String(length=50), nullable=False),
        sa.Column("one_child_cert_date", sa.Date(), nullable=True),
        sa.Column("notes", sa.String(length=2000), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("status_date", sa.Date(), nullable=True),
        sa.Column("children_count", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("id_number"),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index("ix_person_birth", ["birth_date"], unique=False)
        batch_op.create_index("ix_person_pinyin", ["name_pinyin", "id"], unique=False)
        batch_op.create_index("ix_person_unit", ["unit_id"], unique=False)
        batch_op.create_index(
            "ix_person_count",
            ["status", "birth_date", "deleted_at", "unit_id", "category"],
            unique=False,
        )

    op.create_table(
        "child",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("sex", sa.String(length=1), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=False),
        sa.Column("birth_order", sa.Integer(), nullable=False),
        sa.Column("id_number", sa.String(length=18), nullable=False),
        sa.Column("birth_registered_on", sa.Date(), nullable=True),
        sa.Column("reported_on", sa.Date(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("child", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_child_person_id"), ["person_id"], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table("child", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_child_person_id"))

    op.drop_table("child")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index("ix_person_count")
        batch_op.drop_index("ix_person_unit")
        batch_op.drop_index("ix_person_pinyin")
        batch_op.drop_index("ix_person_birth")

    op.drop_table("person")
    with op.batch_alter_table("unit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_unit_parent_id"))

    op.drop_table("unit")
    op.drop_table("setting")
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_change_log_person_id"))
        batch_op.drop_index("ix_change_log_entity")
        batch_op.drop_index(batch_op.f("ix_change_log_batch"))

    op.drop_table("change_log")

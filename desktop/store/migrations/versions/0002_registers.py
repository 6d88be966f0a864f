"""life events and the six registers

Revision ID: 0002
Revises: 0001

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "benefit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("program", sa.String(length=20), nullable=False),
        sa.Column("amount_fen", sa.Integer(), nullable=False),
        sa.Column("cycle", sa.String(length=10), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("benefit", schema=None) as batch_op:
        batch_op.create_index("ix_benefit_person", ["person_id"], unique=False)

    op.create_table(
        "checkup",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("check_pregnancy", sa.Boolean(), nullable=False),
        sa.Column("check_iud", sa.Boolean(), nullable=False),
        sa.Column("check_disease", sa.Boolean(), nullable=False),
        sa.Column("pregnant", sa.Boolean(), nullable=False),
        sa.Column("result", sa.String(length=10), nullable=False),
        sa.Column("note", sa.String(length=500), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("checkup", schema=None) as batch_op:
        batch_op.create_index("ix_checkup_date", ["date"], unique=False)
        batch_op.create_index("ix_checkup_person", ["person_id", "date"], unique=False)

    op.create_table(
        "contraception",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("method", sa.String(length=20), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("contraception", schema=None) as batch_op:
        batch_op.create_index("ix_contraception_person", ["person_id", "start_date"], unique=False)
        batch_op.create_index("ix_contraception_start", ["start_date"], unique=False)

    op.create_table(
        "life_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("life_event", schema=None) as batch_op:
        batch_op.create_index("ix_life_event_date", ["kind", "date"], unique=False)
        batch_op.create_index("ix_life_event_person", ["person_id", "date"], unique=False)

    op.create_table(
        "pregnancy",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("registered_on", sa.Date(), nullable=False),
        sa.Column("lmp", sa.Date(), nullable=False),
        sa.Column("outcome", sa.String(length=20), nullable=True),
        sa.Column("outcome_date", sa.Date(), nullable=True),
        sa.Column("note", sa.String(length=500), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("pregnancy", schema=None) as batch_op:
        batch_op.create_index("ix_pregnancy_person", ["person_id", "registered_on"], unique=False)
        batch_op.create_index("ix_pregnancy_registered", ["registered_on"], unique=False)

    op.create_table(
        "service",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("type", sa.String(length=20), nullable=False),
        sa.Column("note", sa.String(length=500), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("service", schema=None) as batch_op:
        batch_op.create_index("ix_service_date", ["date"], unique=False)
        batch_op.create_index("ix_service_person", ["person_id", "date"], unique=False)

    op.create_table(
        "payment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("benefit_id", sa.Integer(), nullable=False),
        sa.Column("period", sa.String(length=7), nullable=False),
        sa.Column("amount_fen", sa.Integer(), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["benefit_id"], ["benefit.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.create_index("ix_payment_benefit", ["benefit_id", "period"], unique=False)
        batch_op.create_index("ix_payment_paid", ["paid_on"], unique=False)

    op.create_table(
        "pregnancy_followup",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pregnancy_id", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("note", sa.String(length=500), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["pregnancy_id"], ["pregnancy.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("pregnancy_followup", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_pregnancy_followup_pregnancy_id"), ["pregnancy_id"], unique=False
        )

    with op.batch_alter_table("child", schema=None) as batch_op:
        batch_op.add_column(sa.Column("death_date", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("pregnancy_id", sa.Integer(), nullable=True))
        batch_op.create_index("ix_child_birth", ["birth_date"], unique=False)
        batch_op.create_index("ix_child_death", ["death_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_child_pregnancy_id"), ["pregnancy_id"], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table("child", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_child_pregnancy_id"))
        batch_op.drop_index("ix_child_death")
        batch_op.drop_index("ix_child_birth")
        batch_op.drop_column("pregnancy_id")
        batch_op.drop_column("death_date")

    with op.batch_alter_table("pregnancy_followup", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_pregnancy_followup_pregnancy_id"))

    op.drop_table("pregnancy_followup")
    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.drop_index("ix_payment_paid")
        batch_op.drop_index("ix_payment_benefit")

    op.drop_table("payment")
    with op.batch_alter_table("service", schema=None) as batch_op:
        batch_op.drop_index("ix_service_person")
        batch_op.drop_index("ix_service_date")

    op.drop_table("service")
    with op.batch_alter_table("pregnancy", schema=None) as batch_op:
        batch_op.drop_index("ix_pregnancy_registered")
        batch_op.drop_index("ix_pregnancy_person")

    op.drop_table("pregnancy")
    with op.batch_alter_table("life_event", schema=None) as batch_op:
        batch_op.drop_index("ix_life_event_person")
        batch_op.drop_index("ix_life_event_date")

    op.drop_table("life_event")
    with op.batch_alter_table("contraception", schema=None) as batch_op:
        batch_op.drop_index("ix_contraception_start")
        batch_op.drop_index("ix_contraception_person")

    op.drop_table("contraception")
    with op.batch_alter_table("checkup", schema=None) as batch_op:
        batch_op.drop_index("ix_checkup_person")
        batch_op.drop_index("ix_checkup_date")

    op.drop_table("checkup")
    with op.batch_alter_table("benefit", schema=None) as batch_op:
        batch_op.drop_index("ix_benefit_person")

    op.drop_table("benefit")

"""closed report periods (结账) with the persons behind each figure; transfers between
units (单位调动) as life events with the unit left and the unit joined

Revision ID: 0007
Revises: 0006
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("life_event") as batch:
        batch.add_column(sa.Column("from_unit_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("to_unit_id", sa.Integer(), nullable=True))
        batch.create_foreign_key("fk_life_event_from_unit", "unit", ["from_unit_id"], ["id"],
                                 ondelete="RESTRICT")
        batch.create_foreign_key("fk_life_event_to_unit", "unit", ["to_unit_id"], ["id"],
                                 ondelete="RESTRICT")
    op.create_table(
        "closed_period",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("start", sa.Date(), nullable=False),
        sa.Column("end", sa.Date(), nullable=False),
        sa.Column("figures", sa.String(), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=False),
        sa.Column("closed_by", sa.String(length=50), nullable=False),
        sa.Column("reopened_at", sa.DateTime(), nullable=True),
        sa.Column("reopened_by", sa.String(length=50), nullable=False),
        sa.Column("reopen_reason", sa.String(length=500), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_closed_period_range", "closed_period", ["start", "end"])
    op.create_table(
        "closed_person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("closure_id", sa.Integer(), nullable=False),
        sa.Column("measure", sa.String(length=40), nullable=False),
        sa.Column("part", sa.String(length=3), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=True),
        sa.Column("record_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["closure_id"], ["closed_period.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_closed_person_person", "closed_person", ["closure_id", "person_id"])


def downgrade() -> None:
    op.drop_index("ix_closed_person_person", table_name="closed_person")
    op.drop_table("closed_person")
    op.drop_index("ix_closed_period_range", table_name="closed_period")
    op.drop_table("closed_period")
    with op.batch_alter_table("life_event") as batch:
        batch.drop_constraint("fk_life_event_to_unit", type_="foreignkey")
        batch.drop_constraint("fk_life_event_from_unit", type_="foreignkey")
        batch.drop_column("to_unit_id")
        batch.drop_column("from_unit_id")

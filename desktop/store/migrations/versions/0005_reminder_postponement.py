"""reminder postponements: a reminder put off to a date, with the clerk's reason;
her last check-up found in one seek (live check-ups by person and date)

Revision ID: 0005
Revises: 0004
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "reminder_postponement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("until", sa.Date(), nullable=False),
        sa.Column("reason", sa.String(length=500), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_reminder_postponement_person", "reminder_postponement",
                    ["person_id", "kind"], unique=False)
    live = sa.text("deleted_at IS NULL")
    op.create_index("ix_checkup_live_person", "checkup", ["person_id", "date"], unique=False,
                    sqlite_where=live, postgresql_where=live)


def downgrade() -> None:
    op.drop_index("ix_checkup_live_person", table_name="checkup")
    op.drop_index("ix_reminder_postponement_person", table_name="reminder_postponement")
    op.drop_table("reminder_postponement")

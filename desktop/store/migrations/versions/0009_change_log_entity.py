"""change log: room for the longest record kind's name (reminder_postponement, 21
characters) in change_log.entity; SQLite never held the column to its length, a
PostgreSQL server does

Revision ID: 0009
Revises: 0008
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | Sequence[str] | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.alter_column("entity", existing_type=sa.String(length=20),
                              type_=sa.String(length=40), existing_nullable=False)


def downgrade() -> None:
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.alter_column("entity", existing_type=sa.String(length=40),
                              type_=sa.String(length=20), existing_nullable=False)

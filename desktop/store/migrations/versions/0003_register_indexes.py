"""register indexes: date ranges over the rows not in the recycle bin

Revision ID: 0003
Revises: 0002
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (table, old index, new index, date column)
CHANGES = (
    ("checkup", "ix_checkup_date", "ix_checkup_live_date", "date"),
    ("service", "ix_service_date", "ix_service_live_date", "date"),
    ("contraception", "ix_contraception_start", "ix_contraception_live_start", "start_date"),
)
LIVE = sa.text("deleted_at IS NULL")


def upgrade() -> None:
    for table, old, new, day in CHANGES:
        op.drop_index(old, table_name=table)
        op.create_index(new, table, [day, "person_id"], unique=False,
                        sqlite_where=LIVE, postgresql_where=LIVE)


def downgrade() -> None:
    for table, old, new, day in CHANGES:
        op.drop_index(new, table_name=table)
        op.create_index(old, table, [day], unique=False)

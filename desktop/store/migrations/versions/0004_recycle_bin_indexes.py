"""recycle bin indexes: the few deleted rows of each table, found without a scan

Revision ID: 0004
Revises: 0003
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Tables whose deleted rows the recycle bin lists (persons have their own list).
TABLES = ("person", "child", "pregnancy", "pregnancy_followup", "contraception", "checkup",
          "service", "benefit", "payment", "life_event")
DELETED = sa.text("deleted_at IS NOT NULL")


def upgrade() -> None:
    for table in TABLES:
        op.create_index(f"ix_{table}_deleted", table, ["deleted_at"], unique=False,
                        sqlite_where=DELETED, postgresql_where=DELETED)


def downgrade() -> None:
    for table in TABLES:
        op.drop_index(f"ix_{table}_deleted", table_name=table)

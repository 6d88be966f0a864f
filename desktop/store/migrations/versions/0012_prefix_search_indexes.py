"""register search: prefix indexes a PostgreSQL server can use for LIKE 'zh%' (pinyin and
initials); a SQLite file needs none (its LIKE is answered by a scan of the register, and
its schema stays as it is)

PostgreSQL uses a plain btree for LIKE 'prefix%' only under the C collation; a server's
database usually has another (en_US.UTF-8, zh_CN.UTF-8, C.UTF-8), so a typed letter read
every row of the register. text_pattern_ops orders byte by byte, which a prefix needs.

Revision ID: 0012
Revises: 0011
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0012"
down_revision: str | Sequence[str] | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The same names as desktop.store.server.SERVER_ONLY_INDEXES (a migration stands alone).
INDEXES = {"ix_person_pinyin_prefix": "name_pinyin", "ix_person_initials_prefix": "name_initials"}


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name, column in INDEXES.items():
        op.create_index(name, "person", [column], postgresql_ops={column: "text_pattern_ops"})


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name in INDEXES:
        op.drop_index(name, table_name="person")

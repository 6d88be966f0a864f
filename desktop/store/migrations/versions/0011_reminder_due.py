"""the reminders' first screen: each woman's last counted check-up and latest return,
walked by date instead of working out every woman's reminders

Revision ID: 0011
Revises: 0010
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | Sequence[str] | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GROUPS = ("key", "general")  # CheckupGroup at this revision
RETURNED = "returned"  # EventKind.RETURNED

person = sa.table("person", sa.column("id", sa.Integer), sa.column("checkup_group", sa.String),
                  sa.column("birth_date", sa.Date))
checkup = sa.table("checkup", sa.column("person_id", sa.Integer), sa.column("date", sa.Date),
                   sa.column("deleted_at", sa.DateTime))
life_event = sa.table("life_event", sa.column("person_id", sa.Integer), sa.column("kind", sa.String),
                      sa.column("date", sa.Date), sa.column("deleted_at", sa.DateTime))
change_log = sa.table("change_log", sa.column("id", sa.Integer))


def upgrade() -> None:
    due = op.create_table(
        "reminder_due",
        sa.Column("person_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("checkup_group", sa.String(length=20), nullable=False),
        sa.Column("counted", sa.Date(), nullable=True),
        sa.Column("last_return", sa.Date(), nullable=True),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint("person_id"),
    )
    mark = op.create_table(
        "reminder_due_mark",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("change_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    _fill(due, mark)
    # after the fill: one sort per index instead of an index kept up row by row
    op.create_index("ix_reminder_due_counted", "reminder_due",
                    ["checkup_group", "counted", "birth_date"])
    op.create_index("ix_reminder_due_return", "reminder_due", ["last_return", "birth_date"])
    op.create_index("ix_reminder_due_valid", "reminder_due", ["valid_from"])


def _fill(due: sa.Table, mark: sa.Table) -> None:
    """Every woman's row as desktop.store.reminder_due.rows_select makes it (a test keeps
    the two equal)."""
    last = (sa.select(sa.func.max(checkup.c.date))
            .where(checkup.c.person_id == person.c.id, checkup.c.deleted_at.is_(None))
            .scalar_subquery())
    ret = (sa.select(sa.func.max(life_event.c.date))
           .where(life_event.c.person_id == person.c.id, life_event.c.kind == RETURNED,
                  life_event.c.deleted_at.is_(None))
           .scalar_subquery())
    p = (sa.select(person.c.id.label("pid"), person.c.checkup_group.label("grp"),
                   person.c.birth_date.label("birth"), last.label("last"), ret.label("ret"))
         .offset(0).subquery("p"))
    group = sa.case((p.c.grp.in_(GROUPS), p.c.grp), else_="general")
    counted = sa.case((p.c.ret.is_(None), p.c.last), (p.c.last >= p.c.ret, p.c.last))
    valid_from = sa.case((p.c.ret.is_(None), p.c.last), (p.c.last.is_(None), p.c.ret),
                         (p.c.last > p.c.ret, p.c.last), else_=p.c.ret)
    rows = (sa.select(p.c.pid, group, counted, p.c.ret, valid_from, p.c.birth)
            .where(p.c.last.is_not(None) | p.c.ret.is_not(None)))
    op.execute(due.insert().from_select(
        ["person_id", "checkup_group", "counted", "last_return", "valid_from", "birth_date"], rows))
    newest = sa.select(sa.func.coalesce(sa.func.max(change_log.c.id), 0)).scalar_subquery()
    # a ledger without a person keeps no mark: it stays empty (a move-to's target)
    op.execute(mark.insert().from_select(["id", "change_id"], sa.select(sa.literal(1), newest)
                                         .where(sa.exists().where(person.c.id.is_not(None)))))


def downgrade() -> None:
    op.drop_index("ix_reminder_due_valid", table_name="reminder_due")
    op.drop_index("ix_reminder_due_return", table_name="reminder_due")
    op.drop_index("ix_reminder_due_counted", table_name="reminder_due")
    op.drop_table("reminder_due_mark")
    op.drop_table("reminder_due")

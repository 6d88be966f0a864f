"""Optimistic locking of a person's record, and of each of her records (pregnancy,
follow-up, check-up…): each form save claims the version it read.

The claim is one conditional UPDATE (``version = read + 1 WHERE version = read``), so two
clerks saving at once cannot both win: on PostgreSQL the second waits for the first's row
lock and then finds the version moved; on SQLite the file's single writer orders them.
The change-log rows of a save carry the batch ``save-vN`` (N: the version it made), which
is how a refused save learns who changed what and when.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select, update
from sqlmodel import Session, SQLModel, col

from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.errors import NotFoundError, StaleRecordError
from desktop.store.models import ChangeLog, Person

MAX_FIELDS = 6


def save_batch(version: int) -> str:
    return f"save-v{version}"


@dataclass(frozen=True)
class _Words:
    """What a refused save says, for her record or for one of her records."""

    gone: str
    unknown: str  # moved on, nobody to name
    named: str  # {user}, {at}, {fields}


_HER = _Words(
    QT_TRANSLATE_NOOP("errors", "This person's record no longer exists."),
    QT_TRANSLATE_NOOP(
        "errors", "Her record was changed by someone else while you were editing it. "
                  "Nothing was saved; your input is still in the form."),
    QT_TRANSLATE_NOOP(
        "errors", "{user} saved her record at {at} while you were editing it (changed: "
                  "{fields}). Nothing was saved; your input is still in the form. Note "
                  "what you need, close the form and open her record again."))
_RECORD = _Words(
    QT_TRANSLATE_NOOP("errors", "This record no longer exists."),
    QT_TRANSLATE_NOOP(
        "errors", "This record was changed by someone else while you were editing it. "
                  "Nothing was saved; your input is still in the form."),
    QT_TRANSLATE_NOOP(
        "errors", "{user} saved this record at {at} while you were editing it (changed: "
                  "{fields}). Nothing was saved; your input is still in the form. Note "
                  "what you need, close the form and open the record again."))


def claim_version(session: Session, person_id: int, read: int | None) -> str:
    """Move her version on by one (from ``read``, when given) and return the change-log
    batch of this save; StaleRecordError (nothing written) when she was saved since."""
    return _claim(session, Person, "person", person_id, read, _HER)


def claim_record_version(session: Session, model: type[SQLModel], entity: str, row_id: int,
                         read: int | None) -> str:
    """As ``claim_version``, for one record of ``entity`` (its table ``model``)."""
    return _claim(session, model, entity, row_id, read, _RECORD)


def _claim(session: Session, model: type[SQLModel], entity: str, row_id: int,
           read: int | None, words: _Words) -> str:
    table: Any = model
    where = [col(table.id) == row_id]
    if read is not None:
        where.append(col(table.version) == read)
    claimed = session.execute(
        update(model).where(*where).values(version=col(table.version) + 1)
        .returning(col(table.version)).execution_options(synchronize_session=False)
    ).scalar()
    if claimed is not None:
        return save_batch(claimed)
    current = session.scalar(select(col(table.version)).where(col(table.id) == row_id))
    if current is None:
        raise NotFoundError(words.gone)
    raise stale_error(session, entity, row_id, current, words)


def stale_error(session: Session, entity: str, row_id: int, current: int,
                words: _Words = _RECORD) -> StaleRecordError:
    """Who saved the record since (the change log's ``save-vN`` batch), when, and which
    fields; the newest change when it moved on without a form (an import, an older app)."""
    of_it = (col(ChangeLog.entity) == entity, col(ChangeLog.entity_id) == row_id)
    saved = (*of_it, col(ChangeLog.batch) == save_batch(current))
    last = session.execute(
        select(func.max(col(ChangeLog.user)).label("user"), func.min(col(ChangeLog.at)).label("at"))
        .where(*saved)).first()
    if last is None or last.at is None:
        last = session.execute(select(col(ChangeLog.user), col(ChangeLog.at)).where(*of_it)
                               .order_by(col(ChangeLog.id).desc()).limit(1)).first()
    if last is None:
        return StaleRecordError(words.unknown)
    fields = session.scalars(select(col(ChangeLog.field)).distinct()
                             .where(*saved, col(ChangeLog.field) != "")).all()
    changed = tuple(sorted(fields))[:MAX_FIELDS]
    return StaleRecordError(
        words.named, changed_fields=changed, user=last.user or "?",
        at=last.at.strftime("%Y-%m-%d %H:%M"), fields=", ".join(changed) or "-")

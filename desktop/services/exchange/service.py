"""Services.exchange: check, import, undo, export, template, rejected rows (see exchange_types)."""

from __future__ import annotations

import datetime as dt
import gc
import os
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import TypeVar

from sqlalchemy import Engine, select
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col

from desktop.domain.enums import EventKind
from desktop.domain.kinds import Kind
from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.domain.values.exchange import (
    ExchangeExportResult,
    ImportBatch,
    ImportCancelled,
    ImportPreview,
    ImportResult,
    Problem,
    Progress,
    ShouldStop,
    UndoResult,
)
from desktop.errors import ConflictError, StorageError, ValidationError
from desktop.services.exchange import export as exchange_export
from desktop.services.exchange import plan as exchange_plan
from desktop.services.exchange import transfer
from desktop.services.exchange import undo as exchange_undo
from desktop.services.exchange import write as exchange_import
from desktop.services.exchange.changes import field_changes
from desktop.services.exchange.check import CANCELLED_CHECK, Collector, read_sheet
from desktop.services.exchange.db import DbView
from desktop.services.exchange.events import status_field_changes
from desktop.services.exchange.mapping.apply import MappedBook
from desktop.services.exchange.mapping.spec import Mapping
from desktop.services.exchange.read import RawSheet, stream_book
from desktop.services.people.life_events import record_event
from desktop.services.safety.changelog import ChangeRecorder
from desktop.store.bulk import loading
from desktop.store.db import SessionFactory, transaction
from desktop.store.leftovers import part_for
from desktop.store.models import ChangeBatch, Unit
from desktop.store.work_lock import IMPORT, WorkLocks
from desktop.system_errors import reason_of


def new_batch(session: Session, kind: str, now: dt.datetime) -> str:
    """A change-log batch name no other import has, in this process or any other: the id of
    a row taken inside the import's write transaction."""
    row = ChangeBatch(kind=kind, at=now)
    session.add(row)
    session.flush()
    return f"{kind}-{now:%Y%m%d%H%M%S}-{row.id}"


NO_ONE = QT_TRANSLATE_NOOP("exchange", "Choose the persons whose files are transferred.")
CHANGED_SINCE = QT_TRANSLATE_NOOP(
    "exchange", "The database changed since the file was checked; check the file again.")
CANNOT_WRITE = QT_TRANSLATE_NOOP("errors", "The file {path} cannot be written: {reason}")
_T = TypeVar("_T")
# Page cache while importing (restored by loading() afterwards): indexes take rows in no
# order; a load large enough to thrash it rebuilds its indexes instead (store.bulk).
IMPORT_CACHE_KIB = 32 * 1024
# An import (or its undo) writes persons, units and every record kind at once.
IMPORTED = frozenset({"import", "person", "unit", *Kind})


@contextmanager
def _no_gc() -> Iterator[None]:
    """Millions of live rows make the cyclic collector rescan them again and again (the
    check took 12x longer for 10x the rows); nothing here makes cycles."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class ExchangeService:
    def __init__(self, engine: Engine, factory: SessionFactory, recorder: ChangeRecorder,
                 today: Callable[[], dt.date], now: Callable[[], dt.datetime],
                 before_change: Callable[[], Path] | None = None,
                 log_backup: Callable[[Session, Path], None] | None = None,
                 locks: WorkLocks | None = None) -> None:
        self._engine, self._factory, self._recorder = engine, factory, recorder
        # on a server: one import (or month closing) at a time; the others are told who
        self._locks = locks or WorkLocks(engine, recorder._user, now)
        self._today, self._now = today, now
        # A verified backup before an import writes anything (the automatic folder).
        self._before_change, self._log_backup = before_change, log_backup

    def check(self, path: Path | str, update: bool = False, progress: Progress | None = None,
              should_stop: ShouldStop | None = None, mapping: Mapping | None = None
              ) -> ImportPreview:
        """Check a workbook in the exchange format, or (with a mapping) one of her own."""
        path = Path(path)
        with _no_gc():
            if mapping is None:
                return self._check(path, update, progress, should_stop, stream_book(path))
            book = MappedBook(path, mapping)
            preview = self._check(path, update, progress, should_stop, book.sheets())
            return replace(preview, problems=book.relabel(preview.problems),
                           warnings=book.relabel_warnings(preview.warnings),
                           changes=book.relabel_changes(preview.changes))

    def _check(self, path: Path, update: bool, progress: Progress | None,
               should_stop: ShouldStop | None, book: tuple[int, Iterator[RawSheet]]
               ) -> ImportPreview:
        count, sheets = book
        collector, today = Collector(update), self._today()

        def tick() -> None:
            if should_stop is not None and should_stop():
                raise ImportCancelled(CANCELLED_CHECK)

        # Sheets go by as they load (their sizes are known only then): progress per sheet.
        for done, raw in enumerate(sheets, start=1):
            tick()  # between sheets too: a small sheet never reaches a row check
            read_sheet(raw, collector, today, tick)
            if progress:
                progress(done, max(count, 1))
        with self._factory() as session:
            db = DbView(session)
            plan = exchange_plan.build(collector, db, update, today)
            units = {uid: name for uid, name in session.execute(select(col(Unit.id), col(Unit.name)))} \
                if plan.update_rows or plan.status_changes else {}
        collector.table.seal()
        changes = field_changes(plan, units) if plan.update_rows else ()
        if plan.status_changes:  # stored persons whose new events change her status or unit
            changes = (*changes, *status_field_changes(plan.status_changes, units))
        return ImportPreview(path, update, plan.counts(), collector.sorted_problems(), plan,
                             changes, collector.sorted_warnings())

    def run_import(self, preview: ImportPreview, progress: Progress | None = None,
                   should_stop: ShouldStop | None = None) -> ImportResult:
        with self._locks.held(IMPORT):
            return self._run_import(preview, progress, should_stop)

    def _run_import(self, preview: ImportPreview, progress: Progress | None,
                    should_stop: ShouldStop | None) -> ImportResult:
        started = time.perf_counter()
        plan = preview.plan
        assert isinstance(plan, exchange_plan.Plan)
        if plan.used:
            raise ConflictError(CHANGED_SINCE)
        backup = self._before_change() if self._before_change and preview.has_work else None
        now = self._now()
        self._recorder.generation += 1
        try:
            with _no_gc(), transaction(self._factory) as session, loading(session, IMPORT_CACHE_KIB):
                if backup is not None and self._log_backup is not None:
                    self._log_backup(session, backup)  # in the import's transaction
                batch = new_batch(session, "import", now)
                added, updated = exchange_import.run(session, plan, batch, self._recorder._user(),
                                                     now, progress, should_stop)
                self._recorder.record(session, entity="import", entity_id=0, action="create",
                                      field="file", new=preview.path.name, batch=batch)
            plan.used = True
        except IntegrityError as exc:
            raise ConflictError(CHANGED_SINCE) from exc
        finally:
            self._recorder.generation += 1
        self._recorder.announce(IMPORTED)
        return ImportResult(batch, added, updated, time.perf_counter() - started, backup)

    def save_rejected(self, preview: ImportPreview, path: Path | str,
                      translate: Callable[[str, str], str] | None = None) -> int:
        plan = preview.plan
        assert isinstance(plan, exchange_plan.Plan) and plan.collector is not None
        rejected = {name: r.rejected for name, r in plan.collector.sheets.items()}

        def reason(problem: Problem) -> str:
            return problem.text(translate(problem.context, problem.reason) if translate else None)

        return self._writing(Path(path), lambda: exchange_export.write_rejected(Path(path), rejected, reason))

    def export(self, path: Path | str, full_ids: bool = False, progress: Progress | None = None,
               should_stop: ShouldStop | None = None) -> ExchangeExportResult:
        started = time.perf_counter()
        path = Path(path)
        part = part_for(path)

        def work() -> dict[str, int]:
            if not path.parent.is_dir():
                raise FileNotFoundError(2, os.strerror(2))
            counts = exchange_export.write_all(self._engine, part, full_ids, progress, should_stop)
            if full_ids:
                with transaction(self._factory) as session:
                    self._recorder.record_export(session, (
                        ("register", "exchange"), ("full_ids", "yes"),
                        ("rows", sum(counts.values())), ("file", str(path))))
            os.replace(part, path)
            return counts

        try:
            counts = self._writing(path, work)
        finally:
            part.unlink(missing_ok=True)
        return ExchangeExportResult(path, counts, full_ids, time.perf_counter() - started)

    def export_transfer(self, path: Path | str, person_ids: Sequence[int],
                        moved_on: dt.date | None = None, destination: str = "",
                        progress: Progress | None = None,
                        should_stop: ShouldStop | None = None) -> ExchangeExportResult:
        started = time.perf_counter()
        path = Path(path)
        part = part_for(path)
        ids = sorted(set(person_ids))
        if not ids:
            raise ValidationError(NO_ONE)

        def work() -> dict[str, int]:
            if not path.parent.is_dir():
                raise FileNotFoundError(2, os.strerror(2))
            with transaction(self._factory) as session:
                persons = transfer.persons(session, ids)
                if moved_on is not None:
                    for person in persons:
                        record_event(session, self._recorder, person, EventKind.MOVED_AWAY.value,
                                     moved_on, destination, self._today(), self._now())
                    session.flush()
                # the file is written inside the transaction: it holds her 迁出, and the
                # 迁出 is kept only once the file is complete
                queries = exchange_export.selected(ids, transfer.units(session, ids))
                counts = exchange_export.write_all(session.connection(), part, True, progress,
                                                   should_stop, queries)
                for person in persons:
                    self._recorder.record_export(session, (
                        ("register", "transfer"), ("full_ids", "yes"),
                        ("file", str(path))), person.id)
                os.replace(part, path)
            return counts

        try:
            counts = self._writing(path, work)
        finally:
            part.unlink(missing_ok=True)
        return ExchangeExportResult(path, counts, True, time.perf_counter() - started)

    def write_template(self, path: Path | str) -> Path:
        path = Path(path)
        self._writing(path, lambda: exchange_export.write_template(path))
        return path

    def last_import(self) -> ImportBatch | None:
        with self._factory() as session:
            return exchange_undo.last(session)

    def undo_last_import(self) -> UndoResult:
        with self._locks.held(IMPORT):
            return self._undo_last_import()

    def _undo_last_import(self) -> UndoResult:
        self._recorder.generation += 1
        try:
            with transaction(self._factory) as session:
                result = exchange_undo.undo(session, self._recorder._user(), self._now())
        finally:
            self._recorder.generation += 1
        self._recorder.announce(IMPORTED)
        return result

    @staticmethod
    def _writing(path: Path, work: Callable[[], _T]) -> _T:
        try:
            return work()
        except OSError as exc:
            raise StorageError(CANNOT_WRITE, path=str(path), reason=reason_of(exc)) from exc

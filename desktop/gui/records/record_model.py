"""One person's records as a table: RowsModel over records that carry their ``id``."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QWidget

from desktop.gui.records.rows_model import RowRole, RowsModel, make_view

__all__ = ["RecordModel", "RowRole", "make_view"]


def _record_id(record: Any) -> int:
    return record.id


class RecordModel(RowsModel):
    """Rows are records with an ``id``; ``cell(record, column)`` gives the text."""

    def __init__(self, headers: Callable[[], Sequence[str]], cell: Callable[[Any, int], str],
                 right_aligned: Sequence[int] = (), parent: QWidget | None = None) -> None:
        super().__init__(headers, cell, _record_id, parent, right_aligned)

    set_records = RowsModel.set_rows
    record_at = RowsModel.row_at
    records = RowsModel.rows
    row_of = RowsModel.find

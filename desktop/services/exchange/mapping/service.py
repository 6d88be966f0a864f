"""What the mapping dialog and the CLI ask of her workbook (``Services.mappings``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from desktop.services.exchange.mapping.apply import header_block
from desktop.services.exchange.mapping.auto import (
    MappingStore,
    guess_book,
    guess_mapping,
    guess_sheet_map,
    sheet_headers,
    signature,
)
from desktop.services.exchange.mapping.preview import SheetPreview, distinct_values, preview_sheet
from desktop.services.exchange.mapping.source import Grid, SourceBook
from desktop.services.exchange.mapping.spec import Mapping, SheetMap, load_mapping, save_mapping

MAPPINGS_FOLDER = "mappings"  # beside the ledger


class OpenBook:
    """Her workbook while the dialog shows it: each sheet loaded once."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._book = SourceBook(path)
        self.names = list(self._book.names)
        self._grids: dict[str, Grid] = {}

    def grid(self, name: str) -> Grid:
        if name not in self._grids:
            self._grids[name] = self._book.sheet(name)
        return self._grids[name]

    def headers(self, name: str) -> tuple[int, int, list[str]]:
        return sheet_headers(self.grid(name))

    @property
    def single(self) -> bool:
        return self._book.single

    def close(self) -> None:
        self._grids.clear()
        self._book.close()


class MappingService:
    def __init__(self, folder: Path, today: Callable[[], dt.date],
                 unit_names: Callable[[], list[str]]) -> None:
        self.store = MappingStore(folder)
        self._today, self._unit_names = today, unit_names

    def open(self, path: Path | str) -> OpenBook:
        return OpenBook(Path(path))

    def guess(self, book: OpenBook | Path | str) -> Mapping:
        """Guesses for the whole workbook (an open one: its sheets are not read again)."""
        if isinstance(book, OpenBook):  # the dialog: values from the first rows
            return guess_book(book, sample=True)
        return guess_mapping(Path(book))

    def guess_sheet(self, book: OpenBook, name: str, target: str,
                    header_row: int | None = None, header_rows: int | None = None) -> SheetMap:
        """Our guesses for one of her sheets as the sheet ``target`` (her column names on
        the row given, group names on the ``header_rows - 1`` rows above; else found)."""
        grid = book.grid(name)
        number, count, headers = header_block(grid, header_row, header_rows)
        guessed = guess_sheet_map(grid, target, number, headers, sample=True)
        guessed.header_row = number
        guessed.header_rows = count if count > 1 else None
        return guessed

    def headers(self, book: OpenBook, name: str,
                sheet: SheetMap | None) -> tuple[int, int, list[str]]:
        """(row of her column names, rows her headers take, her headers): the mapping's,
        or found by themselves."""
        if sheet is None:
            return book.headers(name)
        return header_block(book.grid(name), sheet.header_row, sheet.header_rows)

    def preview(self, book: OpenBook, name: str, sheet: SheetMap,
                units: list[str] | None = None) -> SheetPreview:
        return preview_sheet(book.grid(name), sheet, self._today(), units)

    def distinct(self, book: OpenBook, name: str, header_row: int,
                 index: int) -> list[tuple[str, int]]:
        return distinct_values(book.grid(name), header_row, index)

    def units(self) -> list[str]:
        return self._unit_names()

    def saved_for(self, book: OpenBook) -> Mapping | None:
        """The mapping saved for a workbook with these sheets and headers, if any."""
        return self.store.find(signature(book))

    def remember(self, book: OpenBook, mapping: Mapping) -> Path:
        return self.store.save(signature(book), mapping)

    @staticmethod
    def load(path: Path | str) -> Mapping:
        return load_mapping(path)

    @staticmethod
    def save(mapping: Mapping, path: Path | str) -> Path:
        return save_mapping(mapping, path)

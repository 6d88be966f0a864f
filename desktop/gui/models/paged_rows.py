"""The row cache behind the paged table models (person register, the six registers)."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Generic, TypeVar

R = TypeVar("R")


class PagedRows(Generic[R]):
    """Rows fetched one page (LIMIT/OFFSET) at a time, the latest ``max_pages`` kept, and
    each row's display texts formatted the first time it is asked for: a view paints a few
    dozen rows, and data() asks for one row's cells one after another."""

    def __init__(
        self,
        fetch: Callable[[int, int], list[R]],
        texts: Callable[[R], tuple[str, ...]],
        page_size: int,
        max_pages: int,
        loaded: Callable[[int], None],
    ) -> None:
        self._fetch = fetch
        self._texts = texts
        self.page_size = page_size
        self._max_pages = max_pages
        self._loaded = loaded
        self._pages: OrderedDict[int, tuple[list[R], list[tuple[str, ...] | None]]] = OrderedDict()
        self._last: tuple[int, tuple[R, tuple[str, ...]] | None] = (-1, None)

    def clear(self) -> None:
        self._pages.clear()
        self._last = (-1, None)

    def is_loaded(self, page_no: int) -> bool:
        return page_no in self._pages

    def load(self, page_no: int) -> list[R]:
        rows = self._fetch(page_no * self.page_size, self.page_size)
        self._pages[page_no] = (rows, [None] * len(rows))
        while len(self._pages) > self._max_pages:
            self._pages.popitem(last=False)
        self._loaded(page_no)
        return rows

    def get(self, row: int) -> tuple[R, tuple[str, ...]] | None:
        """The row and its texts; the caller keeps ``row`` within the model's row count."""
        if row == self._last[0]:  # the next cell of the same row
            return self._last[1]
        page_no, offset = divmod(row, self.page_size)
        page = self._pages.get(page_no)
        if page is None:
            self.load(page_no)
            page = self._pages[page_no]
        else:
            self._pages.move_to_end(page_no)
        rows, texts = page
        if offset >= len(rows):
            return None
        shown = texts[offset]
        if shown is None:
            shown = texts[offset] = self._texts(rows[offset])
        found = (rows[offset], shown)
        self._last = (row, found)
        return found

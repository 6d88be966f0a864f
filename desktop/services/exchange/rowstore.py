"""The checked rows of a workbook, kept compactly until they are written.

A county workbook has two million good rows; as dicts they took ~330 bytes each (the
check's whole memory). Here a sheet's rows are columns of small integers: each value is
an index into one table of distinct values shared by every sheet (an ID number, a date, a
place, a unit is stored once however many rows name it), yes/no cells are bytes and the
links between rows are plain integers. A row comes back as a dict only while the plan or
the write looks at it.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

ABSENT = -1  # the row dict has no such key
BOOL_NONE = -1
REF_NONE = -1
_FLAG: dict[int, bool | None] = {BOOL_NONE: None, 0: False, 1: True}


class ValueTable:
    """Distinct hashable values by index; index 0 is None. A bool is kept apart from the
    equal numbers 1 and 0."""

    def __init__(self) -> None:
        self.values: list[object] = [None]
        self._index: dict[object, int] = {}
        self.sealed = False

    def seal(self) -> None:
        """No values will be added (the plan is made): the lookup dict goes (tens of MB at
        county scale), the values stay."""
        self._index = {}
        self.sealed = True

    def index(self, value: object) -> int:
        if value is None:
            return 0
        key = (bool, value) if value is True or value is False else value
        found = self._index.get(key)
        if found is None:
            assert not self.sealed, "no new values once the plan is made"
            found = self._index[key] = len(self.values)
            self.values.append(value)
        return found


def _encode_ref(ref: tuple[str, int] | None) -> int:
    """("db", id) -> 2 * id, ("new", n) -> 2 * n + 1; None -> REF_NONE."""
    if ref is None:
        return REF_NONE
    kind, number = ref
    return 2 * number + (1 if kind == "new" else 0)


def _decode_ref(code: int) -> tuple[str, int] | None:
    if code == REF_NONE:
        return None
    return ("new", code >> 1) if code & 1 else ("db", code >> 1)


class RowStore:
    """The good rows of one sheet. ``values`` keys are stored through ``table`` (absent
    keys allowed: extras filled in by the plan), ``flags`` keys as yes/no bytes, ``refs``
    keys as links (("db", id), ("new", n) or None)."""

    def __init__(self, table: ValueTable, values: Iterable[str], flags: Iterable[str] = (),
                 refs: Iterable[str] = (), given: bool = False) -> None:
        self.table = table
        self._values = {key: array("i") for key in values}
        self._flags = {key: array("b") for key in flags}
        self._refs = {key: array("q") for key in refs}
        self._numbers = array("i")
        # which keys the file gives (an update changes only those): a bit per key
        self._keys = [*self._values, *self._flags]
        self._bit = {key: 1 << i for i, key in enumerate(self._keys)}
        self._given: array[int] | None = array("Q") if given else None

    def __len__(self) -> int:
        return len(self._numbers)

    def append(self, row: dict[str, Any]) -> None:
        index = self.table.index
        self._numbers.append(row["_row"])
        for key, data in self._values.items():
            data.append(index(row[key]) if key in row else ABSENT)
        for key, flags in self._flags.items():
            flag = row.get(key)
            flags.append(BOOL_NONE if flag is None else int(bool(flag)))
        for key, refs in self._refs.items():
            refs.append(_encode_ref(row.get(key)))
        if self._given is not None:
            bit = self._bit
            self._given.append(sum(bit[key] for key in row.get("_given", ()) if key in bit))

    @property
    def value_keys(self) -> list[str]:
        return list(self._values)

    @property
    def flag_keys(self) -> list[str]:
        return list(self._flags)

    def bit(self, key: str) -> int:
        """The key's bit in the mask of given keys (extend_coded)."""
        return self._bit[key]

    def extend_coded(self, rows: Sequence[Sequence[int]]) -> None:
        """Append rows already encoded, each: its row number, table indexes in the order
        of ``value_keys`` (ABSENT for a key the row lacks), flags (0, 1, BOOL_NONE) in the
        order of ``flag_keys``, then (with given keys) the mask of given keys; their links
        are none yet. A column at a time: a county's two million rows in a blink."""
        if not rows:
            return
        columns = iter(zip(*rows, strict=True))
        self._numbers.extend(next(columns))
        for data in (*self._values.values(), *self._flags.values()):
            data.extend(next(columns))
        if self._given is not None:
            self._given.extend(next(columns))
        for refs in self._refs.values():
            refs.extend([REF_NONE] * len(rows))

    def codes(self, key: str) -> array[int]:
        """The table indexes of one stored key, row by row (ABSENT where not set)."""
        return self._values[key]

    def flags(self, key: str) -> array[int]:
        return self._flags[key]

    def ref_codes(self, key: str) -> array[int]:
        return self._refs[key]

    def put(self, i: int, row: dict[str, Any]) -> None:
        """Store ``row`` (as changed by the plan) in place of row ``i``."""
        index = self.table.index
        for key, data in self._values.items():
            if key in row:
                data[i] = index(row[key])
        for key, flags in self._flags.items():
            if key in row:
                flags[i] = BOOL_NONE if row[key] is None else int(bool(row[key]))
        for key, refs in self._refs.items():
            if key in row:
                refs[i] = _encode_ref(row[key])

    def put_links(self, i: int, row: dict[str, Any]) -> None:
        """Store the links of ``row`` (set by the plan) in place of row ``i``'s."""
        for key, refs in self._refs.items():
            if key in row:
                refs[i] = _encode_ref(row[key])

    def row(self, i: int) -> dict[str, Any]:
        out: dict[str, Any] = {"_row": self._numbers[i]}
        for key, flags in self._flags.items():
            out[key] = _FLAG[flags[i]]
        self._rest(i, out, list(self._values.items()))
        return out

    def __iter__(self) -> Iterator[dict[str, Any]]:
        for _, row in self.dicts():
            yield row

    def rows(self) -> Iterator[tuple[int, dict[str, Any]]]:
        return self.dicts()

    def dicts(self, picked: Sequence[int] | None = None) -> Iterator[tuple[int, dict[str, Any]]]:
        """(index, row) of every row, or of the ``picked`` ones, built a column at a time:
        the keys set on every row are zipped together; a key some rows lack, the links
        and the given keys are added row by row."""
        values = self.table.values

        def pick(data: array[int]) -> Iterable[int]:
            return data if picked is None else map(data.__getitem__, picked)

        keys, partial = ["_row"], []
        cols: list[Iterable[Any]] = [pick(self._numbers)]
        for key, data in self._values.items():
            if ABSENT in data:
                partial.append((key, data))
            else:
                keys.append(key)
                cols.append(map(values.__getitem__, pick(data)))
        for key, flags in self._flags.items():
            keys.append(key)
            cols.append(map(_FLAG.__getitem__, pick(flags)))
        slow = bool(partial or self._refs or self._given is not None)
        indexes = range(len(self._numbers)) if picked is None else picked
        for i, row in zip(indexes, zip(*cols, strict=True), strict=True):
            out = dict(zip(keys, row, strict=True))
            if slow:
                self._rest(i, out, partial)
            yield i, out

    def _rest(self, i: int, out: dict[str, Any], partial: list[tuple[str, array[int]]]) -> None:
        values = self.table.values
        for key, data in partial:
            code = data[i]
            if code != ABSENT:
                out[key] = values[code]
        for key, refs in self._refs.items():
            ref = refs[i]
            if ref != REF_NONE:
                out[key] = _decode_ref(ref)
        if self._given is not None:
            mask = self._given[i]
            out["_given"] = {key for key in self._keys if mask & self._bit[key]}

    def column(self, key: str) -> Iterator[object]:
        """The values of one stored key, row by row, without building the rows."""
        values = self.table.values
        for code in self._values[key]:
            yield None if code == ABSENT else values[code]

    def distinct(self, key: str) -> set[Any]:
        values = self.table.values
        return {values[code] for code in set(self._values[key]) if code != ABSENT}


class Picked:
    """Some rows of a store (those the plan adds), in the order picked."""

    def __init__(self, store: RowStore) -> None:
        self.store = store
        self.indexes = array("i")

    def append(self, i: int) -> None:
        self.indexes.append(i)

    def __len__(self) -> int:
        return len(self.indexes)

    def __bool__(self) -> bool:
        return bool(self.indexes)

    def __iter__(self) -> Iterator[dict[str, Any]]:
        for _, row in self.store.dicts(self.indexes):
            yield row

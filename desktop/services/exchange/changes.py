"""The preview of an update: per record, each field that will change (old -> new).

Values are shown as the clerk types them in the sheet (Chinese labels, dates as
2025-03-13, yuan), ID numbers masked.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from desktop.domain.idnumber import mask
from desktop.domain.values.exchange import PERSONS, SHEETS, FieldChange
from desktop.services.exchange.columns import COLUMNS, ID, Col
from desktop.services.exchange.plan import Plan
from desktop.services.exchange.values import typed


def field_changes(plan: Plan, unit_names: dict[int, str]) -> tuple[FieldChange, ...]:
    cols = {sheet: {c.key: c for c in columns} for sheet, columns in COLUMNS.items()}
    updates = list(plan.person_updates)
    for sheet in SHEETS[2:]:
        updates += [(row_id, before, after) for row_id, _pid, before, after
                    in plan.record_updates.get(sheet, ())]
    order: dict[str, int] = defaultdict(int)
    out: list[FieldChange] = []
    for (sheet, number, id_number, name), (_id, before, after) in zip(
            _in_update_order(plan), updates, strict=True):
        order[sheet] += 1
        who = f"{name} ({mask(id_number)})" if name else mask(id_number)
        for key, new in after.items():
            if key == "unit_id":
                column, old_text, new_text = "单位", unit_names.get(before[key], ""), \
                    unit_names.get(new, str(new))
            else:
                col = cols[sheet].get(key)
                if col is None:
                    continue
                column, old_text, new_text = col.header, _shown(col, before[key]), _shown(col, new)
            out.append(FieldChange(sheet, number, who, column, old_text, new_text))
    return tuple(out)


def _in_update_order(plan: Plan) -> list[tuple[str, int, str, str]]:
    """update_rows sorted as the updates are listed: persons first, then sheet by sheet."""
    by_sheet: dict[str, list[tuple[str, int, str, str]]] = defaultdict(list)
    for entry in plan.update_rows:
        by_sheet[entry[0]].append(entry)
    return [entry for sheet in (PERSONS, *SHEETS[2:]) for entry in by_sheet[sheet]]


def _shown(col: Col, value: object) -> str:
    shown = typed(col, value)
    if col.kind == ID and shown:
        return mask(str(shown))
    return shown.isoformat() if isinstance(shown, dt.date) else str(shown)

"""Text fields refuse control characters and bidirectional overrides, in forms and imports."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from desktop.domain.text import forbidden_character
from desktop.errors import ValidationError
from desktop.store.models import Person
from tests.faults.hostile_files import book as hostile_book
from tests.faults.hostile_files import sheet_xml, text_cell
from tests.helpers import draft, fresh_services, woman_id

B = dt.date(1990, 5, 6)
FORBIDDEN = [*map(chr, range(0x20)), "\x7f", *map(chr, range(0x202A, 0x202F)),
             *map(chr, range(0x2066, 0x206A))]


@given(st.text(st.characters(blacklist_categories=("Cs",)), max_size=8),
       st.sampled_from(FORBIDDEN), st.text(max_size=8))
def test_every_forbidden_character_is_found(before: str, bad: str, after: str) -> None:
    found = forbidden_character(before + bad + after)
    assert found is not None
    assert forbidden_character(before + bad + after, lines=True) is not None or bad in "\n\r"


@given(st.text(st.characters(blacklist_categories=("Cs", "Cc"),
                             blacklist_characters="\u202a\u202b\u202c\u202d\u202e"
                                                  "\u2066\u2067\u2068\u2069")))
def test_ordinary_text_passes(text: str) -> None:
    assert forbidden_character(text) is None


@pytest.mark.parametrize("bad", ["\x01", "\u202e", "\t", "\x7f", "\u2066"])
def test_the_person_form_refuses_the_character(tmp_path: Path, bad: str) -> None:
    services = fresh_services(tmp_path)
    unit = services.units.add("一村")
    with pytest.raises(ValidationError) as raised:
        services.persons.create(draft("王" + bad + "芳", B, unit))
    assert raised.value.field == "name"
    with pytest.raises(ValidationError):
        services.persons.create(draft("王芳", B, unit, current_address="北街" + bad))
    with pytest.raises(ValidationError):
        services.units.add("二村" + bad)
    person = services.persons.create(draft("王芳", B, unit, notes="第一行\n第二行"))
    assert services.persons.get(person).draft.notes == "第一行\n第二行"


def test_the_import_rejects_the_row_with_a_reason_per_cell(tmp_path: Path) -> None:
    services = fresh_services(tmp_path)
    services.units.add("一村")
    head = ["姓名", "身份证号", "单位", "现居住地址", "备注"]
    rows = [["甲&#x202e;乙", woman_id(B, 2), "一村", "北街_x0001_", "好"],  # as Excel escapes it
            ["丙", woman_id(B, 12), "一村", "南街", "第一行\n 第二行 "]]
    xml = [f'<row r="{n}">' + "".join(text_cell(f"{col}{n}", value)
                                      for col, value in zip("ABCDE", cells, strict=True)) + "</row>"
           for n, cells in enumerate([head, *rows], start=1)]
    path = hostile_book(tmp_path / "in.xlsx", {"人员": b"".join(sheet_xml(xml))})
    preview = services.exchange.check(path)
    reasons = {(p.row, p.column): p.text() for p in preview.problems}
    assert reasons == {
        (2, "姓名"): "This text holds an invisible control character (U+202E): please type it again.",
        (2, "现居住地址"): "This text holds an invisible control character (U+0001): please type it again.",
    }
    assert preview.sheets[0].rejected == 1 and preview.sheets[0].to_add == 1
    services.exchange.run_import(preview)
    with services.engine.connect() as conn:
        assert conn.execute(select(Person.name, Person.notes)).all() == [("丙", "第一行\n第二行")]


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(FORBIDDEN))
def test_csv_import_refuses_the_character_too(tmp_path_factory, bad: str) -> None:
    folder = tmp_path_factory.mktemp("csv")
    services = fresh_services(folder)
    services.units.add("一村")
    path = folder / "in.csv"
    cell = "甲" + bad + "乙"
    if bad in "\n\r\"":
        cell = '"' + cell + '"'
    path.write_text(f"姓名,身份证号,单位\n{cell},{woman_id(B, 2)},一村\n", encoding="utf-8")
    preview = services.exchange.check(path)
    assert [p.column for p in preview.problems] == ["姓名"]
    services.engine.dispose()

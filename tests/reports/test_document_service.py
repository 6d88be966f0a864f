"""DocumentService: what the documents read from a real ledger, and the full-ID log."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from desktop.domain.enums import StatusFilter
from desktop.domain.values.people import PersonQuery
from desktop.domain.values.registers import Register, RegisterQuery
from desktop.errors import NotFoundError
from desktop.reports.card import write_card_pdf
from desktop.reports.register_print import write_register_pdf
from desktop.reports.roster import write_roster_pdf
from desktop.services.settings import OFFICE_NAME, PDF_FONT_PATH
from desktop.store.models import ChangeLog
from tests.helpers import TODAY, fresh_services
from tests.register_sample import OCT_FROM, OCT_TO, fill_registers
from tests.reports.reading import pages_text


@pytest.fixture
def sample(tmp_path):
    s = fill_registers(fresh_services(tmp_path))
    s.services.settings.set_many({OFFICE_NAME: "城关镇"})
    return s


def test_card_of_a_person_from_the_ledger(sample, tmp_path):
    card = sample.services.documents.card(sample.persons["张秀英"])
    assert card.office_name == "城关镇" and card.printed_on == TODAY
    assert card.name == "张秀英" and card.unit_name == "东街社区" and card.age == 36
    assert [c.name for c in card.children] == ["张小红", "张小明"]  # birth order
    assert [c.death_date for c in card.children] == [OCT_TO, None]
    assert [k.items for k in card.checkups] == [("pregnancy", "iud")]  # deleted one left out
    assert [m.method for m in card.contraception] == ["iud"]
    assert [(p.registered_on, p.outcome) for p in card.pregnancies] == [(dt.date(2026, 10, 15), None)]
    out = tmp_path / "card.pdf"
    write_card_pdf(card, out)
    text = pages_text(out)[0]
    assert "张秀英" in text and "东街卫生室" in text and "妊娠中" in text and "2026-10-31" in text


def test_card_of_a_deleted_person_is_not_found(sample):
    with pytest.raises(NotFoundError):
        sample.services.documents.card(sample.persons["陈静"])


def test_roster_rows_stream_the_register_query_in_pages(sample, tmp_path):
    docs = sample.services.documents
    query = PersonQuery(status=StatusFilter.ALL)
    chunks = list(docs.roster_rows(query, chunk=2))
    assert [len(c) for c in chunks] == [2, 1]  # 王芳 deceased is listed under ALL; 陈静 deleted
    names = [row.name for chunk in chunks for row in chunk]
    assert names == [row.name for row in sample.services.person_list.page(query, 0, 10)]
    assert docs.roster_count(query) == 3
    out = tmp_path / "roster.pdf"
    write_roster_pdf(docs.roster_rows(query), out, office_name="城关镇", title="花名册",
                     as_of=TODAY)
    text = pages_text(out)[0]
    assert "死亡" in text and "合计：3 人" in text


def test_register_rows_are_the_register_stream(sample, tmp_path):
    docs = sample.services.documents
    query = RegisterQuery(Register.CHECKUPS, OCT_FROM, OCT_TO)
    rows = [r for chunk in docs.register_rows(query) for r in chunk]
    assert len(rows) == docs.register_count(query) == 3
    out = tmp_path / "checkups.pdf"
    write_register_pdf(Register.CHECKUPS, docs.register_rows(query), out, office_name="城关镇",
                       start=OCT_FROM, end=OCT_TO)
    text = pages_text(out)[0]
    assert "炎症" in text and "异常" in text and "其他医院" in text and "查孕(有孕)" in text


def test_full_ids_leaving_in_a_document_are_logged(sample, tmp_path):
    person = sample.persons["张秀英"]
    sample.services.documents.log_full_ids("card", tmp_path / "card.pdf", 1, person_id=person)
    with sample.services.factory() as session:
        rows = session.execute(select(ChangeLog.field, ChangeLog.new_value, ChangeLog.person_id)
                               .where(ChangeLog.entity == "export")).all()
    assert {(f, v) for f, v, _ in rows} >= {("document", "card"), ("full_ids", "yes")}
    assert {p for _, _, p in rows} == {person}


def test_font_setting(sample):
    settings = sample.services.settings
    assert settings.pdf_font_path() is None
    settings.set_many({PDF_FONT_PATH: " C:\\Windows\\Fonts\\simsun.ttc "})
    assert settings.pdf_font_path() == "C:\\Windows\\Fonts\\simsun.ttc"

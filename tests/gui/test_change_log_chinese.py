"""The change log reads in Chinese: every action and field a write can log has a Chinese
label, coded values show as labels, and each entry names the woman (name, masked ID)."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import QCoreApplication

from desktop.domain.enums import Cycle, EventKind, MaritalStatus, Program
from desktop.domain.values.benefits import BenefitDraft, PaymentDraft
from desktop.domain.values.care import CheckupDraft
from desktop.domain.values.reminders import ReminderQuery
from desktop.gui.dialogs import field_labels
from desktop.gui.models import change_log_table as cl
from desktop.i18n import install_translators
from desktop.services.safety.changelog import HistoryFilters
from tests.gui.helpers_dialogs import OFFSCREEN_NOISE

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)

ASCII_WORD = re.compile(r"[A-Za-z]*[a-z][A-Za-z]*")  # an English word (PDF, JSON, ID pass)
CODE = re.compile(r"^[a-z]+(_[a-z]+)+$")  # first_marriage, reminder_slips …


@pytest.fixture
def chinese(qapp):
    translators = install_translators(qapp, "zh_CN")
    yield
    for translator in translators:
        QCoreApplication.removeTranslator(translator)


def every_kind_of_write(services, sample, tmp_path) -> None:
    her = sample.persons["张秀英"]
    draft = services.persons.get(her).draft
    draft.marital_status = MaritalStatus.REMARRIED.value
    draft.spouse_id_number = ""
    services.persons.update(her, draft)
    services.checkups.add(her, CheckupDraft(date=dt.date(2026, 11, 20), check_iud=True))
    services.life_events.add(sample.persons["王芳"], EventKind.MOVED_AWAY.value,
                             dt.date(2026, 11, 1), "杭州")
    benefit = services.benefits.add(sample.persons["赵丽"], BenefitDraft(
        program=Program.ONE_CHILD_FEE.value, cycle=Cycle.MONTH.value, amount_fen=1000,
        start_date=dt.date(2026, 1, 1)))
    services.benefits.add_payment(benefit, PaymentDraft("2026-11", 1000, dt.date(2026, 11, 5)))
    services.persons.delete(sample.persons["陈静"])
    services.persons.restore(sample.persons["陈静"])
    services.security.record_full_id_shown(her)
    services.security.record_full_id_shown(her, "spouse_id_number")
    [reminder] = services.reminders.page(ReminderQuery(services.today(), 400), 0, 1)
    services.reminders.postpone(reminder, services.today() + dt.timedelta(days=7), "出差")
    services.reminders.log_full_ids(ReminderQuery(services.today()), 3, "slips", "x.pdf")
    services.documents.log_full_ids("reminder_signing_sheet", tmp_path / "签收表.pdf", 2)
    services.documents.log_full_ids("report 2026-11-01..2026-11-30", tmp_path / "r.pdf", 1)
    services.security.set_password("secret12")
    services.settings.set_many({"clerk_name": "周红"})
    services.backup.back_up(tmp_path)
    services.backup.back_up()


def test_every_action_field_and_code_reads_in_chinese(chinese, services, sample, tmp_path):
    every_kind_of_write(services, sample, tmp_path)
    model = cl.ChangeLogModel(services.history)
    model.set_filters(HistoryFilters())
    seen_actions, seen_fields, english = set(), set(), []
    for row in range(model.rowCount()):
        cells = [model.index(row, column).data() or "" for column in range(cl.COLUMNS)]
        for column in (cl.COL_RECORD, cl.COL_ACTION, cl.COL_FIELD):
            if ASCII_WORD.search(cells[column]):
                english.append((cl.COLUMNS and column, cells))
        for column in (cl.COL_OLD, cl.COL_NEW):
            if CODE.match(cells[column]):
                english.append((column, cells))
        seen_actions.add(cells[cl.COL_ACTION])
        seen_fields.add(cells[cl.COL_FIELD])
    assert english == []
    assert {"修改", "删除", "恢复", "查看完整身份证号", "备份"} <= seen_actions, seen_actions


def test_every_label_has_chinese(chinese):
    labels = [cl.action_label(a) for a in cl.ACTION_LABELS]
    labels += [cl.action_label("create", e) for e in cl.CREATE_LABELS]
    labels += [field_labels.field_label(f) for f in field_labels.LABELS]
    labels += [field_labels.entity_label(e) for e in field_labels.ENTITY_LABELS]
    labels += [field_labels.coded_text(code) for code in field_labels.DOCUMENT_LABELS]
    assert [text for text in labels if ASCII_WORD.search(text)] == []


def test_an_entry_names_the_woman_not_a_row_id(chinese, services, sample):
    services.user.name = "周红"  # the clerk's name from the settings, not the login
    her = sample.persons["张秀英"]
    services.checkups.add(her, CheckupDraft(date=dt.date(2026, 11, 20), check_iud=True))
    model = cl.ChangeLogModel(services.history)
    model.set_filters(HistoryFilters(entity="checkup"))
    number = services.persons.get(her).draft.id_number
    record = model.index(0, cl.COL_RECORD).data()
    assert record == f"三查 · 张秀英 {number[:6]}********{number[-4:]}"
    assert model.index(0, cl.COL_USER).data() == "周红"
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", model.index(0, cl.COL_TIME).data())

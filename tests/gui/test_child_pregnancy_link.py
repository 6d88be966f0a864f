"""A child entered by hand is linked to her mother's pregnancy in the child form; the
pre-pregnancy check-up rate then takes that pregnancy's LMP instead of birth - 280 days."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.domain import report_periods
from desktop.domain.values.care import ServiceDraft
from desktop.domain.values.indicators import Rate, RateKey
from desktop.domain.values.pregnancy import PregnancyDraft
from desktop.errors import ValidationError
from desktop.gui.dialogs.child_form import ChildDialog
from tests.gui.conftest import TODAY
from tests.gui.helpers_dialogs import open_services, type_into

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_link_a_child_to_her_pregnancy(qtbot, tmp_path):
    services, engine = open_services(tmp_path)
    unit = services.units.add("东村")
    from tests.gui.conftest import add_person

    pid = add_person(services, "母亲", unit, dt.date(1992, 3, 4), 2,
                     marital_status="first_marriage")
    pregnancy = services.pregnancies.add(pid, PregnancyDraft(
        registered_on=dt.date(2026, 3, 1), lmp=dt.date(2026, 1, 20)))
    # 孕前优生健康检查 366 days before birth - 280 (2026-02-21 for a birth on 11-28), but
    # 365 days before the pregnancy's LMP of 2026-01-20
    services.service_records.add(pid, ServiceDraft(date=dt.date(2025, 1, 20),
                                                      type="prepregnancy"))
    dialog = ChildDialog(None, lambda: TODAY, None,
                         [(pregnancy, dt.date(2026, 3, 1), dt.date(2026, 1, 20))])
    qtbot.addWidget(dialog)
    type_into(qtbot, dialog.name_edit, "小宝")
    dialog.birth_field.set_date(dt.date(2026, 11, 20))
    assert dialog.pregnancy_combo.count() == 2 and dialog.pregnancy_combo.isEnabled()
    dialog.pregnancy_combo.setFocus()
    dialog.pregnancy_combo.setCurrentIndex(1)
    dialog.accept()
    child = dialog.child()
    assert child.pregnancy_id == pregnancy
    record = services.persons.get(pid)
    record.draft.children = [child]
    services.persons.update(pid, record.draft)
    saved = services.persons.get(pid).draft.children[0]
    assert saved.pregnancy_id == pregnancy
    rate = services.indicators.compute(report_periods.month(2026, 11)).rates[
        RateKey.PRE_PREGNANCY_CHECKUP]
    assert rate == Rate(1, 1)
    # unlinked, the same child falls back to birth - 280 days: the check is too early
    record = services.persons.get(pid)
    record.draft.children[0].pregnancy_id = None
    services.persons.update(pid, record.draft)
    rate = services.indicators.compute(report_periods.month(2026, 11)).rates[
        RateKey.PRE_PREGNANCY_CHECKUP]
    assert rate == Rate(0, 1)
    # another woman's pregnancy is refused
    other = add_person(services, "别人", unit, dt.date(1991, 3, 4), 4)
    record = services.persons.get(other)
    from desktop.domain.values.people import ChildDraft

    record.draft.children = [ChildDraft(name="甲", sex="F", birth_date=dt.date(2026, 5, 1),
                                        pregnancy_id=pregnancy)]
    with pytest.raises(ValidationError):
        services.persons.update(other, record.draft)
    engine.dispose()

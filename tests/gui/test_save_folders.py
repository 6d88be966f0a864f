"""Save dialogs start in the clerk's Documents folder, then where she saved that kind of file
last; never in the program folder. File names carry the office and the period."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

import desktop
from desktop.domain import report_periods
from desktop.gui import save_folder
from desktop.gui.pages.report_page import ReportPage
from desktop.gui.reports.period_label import file_name, file_part
from desktop.gui.reports.report_services import ReportServices
from desktop.services.settings import OFFICE_NAME
from tests.gui import report_sample
from tests.gui.helpers_dialogs import OFFSCREEN_NOISE, open_services
from tests.gui.scripted_prompts import ScriptedPrompts

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


def test_documents_first_then_the_folder_used_for_that_kind(tmp_path, settings):
    assert save_folder.start_folder("report.pdf", settings) == save_folder.documents()
    chosen = tmp_path / "reports" / "月报.pdf"
    chosen.parent.mkdir()
    save_folder.remember("report.pdf", chosen, settings)
    assert save_folder.start_path("report.pdf", "x.pdf", settings) == str(chosen.parent / "x.pdf")
    assert save_folder.start_folder("report.xlsx", settings) == save_folder.documents()  # per kind


def test_never_the_program_folder(settings):
    program = Path(desktop.__file__).resolve().parent
    save_folder.remember("report.pdf", program / "月报.pdf", settings)
    assert save_folder.start_folder("report.pdf", settings) == save_folder.documents()


def test_a_folder_since_removed_falls_back_to_documents(tmp_path, settings):
    save_folder.remember("register", tmp_path / "gone" / "x.xlsx", settings)
    assert save_folder.start_folder("register", settings) == save_folder.documents()


@pytest.mark.parametrize(("period", "text"), [
    (report_periods.month(2026, 11), "2026年11月"),
    (report_periods.period("quarter", 2026, 4), "2026年第4季度"),
    (report_periods.period("half_year", 2026, 1), "2026年上半年"),
    (report_periods.period("year", 2026), "2026年"),
    (report_periods.period("stat_year", 2026), "2026统计年度"),
])
def test_the_period_in_a_file_name(period, text):
    assert file_part(period) == text


def test_file_names_drop_blank_parts_and_characters_windows_refuses():
    assert file_name("示范街道办事处", "月报", "2026年11月", suffix="pdf") == "示范街道办事处_月报_2026年11月.pdf"
    assert file_name("", "月报", "2026年11月", suffix="xlsx") == "月报_2026年11月.xlsx"
    assert file_name("东/西街道", "月报", suffix="pdf") == "东_西街道_月报.pdf"


def test_the_report_page_suggests_office_document_and_period(qtbot, tmp_path):
    services, engine = open_services(tmp_path)
    sample = report_sample.build(services)
    sample.services.settings.set_many({OFFICE_NAME: "示范街道"})
    asked = []
    page = ReportPage(ReportServices.of(sample.services),
                      prompts=ScriptedPrompts(path=lambda name: asked.append(name)))
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.figures_shown, timeout=10000):
        page.show()
    page.save_pdf()
    page.save_xlsx()
    assert asked == ["示范街道_Monthly report_2026年11月.pdf", "示范街道_Monthly report_2026年11月.xlsx"]
    page.wait()
    engine.dispose()

"""The PDF foundation: embedded subset fonts, mixed Chinese/Latin text, page numbers,
fast tables with repeated headers, atomic output, cancel."""

from __future__ import annotations

import shutil

import pytest

from desktop.errors import CancelledError, StorageError
from desktop.reports import styles
from desktop.reports.pages import Progress, Sheet, atomic_output
from desktop.reports.roster import write_roster_pdf
from desktop.reports.styles import LANDSCAPE, PORTRAIT, load_fonts
from desktop.reports.tables import Column, TableWriter
from desktop.resources import font_path as bundled_font_path
from tests.reports.reading import fonts, is_subset_name, page_sizes, pages_text
from tests.reports.samples import OFFICE, person_rows


def test_fonts_are_embedded_subsets(tmp_path):
    out = tmp_path / "r.pdf"
    write_roster_pdf(person_rows(3), out, office_name=OFFICE, title="育龄妇女花名册")
    found = fonts(out)
    names = [name for name, _ in found]
    assert any("DroidSansFallback" in n for n in names)  # Chinese
    assert any("Vera" in n for n in names)  # digits and Latin letters
    assert all(embedded for _, embedded in found), found
    assert all(is_subset_name(n) for n in names), names


def test_bundled_font_has_no_digits_so_they_go_to_the_latin_font():
    f = load_fonts()
    runs = f.runs("2026年11月")
    assert [font for font, _ in runs] == [f.latin, f.main, f.latin, f.main]
    assert "".join(piece for _, piece in runs) == "2026年11月"
    assert f.runs("张三") == [(f.main, "张三")]


@pytest.mark.parametrize("setting", ["", "/nowhere/simsun.ttc", "NOT_A_FONT"])
def test_missing_or_unreadable_system_font_falls_back_to_the_bundled_one(tmp_path, setting):
    if setting == "NOT_A_FONT":
        bad = tmp_path / "broken.ttf"
        bad.write_bytes(b"this is not a font")
        setting = str(bad)
    assert load_fonts(setting or None).main == load_fonts().main


def test_a_latin_only_font_is_not_used_for_chinese():
    latin_file = str(styles.Path(styles.reportlab.__file__).parent / "fonts" / "Vera.ttf")
    assert load_fonts(latin_file).main == load_fonts().main


def test_fit_and_wrap_keep_within_the_width():
    f = load_fonts()
    text = "浙江省杭州市上城区城关镇东门村第三村民小组12号"
    cut = f.fit(text, 60, 9)
    assert cut.endswith("…") and f.width(cut, 9) <= 60
    lines = f.wrap(text, 60, 9)
    assert "".join(lines) == text and all(f.width(line, 9) <= 60 for line in lines)
    two = f.wrap(text, 60, 9, max_lines=2)
    assert len(two) == 2 and two[1].endswith("…")


def test_table_repeats_its_header_and_pages_are_numbered(tmp_path):
    out = tmp_path / "t.pdf"
    with atomic_output(out) as part:
        sheet = Sheet(part, load_fonts(), lambda s: s.title_block("测试表", "左", "右"), LANDSCAPE)
        table = TableWriter(sheet, [Column("序号", 1, "center"), Column("内容", 5, wrap=2)])
        for n in range(120):
            table.row([n + 1, f"第{n + 1}行 " + "很长的说明文字" * (n % 4 * 5)])
        table.close()
        pages = sheet.finish()
    texts = pages_text(out)
    assert len(texts) == pages > 2
    assert page_sizes(out) == [(842, 595)] * pages
    for number, text in enumerate(texts, start=1):
        assert "测试表" in text and "序号" in text and "内容" in text
        assert f"第 {number} 页 共 {pages} 页" in text
    assert "第120行" in texts[-1]


def test_a_cancel_leaves_no_file_and_keeps_the_old_one(tmp_path):
    out = tmp_path / "r.pdf"
    out.write_bytes(b"old")
    calls = []

    def progress(done, total):
        calls.append((done, total))
        return len(calls) < 3  # stop on the third report

    with pytest.raises(CancelledError):
        write_roster_pdf([person_rows(500)], out, office_name=OFFICE, title="花名册",
                         progress=progress, total=500)
    assert out.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["r.pdf"]
    assert calls[0] == (0, 500)


def test_progress_without_a_total_reports_zero():
    seen = []
    Progress(lambda d, t: seen.append((d, t)))(5)
    assert seen == [(5, 0)]


def test_a_missing_folder_is_a_storage_error(tmp_path):
    with pytest.raises(StorageError):
        write_roster_pdf([], tmp_path / "nowhere" / "r.pdf", office_name=OFFICE, title="花名册")


def test_portrait_is_a4(tmp_path):
    out = tmp_path / "r.pdf"
    write_roster_pdf([], out, office_name=OFFICE, title="花名册")
    assert page_sizes(out) == [(595, 842)]
    assert PORTRAIT[0] < PORTRAIT[1]


def test_a_chosen_system_font_is_used_and_embedded(tmp_path):
    chosen = tmp_path / "simsun.ttf"
    shutil.copy(bundled_font_path(), chosen)
    fonts_used = load_fonts(str(chosen))
    assert fonts_used.main != load_fonts().main and fonts_used.main.startswith("LedgerUser")
    out = tmp_path / "r.pdf"
    write_roster_pdf(person_rows(2), out, office_name=OFFICE, title="花名册",
                     font_path=str(chosen))
    assert all(embedded for _, embedded in fonts(out))
    assert person_rows(2)[1].name in pages_text(out)[0]

"""Hostile workbooks through the real CLI, with a memory cap and a time limit.

Each file is built here from its XML; the import runs as a subprocess whose address space
is capped (``resource.setrlimit``), so a file that makes the reader allocate its used range
kills only that process and fails the test instead of the machine. A refused file exits 1
in well under the limit with one clear message and leaves the data file byte for byte.
"""

from __future__ import annotations

import hashlib
import os
import resource
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from desktop.domain.values.exchange import ExchangeReadError
from desktop.services.exchange.limits import check_file
from tests.faults import hostile_files as hostile
from tests.helpers import fresh_services

CAP = 1024 * 1024 * 1024  # address space of the import process
FIGURES: list[str] = []


def _cap() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (CAP, CAP))


def run_capped(*args: str, timeout: float = 60) -> tuple[subprocess.CompletedProcess, float, int]:
    """(result, seconds, peak resident memory of that one child in MB)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "desktop", *args], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, env=env, preexec_fn=_cap)
    out: dict[str, bytes] = {}
    readers = [threading.Thread(target=lambda k=k, f=f: out.__setitem__(k, f.read()))
               for k, f in (("out", child.stdout), ("err", child.stderr))]
    for reader in readers:
        reader.start()
    killer = threading.Timer(timeout, child.kill)
    killer.start()
    try:
        _, status, usage = os.wait4(child.pid, 0)
    finally:
        killer.cancel()
    for reader in readers:
        reader.join()
    child.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - started
    result = subprocess.CompletedProcess(child.args, child.returncode,
                                         out["out"].decode(), out["err"].decode())
    assert seconds < timeout, "killed at the time limit"
    return result, seconds, usage.ru_maxrss // 1024


@pytest.fixture
def ledger(tmp_path: Path) -> Path:
    services = fresh_services(tmp_path)
    services.units.add("一村")  # the unit the good rows name
    services.engine.dispose()
    return tmp_path / "ledger.db"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def refused(db: Path, path: Path, words: str, limit: float = 30.0) -> None:
    started = time.perf_counter()
    with pytest.raises(ExchangeReadError):
        check_file(path)
    checked = time.perf_counter() - started
    assert checked < 1.0, checked  # the check alone, without the interpreter's start
    before = digest(db)
    result, seconds, peak = run_capped("--db", str(db), "--lang", "en", "import", str(path),
                                       "--update")
    FIGURES.append(f"{path.name}: {path.stat().st_size >> 10} KB, refused by the check in "
                   f"{checked:.3f} s, CLI {seconds:.2f} s, peak {peak} MB")
    assert result.returncode == 1, (result.returncode, result.stdout[-500:], result.stderr[-2000:])
    assert words in result.stderr, result.stderr
    assert result.stderr.count("\n") == 1, result.stderr  # one message
    assert seconds < limit, seconds  # the interpreter and Qt start included, on a busy machine
    assert digest(db) == before
    dry, _, _ = run_capped("--db", str(db), "--lang", "en", "import", str(path), "--dry-run")
    assert dry.returncode == 1 and words in dry.stderr
    assert digest(db) == before


@pytest.mark.parametrize("corner", ["XFD1048576", "ZZ1048576"])
def test_a_far_corner_cell_is_refused_not_allocated(ledger: Path, tmp_path: Path, corner: str) -> None:
    path = hostile.far_corner(tmp_path / f"corner-{corner}.xlsx", corner)
    assert path.stat().st_size < 4096  # a 2 KB workbook
    refused(ledger, path, "the sheet 人员 uses more than 200 columns")


def test_the_dimension_alone_is_enough(ledger: Path, tmp_path: Path) -> None:
    rows = hostile.person_rows(1)
    path = hostile.book(tmp_path / "dimension.xlsx",
                        {"人员": b"".join(hostile.sheet_xml(rows, dimension="A1:C3000000"))})
    refused(ledger, path, "the sheet 人员 uses more than 2000000 rows")


def test_rows_beyond_the_limit_are_refused(ledger: Path, tmp_path: Path) -> None:
    rows = [*hostile.person_rows(1), '<row r="2000001"><c r="A2000001"><v>1</v></c></row>']
    path = hostile.book(tmp_path / "rows.xlsx", {"人员": b"".join(hostile.sheet_xml(rows))})
    refused(ledger, path, "the sheet 人员 uses more than 2000000 rows")


def test_cells_without_references_are_counted(ledger: Path, tmp_path: Path) -> None:
    rows = ["<row>" + "<c/>" * 300 + '<c t="inlineStr"><is><t>x</t></is></c></row>']
    path = hostile.book(tmp_path / "noref.xlsx", {"人员": b"".join(hostile.sheet_xml(rows))})
    refused(ledger, path, "the sheet 人员 uses more than 200 columns")


def test_a_shared_string_amplifier_is_refused_before_its_cells_load(ledger: Path,
                                                                    tmp_path: Path) -> None:
    path = hostile.shared_amplifier(tmp_path / "amplifier.xlsx")
    refused(ledger, path, "the text of the sheet 人员 would be larger than 2048 MB")


def test_a_zip_bomb_of_real_cells_is_refused(ledger: Path, tmp_path: Path) -> None:
    path = hostile.zip_bomb(tmp_path / "bomb.xlsx")
    assert path.stat().st_size < 64 * 1024 * 1024
    refused(ledger, path, "its sheets unpack to more than 2048 MB")


def test_a_file_over_200_mb_is_refused(ledger: Path, tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    with path.open("wb") as out:
        out.truncate(200 * 1024 * 1024 + 1)
    refused(ledger, path, "it is larger than 200 MB")


def test_a_full_height_sheet_is_checked_in_bounded_memory(ledger: Path, tmp_path: Path) -> None:
    path = hostile.million_rows(tmp_path / "tall.xlsx")
    before = digest(ledger)
    result, seconds, peak = run_capped("--db", str(ledger), "--lang", "en", "import", str(path),
                                       "--dry-run", timeout=120)
    FIGURES.append(f"{path.name}: {path.stat().st_size >> 10} KB, {seconds:.2f} s, peak {peak} MB")
    assert result.returncode in (0, 3), result.stderr[-2000:]
    assert "人员: 1 rows" in result.stdout
    assert digest(ledger) == before
    assert peak < 600, peak  # bounded: the 1,048,576 rows are not all held


@pytest.mark.parametrize("maker", [hostile.long_cell_xlsx, hostile.long_cell_csv])
def test_a_10_mb_cell_rejects_its_row_not_the_file(ledger: Path, tmp_path: Path, maker) -> None:  # noqa: ANN001
    path = maker(tmp_path / ("long." + ("csv" if "csv" in maker.__name__ else "xlsx")))
    result, seconds, peak = run_capped("--db", str(ledger), "--lang", "en", "import", str(path),
                                       "--dry-run")
    FIGURES.append(f"{path.name}: {path.stat().st_size >> 10} KB, {seconds:.2f} s, peak {peak} MB")
    assert result.returncode == 3, (result.stdout[-1000:], result.stderr[-1000:])
    assert "人员:3:姓名: This cell holds 10485760 characters, more than Excel's limit of 32767." \
        in result.stdout
    assert "人员: 2 rows" in result.stdout and "1 rejected" in result.stdout


def test_an_ods_of_repeated_filled_cells_is_refused(ledger: Path, tmp_path: Path) -> None:
    head = "<table:table-row>" + "".join(hostile.ods_cell(h) for h in hostile.HEAD) + "</table:table-row>"
    bomb = (f'<table:table-row table:number-rows-repeated="1048575">{hostile.ods_cell("1", 16384)}'
            "</table:table-row>")
    path = hostile.ods(tmp_path / "repeated.ods", [head, bomb])
    assert path.stat().st_size < 4096
    refused(ledger, path, "the sheet 人员 uses more than 200 columns")
    narrow = (f'<table:table-row table:number-rows-repeated="1048575">{hostile.ods_cell("1", 20)}'
              "</table:table-row>")
    refused(ledger, hostile.ods(tmp_path / "narrow.ods", [head, narrow]),
            "the sheet 人员 has more than 20000000 filled cells")


def test_an_ods_padded_as_libreoffice_pads_it_is_read(ledger: Path, tmp_path: Path) -> None:
    head = "<table:table-row>" + "".join(hostile.ods_cell(h) for h in hostile.HEAD) + "</table:table-row>"
    row = "<table:table-row>" + "".join(hostile.ods_cell(v) for v in (
        "王芳", hostile.woman_id(hostile.B, 1), "一村")) + (
        '<table:table-cell table:number-columns-repeated="1021"/></table:table-row>')
    padding = ('<table:table-row table:number-rows-repeated="1048574"><table:table-cell '
               'table:number-columns-repeated="1024"/></table:table-row>')
    path = hostile.ods(tmp_path / "padded.ods", [head, row, padding])
    check_file(path)
    result, seconds, peak = run_capped("--db", str(ledger), "--lang", "en", "import", str(path),
                                       "--dry-run")
    FIGURES.append(f"{path.name}: {seconds:.2f} s, peak {peak} MB")
    assert result.returncode == 0, (result.stdout[-1000:], result.stderr[-1000:])
    assert "人员: 1 rows, 1 to add" in result.stdout


def teardown_module() -> None:
    if FIGURES:
        print("\nhostile files:\n  " + "\n  ".join(FIGURES))


@pytest.mark.parametrize(("rows", "words"), [
    (['<row r="1"><c s="0" r="XFD1"><v>1</v></c></row>'], "columns"),  # reference not first
    (['<row r="1"><c r="A3000000"><v>1</v></c></row>'], "rows"),  # the cell says where it is
    (['<row spans="1:1" r="3000000"><c><v>1</v></c></row>'], "rows"),
    (['<row r="5">' + '<c><v>1</v></c>' * 201 + "</row>"], "columns"),
    (['<row r="1"><c r="GR1"><v>1</v></c><c><v>2</v></c></row>'], "columns"),  # 201st, implied
    (["<row/>" * 5 + '<row r="1999999"/><row/><row/>'], "rows"),
])
def test_written_otherwise_is_counted_exactly(tmp_path: Path, rows: list[str], words: str) -> None:
    path = hostile.book(tmp_path / "odd.xlsx", {"人员": b"".join(hostile.sheet_xml(rows))})
    with pytest.raises(ExchangeReadError) as refused:
        check_file(path)
    assert words in refused.value.template


def test_a_namespace_prefix_does_not_hide_a_far_cell(tmp_path: Path) -> None:
    xml = (f'<?xml version="1.0"?><x:worksheet xmlns:x="{hostile.NS[7:-1]}"><x:sheetData>'
           '<x:row r="1"><x:c r="XFD1"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>')
    path = hostile.book(tmp_path / "prefixed.xlsx", {"人员": xml.encode()})
    with pytest.raises(ExchangeReadError):
        check_file(path)


def test_a_plain_sheet_within_the_limits_passes(tmp_path: Path) -> None:
    rows = hostile.person_rows(3) + ['<row r="1048576"><c r="GR1048576"><v>1</v></c></row>']
    check_file(hostile.book(tmp_path / "ok.xlsx", {"人员": b"".join(hostile.sheet_xml(rows))}))


def _xls(path: Path, cells: list[tuple[int, int, str]]) -> Path:
    """An .xls (BIFF8, as Excel 97–2003 and WPS write it) with these text cells on 人员."""
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("人员")
    for row, column, text in cells:
        sheet.write(row, column, text)
    book.save(str(path))
    return path


def test_an_xls_shared_string_amplifier_is_refused_before_its_cells_load(
        ledger: Path, tmp_path: Path) -> None:
    """One 32,767-character string used by 131,072 cells: 4 GB of text from a 2 MB file."""
    long = "长" * 32_767
    cells = [(row, column, long) for row in range(65_536) for column in range(2)]
    path = _xls(tmp_path / "amplifier.xls", cells)
    assert path.stat().st_size < 4 * 1024 * 1024
    refused(ledger, path, "the text of the sheet 人员 would be larger than 2048 MB")


def test_an_xls_cell_far_to_the_right_is_refused(ledger: Path, tmp_path: Path) -> None:
    path = _xls(tmp_path / "wide.xls", [(0, 0, "姓名"), (1, 255, "x")])
    refused(ledger, path, "the sheet 人员 uses more than 200 columns")


def test_an_xls_within_the_limits_passes_and_its_strings_are_counted(tmp_path: Path) -> None:
    """Shared strings that go on in CONTINUE records (longer than one record) are counted
    by their characters, one- and two-byte ones alike."""
    from desktop.services.exchange.xls_limits import scan, workbook_stream

    texts = ["姓名", "a" * 9_000, "长" * 5_000, "身份证号", "b" * 20_000]
    path = _xls(tmp_path / "plain.xls", [(i, 0, t) for i, t in enumerate(texts)])
    check_file(path)
    data = workbook_stream(path)
    assert data is not None
    found = scan(data, 2_000_000, 200, 2 * 1024 ** 3)
    assert sorted(found.lengths) == sorted(len(t) for t in texts)
    assert [(s.name, s.rows, s.columns, s.text) for s in found.sheets] == [
        ("人员", 5, 1, sum(len(t) for t in texts))]


def test_a_file_named_xls_that_is_not_one_is_left_to_the_reader(tmp_path: Path) -> None:
    path = tmp_path / "fake.xls"
    path.write_bytes(b"not a workbook at all")
    check_file(path)  # the limits pass it on; the reader's own message names the damage

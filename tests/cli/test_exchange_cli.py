"""family-ledger import / export --out, run as a real subprocess."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

from openpyxl import Workbook

from tests.helpers import TODAY, fresh_services, woman_id

B = TODAY.replace(year=1990)


def run(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True,
                          text=True, env=env, timeout=120)


def _file(path: Path) -> Path:
    book = Workbook()
    book.active.title = "单位"
    book["单位"].append(["名称"])
    book["单位"].append(["一村"])
    sheet = book.create_sheet("人员")
    sheet.append(["姓名", "身份证号", "单位"])
    sheet.append(["甲", woman_id(B, 2), "一村"])
    sheet.append(["乙", 123, "一村"])
    book.save(path)
    return path


def test_dry_run_import_undo_and_export(tmp_path: Path) -> None:
    services = fresh_services(tmp_path)
    services.engine.dispose()
    db = tmp_path / "ledger.db"
    digest = hashlib.sha256(db.read_bytes()).hexdigest()
    book = _file(tmp_path / "in.xlsx")
    dry = run("--db", str(db), "--lang", "en", "import", str(book), "--dry-run")
    assert dry.returncode == 3, dry.stderr
    assert "人员:3:身份证号: The ID number is stored as a number" in dry.stdout
    assert "人员: 2 rows, 1 to add, 0 to update, 1 rejected" in dry.stdout
    assert hashlib.sha256(db.read_bytes()).hexdigest() == digest
    done = run("--db", str(db), "--lang", "en", "import", str(book))
    assert done.returncode == 3, done.stderr
    out = tmp_path / "all.xlsx"
    exported = run("--db", str(db), "--lang", "en", "export", "--out", str(out))
    assert exported.returncode == 0 and out.is_file(), exported.stderr
    undo = run("--db", str(db), "--lang", "en", "import", "--undo-last")
    assert undo.returncode == 0 and "2 records removed" in undo.stdout, undo.stdout + undo.stderr


def test_unreadable_file_exits_1(tmp_path: Path) -> None:
    fresh_services(tmp_path).engine.dispose()
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"not a workbook")
    done = run("--db", str(tmp_path / "ledger.db"), "--lang", "en", "import", str(bad))
    assert done.returncode == 1 and "cannot be read" in done.stderr


def test_masked_export_is_refused_whole_with_exit_1_and_transfer_exports_her_file(
        tmp_path: Path) -> None:
    from desktop.services.demo.service import generate_demo
    from desktop.store.models import Person

    (tmp_path / "here").mkdir()
    (tmp_path / "there").mkdir()
    here = fresh_services(tmp_path / "here")
    generate_demo(here, 20, seed=2)
    with here.engine.connect() as conn:
        from sqlalchemy import select

        numbers = list(conn.scalars(select(Person.id_number).where(Person.status == "active")
                                    .order_by(Person.id).limit(2)))
    here.engine.dispose()
    db, other = tmp_path / "here" / "ledger.db", tmp_path / "there" / "ledger.db"
    fresh_services(tmp_path / "there").engine.dispose()
    masked = tmp_path / "masked.xlsx"
    assert run("--db", str(db), "export", "--out", str(masked)).returncode == 0
    digest = hashlib.sha256(other.read_bytes()).hexdigest()
    for extra in ((), ("--dry-run",)):
        refused = run("--db", str(other), "import", str(masked), *extra)
        assert refused.returncode == 1, refused.stdout + refused.stderr
        assert "--full-ids" in refused.stderr and "脱敏" in refused.stderr  # one Chinese message
        assert refused.stdout == ""
    assert hashlib.sha256(other.read_bytes()).hexdigest() == digest

    out = tmp_path / "转出.xlsx"
    moved = run("--db", str(db), "export", "--out", str(out), "--transfer", *numbers,
                "--move-out", "2026-11-20", "--destination", "杭州市")
    assert moved.returncode == 0 and "迁出" in moved.stdout, moved.stdout + moved.stderr
    unknown = run("--db", str(db), "export", "--out", str(tmp_path / "x.xlsx"), "--transfer",
                  woman_id(B, 9))
    assert unknown.returncode == 1 and not (tmp_path / "x.xlsx").exists()
    bad_date = run("--db", str(db), "export", "--out", str(out), "--transfer", numbers[0],
                   "--move-out", "20.11.2026")
    assert bad_date.returncode == 2
    taken = run("--db", str(other), "import", str(out))
    assert taken.returncode == 0, taken.stdout + taken.stderr
    assert "人员: 2 rows" in run("--db", str(other), "--lang", "en", "import", str(out),
                                 "--dry-run").stdout


def test_a_flagged_child_imports_with_a_warning_and_exit_0(tmp_path: Path) -> None:
    import datetime as dt

    from tests.helpers import make_id

    fresh_services(tmp_path).engine.dispose()
    mother = make_id("330102", dt.date(1988, 4, 2), 41)
    book = _file(tmp_path / "in.xlsx")
    from openpyxl import load_workbook

    wb = load_workbook(book)
    wb["人员"].delete_rows(3)  # the bad row
    wb["人员"].append(["周敏", mother, "一村"])
    kids = wb.create_sheet("子女")
    kids.append(["母亲身份证号", "姓名", "性别", "出生日期", "身份证号"])
    kids.append([mother, "周小红", "女", dt.date(2015, 6, 5),
                 make_id("330102", dt.date(2015, 6, 6), 3)])
    wb.save(book)
    done = run("--db", str(tmp_path / "ledger.db"), "--lang", "en", "import", str(book))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "warning: 子女:2:身份证号:" in done.stdout
    assert "1 row(s) are imported with a warning" in done.stdout

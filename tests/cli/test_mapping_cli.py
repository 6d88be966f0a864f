"""``import FILE --guess-mapping OUT.json`` and ``import FILE --mapping MAPPING.json``, run
as a real subprocess: the clerk guesses, edits the JSON, checks, imports and undoes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.helpers import fresh_services
from tests.services.mapping_books import UNITS, roster_xlsx


def run(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True,
                          text=True, env=env, timeout=120)


def test_guess_edit_check_import_undo(tmp_path: Path) -> None:
    services = fresh_services(tmp_path)
    for unit in UNITS:
        services.units.add(unit)
    services.engine.dispose()
    db = str(tmp_path / "ledger.db")
    book = roster_xlsx(tmp_path / "花名册.xlsx")
    out = tmp_path / "对应表.json"

    guessed = run("--db", db, "import", str(book), "--guess-mapping", str(out))
    assert guessed.returncode == 0, guessed.stderr
    assert "花名册：作为 人员，表头在第 3 行，对应上 6 列" in guessed.stdout
    assert "--mapping" in guessed.stdout
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["sheets"]["花名册"]["values"] == {"婚姻状况": {"已婚": "初婚"}}

    data["sheets"]["花名册"]["values"]["所在村"] = {"北村": "东村"}  # she edits the file
    out.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    dry = run("--db", db, "import", str(book), "--mapping", str(out), "--dry-run")
    assert dry.returncode == 3, dry.stderr
    assert "花名册:6:公民身份号码: 身份证号以数字形式保存" in dry.stdout
    assert "人员：4 行，添加 3，更新 0，拒绝 1" in dry.stdout
    done = run("--db", db, "import", str(book), "--mapping", str(out))
    assert done.returncode == 3, done.stderr
    undo = run("--db", db, "import", "--undo-last")
    assert undo.returncode == 0, undo.stderr


def test_bad_mapping_and_usage(tmp_path: Path) -> None:
    fresh_services(tmp_path).engine.dispose()
    db = str(tmp_path / "ledger.db")
    book = roster_xlsx(tmp_path / "花名册.xlsx")
    bad = tmp_path / "bad.json"
    bad.write_text('{"sheets": {"花名册": {"as": "人口"}}}', encoding="utf-8")
    refused = run("--db", db, "import", str(book), "--mapping", str(bad))
    assert refused.returncode == 1
    assert "对应表文件" in refused.stderr and "人口" in refused.stderr
    both = run("--db", db, "import", str(book), "--guess-mapping", str(bad), "--dry-run")
    assert both.returncode == 2
    helped = run("import", "--help")
    assert "--guess-mapping" in helped.stdout and "对应表" in helped.stdout

"""The log file never holds ID numbers, mobile numbers or exception messages."""

import logging

import pytest

from desktop.logging_setup import LOG_FILENAME, close_logging, scrub, setup_logging

ID18 = "33010219900307124X"
ID15 = "330102900307124"
PHONE = "13800001234"
SECRET = "duplicate ID " + ID18 + " (phone " + PHONE + ", 孕期 secret)"


def _fail(message: str) -> None:
    raise ValueError(message)


@pytest.fixture
def log_file(tmp_path):
    path = setup_logging(tmp_path / "logs")
    yield path
    close_logging()


def test_scrub_masks_ids_and_phones_inside_text():
    text = scrub(f"a{ID18}b id={ID15}; tel:{PHONE}, order 12345")
    assert ID18 not in text and ID15 not in text and PHONE not in text
    assert "330" in text and "order 12345" in text
    assert scrub("2026-11-28 09:30") == "2026-11-28 09:30"


def test_file_holds_neither_id_nor_phone(log_file):
    assert log_file.name == LOG_FILENAME
    log = logging.getLogger("desktop.test")
    log.error("saving %s with phone %s failed", ID18, PHONE)
    try:
        _fail(SECRET)
    except ValueError:
        log.exception("could not save person")
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = log_file.read_text(encoding="utf-8")
    assert "saving 330" in text and "could not save person" in text
    assert "ValueError" in text and "Traceback" in text
    assert "test_file_holds_neither_id_nor_phone" in text  # frame lines are kept
    assert ID18 not in text and PHONE not in text
    assert "孕期 secret" not in text and "duplicate ID" not in text


def test_setup_twice_adds_one_handler(log_file, tmp_path):
    assert setup_logging(tmp_path / "elsewhere") == log_file
    mine = [h for h in logging.getLogger().handlers if getattr(h, "family_ledger", False)]
    assert len(mine) == 1


def test_unusable_folder_does_not_stop_the_app(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert setup_logging(blocker / "logs") is None

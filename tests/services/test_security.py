"""The optional password and the idle time (no Qt)."""

import pytest
from sqlalchemy import select

from desktop.errors import ValidationError
from desktop.services.safety.security import IDLE_MINUTES, PASSWORD_HASH
from desktop.store.models import ChangeLog, Setting
from tests.helpers import fresh_services


@pytest.fixture
def svc(tmp_path):
    return fresh_services(tmp_path)


def _log(svc) -> list[ChangeLog]:
    with svc.factory() as s:
        return list(s.execute(select(ChangeLog).order_by(ChangeLog.id)).scalars())


def _settings_text(svc) -> str:
    with svc.factory() as s:
        return " ".join(f"{r.key}={r.value}" for r in s.execute(select(Setting)).scalars())


def test_no_password_at_first(svc):
    assert not svc.security.has_password()
    assert not svc.security.verify("")
    assert svc.security.idle_minutes() == 10


def test_hash_is_stored_never_the_password(svc):
    svc.security.set_password("门前大桥下")
    stored = svc.settings.get(PASSWORD_HASH)
    assert stored.startswith("$argon2id$")
    assert "门前大桥下" not in _settings_text(svc)
    assert svc.security.has_password()
    assert svc.security.verify("门前大桥下")
    assert not svc.security.verify("门前大桥")
    assert not svc.security.verify("")


def test_change_needs_the_old_password(svc):
    svc.security.set_password("first1")
    with pytest.raises(ValidationError) as caught:
        svc.security.set_password("second2", old="wrong")
    assert caught.value.field == "old_password"
    assert svc.security.verify("first1")
    svc.security.set_password("second2", old="first1")
    assert svc.security.verify("second2") and not svc.security.verify("first1")


def test_clear_needs_the_old_password(svc):
    svc.security.set_password("first1")
    with pytest.raises(ValidationError):
        svc.security.clear_password("nope")
    assert svc.security.has_password()
    svc.security.clear_password("first1")
    assert not svc.security.has_password()


def test_short_password_refused(svc):
    with pytest.raises(ValidationError) as caught:
        svc.security.set_password("abc")
    assert caught.value.field == "password"
    assert not svc.security.has_password()


def test_changes_logged_without_secrets(svc):
    svc.security.set_password("first1")
    svc.security.set_password("second2", old="first1")
    svc.security.clear_password("second2")
    rows = _log(svc)
    assert [(r.entity, r.action, r.field) for r in rows] == [
        ("security", "create", "password"), ("security", "update", "password"),
        ("security", "delete", "password")]
    for r in rows:
        text = f"{r.old_value} {r.new_value}"
        assert "first1" not in text and "second2" not in text and "argon2" not in text


def test_idle_minutes(svc):
    svc.security.set_idle_minutes(0)
    assert svc.security.idle_minutes() == 0
    svc.security.set_idle_minutes(25)
    assert svc.security.idle_minutes() == 25
    with pytest.raises(ValidationError):
        svc.security.set_idle_minutes(-1)
    rows = [r for r in _log(svc) if r.field == IDLE_MINUTES]
    assert [(r.old_value, r.new_value) for r in rows] == [("10", "0"), ("0", "25")]


def test_full_id_shown_is_logged(svc):
    svc.security.record_full_id_shown(7)
    [row] = _log(svc)
    assert (row.entity, row.entity_id, row.person_id, row.action) == ("person", 7, 7, "show_id")

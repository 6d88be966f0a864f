"""Clerks' accounts in the ledger: add, verify, change, disable; every change logged."""

from __future__ import annotations

import pytest
from sqlmodel import select

from desktop.errors import ConflictError, DuplicateError, NotFoundError, ValidationError
from desktop.services.accounts.service import SignInError
from desktop.store.models import Account, ChangeLog
from tests.helpers import fresh_services


def test_a_new_ledger_has_no_accounts_and_opens_as_before(tmp_path):
    services = fresh_services(tmp_path)
    assert not services.accounts.any()
    assert services.accounts.list() == []


def test_add_verify_and_sign_in(tmp_path):
    services = fresh_services(tmp_path)
    services.accounts.add("  王 会计 ", "secret-1")
    assert services.accounts.any()
    assert [row.name for row in services.accounts.list()] == ["王 会计"]
    assert services.accounts.verify("王 会计", "secret-1")
    assert not services.accounts.verify("王 会计", "secret-2")
    assert not services.accounts.verify("李文书", "secret-1")
    with pytest.raises(SignInError):
        services.sign_in("王 会计", "wrong")
    services.sign_in("王 会计", "secret-1")
    assert services.user() == "王 会计"
    with services.factory() as session:
        stored = session.scalars(select(Account)).one()
    assert stored.password_hash.startswith("$argon2id$")
    assert "secret-1" not in stored.password_hash


def test_names_are_unique_and_passwords_long_enough(tmp_path):
    services = fresh_services(tmp_path)
    services.accounts.add("王会计", "secret-1")
    with pytest.raises(DuplicateError):
        services.accounts.add("王会计", "other-pw")
    with pytest.raises(ValidationError):
        services.accounts.add("李文书", "abc")
    with pytest.raises(ValidationError):
        services.accounts.add("   ", "secret-1")
    assert [row.name for row in services.accounts.list()] == ["王会计"]


def test_change_password_and_disable(tmp_path):
    services = fresh_services(tmp_path)
    services.accounts.add("王会计", "secret-1")
    services.accounts.add("李文书", "secret-2")
    services.accounts.change_password("李文书", "new-secret")
    assert services.accounts.verify("李文书", "new-secret")
    assert not services.accounts.verify("李文书", "secret-2")
    services.accounts.disable("李文书")
    assert not services.accounts.verify("李文书", "new-secret")
    assert [row.active for row in services.accounts.list()] == [False, True]
    with pytest.raises(ConflictError, match="last account"):
        services.accounts.disable("王会计")  # nobody could sign in any more
    with pytest.raises(NotFoundError):
        services.accounts.change_password("赵某", "secret-3")


def test_account_changes_are_logged_by_the_signed_in_clerk_without_secrets(tmp_path):
    services = fresh_services(tmp_path)
    services.accounts.add("王会计", "secret-1")
    services.sign_in("王会计", "secret-1")
    services.accounts.add("李文书", "secret-2")
    services.accounts.change_password("李文书", "secret-3")
    with services.factory() as session:
        rows = session.scalars(select(ChangeLog).where(ChangeLog.entity == "account")
                               .order_by(ChangeLog.id)).all()
    assert [(r.action, r.field, r.new_value) for r in rows] == [
        ("create", "name", "王会计"), ("create", "name", "李文书"),
        ("update", "password", None)]
    assert [r.user for r in rows[1:]] == ["王会计", "王会计"]
    assert not any("secret" in (r.old_value or "") + (r.new_value or "") for r in rows)


def test_every_write_names_the_signed_in_clerk_not_the_settings_clerk(tmp_path):
    from tests.helpers import draft

    services = fresh_services(tmp_path)
    unit = services.units.add("北关村")
    services.accounts.add("李文书", "secret-2")
    services.sign_in("李文书", "secret-2")
    services.user.name = "设置里的专干"  # the settings dialog's clerk name does not override
    import datetime as dt
    person_id = services.persons.create(draft("张秀英", dt.date(1990, 3, 4), unit))
    with services.factory() as session:
        users = set(session.scalars(select(ChangeLog.user).where(
            ChangeLog.person_id == person_id)).all())
    assert users == {"李文书"}

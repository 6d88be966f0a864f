"""Accounts stored in the ledger: a name and an Argon2id hash, never the password.

A ledger without accounts opens as before; once one exists, whoever opens the ledger
signs in and the change log names her. Every account change is logged (never the hash).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select, update
from sqlmodel import Session, col

from desktop.domain.tr import QT_TRANSLATE_NOOP
from desktop.errors import ConflictError, DuplicateError, NotFoundError, ValidationError
from desktop.services.safety.changelog import ChangeRecorder
from desktop.store.db import SessionFactory, transaction
from desktop.store.models import Account

ENTITY = "account"
MIN_PASSWORD_LENGTH = 4
MAX_NAME_LENGTH = 50
FREE_TRIES = 5  # wrong passwords in a row before the first wait
FIRST_WAIT_S = 30  # then 30 s, doubled at each further wrong one…
LONGEST_WAIT_S = 15 * 60  # …up to a quarter of an hour


class SignInError(ValidationError):
    """The name or the password is not right, or the account is disabled."""


class TooManyTriesError(SignInError):
    """Too many wrong passwords in a row for this account: the next try waits."""


def wait_after(failures: int) -> int:
    """Seconds the next try waits after ``failures`` wrong passwords in a row."""
    if failures < FREE_TRIES:
        return 0
    return int(min(LONGEST_WAIT_S, FIRST_WAIT_S * 2 ** min(failures - FREE_TRIES, 16)))


def too_many(failures: int, seconds: int) -> TooManyTriesError:
    """The refusal while she waits, saying how long (seconds, or minutes from one on)."""
    if seconds < 60:
        return TooManyTriesError(QT_TRANSLATE_NOOP(
            "errors", "{count} wrong passwords in a row for this account: try again in "
                      "{seconds} seconds."), field="password", count=failures,
            seconds=max(1, seconds))
    return TooManyTriesError(QT_TRANSLATE_NOOP(
        "errors", "{count} wrong passwords in a row for this account: try again in "
                  "{minutes} minutes."), field="password", count=failures,
        minutes=math.ceil(seconds / 60))


@dataclass(frozen=True)
class AccountRow:
    name: str
    created_at: dt.datetime
    disabled_at: dt.datetime | None
    last_sign_in_at: dt.datetime | None = None

    @property
    def active(self) -> bool:
        return self.disabled_at is None


class AccountService:
    def __init__(self, factory: SessionFactory, recorder: ChangeRecorder,
                 now: Callable[[], dt.datetime], hasher: PasswordHasher | None = None) -> None:
        self._factory = factory
        self._recorder = recorder
        self._now = now
        self._hasher = hasher or PasswordHasher()  # argon2-cffi's default is Argon2id

    # -- reading -----------------------------------------------------------------------
    def any(self) -> bool:
        """True once an account exists (disabled ones count: the ledger stays signed)."""
        with self._factory() as session:
            return bool(session.scalar(select(func.count()).select_from(Account)))

    def list(self) -> list[AccountRow]:
        with self._factory() as session:
            rows = session.scalars(select(Account).order_by(col(Account.name))).all()
            return [AccountRow(a.name, a.created_at, a.disabled_at, a.last_sign_in_at)
                    for a in rows]

    # -- signing in --------------------------------------------------------------------
    def verify(self, name: str, password: str) -> bool:
        """Her password is right and her account is not disabled."""
        with self._factory() as session:
            account = _by_name(session, name)
        if account is None or account.disabled_at is not None:
            return False
        try:
            return self._hasher.verify(account.password_hash, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False

    def sign_in(self, name: str, password: str) -> str:
        """Her name as stored, or SignInError (one message whatever was wrong).

        Wrong passwords are counted on her account, in the ledger (a restart or another PC
        does not reset them): after ``FREE_TRIES`` in a row each try waits, longer each
        time (TooManyTriesError says how long; the password is not even checked then)."""
        waiting = self.wait_seconds(name)
        if waiting:
            raise too_many(self._failures(name), waiting)
        if not self.verify(name, password):
            failures = self._count_failure(name)
            if wait_after(failures):
                raise too_many(failures, wait_after(failures))
            raise SignInError(QT_TRANSLATE_NOOP(
                "errors", "The name or the password is not correct, or the account is "
                          "disabled."), field="password")
        self._signed_in(name)
        return _clean(name)

    def wait_seconds(self, name: str) -> int:
        """How long her next try has to wait (0: at once)."""
        with self._factory() as session:
            account = _by_name(session, name)
        if account is None or account.last_failed_at is None:
            return 0
        until = account.last_failed_at + dt.timedelta(seconds=wait_after(account.failed_tries))
        return max(0, math.ceil((until - self._now()).total_seconds()))

    def _failures(self, name: str) -> int:
        with self._factory() as session:
            account = _by_name(session, name)
            return account.failed_tries if account is not None else 0

    def _count_failure(self, name: str) -> int:
        """One more wrong password for her account (counted in one statement, so two PCs
        trying at once both count); the count now. Nothing for a name without account."""
        with transaction(self._factory) as session:
            session.execute(update(Account).where(col(Account.name) == _clean(name)).values(
                failed_tries=col(Account.failed_tries) + 1, last_failed_at=self._now()))
            return self._failures_in(session, name)

    @staticmethod
    def _failures_in(session: Session, name: str) -> int:
        return int(session.scalar(select(col(Account.failed_tries)).where(
            col(Account.name) == _clean(name))) or 0)

    def _signed_in(self, name: str) -> None:
        with transaction(self._factory) as session:
            session.execute(update(Account).where(col(Account.name) == _clean(name)).values(
                failed_tries=0, last_failed_at=None, last_sign_in_at=self._now()))

    # -- writing -----------------------------------------------------------------------
    def add(self, name: str, password: str) -> None:
        name = _checked_name(name)
        _check_password(password)
        with transaction(self._factory) as session:
            if _by_name(session, name) is not None:
                raise DuplicateError(QT_TRANSLATE_NOOP(
                    "errors", "There is already an account named {name}."), field="name",
                    name=name)
            account = Account(name=name, password_hash=self._hasher.hash(password),
                              created_at=self._now())
            session.add(account)
            session.flush()
            self._recorder.record(session, entity=ENTITY, entity_id=account.id or 0,
                                  action="create", field="name", new=name)

    def change_password(self, name: str, new: str) -> None:
        _check_password(new)
        with transaction(self._factory) as session:
            account = _existing(session, name)
            account.password_hash = self._hasher.hash(new)
            session.add(account)
            # The log says that the password changed, never what it is.
            self._recorder.record(session, entity=ENTITY, entity_id=account.id or 0,
                                  action="update", field="password")

    def disable(self, name: str) -> None:
        """She can no longer sign in; her name stays in the change log. The last active
        account cannot be disabled (nobody could sign in any more)."""
        with transaction(self._factory) as session:
            account = _existing(session, name)
            if account.disabled_at is not None:
                return
            others = session.scalar(select(func.count()).select_from(Account).where(
                col(Account.disabled_at).is_(None), col(Account.id) != account.id))
            if not others:
                raise ConflictError(QT_TRANSLATE_NOOP(
                    "errors", "{name} is the last account that can sign in; add another "
                              "before disabling it."), name=account.name)
            account.disabled_at = self._now()
            session.add(account)
            self._recorder.record(session, entity=ENTITY, entity_id=account.id or 0,
                                  action="update", field="disabled_at",
                                  new=account.disabled_at)


    def enable(self, name: str) -> None:
        """A disabled account may sign in again (with its old password; the count of wrong
        passwords starts afresh)."""
        with transaction(self._factory) as session:
            account = _existing(session, name)
            if account.disabled_at is None:
                return
            old = account.disabled_at
            account.disabled_at = None
            account.failed_tries = 0
            account.last_failed_at = None
            session.add(account)
            self._recorder.record(session, entity=ENTITY, entity_id=account.id or 0,
                                  action="update", field="disabled_at", old=old)

def _clean(name: str) -> str:
    return " ".join(name.split())


def _checked_name(name: str) -> str:
    cleaned = _clean(name)
    if not cleaned or len(cleaned) > MAX_NAME_LENGTH:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "An account needs a name of 1 to {count} characters."), field="name",
            count=MAX_NAME_LENGTH)
    return cleaned


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The password needs at least {count} characters."),
            field="password", count=MIN_PASSWORD_LENGTH)


def _by_name(session: Session, name: str) -> Account | None:
    return session.scalars(select(Account).where(col(Account.name) == _clean(name))).first()


def _existing(session: Session, name: str) -> Account:
    account = _by_name(session, name)
    if account is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "There is no account named {name}."),
                            field="name", name=_clean(name))
    return account


class SignedInUser(Protocol):
    account: str  # the signed-in account's name ("" before signing in)


class Clerk:
    """Who is signed in at this app, and signing in again (the lock screen: she, or
    another clerk instead). The change log names whoever signed in last."""

    def __init__(self, accounts: AccountService, user: SignedInUser) -> None:
        self._accounts = accounts
        self._user = user

    @property
    def name(self) -> str:
        return self._user.account

    def accounts_exist(self) -> bool:
        return self._accounts.any()

    def sign_in(self, name: str, password: str) -> str:
        """Her password checked (SignInError, TooManyTriesError); she is the clerk now."""
        self._user.account = self._accounts.sign_in(name, password)
        return self._user.account

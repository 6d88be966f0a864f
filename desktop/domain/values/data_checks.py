"""What the data checks report: the checks, their titles and one finding per record."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from desktop.domain.kinds import KINDS, Kind
from desktop.domain.tr import QT_TRANSLATE_NOOP

CONTEXT = "data_checks"  # translation context of titles and finding texts

CHILD_WITHOUT_PREGNANCY = "child_without_pregnancy"
PREGNANCY_WITHOUT_OUTCOME = "pregnancy_without_outcome"
CONTRACEPTION_IN_PREGNANCY = "contraception_in_pregnancy"
PREGNANT_UNREGISTERED = "pregnant_unregistered"
PAYMENT_AFTER_LEAVING = "payment_after_leaving"
ID_MISMATCH = "id_mismatch"
DUPLICATE_PERSON = "duplicate_person"

# In the order the page lists them.
CHECK_TITLES: dict[str, str] = {
    CHILD_WITHOUT_PREGNANCY: QT_TRANSLATE_NOOP("data_checks", "Child without a pregnancy record"),
    PREGNANCY_WITHOUT_OUTCOME: QT_TRANSLATE_NOOP(
        "data_checks", "Pregnancy without an outcome after 43 weeks"),
    CONTRACEPTION_IN_PREGNANCY: QT_TRANSLATE_NOOP(
        "data_checks", "Contraception open during a pregnancy"),
    PREGNANT_UNREGISTERED: QT_TRANSLATE_NOOP(
        "data_checks", "Pregnant at a check-up, no pregnancy registered"),
    PAYMENT_AFTER_LEAVING: QT_TRANSLATE_NOOP(
        "data_checks", "Payment after moving away or death"),
    ID_MISMATCH: QT_TRANSLATE_NOOP("data_checks", "ID number disagrees with the record"),
    DUPLICATE_PERSON: QT_TRANSLATE_NOOP("data_checks", "Same name and birth date"),
}
CHECKS: tuple[str, ...] = tuple(CHECK_TITLES)

# Person-editor tab of each record kind; None opens the person on her basic data.
TABS: dict[str, str | None] = {
    "person": None,
    **{kind: KINDS[kind].tab
       for kind in (Kind.CHILD, Kind.PREGNANCY, Kind.CONTRACEPTION, Kind.CHECKUP, Kind.PAYMENT)},
}


@dataclass(frozen=True)
class Finding:
    """One record that contradicts another.

    ``text`` is an English template (context ``data_checks``) formatted with ``params``;
    a param that is an enum member is shown through its translated label.
    ``select_id`` is what the person editor's tab selects: the record itself, or for a
    payment its enrolment.
    """

    check: str
    person_id: int
    person_name: str
    id_number: str  # masked
    entity: str
    record_id: int
    select_id: int | None
    date: dt.date | None
    text: str
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def tab(self) -> str | None:
        return TABS.get(self.entity)


@dataclass(frozen=True)
class CheckResult:
    check: str
    count: int  # all findings of the check
    findings: list[Finding]  # the first ones, for display


@dataclass(frozen=True)
class DataCheckReport:
    results: list[CheckResult]
    seconds: float

    @property
    def total(self) -> int:
        return sum(r.count for r in self.results)

    def result(self, check: str) -> CheckResult:
        return next(r for r in self.results if r.check == check)

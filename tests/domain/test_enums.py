"""Labels of stored codes: every member has one, even where vocabularies share a code."""

from enum import Enum

import pytest

from desktop.domain import enums

VOCABULARIES = [enums.Category, enums.MaritalStatus, enums.CheckupGroup, enums.Sex,
                enums.RecordStatus, enums.Outcome, enums.Method, enums.CheckupResult,
                enums.CheckupSource, enums.ServiceType, enums.Program, enums.Cycle,
                enums.EventKind]


@pytest.mark.parametrize("vocabulary", VOCABULARIES)
def test_every_member_has_its_own_label(vocabulary: type[Enum]):
    for member in vocabulary:
        assert enums.label(member) != member.value, member


def test_shared_codes_keep_their_own_labels():
    assert enums.label(enums.Method.OTHER) == "Other method"
    assert enums.label(enums.ServiceType.OTHER) == "Other service"
    assert enums.label(enums.StatusFilter.MOVED) == enums.label(enums.RecordStatus.MOVED)

"""ID numbers: normalisation, validation, 15-digit conversion, masking (hypothesis)."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain import idnumber
from desktop.domain.enums import Sex
from desktop.errors import ValidationError

TODAY = dt.date(2026, 11, 28)
AREAS = ["110101", "330102", "610329", "440305"]

births = st.dates(min_value=dt.date(1930, 1, 1), max_value=TODAY)


def make_id(area: str, birth: dt.date, seq: int) -> str:
    first17 = f"{area}{birth:%Y%m%d}{seq:03d}"
    return first17 + idnumber.check_character(first17)


@given(st.sampled_from(AREAS), births, st.integers(0, 999))
def test_generated_numbers_validate_with_their_facts(area, birth, seq):
    number = make_id(area, birth, seq)
    info = idnumber.validate(number, TODAY)
    assert info.number == number
    assert info.birth_date == birth
    assert info.sex is (Sex.MALE if seq % 2 else Sex.FEMALE)
    assert info.area_code == area
    assert info.region


@given(st.sampled_from(AREAS), births, st.integers(0, 999), st.integers(0, 17))
def test_any_single_digit_change_is_caught(area, birth, seq, position):
    number = make_id(area, birth, seq)
    chars = list(number)
    old = chars[position]
    chars[position] = "0" if old != "0" else "1"
    changed = "".join(chars)
    with pytest.raises(ValidationError):
        idnumber.validate(changed, TODAY)


@given(st.sampled_from(AREAS), births, st.integers(0, 999), st.data())
def test_normalisation_of_full_width_spaces_and_zero_width(area, birth, seq, data):
    number = make_id(area, birth, seq)
    full_width = "".join(chr(ord(c) + 0xFEE0) if data.draw(st.booleans()) else c for c in number)
    noisy = " " + full_width[:6] + "\u200b " + full_width[6:] + "\u3000"
    assert idnumber.normalize(noisy.lower()) == number
    assert idnumber.validate(noisy.lower(), TODAY).number == number


def test_lowercase_x_counts_as_upper():
    # 11010119900307002X is a known-good number with check character X
    assert idnumber.validate("11010119900307002x", TODAY).number == "11010119900307002X"


@given(st.sampled_from(AREAS), st.dates(dt.date(1900, 1, 1), dt.date(1999, 12, 31)), st.integers(0, 999))
def test_15_digit_conversion_round_trip(area, birth, seq):
    eighteen = make_id(area, birth, seq)
    fifteen = eighteen[:6] + eighteen[8:17]
    assert idnumber.convert_15(fifteen) == eighteen
    with pytest.raises(ValidationError) as caught:
        idnumber.validate(fifteen, TODAY)
    assert caught.value.params["convertible"] == eighteen


@given(st.sampled_from(AREAS), births, st.integers(0, 499))
def test_male_number_refused_for_a_woman(area, birth, half):
    with pytest.raises(ValidationError) as caught:
        idnumber.validate_woman(make_id(area, birth, half * 2 + 1), TODAY)
    assert "man" in caught.value.template
    assert idnumber.validate_woman(make_id(area, birth, half * 2), TODAY).sex is Sex.FEMALE


@pytest.mark.parametrize(
    "raw, words",
    [
        ("", "enter"),
        ("12345", "18 characters"),
        ("11010119900307002A", "17 digits"),
        (make_id("110101", dt.date(2027, 1, 1), 2), "birth date"),
        ("110101199013070021", "birth date"),
        (make_id("999999", dt.date(1990, 1, 1), 2), "area code"),
    ],
)
def test_each_kind_of_bad_number_has_its_own_message(raw, words):
    with pytest.raises(ValidationError) as caught:
        idnumber.validate(raw, TODAY)
    assert words in caught.value.template
    assert caught.value.field == "id_number"


@given(st.text(alphabet="0123456789X", min_size=11, max_size=18))
def test_mask_keeps_first_six_and_last_four(number):
    masked = idnumber.mask(number)
    assert masked[:6] == number[:6] and masked[-4:] == number[-4:]
    assert set(masked[6:-4]) <= {"*"} and len(masked) == len(number)


def test_mask_example():
    assert idnumber.mask("330102199003071234") == "330102********1234"


OTHER_DIGITS = [0x0660, 0x06F0, 0x0966, 0x09E6, 0x0E50, 0x1040]  # Arabic-Indic, Persian, ...


@given(st.sampled_from(AREAS), births, st.integers(0, 999), st.sampled_from(OTHER_DIGITS),
       st.sets(st.integers(0, 16), min_size=1, max_size=17))
def test_other_scripts_digits_are_refused(area, birth, seq, zero, positions):
    number = make_id(area, birth, seq)
    foreign = "".join(chr(zero + int(c)) if i in positions else c for i, c in enumerate(number))
    assert foreign != number
    with pytest.raises(ValidationError):
        idnumber.validate(foreign, TODAY)
    old = number[:6] + number[8:17]
    with pytest.raises(ValidationError):
        idnumber.convert_15(chr(zero + int(old[0])) + old[1:])


def test_arabic_indic_year_is_not_the_same_woman():
    raw = "610323" + "".join(chr(0x0660 + int(c)) for c in "2007") + "0101002"
    with pytest.raises(ValidationError):
        idnumber.validate(raw + "0", TODAY)

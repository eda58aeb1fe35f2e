"""Chinese phone numbers: mobiles, landlines with area codes, extensions; errors carry the right code."""

from __future__ import annotations

import pytest

from desktop.rules.errors import RuleError
from desktop.rules.dealers.phones import is_mobile, normalise_phone

MOBILES = [
    ("13812345678", "13812345678"),
    ("138 1234 5678", "13812345678"),
    ("138-1234-5678", "13812345678"),
    ("+8613812345678", "13812345678"),
    ("+86 138 1234 5678", "13812345678"),
    ("+86-138-1234-5678", "13812345678"),
    ("0086 13812345678", "13812345678"),
    ("0086-138-1234-5678", "13812345678"),
    ("8613812345678", "13812345678"),
    ("(+86) 138 1234 5678", "13812345678"),
    ("１３８１２３４５６７８", "13812345678"),  # full-width digits
    ("  15012345678 ", "15012345678"),
    ("16612345678", "16612345678"),
    ("17712345678", "17712345678"),
    ("18912345678", "18912345678"),
    ("19912345678", "19912345678"),
    ("14512345678", "14512345678"),
]


@pytest.mark.parametrize("raw, expected", MOBILES)
def test_mobiles(raw, expected):
    assert normalise_phone(raw) == expected, f"{raw!r} is the mobile {expected}"
    assert is_mobile(normalise_phone(raw)), f"{raw!r} normalised must count as a mobile"


LANDLINES = [
    # Beijing 010 and the 02X cities: 3-digit area code, 8-digit numbers
    ("010-12345678", "010-12345678"),
    ("010 1234 5678", "010-12345678"),
    ("(010)12345678", "010-12345678"),
    ("（010）12345678", "010-12345678"),  # full-width brackets
    ("01012345678", "010-12345678"),
    ("021-88886666", "021-88886666"),
    ("02088886666", "020-88886666"),
    ("023 6888 6666", "023-68886666"),
    ("025-8888666", "025-8888666"),  # 7-digit number
    ("029-88886666", "029-88886666"),
    # 0XXX: 4-digit area code, 7- or 8-digit numbers
    ("0571-88886666", "0571-88886666"),
    ("0571 8888 6666", "0571-88886666"),
    ("(0571)88886666", "0571-88886666"),
    ("057188886666", "0571-88886666"),
    ("0571-8888666", "0571-8888666"),
    ("05718888666", "0571-8888666"),
    ("0937-6212345", "0937-6212345"),
    ("０５７１－８８８８６６６６", "0571-88886666"),  # full-width
]


@pytest.mark.parametrize("raw, expected", LANDLINES)
def test_landlines(raw, expected):
    assert normalise_phone(raw) == expected, f"{raw!r} is the landline {expected}"
    assert not is_mobile(normalise_phone(raw)), f"{raw!r} is not a mobile"


EXTENSIONS = [
    ("0571-88886666转123", "0571-88886666-123"),
    ("0571-88886666 转 8", "0571-88886666-8"),
    ("0571-88886666分机123", "0571-88886666-123"),
    ("0571-88886666 分机 2045", "0571-88886666-2045"),
    ("0571-88886666 ext 123", "0571-88886666-123"),
    ("0571-88886666 ext. 123", "0571-88886666-123"),
    ("0571-88886666 EXT123", "0571-88886666-123"),
    ("0571-88886666x12", "0571-88886666-12"),
    ("0571-88886666#123", "0571-88886666-123"),
    ("0571-88886666-123", "0571-88886666-123"),
    ("0571 88886666 123", "0571-88886666-123"),
    ("0571-8888666-12", "0571-8888666-12"),
    ("010-12345678-8001", "010-12345678-8001"),
    ("010-1234567-8001", "010-1234567-8001"),
    ("021-88886666转800", "021-88886666-800"),
    ("０５７１－８８８８６６６６转１２３", "0571-88886666-123"),
]


@pytest.mark.parametrize("raw, expected", EXTENSIONS)
def test_extensions(raw, expected):
    assert normalise_phone(raw) == expected, f"{raw!r} is {expected} (landline with extension)"


INTERNATIONAL_LANDLINES = [
    # Written internationally, a landline drops the trunk 0 of its area code.
    ("+86 571 8888 6666", "0571-88886666"),
    ("+86-10-12345678", "010-12345678"),
    ("0086 21 8888 6666", "021-88886666"),
    ("+86 (0)571 88886666", "0571-88886666"),
    ("+86 571 88886666 转 123", "0571-88886666-123"),
]


@pytest.mark.parametrize("raw, expected", INTERNATIONAL_LANDLINES)
def test_international_landlines(raw, expected):
    assert normalise_phone(raw) == expected, f"{raw!r} is the landline {expected} written with the country code"


def test_normal_forms_are_stable():
    for _raw, normal in MOBILES + LANDLINES + EXTENSIONS:
        assert normalise_phone(normal) == normal, f"normalising the normal form {normal!r} must not change it"


INVALID = [
    ("", "phone.empty"),
    ("   ", "phone.empty"),
    ("abc", "phone.invalid"),
    ("138abc45678", "phone.invalid"),
    ("0571-8888666a", "phone.invalid"),
    ("0571-88886666 ext abc", "phone.invalid"),
    ("12812345678", "phone.mobile"),  # 12x is not a mobile prefix
    ("11012345678", "phone.mobile"),
    ("1381234567", "phone.mobile"),  # 10 digits
    ("138123456789", "phone.mobile"),  # 12 digits
    ("+86 138 1234 567", "phone.mobile"),
    ("13812345678转123", "phone.mobile"),  # mobiles have no extension
    ("88886666", "phone.area_code"),  # a landline without its area code
    ("8888666", "phone.area_code"),
    ("400-800-8888", "phone.area_code"),
    ("0571-888866", "phone.landline"),  # 6-digit number
    ("0571-888866667", "phone.landline"),  # 9-digit number
    ("010-123456", "phone.landline"),
    ("0-88886666", "phone.landline"),
    ("00-88886666", "phone.landline"),
    ("02-12345678", "phone.landline"),  # 02 alone is no area code
    ("057-18888666", "phone.landline"),  # area code split in the wrong place
    ("0571-88886666-1234567", "phone.landline"),  # extension too long
    ("0571", "phone.landline"),
]


@pytest.mark.parametrize("raw, code", INVALID)
def test_invalid_numbers(raw, code):
    with pytest.raises(RuleError) as info:
        normalise_phone(raw)
    problems = info.value.problems
    assert [p.code for p in problems] == [code], f"{raw!r}: expected exactly [{code}], got {[p.code for p in problems]}"
    assert problems[0].field == "phone", f"{raw!r}: the problem belongs to 'phone', got {problems[0].field}"
    if code != "phone.empty":
        assert problems[0].params.get("value"), f"{raw!r}: the message must quote what was typed"


def test_messages_quote_the_number_in_both_languages():
    with pytest.raises(RuleError) as info:
        normalise_phone("88886666")
    problem = info.value.problems[0]
    assert "88886666" in problem.message("en") and "area code" in problem.message("en"), f"English: {problem.message('en')}"
    assert "88886666" in problem.message("zh_CN") and "区号" in problem.message("zh_CN"), f"Chinese: {problem.message('zh_CN')}"

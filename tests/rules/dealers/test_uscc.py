"""统一社会信用代码 (GB 32100-2015): the check character, the alphabet, the shape."""

from __future__ import annotations

import pytest

from desktop.rules.errors import RuleError
from desktop.rules.dealers.uscc import ALPHABET, WEIGHTS, check_character, make_uscc, normalise_uscc

# An independent statement of the standard, so the tests do not merely repeat the code:
# the 31 characters are 0-9 and A-Z without I, O, Z, S, V; weight i is 3**i mod 31;
# check = 31 - (Σ value·weight mod 31), with 31 written as 0.
STANDARD_ALPHABET = "".join(c for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ" if c not in "IOZSV")


def reference_check(first17: str) -> str:
    total = sum(STANDARD_ALPHABET.index(ch) * pow(3, i, 31) for i, ch in enumerate(first17))
    return STANDARD_ALPHABET[(31 - total % 31) % 31]


def test_alphabet_and_weights_follow_the_standard():
    assert ALPHABET == STANDARD_ALPHABET, f"the code alphabet must be 0-9A-Z without I O Z S V, got {ALPHABET}"
    assert WEIGHTS == tuple(pow(3, i, 31) for i in range(17)), f"weights must be 3**i mod 31, got {WEIGHTS}"


# Worked by hand (values: A=10 … M=21 … Y=30):
# 91350100M000100Y4? (the standard's own example):
#   9·1 + 1·3 + 3·9 + 5·27 + 0·19 + 1·26 + 0·16 + 0·17 + M(21)·20 + 0·29 + 0·25 + 0·13 + 1·8
#   + 0·24 + 0·10 + Y(30)·30 + 4·28 = 1640;  1640 mod 31 = 28;  31 − 28 = 3  →  '3'
# 91440300708461136? (a Shenzhen company, as printed on its business licence):
#   9 + 3 + 36 + 108 + 0 + 78 + 0 + 0 + 140 + 0 + 200 + 52 + 48 + 24 + 10 + 90 + 168 = 966;
#   966 mod 31 = 5;  31 − 5 = 26  →  'T'
HAND_CHECKED = [("91350100M000100Y4", "3"), ("91440300708461136", "T")]


@pytest.mark.parametrize("body, check", HAND_CHECKED)
def test_hand_computed_check_characters(body, check):
    assert check_character(body) == check, f"{body}: the hand computation gives {check}"
    assert normalise_uscc(body + check) == body + check, f"{body}{check} is valid and must be accepted unchanged"


PUBLISHED = [
    "91350100M000100Y43",  # GB 32100-2015 example
    "91440300708461136T",
    "914403001922038216",
    "911000001000013428",
    "91110000802100433B",
    "91310000MA1FL4B24G",
    "91330100799655058B",
]


@pytest.mark.parametrize("code", PUBLISHED)
def test_published_codes_are_valid(code):
    assert reference_check(code[:17]) == code[17], f"test data broken: {code} fails the reference check"
    assert normalise_uscc(code) == code, f"the published code {code} must be accepted"


# Real-format codes built with make_uscc: authority 9/1/5/Y, type 1/2/3/9, a real division, letters in the body.
CONSTRUCTED_BODIES = [
    "91330100MA2AAAAAA",
    "91330100123456789",
    "12330000470000001",
    "52500100MJP000000",
    "93320500XY0000000",
    "Y1310100000000000",
    "31110000L00000000",
    "91330100000000000",  # sum 0 → check '0'
]


@pytest.mark.parametrize("body", CONSTRUCTED_BODIES)
def test_constructed_codes_are_valid(body):
    code = make_uscc(body)
    assert len(code) == 18 and code.startswith(body), f"make_uscc must append exactly one character to {body}"
    assert code[17] == reference_check(body), f"make_uscc({body}) gave check {code[17]}, the standard gives {reference_check(body)}"
    assert normalise_uscc(code) == code, f"{code} built by make_uscc must validate"


def test_every_check_value_can_occur_and_validates():
    # Walk the last body character through the alphabet: 31 different check characters, all accepted.
    seen = set()
    for ch in ALPHABET:
        code = make_uscc("9133010000000000" + ch)
        seen.add(code[17])
        assert normalise_uscc(code) == code, f"{code} must validate"
    assert seen == set(ALPHABET), f"varying the 17th character must reach every check character, reached {sorted(seen)}"


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("91330100ma2aaaaaa" + make_uscc("91330100MA2AAAAAA")[-1].lower(), make_uscc("91330100MA2AAAAAA")),
        ("  91440300708461136T  ", "91440300708461136T"),
        ("９１４４０３００７０８４６１１３６Ｔ", "91440300708461136T"),  # full-width (全角) digits and letter
        ("９１４４０３００７０８４６１１３６ｔ", "91440300708461136T"),  # full-width lower-case letter
        ("9144 0300 7084 6113 6T", "91440300708461136T"),
        ("914403-00708461136T", "91440300708461136T"),
        ("\u300091440300708461136T\u3000", "91440300708461136T"),  # ideographic spaces around it
    ],
)
def test_input_is_normalised(raw, expected):
    assert normalise_uscc(raw) == expected, f"{raw!r} should normalise to {expected}"


def _problem(raw):
    with pytest.raises(RuleError) as info:
        normalise_uscc(raw)
    problems = info.value.problems
    assert len(problems) == 1, f"{raw!r}: one problem expected, got {problems}"
    assert problems[0].field == "uscc", f"{raw!r}: the problem belongs to field 'uscc', got {problems[0].field}"
    return problems[0]


@pytest.mark.parametrize("raw", ["", "9144030070846113", "91440300708461136", "91440300708461136TT", "9" * 30])
def test_wrong_length_is_refused(raw):
    problem = _problem(raw)
    assert problem.code == "uscc.length", f"{raw!r}: expected uscc.length, got {problem.code}"
    assert problem.params["n"] == len(raw), f"{raw!r}: the message must state the length found"


@pytest.mark.parametrize("letter", list("IOZSV"))
def test_forbidden_letters_are_refused(letter):
    raw = "91440300708461136" + letter
    problem = _problem(raw)
    assert problem.code == "uscc.chars", f"{raw}: the letter {letter} is not in the alphabet, expected uscc.chars, got {problem.code}"
    assert letter in problem.params["chars"], f"{raw}: the message must name {letter}"


@pytest.mark.parametrize("raw", ["9144030070846113_T", "91440300708461136?", "91440300708461136中"])
def test_other_characters_are_refused(raw):
    assert _problem(raw).code == "uscc.chars", f"{raw!r} holds a character outside the alphabet"


@pytest.mark.parametrize("division", ["3301A0", "MA3301", "33010X", "ABCDEF"])
def test_non_digit_division_is_refused(division):
    body = "91" + division + "708461136"
    code = make_uscc(body)  # the check character is right: only the division is wrong
    problem = _problem(code)
    assert problem.code == "uscc.division", f"{code}: characters 3–8 must be digits, expected uscc.division, got {problem.code}"


@pytest.mark.parametrize("code", PUBLISHED + [make_uscc(b) for b in CONSTRUCTED_BODIES])
def test_every_wrong_check_character_is_refused(code):
    for wrong in ALPHABET:
        if wrong == code[17]:
            continue
        problem = _problem(code[:17] + wrong)
        assert problem.code == "uscc.check", f"{code[:17]}{wrong}: expected uscc.check, got {problem.code}"
        assert problem.params == {"expected": code[17], "got": wrong}, f"{code[:17]}{wrong}: wrong parameters {problem.params}"


def test_single_character_typo_is_caught():
    code = "91440300708461136T"
    for pos in range(17):
        for ch in ALPHABET:
            if ch == code[pos] or (2 <= pos < 8 and not ch.isdigit()):
                continue
            typo = code[:pos] + ch + code[pos + 1:]
            with pytest.raises(RuleError, match="uscc.check"):
                normalise_uscc(typo)


def test_messages_are_translated():
    problem = _problem("91440300708461136A")
    assert problem.message("en") == "Check character is wrong: expected T, found A", f"English message: {problem.message('en')}"
    assert "应为 T" in problem.message("zh_CN") and "实为 A" in problem.message("zh_CN"), f"Chinese message: {problem.message('zh_CN')}"


def test_check_character_equals_the_standard_weighted_sum():
    import random

    from desktop.rules.dealers.uscc import ALPHABET, WEIGHTS, check_character

    def formula(body: str) -> str:  # GB 32100 as written: the weighted sum of the character values
        total = sum(ALPHABET.index(ch) * w for ch, w in zip(body, WEIGHTS))
        return ALPHABET[(31 - total % 31) % 31]

    assert all(pow(3, i, 31) == w for i, w in enumerate(WEIGHTS)), "GB 32100's weights are the powers of 3 modulo 31"
    rng = random.Random(32100)
    for _ in range(20_000):
        body = "".join(rng.choice(ALPHABET) for _ in range(17))
        assert check_character(body) == formula(body), f"{body}: the base-34 reading gives the formula's check character"
    assert check_character("91350100M000100Y4") == "3", "a published code's check character (91350100M000100Y43)"

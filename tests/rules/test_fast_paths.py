"""Fast paths in the rules give exactly what the general code gives (the roster import relies on them)."""

from __future__ import annotations

import random

from desktop.rules.dealers import phones, uscc
from desktop.rules.errors import RuleError
from desktop.rules.text import to_halfwidth


def _verdict(fn, value):
    try:
        return fn(value)
    except RuleError as err:
        return [(p.code, p.params) for p in err.problems]


def test_plain_mobiles_normalise_as_the_general_path_does():
    rng = random.Random(7)
    pieces = ["1", "3", "8", "0", "9", "2", " ", "+86", "+86 ", "-", "x", "#", "(", ")", "０", "１３８", "  ", "."]
    samples = ["13812345678", "138 1234 5678", "+86 13812345678", "+8613812345678", "+86 138 1234 5678", "+86138 1234 5678",
               "12812345678", "1381234567", "138123456789", "138  1234 5678", "+86  13812345678", "10812345678"]
    for _ in range(20000):
        samples.append("".join(rng.choice(pieces) for _ in range(rng.randint(1, 14))))
        digits = "1" + "".join(rng.choice("0123456789") for _ in range(10))
        samples.append(rng.choice(["", "+86", "+86 "]) + rng.choice([digits, f"{digits[:3]} {digits[3:7]} {digits[7:]}"]))
    for raw in samples:
        text = to_halfwidth(raw).strip()
        expected = _verdict(phones._normalise, text) if text else _verdict(phones.normalise_phone, raw)
        assert _verdict(phones.normalise_phone, raw) == expected, f"{raw!r}: the fast path agrees with the general one"


def test_check_character_is_the_weighted_sum():
    rng = random.Random(3)
    for _ in range(2000):
        body = "".join(rng.choice(uscc.ALPHABET) for _ in range(17))
        total = sum(uscc.ALPHABET.index(ch) * w for ch, w in zip(body, uscc.WEIGHTS))
        assert uscc.check_character(body) == uscc.ALPHABET[(31 - total % 31) % 31], f"{body}: GB 32100 check character"


def test_bad_characters_listed_sorted_once():
    err = _verdict(uscc.normalise_uscc, "91330100MA2B3C4DZZ")
    assert err == [("uscc.chars", {"chars": "Z"})], f"each bad character once: {err}"
    err = _verdict(uscc.normalise_uscc, "9133O1I0MA2B3C4DSV")
    assert err == [("uscc.chars", {"chars": "IOSV"})], f"bad characters sorted: {err}"

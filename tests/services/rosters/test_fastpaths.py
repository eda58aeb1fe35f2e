"""Fast paths the roster import relies on give exactly what the plain versions give.

pinyin keys: the same as pypinyin's ``lazy_pinyin``; ``to_halfwidth``: the same as a per-character loop.
"""

from __future__ import annotations

import random

from pypinyin import Style, lazy_pinyin
from pypinyin.constants import PHRASES_DICT

from desktop.rules.dealers.search import pinyin_keys, syllables
from desktop.rules.text import to_halfwidth
from desktop.services.demo import names


def _reference_keys(*parts: str) -> tuple[str, str]:
    fulls, inits = [], []
    for name in parts:
        if not name:
            continue
        sy = lazy_pinyin(name, style=Style.NORMAL, errors="default")
        fulls.append("".join(sy).lower().replace(" ", ""))
        inits.append("".join(s.lower() if not s.islower() or not s.isalpha() else s[0] for s in sy if s.strip()).replace(" ", ""))
    return " ".join(fulls), " ".join(inits)


def test_heteronym_in_context():
    assert pinyin_keys("重庆") == ("chongqing", "cq"), "重庆 must read chongqing, not zhongqing"
    assert pinyin_keys("银行") == ("yinhang", "yh"), "行 in 银行 reads hang"


def test_demo_names_identical():
    combos = [f"{c[1]}{t}{b}{s}" for c in names.CITIES for t in names.TRADE_NAMES[:6] for b in list(names.BRANDS)[:6] for s in names.SUFFIXES]
    for name in combos:
        assert pinyin_keys(name, name[:6]) == _reference_keys(name, name[:6]), f"pinyin keys differ for {name}"


def test_random_text_identical_to_lazy_pinyin():
    rng = random.Random(20261126)
    phrases = sorted(PHRASES_DICT)
    extras = ["4S", "BMW", " ", "（", "）", "(", ")", "-", "12", "·", "、", "ａｂ", "〇"]
    for _ in range(4000):
        parts = []
        for _ in range(rng.randrange(1, 7)):
            k = rng.random()
            if k < 0.5:
                parts.append(rng.choice(phrases))
            elif k < 0.85:
                parts.append(chr(rng.randrange(0x4E00, 0x9FA5)))
            else:
                parts.append(rng.choice(extras))
        text = "".join(parts)
        assert syllables(text) == lazy_pinyin(text, style=Style.NORMAL, errors="default"), f"syllables differ for {text!r}"
        assert pinyin_keys(text, text[1:]) == _reference_keys(text, text[1:]), f"pinyin keys differ for {text!r}"


def _halfwidth_loop(text: str) -> str:
    out = []
    for ch in text:
        code = ord(ch)
        out.append(" " if code == 0x3000 else chr(code - 0xFEE0) if 0xFF01 <= code <= 0xFF5E else ch)
    return "".join(out)


def test_to_halfwidth_identical_to_character_loop():
    rng = random.Random(7)
    pool = [chr(c) for c in [*range(0x20, 0x7F), *range(0x3000, 0x3010), *range(0xFF00, 0xFF70), *range(0x4E00, 0x4E40)]]
    for _ in range(5000):
        text = "".join(rng.choice(pool) for _ in range(rng.randrange(0, 30)))
        assert to_halfwidth(text) == _halfwidth_loop(text), f"to_halfwidth differs for {text!r}"
    assert to_halfwidth("ＡＢＣ　１２３（）") == "ABC 123()", "full-width letters, digits, space and brackets become half-width"

"""统一社会信用代码 (unified social credit code), GB 32100-2015.

18 characters: registration authority (1), organisation type (1), administrative division
(6 digits), organisation code (9), check character (1). Letters I, O, Z, S, V are never used.
"""

from __future__ import annotations


from desktop.rules.errors import FieldProblem, RuleError
from desktop.rules.text import to_halfwidth

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_ALLOWED = frozenset(ALPHABET)


# The weights are the powers of 3 modulo 31, and 34 ≡ 3 (mod 31): the weighted sum is, modulo 31,
# the 17 characters read right to left as one base-34 number — which int() reads in C (a roster
# import checks 50,000 codes). Each character becomes the base-34 digit of its value.
_BASE34 = str.maketrans({ch: "0123456789abcdefghijklmnopqrstu"[i] for i, ch in enumerate(ALPHABET)})


def check_character(first17: str) -> str:
    """The check character for the first 17 characters (already upper-case and valid)."""
    return ALPHABET[-int(first17[::-1].translate(_BASE34), 34) % 31]


def normalise_uscc(raw: str) -> str:
    """Return the code upper-cased and trimmed, or raise RuleError saying what is wrong."""
    code = to_halfwidth(str(raw)).strip().upper().replace(" ", "").replace("-", "")
    if len(code) != 18:
        raise RuleError(FieldProblem("uscc", "uscc.length", {"n": len(code)}))
    if not _ALLOWED.issuperset(code):
        bad = sorted(set(code) - _ALLOWED)
        raise RuleError(FieldProblem("uscc", "uscc.chars", {"chars": "".join(bad)}))
    if not code[2:8].isdigit():
        raise RuleError(FieldProblem("uscc", "uscc.division", {}))
    expected = check_character(code[:17])
    if code[17] != expected:
        raise RuleError(FieldProblem("uscc", "uscc.check", {"expected": expected, "got": code[17]}))
    return code


def make_uscc(body17: str) -> str:
    """Complete 17 characters with their check character (demo data, tests)."""
    return body17 + check_character(body17)

"""check_dealer_field / DEALER_FIELD_CHECKS: validate_dealer's rules one field at a time, the same verdicts."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from desktop.rules.dealers import records as r
from desktop.rules.dealers.validation import DEALER_FIELD_CHECKS, check_dealer_field, validate_dealer
from desktop.rules.errors import RuleError
from desktop.rules.dealers.uscc import make_uscc

USCC = make_uscc("91330100MA2AAAAAA")
CASES = [
    ("legal_name", " 杭州丰田  汽车有限公司 "), ("legal_name", ""), ("legal_name", "名" * 201),
    ("city", "ＨＺ"), ("city", "市" * 41), ("contact_phone", "+86 138-1234-5678"), ("contact_phone", "12345"),
    ("uscc", USCC.lower()), ("uscc", " "), ("uscc", "91330100MA2B3C4D5Z"), ("dealer_type", "bogus"),
    ("willingness", "high"), ("new_car_rate", "85%"), ("new_car_rate", "150%"), ("renewal_rate", Decimal("0.6")),
    ("annual_sales", -1), ("premium_scale", Decimal(3)), ("founded_on", date.today() + timedelta(days=1)),
    ("brands", ["丰田", " 丰田", ""]), ("sources", ["web", "bogus", "government", "web"]),
    ("insurers", [r.InsurerShare(" ", Decimal(5)), r.InsurerShare("人保", "60%"), r.InsurerShare("平安", "0.5")]),
    ("notes", "  kept as it is  "),
]


def _verdict(fn, *args):
    try:
        return "ok", fn(*args)
    except RuleError as err:
        return "error", [(p.field, p.code, p.params) for p in err.problems]


@pytest.mark.parametrize("field_name,value", CASES, ids=[f"{f}:{v!r}" for f, v in CASES])
def test_one_field_as_validate_dealer_sees_it(field_name, value):
    base = r.Dealer(legal_name="某车行", **({} if field_name == "legal_name" else {field_name: value}))
    if field_name == "legal_name":
        base.legal_name = value
    whole = _verdict(validate_dealer, base)
    alone = _verdict(check_dealer_field, field_name, value)
    if whole[0] == "ok":
        assert alone == ("ok", getattr(whole[1], field_name)), f"{field_name}={value!r}: same normal value, got {alone}"
    else:
        assert alone == whole, f"{field_name}={value!r}: the same problems, got {alone} vs {whole}"


def test_every_check_concerns_only_its_field():
    found = []
    for field_name, check in DEALER_FIELD_CHECKS.items():
        problems = []
        try:
            check_dealer_field(field_name, getattr(r.Dealer(), field_name))
        except RuleError as err:
            problems = err.problems
        found += [(field_name, p.field) for p in problems if p.field != field_name]
    assert not found, f"a field's check reports only under its own name: {found}"

"""Dealer records for document tests: a full file, and knobs for the extreme cases."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from desktop.rules.dealers.records import Dealer, InsurerShare, KeyPerson, Visit


def person(n: int, **overrides) -> KeyPerson:
    values = dict(
        id=n, name=f"李{'一二三四五六七八九十'[n % 10]}明", gender="male", birth_year=1975 + n, position="总经理",
        role="decision_maker" if n == 1 else "sales_head", background=f"背景标记BG{n:02d}XQ",
        highlights=f"经历标记HL{n:02d}XQ", hobbies=f"爱好标记HB{n:02d}XQ", phone=f"1391234{n:04d}",
    )
    values.update(overrides)
    return KeyPerson(**values)


def visit(n: int, **overrides) -> Visit:
    values = dict(
        id=n, visited_on=date(2026, 10, n % 28 + 1), visitor_names=["周敏", "郑凯"],
        findings=f"第{n}次走访：售后产能富余，希望增加事故车送修量。", next_step="安排理赔条线拜访售后",
    )
    values.update(overrides)
    return Visit(**values)


def dealer(**overrides) -> Dealer:
    values = dict(
        id=42, legal_name="杭州远景之星汽车销售服务有限公司", short_name="杭州远景之星", uscc="91330100MA2XXXXX0L",
        province="浙江省", city="杭州", district="西湖区", address="浙江省杭州市西湖区文三路 88 号",
        brands=["奔驰", "smart"], main_models="C级、E级、GLC", annual_sales=3200, dealer_type="4s",
        founded_on=date(2012, 5, 18), contact_name="王海燕", contact_phone="0571-88886666",
        sources=["government", "field"], premium_scale=Decimal("18650000"), business_structure="新车约六成，续保约四成",
        new_car_rate=Decimal("86.5"), renewal_rate=Decimal("52.3"), repair_needs="希望每月送修事故车 80 台以上",
        brands_repaired=["奔驰"], entity_structure="独立法人", willingness="high", licence_no="330100123456789",
        licence_expiry=date(2028, 6, 30), insurers=[InsurerShare("平安产险", Decimal("60")), InsurerShare("人保财险", None)],
        notes="每季度复盘一次合作情况。", people=[person(1), person(2)], visits=[visit(1), visit(2)],
    )
    values.update(overrides)
    return Dealer(**values)


def empty_dealer() -> Dealer:
    """Only the required name: every optional field empty."""
    return Dealer(id=7, legal_name="宁波空白汽车有限公司")


def long_note(chars: int = 5000) -> str:
    """A note of ``chars`` characters made of numbered pieces, so a lost piece can be named."""
    pieces, n = [], 0
    while sum(map(len, pieces)) < chars:
        pieces.append(f"备注第{n:04d}段，")
        n += 1
    return "".join(pieces)[:chars]

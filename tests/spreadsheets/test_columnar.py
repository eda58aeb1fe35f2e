"""RowConverter.values_many (column by column) gives exactly what values gives row by row."""

from __future__ import annotations

import random
from datetime import date, datetime, time

from desktop.rules.dealers.uscc import make_uscc
from desktop.spreadsheets.columns import FIELDS
from desktop.spreadsheets.rows import RowConverter

HEADERS = ["车商名称", "简称", "统一社会信用代码", "省份", "城市", "详细地址", "品牌", "年销量", "车商类型", "成立时间",
           "联系人", "联系电话", "信息来源", "保费规模（万元）", "新车承保率", "续保率", "合作意愿", "代理资质证号",
           "合作保险公司", "备注"]
MAPPING = ["legal_name", "short_name", "uscc", "province", "city", "address", "brands", "annual_sales", "dealer_type",
           "founded_on", "contact_name", "contact_phone", "sources", "premium_scale", "new_car_rate", "renewal_rate",
           "willingness", "licence_no", "insurers", "notes"]
VALID_USCC = make_uscc("91330100MA2B3C4D5")

# Per column: ordinary values and every awkward kind a roster carries — blanks, spaces, 全角,
# numbers where text belongs, booleans (True == 1), NaN, dates of every type, bad values.
CHOICES = {
    "legal_name": ["杭州宏达汽车有限公司", " 宁波  某车行 ", "ＡＢＣ汽车", "", None, "   ", 12345, True, "名" * 201, "x\x00y"],
    "short_name": ["宏达", "", "Ｈｏｎｇｄａ", 3.0, "  a  b "],
    "uscc": [VALID_USCC, VALID_USCC.lower(), f" {VALID_USCC} ", "91330100MA2B3C4D5X", "123", "", None, 91330100, "   "],
    "province": ["浙江", "浙江省", "", 1, 1.0, True, False, 0],
    "city": ["杭州", " 杭州 ", "ＨＺ", "", "城" * 41],
    "address": ["文一西路 1 号", "", "路" * 301, 5],
    "brands": ["丰田、雷克萨斯", "丰田,  本田", "", "丰田、丰田", 7],
    "annual_sales": [1200, 1200.0, "1,200", "1.2万", "-5", "abc", "", 1.5, True, float("nan")],
    "dealer_type": ["4S店", "4s", "集团", "超市", "", 4],
    "founded_on": [date(2010, 5, 1), datetime(2010, 5, 1), datetime(2010, 5, 1, 12, 30), "2010年5月1日", "2010/05/01",
                   "2010.5.1", "明天", 40000, 40000.5, "", time(12, 0), date(2999, 1, 1)],
    "contact_name": ["张三", " 张三 ", "", "人" * 61],
    "contact_phone": ["13812345678", "138 1234 5678", "+86 13812345678", "+8613812345678", "0571-88886666",
                      "0571 8888 6666 转 123", "12345", 13812345678, 13812345678.0, "", " 13812345678", "138  1234 5678",
                      "１３８１２３４５６７８", "abc"],
    "sources": ["协会、走访", "政府", "火星", "", "网络,网络"],
    "premium_scale": [12.5, "1.2万", "3,000", -1, "", "x", 0],
    "new_car_rate": ["85%", 0.85, 85, "85", 1, 1.0, "1", "150%", "", "abc", True],
    "renewal_rate": ["70.5%", 0.705, "", 101],
    "willingness": ["强", "high", "一般", "未知", "超强", ""],
    "licence_no": ["LIC-001", "", " lic 2 ", "号" * 61],
    "insurers": ["人保 40%、平安 30%", "太平洋", "", "人保 80%、平安 30%", "：50%"],
    "notes": ["备注\r\n第二行", "", "  x  "],
}


def _rows(seed: int, n: int, awkward: float) -> list[list]:
    rng = random.Random(seed)
    rows = []
    for _ in range(n):
        row = [rng.choice(CHOICES[f]) if rng.random() < awkward else CHOICES[f][0] for f in MAPPING]
        if rng.random() < 0.05:
            row = row[:rng.randint(1, len(row))]  # a short row (CSV)
        rows.append(row)
    return rows


def _outcome(result):
    values, problems = result
    return values, [(p.column, p.field, p.code, p.params) for p in problems]


def test_many_rows_at_once_equal_row_by_row():
    for seed in range(12):
        rows = _rows(seed, 400, awkward=0.15 + seed * 0.05)
        expected = [_outcome(RowConverter(HEADERS, MAPPING).values(row)) for row in rows]
        converter = RowConverter(HEADERS, MAPPING)
        got = [_outcome(r) for part in (rows[:150], rows[150:]) for r in converter.values_many(part)]
        for row, want, have in zip(rows, expected, got):
            assert have == want, f"seed {seed}: column by column must equal row by row for {row!r}"
        assert any(w[1] for w in expected) and any(not w[1] for w in expected), f"seed {seed}: good and bad rows both tested"


def test_values_are_in_fields_order_and_unmapped_fields_keep_defaults():
    converter = RowConverter(["名称", "城市"], ["legal_name", "city"])
    [(values, problems)] = converter.values_many([["某车行", " 杭州 "]])
    assert not problems, f"a good row has no problems: {problems}"
    assert values[FIELDS.index("legal_name")] == "某车行" and values[FIELDS.index("city")] == "杭州", f"cleaned values: {values}"
    assert values[FIELDS.index("brands")] == [] and values[FIELDS.index("uscc")] == "", f"unmapped fields at defaults: {values}"


def test_a_missing_name_column_makes_every_row_invalid():
    converter = RowConverter(["城市"], ["city"])
    out = converter.values_many([["杭州"], ["宁波"]])
    assert [(v, [(p.field, p.code) for p in ps]) for v, ps in out] == [(None, [("legal_name", "required")])] * 2, (
        f"no name column: every row says the name is required: {out}")

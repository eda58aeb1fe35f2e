"""The target list: ranked targets with tier and reason, over as many landscape pages as needed."""

from __future__ import annotations

from decimal import Decimal

import pypdf

from desktop.documents.negotiation.target_list import render_target_list
from desktop.rules.facts import Fact
from desktop.rules.negotiation.records import RankedTarget
from tests.documents.pdfcheck import page_texts, pdftotext, squash


def _targets(n: int) -> list[RankedTarget]:
    tiers = ("key", "secondary", "general")
    return [RankedTarget(i % 20 + 1, 1000 + i, f"目标车商{i:03d}号", tiers[i // 20 % 3], Decimal(95 - i % 20), Decimal(800000),
                         Decimal(75) if i % 2 else None, i % 6,
                         [Fact("cls.prio.rank", {"rank": 1, "count": 20, "tier": "key", "score": "95"}),
                          Fact("cls.prio.no_network"), Fact("理由标记<b>&</b>")]) for i in range(n)]


def test_every_target_listed_with_header_on_each_page(tmp_path):
    targets = _targets(60)
    out = render_target_list(targets, "zh_CN", tmp_path / "t.pdf", scope="杭州", cities={x.dealer_id: "杭州" for x in targets})
    texts = page_texts(out)
    assert len(texts) >= 3, f"sixty targets run over several pages, got {len(texts)}"
    for n, text in enumerate(texts, 1):
        assert "排名 车商 城市 分类 得分 送修覆盖 人脉 理由" in text, f"page {n} repeats the header"
    body = squash(pdftotext(out))
    assert all(f"目标车商{i:03d}号" in body for i in range(60)), "every target is listed"
    assert "我司无人与其关键人物相识" in body and "理由标记<b>&</b>" in body, "reasons printed, markup literal"
    assert "杭州·共60家" in body and "重点公关对象" in body, "scope and tiers shown"
    width, height = pypdf.PdfReader(str(out)).pages[0].mediabox.upper_right
    assert float(width) > float(height), "the wide table is printed landscape"


def test_empty_selection(tmp_path):
    text = pdftotext(render_target_list([], "en", tmp_path / "t.pdf"))
    assert "No targets in this selection." in text and "Whole territory" in text, "an empty list says so"


def test_targets_are_grouped_under_tier_headings_ranked_within_each_with_the_key_rule(tmp_path):
    targets = _targets(60)
    rules = {x.dealer_id: f"规则标记{x.dealer_id}" for x in targets if x.tier == "key"}
    out = render_target_list(targets, "zh_CN", tmp_path / "t.pdf", rules=rules)
    body = squash(pdftotext(out))
    headings = [body.find(f"{tier}（20家，组内排名）") for tier in ("重点公关对象", "次重点公关对象", "一般公关对象")]
    assert all(h >= 0 for h in headings) and headings == sorted(headings), f"one heading per tier, in tier order: {headings}"
    key_part, rest = body[headings[0]:headings[1]], body[headings[1]:]
    assert all(f"目标车商{i:03d}号" in key_part for i in range(20)), "the key targets sit under their heading"
    assert not any(f"目标车商{i:03d}号" in key_part for i in range(20, 60)), "and no other tier's"
    for dealer_id in rules:
        assert f"分类依据：规则标记{dealer_id}" in key_part, f"the rule behind key target {dealer_id} is shown"
    assert "分类依据" not in rest, "the rule is shown for the key targets"

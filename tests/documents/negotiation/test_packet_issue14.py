"""The packets of the demo territory as issue 14 asks: honest figures (nothing unfilled printed as 0,
every figure under its own column with its unit, reasons in sentences, no word split in a column)."""

from __future__ import annotations

import re
from dataclasses import replace

from desktop.documents.negotiation.packet import render_packet
from desktop.rules.negotiation import policy as policy_rules
from desktop.rules.negotiation import readiness
from desktop.services.negotiation import dossier, meetings
from tests.documents.pdfcheck import pdftotext, squash


def _upcoming(ctx):
    rows = [r for r in meetings.list_meetings(ctx) if r.status in ("proposed", "confirmed")]
    return [dossier.of_meeting(ctx, r.id) for r in rows]


def _with_approved(ctx):
    return next(d for d in _upcoming(ctx) if d.approved_policy is not None and d.approved_policy.bonuses and d.our_team)


def test_an_unfilled_economics_tab_prints_not_estimated_never_zero(demo_ctx, tmp_path):
    d = _with_approved(demo_ctx)
    policy = replace(d.approved_policy, take_up=None, average_premium=None, renewal_premium=None, bonuses=[])
    blank = policy_rules.economics(policy, d.dealer.annual_sales, d.dealer.premium_scale, d.dealer.new_car_rate)
    d = replace(d, approved_policy=policy, economics=blank)
    text = pdftotext(render_packet(d, d.our_team[0].staff_id, "zh_CN", tmp_path / "blank.pdf"), raw=False)
    section = text[text.index("预计年保费"):]  # the body's estimate (the contents page only names the heading)
    section = section[:section.index("底线")]
    assert not re.search(r"(?<![\d.,])0(\.0+)?\s*(元|万元)", section), f"no 0 元 for an unfilled estimate:\n{section}"
    assert section.count("未测算") >= 8, f"every figure of the estimate says 未测算:\n{section}"
    assert "预计承保占比" in section and "单车平均保费" in section, "the note names what is missing"
    gaps = [m.text("zh_CN") for m in readiness.step4(d).missing]
    assert any("经济测算未完成" in g for g in gaps), f"readiness flags it: {gaps}"


def test_a_bonus_amount_is_not_under_the_commission_rate(demo_ctx, tmp_path):
    d = _with_approved(demo_ctx)
    bonus = next(b for b in d.approved_policy.bonuses if b.amount is not None)
    text = pdftotext(render_packet(d, d.our_team[0].staff_id, "zh_CN", tmp_path / "p.pdf"))
    table = text[text.index("奖励费率") - 40:]
    header = next(line for line in table.splitlines() if "奖励费率" in line)
    assert "奖励金额" in header and "奖励费率" in header and "手续费率" not in header, f"own columns: {header}"
    row = next(line for line in table.splitlines() if squash(bonus.label) in squash(line))
    assert re.search(r"—\s+[\d.,]+万?元", row), f"the amount sits in the amount column, the rate column empty: {row}"


def test_reasons_read_as_sentences(demo_ctx, tmp_path):
    d = next(x for x in _upcoming(demo_ctx) if x.classification is not None and x.our_team)
    text = squash(pdftotext(render_packet(d, d.our_team[0].staff_id, "zh_CN", tmp_path / "p.pdf")))
    section = text[text.index("目标分类及依据"):]
    section = section[:section.index("赔付率", section.index("。"))] if "。" in section else section
    assert "列为" in section and "。" in section, f"a sentence: {section[:200]}"
    assert not re.search(r"[≥≤<>]", section), f"no formulas: {section[:200]}"
    assert "; " not in section, f"no code-like list: {section[:200]}"


def test_names_and_ranks_never_split_in_narrow_columns(demo_ctx, tmp_path):
    for d in _upcoming(demo_ctx)[:4]:
        if not d.our_team:
            continue
        text = pdftotext(render_packet(d, d.our_team[0].staff_id, "zh_CN", tmp_path / f"m{d.meeting.id}.pdf"), raw=False)
        lines = [line.strip() for line in text.splitlines()]
        holder = d.our_team[0].staff_name
        assert any(re.search(rf"{holder}\s*（本人）", line) for line in lines), f"{holder}（本人） kept on one line"
        for member in d.our_team:
            for word in (member.staff_name, member.title):
                if word and len(word) <= 10:
                    assert any(word in line for line in lines), f"{word!r} kept on one line"
        for step in d.meeting.agenda:
            owner = step.shown_owner("zh_CN")
            if 2 < len(owner) <= 10:
                assert any(owner in line for line in lines), f"agenda owner {owner!r} kept on one line"

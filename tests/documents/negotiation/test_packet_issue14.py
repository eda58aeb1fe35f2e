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
            owner = step.owner_name or step.shown_owner("zh_CN")
            if 2 < len(owner) <= 10:
                assert any(owner in line for line in lines), f"agenda owner {owner!r} kept on one line"


# --- each member's part, bottom lines, sensitive fields (services over the demo territory) -----------------
from desktop.documents.text import fmt_amount  # noqa: E402
from desktop.i18n import t  # noqa: E402
from desktop.rules.negotiation import packet_access  # noqa: E402
from desktop.services.negotiation import printing  # noqa: E402
from tests.documents.pdfcheck import page_texts  # noqa: E402


def _team_meeting(ctx):
    """An upcoming meeting with a main negotiator and a member who may not see the bottom lines."""
    for d in _upcoming(ctx):
        if d.strategy.bottom_lines and any(not packet_access.sees_bottom_lines(m) for m in d.our_team) \
                and any(p.hobbies and p.background for p in d.dealer.people if any(a.key_person_id == p.id for a in d.their_team)):
            return d
    raise AssertionError("the demo territory has such a meeting")


def _limits(d):
    return [squash(f"{t(f'neg.direction.{b.direction}', 'zh_CN')} {fmt_amount(b.value, b.unit, 'zh_CN')}")
            for b in d.strategy.bottom_lines]


def _own_page(path) -> str:
    text = squash(pdftotext(path))
    start = text.index("本人任务：", text.index("本人任务：") + 1)  # past the contents page
    return text[start:text.index("会谈安排", start)]


def test_each_copy_opens_with_its_members_part_and_only_leaders_see_bottom_lines(demo_ctx, tmp_path):
    d = _team_meeting(demo_ctx)
    paths = printing.packet_set(demo_ctx, d.meeting.id, "zh_CN", tmp_path / "set")
    by_member = dict(zip([m.staff_id for m in d.our_team], paths))
    main = next(m for m in d.our_team if m.is_main)
    other = next(m for m in d.our_team if not packet_access.sees_bottom_lines(m))
    mine, theirs = _own_page(by_member[main.staff_id]), _own_page(by_member[other.staff_id])
    assert mine != theirs, "two members' own pages differ"
    assert squash(main.staff_name) in mine[:20] and squash(other.staff_name) in theirs[:20], "each names its holder"
    for i, step in enumerate(d.meeting.agenda):
        title = squash(step.shown_title("zh_CN"))
        if step.owner_staff_id == other.staff_id:
            assert title in theirs, f"{other.staff_name} leads step {i + 1}: on their page"
    assert "我方希望达成" in mine or not any(s.owner_staff_id == main.staff_id and s.code == "dm.intent" for s in d.meeting.agenda), \
        "the intent step states what we want agreed"
    main_text = squash(pdftotext(by_member[main.staff_id]))
    other_text = squash(pdftotext(by_member[other.staff_id]))
    for limit in _limits(d):
        assert limit in main_text, f"the main negotiator's copy has the bottom line {limit}"
        assert limit not in other_text, f"{other.staff_name} may not see the bottom line {limit}"
    assert squash(f"请先询问{main.staff_name}") in other_text, "the other copy says whom to ask"


def test_sensitive_fields_only_when_ticked_and_named_on_the_cover(demo_ctx, tmp_path):
    d = _team_meeting(demo_ctx)
    faced = [p for p in d.dealer.people if any(a.key_person_id == p.id for a in d.their_team)]
    hobbies = [squash(p.hobbies) for p in faced if p.hobbies]
    backgrounds = [squash(p.background) for p in faced if len(squash(p.background or "")) >= 4]
    paths = printing.packet_set(demo_ctx, d.meeting.id, "zh_CN", tmp_path / "none")
    for path in paths:
        text = squash(pdftotext(path))
        assert not [h for h in hobbies if h in text], f"{path}: no hobby without a tick"
        assert not [b for b in backgrounds if b in text], f"{path}: no background without a tick"
        assert "本资料未收录个人敏感信息" in squash(page_texts(path)[0]), "the cover says none were included"
    mt = meetings.get(demo_ctx, d.meeting.id)
    meetings.save(demo_ctx, replace(mt, packet_sensitive=["hobbies"]))
    assert meetings.get(demo_ctx, d.meeting.id).packet_sensitive_by == demo_ctx.user, "who ticked is recorded"
    paths = printing.packet_set(demo_ctx, d.meeting.id, "zh_CN", tmp_path / "ticked")
    for path in paths:
        text = squash(pdftotext(path))
        assert all(h in text for h in hobbies), f"{path}: the ticked hobbies are in"
        assert not [b for b in backgrounds if b in text], f"{path}: the unticked background stays out"
        cover = squash(page_texts(path)[0])
        assert "本资料含个人敏感信息" in cover and "爱好" in cover and "背景" not in cover, f"{path}: the cover names it: {cover}"

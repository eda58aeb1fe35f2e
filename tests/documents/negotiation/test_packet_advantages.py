"""The packet's step-4 pages (issue 14): our advantages with figure, source and month; an unset figure
printed as 未填写 and flagged by readiness; the competition page with the dealer's insurers, their shares
and terms against ours; the intent stated. Real PDFs read back with pdftotext."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from desktop.documents.negotiation.packet import render_packet
from desktop.rules.dealers.records import InsurerShare
from desktop.rules.negotiation import readiness
from desktop.rules.negotiation.advantages import CODES
from desktop.rules.negotiation.records import Advantage
from desktop.services.demo.branch import ADVANTAGES
from desktop.services.negotiation import dossier, meetings
from tests.documents.dossier_factory import dossier as made_dossier
from tests.documents.pdfcheck import pdftotext, squash

FIGURES = {code: (f"{code}数据标记FG{i}", f"{code}来源标记SR{i}", f"2026-{i + 3:02d}") for i, code in enumerate(CODES)}
LABELS = {"brand": "品牌实力", "market_rank": "市场排名", "claims_rank": "理赔服务行业排名", "flash_claims": "闪赔",
          "dual_dispatch": "车商客户出险双调度", "central_payment": "赔款集中支付", "info_sharing": "车易保信息共享"}


def _figures(*leave_out: str) -> list[Advantage]:
    return [Advantage(code, *FIGURES[code]) for code in CODES if code not in leave_out]


def _section(text: str, start: str, end: str) -> str:
    """The body's section (the contents page names the heading first)."""
    body = text[text.index(start, text.index(start) + 1):]
    return body[:body.index(end)]


def test_the_step_four_page_shows_each_figure_with_its_source_and_month(tmp_path):
    d = made_dossier(advantages=_figures())
    step = next(s for s in d.meeting.agenda if s.code == "dm.advantages")
    step.owner_staff_id, step.owner_name = d.our_team[0].staff_id, d.our_team[0].staff_name
    text = squash(pdftotext(render_packet(d, d.our_team[1].staff_id, "zh_CN", tmp_path / "p.pdf")))
    page = _section(text, "我司优势（洽谈第四步：优势介绍）", "竞争对比")
    for i, code in enumerate(CODES):
        value, source, _month = FIGURES[code]
        row = page[page.index(LABELS[code]):]
        assert row.startswith(LABELS[code] + value + source + f"2026年{i + 3}月"), \
            f"{code}: figure, source and month on one row: {row[:80]}"
    assert "未填写" not in page, "every figure set: nothing reads 未填写"
    assert "由陈志远介绍" in page, f"the member who leads 优势介绍 is named: {page[:120]}"
    assert all(m.code != "readiness.materials.advantage" for m in readiness.step8(d).missing), \
        "no advantage gap when every figure is set"


def test_an_unset_figure_prints_not_filled_in_and_is_a_readiness_gap(tmp_path):
    d = made_dossier(advantages=_figures("flash_claims", "info_sharing"))
    text = squash(pdftotext(render_packet(d, d.our_team[0].staff_id, "zh_CN", tmp_path / "p.pdf")))
    page = _section(text, "我司优势（洽谈第四步：优势介绍）", "竞争对比")
    for code in ("flash_claims", "info_sharing"):
        assert LABELS[code] + "未填写未填写未填写" in page, f"{code} never set prints 未填写: {page}"
        assert FIGURES[code][0] not in page, f"{code}: no figure invented"
    assert "谈判设置（我司优势）中填写" in page, "the page says where to fill it in"
    gaps = [m for m in readiness.step8(d).missing if m.code == "readiness.materials.advantage"]
    assert [m.target for m in gaps] == [("settings", 0, "advantages", "flash_claims"), ("settings", 0, "advantages", "info_sharing")], \
        f"each unset figure is a readiness gap that leads to its setting: {gaps}"
    assert "闪赔" in gaps[0].text("zh_CN") and "未填写" in gaps[0].text("zh_CN"), gaps[0].text("zh_CN")
    assert any(m.code == "readiness.materials.advantage" for _step, m in readiness.packet_gaps(readiness.evaluate(d))), \
        "an unset figure keeps the packet from printing as ready"


def test_the_competition_page_sets_the_dealers_insurers_against_us_and_states_the_intent(tmp_path):
    base = made_dossier(advantages=_figures())
    dealer = replace(base.dealer, insurers=[
        InsurerShare("平安产险", Decimal("55"), "商业险手续费 22%", "新车 1:0.5 送修", "驻店理赔员 1 名"),
        InsurerShare("太保产险", Decimal("30")), InsurerShare("大地保险", None, "综合费率约 18%")])
    d = replace(base, dealer=dealer)
    text = squash(pdftotext(render_packet(d, d.our_team[0].staff_id, "zh_CN", tmp_path / "p.pdf")))
    page = _section(text, "竞争对比：车商现有合作保险公司与我司", "谈判策略与话术")
    assert "平安产险55%商业险手续费22%新车1:0.5送修驻店理赔员1名" in page, f"an insurer, its share and its terms: {page}"
    assert "太保产险30%未掌握未掌握未掌握" in page, f"terms nobody told us say so: {page}"
    assert "大地保险未掌握综合费率约18%" in page, f"an unknown share says so: {page}"
    assert "我司（拟）" in page and "交强险4%" in page and "商业险16%" in page and "新车送修0.6倍" in page, \
        f"ours from the policy in force: {page}"
    intent = page[page.index("达成意向：我方诉求"):]
    assert "我方希望达成：采用共赢模式" in intent and "商业险手续费率16%" in intent, f"what we want agreed: {intent}"


def test_without_a_policy_or_model_the_intent_says_what_to_do_first(tmp_path):
    d = replace(made_dossier(advantages=_figures()), approved_policy=None, draft_policy=None, cooperation_model=None,
                economics=None)
    text = squash(pdftotext(render_packet(d, d.our_team[0].staff_id, "zh_CN", tmp_path / "p.pdf")))
    page = _section(text, "竞争对比：车商现有合作保险公司与我司", "谈判策略与话术")
    assert "我司（拟）尚未拟定尚未拟定尚未拟定" in page, f"ours not drafted says so: {page}"
    assert "尚未拟定：请先选定合作模式" in page, f"the intent step says what is missing: {page}"


def test_the_demo_packet_carries_the_branch_figures(demo_ctx, tmp_path):
    row = next(r for r in meetings.list_meetings(demo_ctx) if r.status in ("proposed", "confirmed"))
    d = dossier.of_meeting(demo_ctx, row.id)
    assert d.our_team, "a demo meeting with a team"
    assert all(a.is_set for a in d.advantages), f"the demo branch has every figure: {d.advantages}"
    text = squash(pdftotext(render_packet(d, d.our_team[0].staff_id, "zh_CN", tmp_path / "p.pdf")))
    page = _section(text, "我司优势（洽谈第四步：优势介绍）", "竞争对比")
    for code, value, source in ADVANTAGES:
        assert squash(value) + squash(source) + "2026年10月" in page, f"{code}: the demo figure with its source and month"
    competition = _section(text, "竞争对比：车商现有合作保险公司与我司", "谈判策略与话术")
    for insurer in d.dealer.insurers:
        assert squash(insurer.insurer) in competition, f"the dealer's insurer {insurer.insurer} is compared"

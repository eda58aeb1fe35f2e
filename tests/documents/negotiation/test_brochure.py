"""The brochure the dealer sees: our strengths and the model, never anything internal."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pypdf

from desktop.documents.negotiation.brochure import render_brochure
from desktop.rules.dealers.records import InsurerShare
from desktop.services.dealers import listing
from tests.documents import factories as F
from tests.documents.dossier_factory import INTERNAL, dossier
from tests.documents.pdfcheck import fonts, page_texts, pdftotext, pypdf_text, squash

# Internal or personal text planted in the dealer file itself.
FILE_MARKERS = {"notes": "车商备注标记NTX21", "findings": "走访发现标记VFX22", "repair_needs": "送修需求标记RNX23",
                "person_notes": "人员备注标记PNX24", "contact_phone": "13999990024"}


def _dealer():
    d = dossier()
    dealer = d.dealer
    dealer.notes = FILE_MARKERS["notes"]
    dealer.visits[0].findings = FILE_MARKERS["findings"]
    dealer.repair_needs = FILE_MARKERS["repair_needs"]
    dealer.people[0].notes = FILE_MARKERS["person_notes"]
    dealer.contact_phone = FILE_MARKERS["contact_phone"]
    return d


def test_no_internal_content_anywhere(tmp_path):
    d = _dealer()
    for lang in ("zh_CN", "en"):
        out = render_brochure(d.dealer, lang, tmp_path / f"b-{lang}.pdf", model=d.cooperation_model, issued_on=date(2026, 11, 26))
        text = squash(pdftotext(out)) + squash(pypdf_text(out))
        for key, marker in {**INTERNAL, **FILE_MARKERS}.items():
            assert marker not in text, f"{lang}: internal {key} ({marker}) must never reach the brochure"
        assert "内部资料" not in text and "仅供" not in text, f"{lang}: no internal footer on the brochure"


def test_brochure_presents_the_company_and_the_model(tmp_path):
    d = _dealer()
    out = render_brochure(d.dealer, "zh_CN", tmp_path / "b.pdf", model=d.cooperation_model, issued_on=date(2026, 11, 26))
    text = squash(pdftotext(out))
    for wanted in ("战略合作说明书", "瀚海财产保险股份有限公司", "致：杭州远景之星汽车销售服务有限公司", "闪赔", "车商客户出险双调度",
                   "赔款集中支付", "续保与客户经营支持", "共赢模式", "保费与送修双向互换", "奔驰、smart", "400-820-0000"):
        assert squash(wanted) in text, f"the brochure must show {wanted!r}"
    texts = page_texts(out)
    for n, page in enumerate(texts, 1):
        assert f"第 {n} 页 / 共 {len(texts)} 页" in page, f"page {n} numbered"
    assert all(f["embedded"] for f in fonts(out)), "fonts embedded"


def test_english_brochure_and_missing_model(tmp_path):
    out = render_brochure(F.dealer(), "en", tmp_path / "b.pdf", model=None)
    text = pdftotext(out)
    for wanted in ("Strategic cooperation proposal", "Hanhai Property & Casualty Insurance Co., Ltd.", "Express claims",
                   "Dual dispatch for dealer customers", "Prepared for 杭州远景之星汽车销售服务有限公司"):
        assert wanted in text, f"the English brochure must show {wanted!r}"


def test_markup_in_dealer_name_is_literal(tmp_path):
    dealer = F.dealer(legal_name="<b>&amp;</b> 汽车 & Co", short_name="<i>简称</i>")
    text = pdftotext(render_brochure(dealer, "zh_CN", tmp_path / "b.pdf"))
    assert "致：<b>&amp;</b> 汽车 & Co" in text and "<i>简称</i>" in text, "dealer names appear literally"


# --- issue 14: the brochure is for this dealer -------------------------------------------------------
def _facts(**kw):
    from desktop.rules.negotiation.records import Advantage, BrochureFacts, RepairResource
    from desktop.services.demo.branch import logo_png

    values = dict(advantages=[Advantage("flash_claims", "小额案件 1 小时内赔付", "分公司理赔部", "2026-10"),
                              Advantage("market_rank", "省内车险第 4 位", "省保险行业协会", "2026-09")],
                  repair=[RepairResource(None, "奔驰", "杭州", 2025, 1860, Decimal("9650000"))],
                  manager_name="周敏", manager_title="渠道专员", manager_phone="13805710001",
                  branch_address="杭州市上城区钱江路 1366 号瀚海大厦 18 楼", branch_phone="0571-8765 4321", logo=logo_png())
    values.update(kw)
    return BrochureFacts(**values)


def test_the_brochure_carries_our_figures_repair_volume_manager_and_address(tmp_path):
    out = render_brochure(F.dealer(), "zh_CN", tmp_path / "b.pdf", facts=_facts(), issued_on=date(2026, 11, 26))
    text = squash(pdftotext(out))
    for wanted in ("闪赔小额案件1小时内赔付来源：分公司理赔部，截至2026年10月", "市场排名省内车险第4位来源：省保险行业协会，截至2026年9月",
                   "为贵店品牌提供的送修资源", "奔驰20251,860件965万元", "专属客户经理周敏渠道专员", "客户经理电话13805710001",
                   "分公司电话0571-87654321", "杭州市上城区钱江路1366号瀚海大厦18楼"):
        assert wanted in text, f"the brochure shows {wanted!r}"
    assert "浙江省杭州市上城区钱江路1366号" not in text, "the branch's own address replaces the bundled profile's"
    images = sum(len(page.images) for page in pypdf.PdfReader(str(out)).pages)
    assert images >= 1, "the branch's logo is on the cover"


def test_nothing_unknown_is_printed_as_a_placeholder(tmp_path):
    from desktop.rules.negotiation.records import BrochureFacts

    dealer = F.dealer(brands=[], brands_repaired=[])
    for lang in ("zh_CN", "en"):
        out = render_brochure(dealer, lang, tmp_path / f"b-{lang}.pdf", model=None, facts=BrochureFacts())
        text = pdftotext(out)
        assert "（经营" not in squash(text) and "selling" not in text, f"{lang}: no brands, no 经营 line: {text}"
        assert "—" not in text, f"{lang}: no dash for anything unknown"
        for left_out in ("为贵店品牌提供的送修资源", "专属客户经理", "Repair work we can bring", "Your account manager"):
            assert left_out not in text, f"{lang}: a section or line with nothing to say is left out ({left_out})"
    text = squash(pdftotext(tmp_path / "b-zh_CN.pdf"))
    assert "面向杭州远景之星" in text, "the dealer is still addressed"


def test_no_internal_content_in_the_new_parts(tmp_path):
    """The dealer's insurers and what we know of their terms are intelligence: never on the brochure."""
    d = _dealer()
    intel = {"fee": "对手费用标记CFX31", "repair": "对手送修标记CRX32", "other": "对手条件标记COX33"}
    d.dealer.insurers = [InsurerShare("竞品保险标记CIX34", Decimal("70"), intel["fee"], intel["repair"], intel["other"])]
    for lang in ("zh_CN", "en"):
        out = render_brochure(d.dealer, lang, tmp_path / f"b-{lang}.pdf", model=d.cooperation_model, facts=_facts(),
                              issued_on=date(2026, 11, 26))
        text = squash(pdftotext(out)) + squash(pypdf_text(out))
        for key, marker in {**INTERNAL, **FILE_MARKERS, **intel, "insurer": "竞品保险标记CIX34"}.items():
            assert marker not in text, f"{lang}: internal {key} ({marker}) must never reach the brochure"
        assert "内部资料" not in text and "仅供" not in text, f"{lang}: no internal footer on the brochure"


def test_two_demo_dealers_get_their_own_brochure(demo_ctx, tmp_path):
    """Printed as the app prints it: brands, repair volume and account manager are this dealer's."""
    from desktop.services.negotiation import advantages, printing
    from desktop.services.negotiation.dossier import build

    chosen, managers = [], set()
    for row in listing.list_rows(demo_ctx):
        with demo_ctx.unit() as s:
            manager = advantages.account_manager(s, row.id)
        if manager is not None and manager.name not in managers and (not chosen or set(build(demo_ctx, row.id).dealer.brands)
                                                                      != set(chosen[0][1].dealer.brands)):
            chosen.append((row.id, build(demo_ctx, row.id), manager))
            managers.add(manager.name)
        if len(chosen) == 2:
            break
    assert len(chosen) == 2, "two demo dealers with different brands and managers"
    texts = []
    for dealer_id, snapshot, manager in chosen:
        text = squash(pdftotext(printing.brochure(demo_ctx, dealer_id, "zh_CN", tmp_path / f"b{dealer_id}.pdf")))
        texts.append(text)
        assert squash(manager.name) in text and squash(manager.phone) in text, f"dealer {dealer_id}: its manager and phone"
        assert any(manager.id in v.visitor_ids for v in snapshot.dealer.visits), "the manager is one who visited the dealer"
        assert "经营" + "、".join(snapshot.dealer.brands) in text, f"dealer {dealer_id}: its brands"
        assert "小额案件（5000元以下）线上定损" in text and "来源：分公司理赔部，截至2026年10月" in text, "the branch's figures"
        assert "瀚海大厦18楼" in text, "the branch's address from settings"
        assert "—" not in text and "（经营）" not in text, f"dealer {dealer_id}: no placeholder"
        for insurer in snapshot.dealer.insurers:
            for intel in (insurer.fee_terms, insurer.repair_terms, insurer.other_terms):
                assert not intel or squash(intel) not in text, f"dealer {dealer_id}: competitor terms stay internal ({intel})"
    other_manager = chosen[1][2].name
    assert squash(other_manager) not in texts[0], "the first dealer's brochure does not name the second's manager"

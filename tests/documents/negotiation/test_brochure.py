"""The brochure the dealer sees: our strengths and the model, never anything internal."""

from __future__ import annotations

from datetime import date

from desktop.documents.negotiation.brochure import render_brochure
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

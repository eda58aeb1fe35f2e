"""The contract pack is the dealer's copy: nothing internal on it (planted markers for the approver,
the app user, the negotiation items and how they stood against our bottom lines, the status), every
term stated once with the contract's own value, and the pack id only in the footer — still in the
metadata, so the copy can be verified."""

from __future__ import annotations

import dataclasses
import re
from decimal import Decimal

import pypdf
import pytest

from desktop.documents.contracts.pack import render_contract_pack
from desktop.i18n import t
from desktop.rules.contracts.records import AgreedItem
from desktop.rules.contracts.snapshot import PackInput
from tests.documents.pdfcheck import page_texts, pypdf_text, squash
from tests.documents.contracts.test_pack import pack_input as contract_pack_input

# Internal text planted in the pack's input: none of it may reach the dealer's copy.
MARKERS = {"approver": "审批人标记APX31", "app user": "制作人标记GBX32", "signing recorded by": "登记人标记SBX33",
           "negotiation note": "洽谈备注标记NTX34", "negotiation item": "底线事项标记BLX35"}
# Values agreed at the negotiation that differ from the contract's own (14.5% commercial, 0.6× referral).
AGREED = [AgreedItem("商业险手续费率", Decimal("16.25"), "%", MARKERS["negotiation note"], False),
          AgreedItem("新车送修比例", Decimal("0.65"), "×", "", True),
          AgreedItem(MARKERS["negotiation item"], Decimal("7.77"), "", "", True)]
AGREED_VALUES = ("16.25", "0.65", "7.77")


def _planted(status: str = "in_force", lang: str = "zh_CN") -> PackInput:
    pack = contract_pack_input(status=status, lang=lang)
    c = pack.contract
    terms = dataclasses.replace(c.terms, agreed=AGREED, policy_approved_by=MARKERS["approver"], policy_number=7,
                                bonuses=c.terms.bonuses[:1])  # the per-line bonus (商业险 0.5%) would read as a rate
    contract = dataclasses.replace(c, terms=terms, signed_by=MARKERS["signing recorded by"])
    return dataclasses.replace(pack, contract=contract, generated_by=MARKERS["app user"])


def _texts(tmp_path, pack: PackInput) -> tuple[list[str], str, pypdf.PdfReader]:
    data, _pages = render_contract_pack(pack, [])
    path = tmp_path / f"{pack.lang}-{pack.contract.status}.pdf"
    path.write_bytes(data)
    return page_texts(path), pypdf_text(path), pypdf.PdfReader(str(path))


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
@pytest.mark.parametrize("status", ["under_review", "signed", "in_force"])
def test_nothing_internal_reaches_the_dealers_copy(tmp_path, lang, status):
    pack = _planted(status, lang)
    pages, by_pypdf, reader = _texts(tmp_path, pack)
    for text, reader_name in ((squash("".join(pages)), "pdftotext"), (squash(by_pypdf), "pypdf")):
        for what, marker in MARKERS.items():
            assert marker not in text, f"{lang}/{status} ({reader_name}): the {what} ({marker}) must not be on the dealer's copy"
        for value in AGREED_VALUES:
            assert value not in text, f"{lang}/{status}: the negotiation's value {value} is not a term of the contract"
        for word in ("底线", "超出", "洽谈约定", "bottomline", "negotiation", "政策第", "policyversion", "approved"):
            assert word not in text, f"{lang}/{status}: {word!r} is internal negotiation or approval wording"
        label = squash(t(f"contract.status.{status}", lang))
        assert label not in text, f"{lang}/{status}: the internal status {label!r} is not printed"
    meta = " ".join(str(v) for v in (reader.metadata or {}).values())
    for what, marker in MARKERS.items():
        assert marker not in meta, f"{lang}/{status}: the {what} is not in the PDF's metadata either: {meta}"


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_the_pack_id_is_only_in_the_footer_and_the_metadata(tmp_path, lang):
    pack = _planted("signed", lang)
    pages, _by_pypdf, reader = _texts(tmp_path, pack)
    footer = t("contract.doc.footer", lang, number=pack.contract.title_number, uid=pack.uid)
    for n, text in enumerate(pages, start=1):
        lines = [line for line in text.splitlines() if pack.uid in line]
        assert len(lines) == 1 and lines[0].startswith(footer), f"page {n}: the pack id once, in the footer: {lines}"
    assert reader.metadata["/DealerDeskPack"] == pack.uid, "the metadata still names the pack (verify-pack reads it)"


def _printed(whole: str, label: str, unit: str) -> list[str]:
    """Every number printed right after ``label`` (at most six other characters between) and before ``unit``."""
    return re.findall(re.escape(label) + r"[^\d，。、；]{0,6}?(\d[\d,]*(?:\.\d+)?)(?:" + unit + ")", whole)


def test_each_term_is_stated_once_with_the_contracts_own_value(tmp_path):
    """Wherever a term is printed — its article, its annex — it has the contract's own value, never the
    negotiation's (16.25% commercial and a 0.65× referral were agreed; the contract says 14.5% and 0.6×)."""
    pack = _planted()
    terms = pack.contract.terms
    whole = squash("".join(_texts(tmp_path, pack)[0]))

    def plain(value) -> str:
        return format(Decimal(value).normalize(), "f")

    # Amounts from 1万 up print in 万元 (and again in capitals): 150,000.00 → 15万元（人民币壹拾伍万元整）
    money = {plain(Decimal(v) / 10_000) for v in (terms.min_monthly_premium, terms.target_monthly_premium)}
    wanted = [  # label, unit (a regex), the contract's values, how often at least (article + annex; 新车送修比例 is
        # the negotiation's wording: only ever with the contract's value, if at all)
        ("交强险", "%", {plain(terms.rates["compulsory"])}, 2), ("商业险", "%", {plain(terms.rates["commercial"])}, 2),
        ("其他险种", "%", {plain(terms.rates["other"])}, 2), ("新车保费", "倍|×", {plain(terms.new_car_ratio)}, 2),
        ("续保保费", "倍|×", {plain(terms.renewal_ratio)}, 2), ("新车送修比例", "倍|×", {plain(terms.new_car_ratio)}, 0),
        ("月度保费", "万元", money, 3), ("新车承保率", "%", {plain(terms.target_take_up)}, 2),
        ("续保率", "%", {plain(terms.target_renewal_rate)}, 2),
    ]
    for label, unit, values, at_least in wanted:
        found = _printed(whole, label, unit)
        assert set(found) <= values and len(found) >= at_least, (
            f"{label}: printed {found}, but the contract says {sorted(values)} (in its article and its annex)")
    assert "洽谈约定事项" not in whole and "约定值" not in whole, "annex 4 has no second list of terms"


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_nothing_internal_reaches_the_supplement_or_the_blank_notes(tmp_path, lang):
    """The new pages: a revision's 补充协议 (made from both revisions, each with internal fields planted)
    and the cover's list of blanks of a contract not ready."""
    pack = _planted("under_review", lang)
    c = pack.contract
    previous = dataclasses.replace(c, revision=1, terms=dataclasses.replace(
        c.terms, target_monthly_premium=Decimal("150000"), extra={**c.terms.extra, "dealer_account_no": ""}))
    revised = dataclasses.replace(c, revision=2, amends_id=4)
    pack = dataclasses.replace(pack, contract=revised, previous=previous, previous_template=pack.template)
    pages, by_pypdf, _reader = _texts(tmp_path, pack)
    whole = squash("".join(pages))
    supplement = t("contract.doc.supplement", lang, n=1)
    assert squash(supplement) in whole, "the revision opens with its supplement"
    for text in (whole, squash(by_pypdf)):
        for what, marker in MARKERS.items():
            assert marker not in text, f"{lang}: the {what} ({marker}) must not be on the supplement"
        for value in AGREED_VALUES:
            assert value not in text, f"{lang}: the negotiation's value {value} is not a term"
    blank = dataclasses.replace(pack, contract=dataclasses.replace(revised, terms=dataclasses.replace(
        revised.terms, agreed=AGREED, extra={**revised.terms.extra, "dealer_bank": ""})))
    pages, by_pypdf, _reader = _texts(tmp_path, blank)
    first = squash(pages[0])
    bank = "乙方开户银行" if lang == "zh_CN" else "Party B's bank"
    assert squash(bank) in first, f"the cover names the blank term: {first[:300]}"
    for what, marker in MARKERS.items():
        assert marker not in squash("".join(pages)), f"{lang}: the {what} is not on a pack with blanks either"

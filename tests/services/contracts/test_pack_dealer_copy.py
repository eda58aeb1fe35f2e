"""A pack made through the services from real data — a policy approved by one person, a negotiation
outcome beyond two bottom lines, a contract drafted, signed and printed by another — shows the dealer
none of it: not the approver, not the app user, not the negotiation's values or our bottom lines. The
contract keeps them internally (warnings, the stored snapshot), and the pack still verifies."""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal

import pytest

from desktop.rules.negotiation.meeting_records import AgreedTerm, Outcome
from desktop.rules.negotiation.records import BottomLine
from desktop.services.contracts import (
    drafts as contracts,
    lifecycle as lc,
    pack as contracts_pack,
    integrity as pack_integrity,
)
from desktop.services.negotiation import meetings
from desktop.services.negotiation import outcomes
from desktop.services.negotiation import strategy
from desktop.services.context import ServiceContext
from tests.documents.pdfcheck import page_texts, pypdf_text, squash
from tests.services.contracts_support import DAY, approved_policy, make_dealer, submit_ready

APPROVER, APP_USER = "审批人标记APX42", "应用用户标记UUX41"
BOTTOM = {"rate": Decimal("13.75"), "ratio": Decimal("0.55")}  # our bottom lines: never shown to the dealer
AGREED = {"rate": "16.25", "ratio": "0.65"}  # agreed beyond them; the approved policy says 14.5% and 0.6×
NOTE = "让步说明标记NTX43"


@pytest.fixture
def people(db_url):
    """The app user who drafts, signs and prints, and the manager who approved the policy."""
    user, approver = ServiceContext.open(db_url, APP_USER), ServiceContext.open(db_url, APPROVER)
    yield user, approver
    user.dispose()
    approver.dispose()


def _signed_contract_beyond_bottom_lines(user: ServiceContext, approver: ServiceContext):
    dealer = make_dealer(user)
    approved_policy(approver, dealer.id)
    st = strategy.get_strategy(user, dealer.id)
    st.bottom_lines = [BottomLine(None, "商业险手续费率", "max", BOTTOM["rate"], "%"),
                       BottomLine(None, "新车送修比例", "max", BOTTOM["ratio"], "×")]
    rate, ratio = strategy.save_strategy(user, st).bottom_lines
    mt = meetings.new_meeting(user, dealer.id)
    mt.day, mt.start, mt.place = date(2026, 11, 20), time(9, 30), "总经理办公室"
    mt = meetings.save(user, mt)
    outcomes.save_outcome(user, Outcome(mt.id, "intent", terms=[AgreedTerm(None, rate.id, value=AGREED["rate"], note=NOTE),
                                                                AgreedTerm(None, ratio.id, value=AGREED["ratio"])]))
    c = contracts.create(user, dealer.id, meeting_id=mt.id, today=DAY, start=date(2026, 12, 1))
    assert [a.beyond for a in c.terms.agreed] == [True, True] and c.terms.policy_approved_by == APPROVER, (
        "the data really holds the planted values (otherwise the test proves nothing)")
    c = lc.sign(user, c.id, submit_ready(user, c, today=DAY).audit.version, today=DAY)
    assert c.signed_by == APP_USER, "the signing is recorded under the app user's name"
    return c


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_the_dealers_copy_shows_nothing_internal_and_still_verifies(people, tmp_path, lang):
    user, approver = people
    c = _signed_contract_beyond_bottom_lines(user, approver)
    assert any(w.code == "contract.warn.beyond_bottom_line" for w in c.warnings), "our side is still warned in the app"
    made = contracts_pack.generate(user, c.id, tmp_path / "pack.pdf", lang, today=DAY)
    for reader, text in (("pdftotext", squash("".join(page_texts(made.path)))), ("pypdf", squash(pypdf_text(made.path)))):
        for what, marker in (("approver", APPROVER), ("app user", APP_USER), ("negotiation note", NOTE)):
            assert marker not in text, f"{lang} ({reader}): the {what} {marker} must not be on the dealer's copy"
        for what, value in (("bottom line", BOTTOM["rate"]), ("bottom line", BOTTOM["ratio"]),
                            ("agreed value", AGREED["rate"]), ("agreed value", AGREED["ratio"])):
            assert str(value) not in text, f"{lang} ({reader}): the negotiation's {what} {value} must not be printed"
        assert "底线" not in text and "bottomline" not in text.lower(), f"{lang}: nothing about our bottom lines"
    if lang == "zh_CN":
        assert "商业险14.5%" in text and "0.6倍" in text, "the contract's own terms are printed"
    verdict = pack_integrity.verify_file(user, made.path)
    assert (verdict.result, verdict.claimed_number, verdict.pack.uid) == ("intact", c.number, made.pack.uid), (
        f"the dealer's copy verifies by its hash and pack id: {verdict}")
    snap = pack_integrity.stored_snapshot(user, made.pack.uid)
    assert snap.contract.terms.agreed == c.terms.agreed and snap.generated_by == APP_USER, (
        "the internal record of what the pack was made from keeps everything")

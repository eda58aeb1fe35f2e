"""A dealer's scorecard on hand-checked numbers: premium by kind, new-car take-up, renewals at the
30-day boundary across a month end, referrals, fees at the contract's rates, the terms judged; the
branch-wide table; the CLI's JSON."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest

from desktop.cli import main
from desktop.errors import ServiceError
from desktop.services.aftersales import sales, scorecard
from desktop.services.contracts import drafts as contracts, lifecycle as lc
from tests.services.aftersales import lists as ls
from tests.services.contracts_support import approved_policy, submit_ready
from tests.spreadsheets.roster_files import uscc

D = Decimal
U1 = uscc(1)


def policy(no, premium, starts, ends, business, vin, coverage="商业险"):
    row = ls.policy(no, premium, starts, ends, business, uscc_=U1, coverage=coverage)
    row[2] = vin
    return row


POLICIES = [
    policy("P1", 10000, "2026-03-05", "2027-03-04", "新车", "V1"),
    policy("P2", 950, "2026-03-05", "2027-03-04", "新车", "V1", "交强险"),  # same car: one vehicle
    policy("P3", 8000, "2026-03-20", "2027-03-19", "新车", "V2"),
    policy("P4", 6000, "2026-03-31", "2027-03-30", "续保", "V3"),  # last day of March; renews D1
    policy("P5", 4000, "2026-04-01", "2027-03-31", "转保", "V4"),  # April
    policy("D1", 5500, "2025-03-11", "2026-03-10", "新车", "V3"),  # due in March, renewed 21 days after
    policy("D2", 5200, "2025-04-01", "2026-03-31", "新车", "V5"),  # due, not renewed
    policy("D3", 4800, "2025-03-16", "2026-03-15", "新车", "V6"),  # due, renewed exactly 30 days after (in April)
    policy("R3", 5000, "2026-04-14", "2027-04-13", "续保", "V6"),
    policy("D4", 4700, "2025-03-21", "2026-03-20", "新车", "V7"),  # due, renewed 31 days after: lapsed
    policy("R4", 4600, "2026-04-20", "2027-04-19", "续保", "V7"),
]
CLAIMS = [
    ls.claim("C1", "P1", "2026-03-08", 5000, "杭州宏达丰田汽车销售服务有限公司"),
    ls.claim("C2", "P3", "2026-03-31", 3000, "杭州宏达丰田汽车销售服务有限公司"),
    ls.claim("C3", "P3", "2026-03-12", 2000, "杭州宏达丰田汽车销售服务有限公司", referred="否"),
    ls.claim("C4", "P1", "2026-04-01", 9000, "杭州宏达丰田汽车销售服务有限公司"),
]


@pytest.fixture
def dealer(ctx, tmp_path):
    ids = ls.make_dealers(ctx)
    ls.import_list(ctx, ls.write_policies(tmp_path / "p.xlsx", POLICIES), "policies")
    ls.import_list(ctx, ls.write_claims(tmp_path / "c.xlsx", CLAIMS), "claims")
    sales.set_units(ctx, ids["宏达"], "2026-03", 4)
    return ids["宏达"]


def in_force(ctx, dealer_id, **terms):
    from dataclasses import replace

    from desktop.services.dealers import files as dealers

    # An agency agreement names the dealer's agency qualification (兼业代理资质) and its validity.
    dealers.save(ctx, replace(dealers.get(ctx, dealer_id), licence_no="330100123456", licence_expiry=date(2029, 6, 30)))
    approved_policy(ctx, dealer_id)
    c = contracts.create(ctx, dealer_id, start=date(2026, 1, 1), today=date(2026, 1, 1))
    for key, value in terms.items():
        setattr(c.terms, key, value)
    c.dealer.legal_rep, c.dealer.address = "王伟", "杭州市西湖区文三路 1 号"
    c = contracts.save_draft(ctx, c, today=date(2026, 1, 1))
    c = submit_ready(ctx, c, today=date(2026, 1, 1))  # the template's blanks filled, the documents attached
    return lc.sign(ctx, c.id, c.audit.version, today=date(2026, 1, 2))


def test_month_figures_hand_checked(ctx, dealer):
    f = scorecard.of_dealer(ctx, dealer, "2026-03").figures
    assert (f.premium, f.premium_new_car, f.premium_renewal, f.premium_transfer) == (D("24950"), D("18950"), D("6000"), D("0")), \
        "P1+P2+P3 new, P4 renewal (31 March counts), P5 is April's"
    assert (f.new_car_vehicles, f.new_car_sales, f.new_car_rate) == (2, 4, D("0.5")), "V1 and V2 of 4 cars sold"
    assert (f.due, f.renewed, f.renewal_rate) == (4, 2, D("0.5")), "D1 and D3 (30 days, across the month end) renewed; D4 at 31 days lapsed"
    assert (f.referral_count, f.referral_amount, f.referral_ratio) == (2, D("8000"), D("0.3206")), "C1+C2 referred; C3 not; C4 April"


def test_terms_judged_and_fees_at_the_contract_rates(ctx, dealer):
    # The approved policy's terms: referrals 0.6 × new-car and 1 × renewal premium, owed from ¥150,000 a month.
    in_force(ctx, dealer, target_monthly_premium=D("24950"), target_take_up=D("50"), target_renewal_rate=D("60"))
    card = scorecard.of_dealer(ctx, dealer, "2026-03")
    by_term = {m.term: m.status for m in card.marks}
    assert by_term == {"monthly_premium": "met", "take_up": "met", "renewal_rate": "missed", "referral": None}, by_term
    referral = next(m for m in card.marks if m.term == "referral")
    assert referral.target == D("17370.00"), "0.6 × 18950 + 1 × 6000, not judged: 24950 a month is below the 150,000 condition"
    assert card.light == "red", "the worst mark"
    assert card.fees == D("3518.00"), "24000 commercial × 14.5% + 950 compulsory × 4%"
    assert [line.dealer_id for line in scorecard.branch(ctx, "2026-03")] == [dealer], "the branch table has the dealer"


def test_cli_scorecard_json(db_url, ctx, dealer, capsys):
    assert main(["--db", db_url, "--lang", "en", "scorecard", str(dealer), "--month", "2026-03", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    wanted = dict(premium=24950.0, premium_new_car=18950.0, premium_renewal=6000.0, referral_amount=8000.0,
                  referral_ratio=0.3206, new_car_rate=0.5, renewal_rate=0.5)
    assert {k: out[k] for k in wanted} == wanted, out
    assert main(["--db", db_url, "--lang", "en", "scorecard", str(dealer), "--month", "2026-13"]) == 2, "a bad month: exit 2"
    assert "not a month" in capsys.readouterr().err


def test_bad_month_and_sales_refused(ctx, dealer):
    with pytest.raises(ServiceError):
        scorecard.of_dealer(ctx, dealer, "March")
    with pytest.raises(ServiceError):
        sales.set_units(ctx, dealer, "2026-03", -1)


def test_contract_performance_from_its_start(ctx, dealer):
    from desktop.services.aftersales import performance

    c = in_force(ctx, dealer, target_monthly_premium=D("8000"), target_take_up=D("50"), target_renewal_rate=D("40"))
    record = performance.of_contracts(ctx, [c.id], today=date(2026, 3, 31))[c.id]
    assert (record.figures.months, record.figures.premium) == (3, D("24950")), "January to March, the policies starting then"
    by_term = {m.term: (m.actual, m.status) for m in record.marks}
    assert by_term["monthly_premium"] == (D("8316.67"), "met"), "24950 over three months against 8000 a month"
    assert by_term["renewal_rate"][1] == "met", by_term


def test_renewals_found_by_vin_plate_or_number_for_one_dealer_and_the_whole_branch(ctx, tmp_path):
    """A car is its VIN, else its plate, else the policy's number; its renewal may be written by
    another of our dealers, must be the same line, and must start within 60 days before to 30 after
    the end — the same answer for the dealer's tab and the branch-wide table."""
    ids = ls.make_dealers(ctx)
    U2 = uscc(2, "330200")

    def row(no, starts, ends, vin, plate, dealer=U1, coverage="商业险"):
        out = ls.policy(no, 3000, starts, ends, "续保", uscc_=dealer, coverage=coverage, plate=plate)
        out[2] = vin
        return out

    ls.import_list(ctx, ls.write_policies(tmp_path / "p.xlsx", [
        row("A1", "2025-03-01", "2026-02-28", "", "浙A00001"),  # due in February by plate …
        row("A2", "2026-02-20", "2027-02-19", "", "浙A00001", dealer=U2),  # … renewed at the other dealer
        row("B1", "2025-02-10", "2026-02-09", "", ""),  # by its number: nothing else has it
        row("C1", "2025-02-15", "2026-02-14", "VINC", "浙A00003"),  # by VIN …
        row("C2", "2026-02-10", "2027-02-09", "VINC", "浙A99999", dealer=U2),  # … the plate changed, the car did not
        row("D1", "2025-02-20", "2026-02-19", "VIND", "浙A00004"),
        row("D2", "2026-02-19", "2027-02-18", "VIND", "浙A00004", coverage="交强险"),  # another line: no renewal
        row("E1", "2025-02-05", "2026-02-04", "", "浙A00005"),
        row("E2", "2025-12-01", "2026-11-30", "", "浙A00005"),  # 65 days before the end: too early
        row("F1", "2025-02-06", "2026-02-05", "", "浙A00006"),
        row("F2", "2025-12-07", "2026-12-06", "浙A00006", ""),  # exactly 60 days before; its VIN column holds the plate
    ]), "policies")
    card = scorecard.of_dealer(ctx, ids["宏达"], "2026-02")
    assert (card.figures.due, card.figures.renewed) == (6, 3), "A1 by plate, C1 by VIN, F1 by the same key; B1, D1, E1 not"
    line = next(line for line in scorecard.branch(ctx, "2026-02") if line.dealer_id == ids["宏达"])
    assert (line.figures.due, line.figures.renewed) == (6, 3), "the branch-wide table agrees"

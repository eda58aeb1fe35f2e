"""The renewal worklist on a real database: the window, lapse detection, owners and contacts,
renewal rate per dealer and owner, the CLI's one line per policy, referral balances."""

from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal

import pytest

from desktop.cli import main
from desktop.errors import ServiceError
from desktop.rules.dealers import records as r
from desktop.services.aftersales import renewals
from desktop.services.office import staff
from tests.services.aftersales import lists as ls
from tests.spreadsheets.roster_files import uscc

TODAY = date(2026, 1, 31)


def policy(no, ends, vin, starts=None, business="新车", dealer=1):
    ends = date.fromisoformat(ends) if isinstance(ends, str) else ends
    starts = starts or ends - timedelta(days=364)
    row = ls.policy(no, 3000, starts.isoformat(), ends.isoformat(), business, uscc_=uscc(1) if dealer == 1 else uscc(2, "330200"))
    row[2] = vin
    return row


@pytest.fixture
def dealer(ctx, tmp_path):
    ids = ls.make_dealers(ctx)
    ls.import_list(ctx, ls.write_policies(tmp_path / "p.xlsx", [
        policy("A30", "2026-03-02", "V1"), policy("A60", "2026-04-01", "V2"), policy("A90", "2026-05-01", "V3"),
        policy("A91", "2026-05-02", "V4"),  # beyond 90 days
        policy("LAPSED", "2026-01-20", "V5"),  # ended 11 days ago, no renewal: 脱保
        policy("DONE", "2026-01-25", "V6"), policy("DONE-R", "2027-01-25", "V6", starts=date(2026, 1, 26), business="续保"),
        policy("B30", "2026-02-10", "V7", dealer=2),
    ]), "policies")
    return ids


def test_window_buckets_and_lapse(ctx, dealer):
    lines = {l.policy_no: l for l in renewals.worklist(ctx, today=TODAY)}
    assert set(lines) == {"A30", "A60", "A90", "LAPSED", "B30"}, f"renewed and far-off policies are not on the list: {set(lines)}"
    assert (lines["A30"].bucket, lines["A60"].bucket, lines["A90"].bucket) == (30, 60, 90), "by days left, across month ends"
    assert lines["LAPSED"].status == "lapsed" and lines["LAPSED"].due, "lapsed and due a follow-up"
    only = renewals.worklist(ctx, today=TODAY, due_days=30, dealer_id=dealer["宏达"], lapsed=False)
    assert [l.policy_no for l in only] == ["A30"], "one dealer, 30 days, no lapsed"
    assert all(l.holder_name == "" for l in lines.values()), "no personal data unless asked"
    assert renewals.worklist(ctx, today=TODAY, personal=True)[0].holder_name == "张三", "asked: there"


def test_owner_contacts_and_rates(ctx, dealer):
    lines = {l.policy_no: l for l in renewals.worklist(ctx, today=TODAY)}
    wang = staff.save(ctx, r.Staff(name="王专员", rank_code="specialist", line="channel"))
    renewals.claim(ctx, [lines["A30"].policy_id, lines["LAPSED"].policy_id], wang.id)
    renewals.log_contact(ctx, lines["A30"].policy_id, date(2026, 1, 28), "phone", "call_back", "下周再联系")
    renewals.log_contact(ctx, lines["LAPSED"].policy_id, date(2026, 1, 29), "wechat", "car_sold")
    after = {l.policy_no: l for l in renewals.worklist(ctx, today=TODAY)}
    assert (after["A30"].owner, after["A30"].contacts, after["A30"].last_result, after["A30"].due) == ("王专员", 1, "call_back", False), \
        "owned, contacted three days ago: not due"
    assert "LAPSED" not in after, "car sold: the follow-up is closed and off the list"
    by_dealer, by_owner = renewals.rates(ctx, date(2026, 1, 1), date(2026, 1, 31))
    assert by_dealer[dealer["宏达"]] == (2, 1), "LAPSED and DONE were due in January; DONE was renewed"
    assert by_owner == {"王专员": (1, 0), "": (1, 1)}, by_owner
    with pytest.raises(ServiceError):
        renewals.log_contact(ctx, lines["A30"].policy_id, date(2026, 1, 28), "pigeon", "quoted")


def test_cli_one_line_per_policy(db_url, ctx, tmp_path, capsys):
    ls.make_dealers(ctx)
    today = date.today()
    ls.import_list(ctx, ls.write_policies(tmp_path / "p.xlsx", [policy("N10", today + timedelta(days=10), "X1"),
                                                               policy("N45", today + timedelta(days=45), "X2"),
                                                               policy("N100", today + timedelta(days=100), "X3")]), "policies")
    assert main(["--db", db_url, "--lang", "en", "renewals", "--due", "60", "--json"]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [(x["policy_no"], x["days_left"], x["bucket"]) for x in lines] == [("N10", 10, 30), ("N45", 45, 60)], lines
    assert "holder_name" not in lines[0], "sensitive columns only when asked"


def test_dealer_export_without_personal_data_by_default(ctx, dealer, tmp_path):
    from python_calamine import CalamineWorkbook

    from desktop.services.aftersales import renewal_export

    plain, full = tmp_path / "plain.xlsx", tmp_path / "full.xlsx"
    assert renewal_export.export(ctx, dealer["宏达"], plain, lang="zh_CN", today=TODAY) == 4, "A30, A60, A90, LAPSED"
    renewal_export.export(ctx, dealer["宏达"], full, include_sensitive=True, lang="zh_CN", today=TODAY)
    rows = CalamineWorkbook.from_path(str(plain)).get_sheet_by_index(0).to_python()
    assert rows[0][:2] == ["保单号", "车牌号"] and "被保险人" not in rows[0] and "13812345678" not in str(rows), rows[0]
    assert [r[0] for r in rows[1:]] == ["LAPSED", "A30", "A60", "A90"] and rows[1][6] == "脱保", rows[1]
    chosen = CalamineWorkbook.from_path(str(full)).get_sheet_by_index(0).to_python()
    assert chosen[0][-2:] == ["被保险人", "被保险人电话"] and chosen[1][-1] == "13812345678", "chosen: there"

"""Referral balances (送修引导) against the contracts' commitments, and the printed guidance list
(pdftotext: the dealers, most owed first, marked internal)."""

from __future__ import annotations

import json
import subprocess
from datetime import date
from decimal import Decimal

from desktop.cli import main
from desktop.services.aftersales import printing, referrals
from desktop.services.dealers import files as dealers
from tests.services.aftersales.test_scorecard import dealer, in_force  # noqa: F401  (the fixture too)

D = Decimal


def test_balance_from_the_contract_start(ctx, dealer):  # noqa: F811
    in_force(ctx, dealer, target_monthly_premium=D("8000"))
    [b] = referrals.balances(ctx, today=date(2026, 3, 31))
    # Terms of the approved policy: 0.6 × new-car + 1 × renewal premium, from ¥150,000 a month — not met here.
    assert (b.premium, b.referred, b.referred_count, b.condition_met, b.owed) == (D("24950"), D("8000"), 2, False, D("0")), b
    assert b.balance == D("8000"), "nothing owed while the dealer's premium is below the condition"


def test_owed_when_the_condition_is_met_and_printed(ctx, dealer, tmp_path, capsys, db_url):  # noqa: F811
    in_force(ctx, dealer)
    with ctx.unit() as s:
        from desktop.persistence.models import contracts as cm
        from sqlalchemy import select

        row = s.scalar(select(cm.ContractRow))
        terms = dict(row.terms)
        terms["min_monthly_premium"] = "1000"
        s.execute(cm.ContractRow.__table__.update().values(terms=terms))
    [b] = referrals.balances(ctx, today=date(2026, 3, 31))
    assert (b.condition_met, b.owed, b.balance) == (True, D("17370.00"), D("-9370.00")), "0.6 × 18950 + 1 × 6000 asked, 8000 sent"
    out = tmp_path / "guidance.pdf"
    printing.guidance(ctx, "zh_CN", out, holder="理赔调度 李四")
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True).stdout
    name = dealers.get(ctx, dealer).legal_name
    assert "送修引导清单" in text and name in text, text[:500]
    assert "内部资料" in text and "李四" in text, "internal, naming who it was printed for"
    assert main(["--db", db_url, "--lang", "en", "referral-balance", "--json"]) == 0
    [line] = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    # Today, the contract has run all year: April's policies count too (0.6 × 18950 + 1 × (6000 + 5000 + 4600)), and claim C4.
    assert (line["dealer_id"], line["owed"], line["referred"], line["balance"]) == (dealer, 26970.0, 17000.0, -9970.0), line

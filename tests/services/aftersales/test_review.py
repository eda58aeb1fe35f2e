"""The monthly review PDF, read back with pdftotext: the external version carries the dealer's figures
and our referrals and none of the planted internal markers (an owner's note, the owner, the fees, the
terms judged, the referral balance); the internal one carries them all, marked internal."""

from __future__ import annotations

import subprocess
from datetime import date
from decimal import Decimal

from desktop.cli import main
from desktop.rules.dealers import records as r
from desktop.services.aftersales import printing, renewals
from desktop.services.office import staff
from tests.services.aftersales.test_scorecard import dealer, in_force  # noqa: F401  (the fixture too)

NOTE = "MARKER-NOTE-7731 客户嫌贵"
OWNER = "埋点专员"


def _text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def _plant(ctx, dealer_id):
    in_force(ctx, dealer_id, target_monthly_premium=Decimal("20000"), target_renewal_rate=Decimal("60"))
    owner = staff.save(ctx, r.Staff(name=OWNER, rank_code="specialist", line="channel"))
    due = {l.policy_no: l for l in renewals.worklist(ctx, today=date(2026, 3, 1), due_days=31)}
    renewals.claim(ctx, [due["D2"].policy_id], owner.id)
    renewals.log_contact(ctx, due["D2"].policy_id, date(2026, 3, 20), "phone", "quoted", NOTE)


def test_external_review_free_of_internal_data(ctx, dealer, tmp_path):  # noqa: F811
    _plant(ctx, dealer)
    external, internal = tmp_path / "external.pdf", tmp_path / "internal.pdf"
    printing.review(ctx, dealer, "2026-03", "zh_CN", external)
    printing.review(ctx, dealer, "2026-03", "zh_CN", internal, internal=True, holder="渠道部 王经理")
    outside, inside = _text(external), _text(internal)
    assert "2026-03 月度经营回顾" in outside and "杭州宏达丰田汽车销售服务有限公司" in outside, outside[:400]
    assert "送修金额" in outside and "8,000元" in outside and "续保率" in outside, "their figures and our referrals"
    for marker in ("MARKER-NOTE-7731", OWNER, "手续费", "3,518", "内部", "我方送修承诺", "未达成", "差额", "王经理"):
        assert marker not in outside, f"internal {marker!r} in the external review"
        assert marker in inside, f"{marker!r} missing from the internal review"


def test_cli_monthly_review(db_url, ctx, dealer, tmp_path, capsys):  # noqa: F811
    out = tmp_path / "r.pdf"
    assert main(["--db", db_url, "--lang", "zh_CN", "monthly-review", str(dealer), str(out), "--month", "2026-03"]) == 0
    assert "月度经营回顾" in _text(out)

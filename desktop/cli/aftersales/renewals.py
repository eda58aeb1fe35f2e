"""``renewals [--due DAYS] [--dealer ID] [--json]`` (one line per policy expiring within DAYS of today),
``renewal-owner``, ``renewal-contact``, ``referral-balance [--json]``, ``repair-guidance OUT.pdf``."""

from __future__ import annotations

import sys
from datetime import date

from desktop.cli.common import UsageError, open_context, print_json, print_keyed
from desktop.cli.registry import command
from desktop.i18n import t
from desktop.rules.aftersales.renewals import CHANNELS, RESULTS
from desktop.rules.money import fmt_yuan
from desktop.services.aftersales import referrals, renewals


def _configure_list(p) -> None:
    p.add_argument("--due", type=int, metavar="DAYS", default=90, help="policies expiring within DAYS of today (default 90)")
    p.add_argument("--dealer", type=int, metavar="ID", default=None, help="only this dealer's")
    p.add_argument("--lapsed", action="store_true", help="also the policies that have lapsed (脱保) in the last 90 days")
    p.add_argument("--include-sensitive", action="store_true", help="also the policyholders' names and phones")
    p.add_argument("--json", action="store_true", help="one JSON object per policy")


@command("renewals", "the renewal worklist: policies expiring within DAYS, their owner and contacts")(_configure_list)
def run_list(args) -> int:
    lines = renewals.worklist(open_context(args), due_days=args.due, dealer_id=args.dealer, lapsed=args.lapsed,
                              personal=args.include_sensitive)
    rows = []
    for line in lines:
        row = dict(policy_id=line.policy_id, policy_no=line.policy_no, dealer_id=line.dealer_id, dealer=line.dealer_name,
                   plate=line.plate, coverage=line.coverage, premium=line.premium, ends_on=line.ends_on, days_left=line.days_left,
                   bucket=line.bucket, status=line.status, owner=line.owner or None, contacts=line.contacts,
                   last_contact=line.last_contact, last_result=line.last_result or None, contact_due=line.due)
        if args.include_sensitive:
            row.update(holder_name=line.holder_name, holder_phone=line.holder_phone)
        rows.append(row)
    if args.json:
        for row in rows:
            print_json(row)
    else:
        print_keyed(rows, ("policy_no", "dealer", "plate", "ends_on", "days_left", "status", "owner"),
                    {"status": "aftersales.renewal."})
    return 0


def _configure_owner(p) -> None:
    p.add_argument("staff_id", type=int, metavar="STAFF_ID", help="the owner among our staff (0: nobody)")
    p.add_argument("policy_ids", type=int, nargs="+", metavar="POLICY_ID", help="the policies (see: dealerdesk renewals)")


@command("renewal-owner", "make one of our staff the owner of these policies' renewals")(_configure_owner)
def run_owner(args) -> int:
    n = renewals.claim(open_context(args), args.policy_ids, args.staff_id or None)
    sys.stdout.write(t("aftersales.renewals.claimed", n=n) + "\n")
    return 0


def _configure_contact(p) -> None:
    p.add_argument("policy_id", type=int, metavar="POLICY_ID", help="the policy (see: dealerdesk renewals)")
    p.add_argument("--channel", choices=CHANNELS, default="phone", help="how the policyholder was reached: phone, wechat, sms or visit (default phone)")
    p.add_argument("--result", choices=RESULTS, required=True, help="what came of it: no_answer, call_back, quoted, renewed_us, renewed_elsewhere, car_sold or lapsed")
    p.add_argument("--on", metavar="YYYY-MM-DD", default=None, help="the day (default today)")
    p.add_argument("--note", default="", help="a note on the contact")


@command("renewal-contact", "log an attempt to reach a policyholder about the renewal")(_configure_contact)
def run_contact(args) -> int:
    try:
        on = date.fromisoformat(args.on) if args.on else date.today()
    except ValueError:
        raise UsageError(t("cli.use.not_a_date", value=args.on)) from None
    renewals.log_contact(open_context(args), args.policy_id, on, args.channel, args.result, args.note)
    sys.stdout.write(t("aftersales.contact.logged") + "\n")
    return 0


def _configure_balance(p) -> None:
    p.add_argument("--json", action="store_true", help="one JSON object per dealer")


@command("referral-balance", "repair referrals per dealer against its contract's commitment, the most owed first")(_configure_balance)
def run_balance(args) -> int:
    rows = [dict(dealer_id=b.dealer_id, dealer=b.dealer_name, contract=b.contract_number, since=b.since, premium=b.premium,
                 owed=b.owed, referred=b.referred, referred_count=b.referred_count, balance=b.balance, condition_met=b.condition_met)
            for b in referrals.balances(open_context(args))]
    if args.json:
        for row in rows:
            print_json(row)
    else:
        lang = args.language
        print_keyed([{**r, "owed": fmt_yuan(r["owed"], lang), "referred": fmt_yuan(r["referred"], lang),
                      "balance": fmt_yuan(r["balance"], lang)} for r in rows],
                    ("dealer_id", "dealer", "contract", "owed", "referred", "balance"))
    return 0


def _configure_guidance(p) -> None:
    p.add_argument("out", metavar="OUT.pdf", help="the PDF to write")
    p.add_argument("--for", dest="holder", default="", help="who it is printed for (the internal footer names them)")


@command("repair-guidance", "print the repair guidance list (送修引导) for the claims dispatch desk (internal)")(_configure_guidance)
def run_guidance(args) -> int:
    from desktop.services.aftersales import printing

    if not args.out.lower().endswith(".pdf"):
        raise UsageError(t("cli.use.out_suffix", path=args.out, suffix=".pdf"))
    path = printing.guidance(open_context(args), args.language, args.out, args.holder)
    sys.stdout.write(t("aftersales.printed", path=path) + "\n")
    return 0


def _configure_export(p) -> None:
    p.add_argument("dealer_id", type=int, metavar="DEALER_ID", help="the dealer's id (see: dealerdesk list dealers)")
    p.add_argument("out", metavar="OUT.xlsx", help="workbook to write")
    p.add_argument("--due", type=int, metavar="DAYS", default=90, help="policies expiring within DAYS of today (default 90)")
    p.add_argument("--include-sensitive", action="store_true", help="also the policyholders' names and phones")


@command("export-renewals", "write a dealer's renewal worklist to an Excel workbook for its renewal desk")(_configure_export)
def run_export(args) -> int:
    from desktop.services.aftersales import renewal_export

    if not args.out.lower().endswith(".xlsx"):
        raise UsageError(t("cli.use.out_suffix", path=args.out, suffix=".xlsx"))
    n = renewal_export.export(open_context(args), args.dealer_id, args.out, due_days=args.due,
                              include_sensitive=args.include_sensitive, lang=args.language)
    sys.stdout.write(t("aftersales.renewals.exported", n=n, path=args.out) + "\n")
    return 0


def _configure_review(p) -> None:
    p.add_argument("dealer_id", type=int, metavar="DEALER_ID", help="the dealer's id (see: dealerdesk list dealers)")
    p.add_argument("out", metavar="OUT.pdf", help="the PDF to write")
    p.add_argument("--month", metavar="YYYY-MM", default=None, help="the month (default: this month)")
    p.add_argument("--internal", action="store_true", help="the internal version: fees, terms judged, owners' notes")
    p.add_argument("--for", dest="holder", default="", help="who the internal version is printed for")


@command("monthly-review", "print a dealer's monthly review for the dealer meeting (external, or --internal)")(_configure_review)
def run_review(args) -> int:
    from desktop.services.aftersales import printing

    if not args.out.lower().endswith(".pdf"):
        raise UsageError(t("cli.use.out_suffix", path=args.out, suffix=".pdf"))
    path = printing.review(open_context(args), args.dealer_id, args.month, args.language, args.out, internal=args.internal,
                           holder=args.holder)
    sys.stdout.write(t("aftersales.printed", path=path) + "\n")
    return 0

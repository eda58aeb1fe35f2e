"""``scorecard DEALER_ID [--month YYYY-MM] [--json]``, ``scorecards [--month]`` (the branch-wide table),
``new-car-sales DEALER_ID YYYY-MM UNITS``. Amounts in yuan, rates as fractions."""

from __future__ import annotations

import sys

from desktop.cli.common import open_context, print_json, print_keyed
from desktop.cli.registry import command
from desktop.i18n import t
from desktop.rules.aftersales.kpis import Figures
from desktop.rules.aftersales.share import share
from desktop.rules.money import fmt_percent, fmt_yuan
from desktop.services.aftersales import sales, scorecard
from desktop.services.aftersales.share import premium_scales


def figures_json(f: Figures) -> dict:
    return dict(premium=f.premium, premium_new_car=f.premium_new_car, premium_renewal=f.premium_renewal,
                premium_transfer=f.premium_transfer, policies=f.policies, referral_count=f.referral_count,
                referral_amount=f.referral_amount, referral_ratio=f.referral_ratio, new_car_vehicles=f.new_car_vehicles,
                new_car_sales=f.new_car_sales, new_car_rate=f.new_car_rate, due=f.due, renewed=f.renewed,
                renewal_rate=f.renewal_rate)


def marks_json(marks) -> list[dict]:
    return [dict(term=mk.term, target=mk.target, actual=mk.actual, status=mk.status) for mk in marks]


def _configure_card(p) -> None:
    p.add_argument("dealer_id", type=int, metavar="DEALER_ID", help="the dealer's id (see: dealerdesk list dealers)")
    p.add_argument("--month", metavar="YYYY-MM", default=None, help="the month (default: this month)")
    p.add_argument("--json", action="store_true", help="one JSON object")


def _rate(value) -> str:
    return "—" if value is None else fmt_percent(value * 100)


@command("scorecard", "a dealer's scorecard: premium, referrals, new-car and renewal rates against its contract")(_configure_card)
def run_card(args) -> int:
    ctx = open_context(args)
    card = scorecard.of_dealer(ctx, args.dealer_id, args.month)
    if args.json:
        scale = premium_scales(ctx, [card.dealer_id]).get(card.dealer_id)  # our share: ÷ the dealer's premium scale, prorated
        print_json({"dealer_id": card.dealer_id, "dealer": card.dealer_name, "month": card.month, **figures_json(card.figures),
                    "share": share(card.figures.premium, scale, 1),
                    "fees": card.fees, "contract": card.contract_number or None, "light": card.light,
                    "terms": marks_json(card.marks), "ytd": {**figures_json(card.ytd), "fees": card.fees_ytd,
                                                             "share": share(card.ytd.premium, scale, card.ytd.months),
                                                             "terms": marks_json(card.ytd_marks)}})
        return 0
    lang = args.language
    f = card.figures
    out = sys.stdout
    out.write(f"{card.dealer_name} (ID {card.dealer_id}) {card.month}\n")
    for key, value in (("premium", fmt_yuan(f.premium, lang)), ("premium_new_car", fmt_yuan(f.premium_new_car, lang)),
                       ("premium_renewal", fmt_yuan(f.premium_renewal, lang)), ("referral_amount", fmt_yuan(f.referral_amount, lang)),
                       ("referral_ratio", _rate(f.referral_ratio)), ("new_car_rate", _rate(f.new_car_rate)),
                       ("renewal_rate", _rate(f.renewal_rate))):
        out.write(f"  {t('aftersales.kpi.' + key)}: {value}\n")
    for mk in card.marks:
        if mk.status:
            out.write(f"  {t('aftersales.term.' + mk.term)}: {t('aftersales.status.' + mk.status)}\n")
    return 0


def _configure_branch(p) -> None:
    p.add_argument("--month", metavar="YYYY-MM", default=None, help="the month (default: this month)")
    p.add_argument("--json", action="store_true", help="one JSON object per dealer")


@command("scorecards", "the branch-wide scorecard table for a month")(_configure_branch)
def run_branch(args) -> int:
    ctx = open_context(args)
    lines = scorecard.branch(ctx, args.month)
    scales = premium_scales(ctx)
    rows = [dict(dealer_id=line.dealer_id, dealer=line.dealer_name, team=line.team, contract=line.contract_number,
                 light=line.light, **figures_json(line.figures),
                 share=share(line.figures.premium, scales.get(line.dealer_id), line.figures.months)) for line in lines]
    if args.json:
        for row in rows:
            print_json(row)
    else:
        lang = args.language
        shown = [{**r, "premium": fmt_yuan(r["premium"], lang), "referral_amount": fmt_yuan(r["referral_amount"], lang),
                  "renewal_rate": _rate(r["renewal_rate"])} for r in rows]
        print_keyed(shown, ("dealer_id", "dealer", "premium", "referral_amount", "renewal_rate", "light"), {"light": "cli.light."})
    return 0


def _configure_sales(p) -> None:
    p.add_argument("dealer_id", type=int, metavar="DEALER_ID", help="the dealer's id (see: dealerdesk list dealers)")
    p.add_argument("month", metavar="YYYY-MM", help="the month")
    p.add_argument("units", type=int, metavar="UNITS", help="new cars the dealer sold that month")


@command("new-car-sales", "record a dealer's new-car sales for a month (the base of the new-car rate)")(_configure_sales)
def run_sales(args) -> int:
    sales.set_units(open_context(args), args.dealer_id, args.month, args.units)
    sys.stdout.write(t("aftersales.sales.saved", month=args.month, units=args.units) + "\n")
    return 0

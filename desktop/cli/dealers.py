"""demo-data and ``list dealers|staff`` (and the shared ``list`` command)."""

from __future__ import annotations

import sys
import time

from desktop.cli.common import UsageError, open_context, print_json, print_table
from desktop.cli.registry import command, load_lister, lister
from desktop.i18n import t
from desktop.rules.dealers.vocab import label

# Services are imported in the commands that use them: ``list dealers`` reads through the Core
# read model and never loads the ORM, the demo generator or the staff service.


def _configure_demo(p):
    p.add_argument("--dealers", type=int, default=300, metavar="N", help="number of dealers (default 300)")
    p.add_argument("--seed", type=int, default=1, metavar="S", help="random seed (same seed, same territory)")


@command("demo-data", "fill an empty database with a realistic demo territory")(_configure_demo)
def run_demo(args) -> int:
    if args.dealers < 1 or args.dealers > 1_000_000:
        raise UsageError(t("cli.use.dealers_range"))
    from desktop.services.demo import territory as demo

    ctx = open_context(args)
    started = time.perf_counter()
    try:
        result = demo.generate(ctx, args.dealers, args.seed)
    except demo.DemoRefused:
        raise UsageError(t("cli.use.demo_not_empty")) from None
    sys.stdout.write(t("cli.use.demo_done", dealers=result.dealers, people=result.people, visits=result.visits,
                       staff=result.staff, relationships=result.relationships,
                       seconds=f"{time.perf_counter() - started:.1f}") + "\n")
    return 0


def _configure_list(p):
    p.add_argument("kind", choices=sorted(["dealers", "staff", "meetings", "contracts"]), help="what to list")
    p.add_argument("--search", default="", metavar="TEXT", help="search text (names, phone, pinyin or initials)")
    p.add_argument("--city", default="", help="only this city")
    p.add_argument("--limit", type=int, default=None, metavar="N", help="at most N records")
    p.add_argument("--json", action="store_true", help="one JSON object per record")


@command("list", "list dealers, staff, meetings or contracts")(_configure_list)
def run_list(args) -> int:
    fn = load_lister(args.kind)
    if fn is None:
        raise UsageError(t("cli.use.no_lister", kind=args.kind))
    if args.limit is not None and args.limit < 1:
        raise UsageError(t("cli.use.limit_positive"))
    records, columns = fn(open_context(args), args)
    records = records[: args.limit] if args.limit else records
    if args.json:
        for record in records:
            print_json(record)
    else:
        print_table(records, columns)
    return 0


@lister("dealers")
def list_dealers(ctx, args):
    from desktop.services.dealers import listing

    rows = listing.search(ctx, listing.DealerFilter(text=args.search, city=args.city), limit=args.limit)
    records = [
        dict(id=r.id, legal_name=r.legal_name, short_name=r.short_name, city=r.city, district=r.district,
             brands=r.brands, dealer_type=r.dealer_type, annual_sales=r.annual_sales, contact_name=r.contact_name,
             contact_phone=r.contact_phone, verified=r.verified)
        for r in rows
    ]
    columns = [("id", "ID"), ("legal_name", t("field.legal_name")), ("city", t("field.city")),
               ("brands", t("field.brands")), ("contact_name", t("field.contact_name")), ("contact_phone", t("field.contact_phone"))]
    return records, columns


@lister("staff")
def list_staff(ctx, args):
    from desktop.services.office import staff

    ranks = {r.code: r.name(args.language) for r in staff.ranks(ctx)}
    rows = staff.list_staff(ctx, text=args.search)
    records = [dict(id=s.id, name=s.name, title=s.title, rank=s.rank_code, rank_name=ranks.get(s.rank_code, s.rank_code),
                    line=s.line, line_name=label("line", s.line), phone=s.phone) for s in rows]
    columns = [("id", "ID"), ("name", t("field.name")), ("title", t("field.title")), ("rank_name", t("field.rank")),
               ("line_name", t("field.line")), ("phone", t("field.phone"))]
    return records, columns

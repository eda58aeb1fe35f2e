"""Contracts from the command line: ``contract-pack``, ``verify-pack`` and ``list contracts``.

``verify-pack`` exits 0 when the file is a pack exactly as generated, 1 when it was altered or
is unknown to this database, 2 when the input cannot be used (no such file, not a PDF).
"""

from __future__ import annotations

import sys

from desktop.cli.common import open_context, print_json
from desktop.cli.documents import output_file, write_pdf
from desktop.cli.registry import command, lister
from desktop.i18n import t


def _configure_pack(p) -> None:
    p.add_argument("contract_id", type=int, metavar="CONTRACT_ID", help="the contract's id (see: dealerdesk list contracts)")
    p.add_argument("--out", required=True, metavar="FILE", help="the PDF to write")


@command("contract-pack", "write a contract's pack (agreement, annexes, signature page, documents) as a PDF")(_configure_pack)
def run_contract_pack(args) -> int:
    from desktop.services.contracts import pack as contracts_pack

    out = output_file(args.out)
    ctx = open_context(args)
    result = write_pdf(lambda: contracts_pack.generate(ctx, args.contract_id, out, args.language), args.out)
    pack = result.pack
    sys.stdout.write(t("contract.pack.written", path=result.path, number=pack.number, revision=pack.revision,
                       pages=pack.pages, sha=pack.sha256) + "\n")
    return 0


def _configure_verify(p) -> None:
    p.add_argument("file", metavar="FILE", help="the PDF to check")
    p.add_argument("--json", action="store_true", help="print the finding as one JSON object")


@command("verify-pack", "check a contract pack PDF: which contract and revision it is, or that it was altered")(_configure_verify)
def run_verify_pack(args) -> int:
    from desktop.services.contracts import integrity as pack_integrity

    verdict = pack_integrity.verify_file(open_context(args), args.file)
    if args.json:
        print_json(dict(result=verdict.result, sha256=verdict.sha256, number=verdict.claimed_number,
                        revision=verdict.claimed_revision, pack=verdict.claimed_uid, status=verdict.contract_status,
                        contract_id=verdict.pack.contract_id if verdict.pack else None,
                        generated_at=verdict.pack.created_at if verdict.pack else None))
    else:
        sys.stdout.write(pack_integrity.describe(verdict) + "\n")
    return 0 if verdict.result == "intact" else 1


@lister("contracts")
def list_contracts(ctx, args):
    """Every contract as stored (read-only: the windows apply the moves due by date when they open),
    filtered by number or dealer name."""
    from desktop.services.contracts import drafts as contracts

    needle = (args.search or "").strip().lower()
    rows = [r for r in contracts.list_rows(ctx) if not needle or needle in r.number.lower() or needle in r.dealer_name.lower()]
    records = [dict(id=r.id, number=r.number, revision=r.revision, dealer_id=r.dealer_id, dealer_name=r.dealer_name,
                    kind=r.kind, kind_name=t(f"contract.kind.{r.kind}"), status=r.status,
                    status_name=t(f"contract.status.{r.status}"), start=r.start, end=r.end, days_left=r.days_left,
                    warnings=r.warnings) for r in rows]
    columns = [("id", "ID"), ("number", t("contract.field.number")), ("revision", t("contract.field.revision")),
               ("dealer_name", t("contract.field.dealer")), ("kind_name", t("contract.field.kind")),
               ("status_name", t("contract.field.status")), ("start", t("contract.field.start")),
               ("end", t("contract.field.end")), ("days_left", t("contract.field.days_left"))]
    return records, columns

"""The contract area's settings: our branch entity (party, number pattern, reminder) and the clause
templates a branch edits in the app.

The bundled templates (``resources/templates/contract_<kind>.json``) become version 1 of each
kind the first time they are needed; every edit stores a new version, so the version recorded
with a contract always shows the text it was made with. Every function runs on the calling
thread in its own unit of work; saving refuses a stale copy (ConflictError).
"""

from __future__ import annotations

import json

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.paths import resource
from desktop.persistence.models import contracts as cm
from desktop.rules.contracts import templates as tpl
from desktop.rules.contracts import lifecycle as rules
from desktop.rules.contracts.records import BranchEntity, Party, Template
from desktop.rules.errors import FieldProblem, Problems, RuleError
from desktop.rules.text import clean
from desktop.rules.dealers.uscc import normalise_uscc
from desktop.services.context import ServiceContext
from desktop.services.contracts.common import ContractRefused, branch_row, require
from desktop.errors import ConflictError
from desktop.services.mapping import audit_of
from desktop.services.conflicts import check_version, stale_guard


# --- branch entity ----------------------------------------------------------------------------------
def _branch_record(row: cm.ContractBranch) -> BranchEntity:
    return BranchEntity(row.branch_code, Party(row.name, row.uscc, row.legal_rep, row.address, row.phone),
                        row.number_pattern, row.reminder_days, audit_of(row), row.logo, row.logo_name)


MAX_LOGO = 2 * 1024 * 1024
_IMAGE_STARTS = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")  # PNG, JPEG: what ReportLab and Qt both draw


def branch(ctx: ServiceContext) -> BranchEntity:
    with ctx.unit() as s:
        return _branch_record(branch_row(s))


def reminder_days(s: Session) -> int:
    return branch_row(s).reminder_days


def save_branch(ctx: ServiceContext, b: BranchEntity) -> BranchEntity:
    """Save our branch entity; RuleError naming each field at fault, ConflictError when stale."""
    p = Problems()
    code = clean(b.branch_code)
    if not code:
        p.add("branch_code", "required")
    elif len(code) > 20 or any(ch in code for ch in "{}/\\"):
        p.add("branch_code", "contract.bad_branch_code")
    if not clean(b.party.name):
        p.add("name", "required")
    uscc = p.check("uscc", normalise_uscc, b.party.uscc) if clean(b.party.uscc) else ""
    pattern = p.check("number_pattern", rules.validate_pattern, b.number_pattern)
    days = p.check("reminder_days", rules.validate_reminder_days, b.reminder_days)
    if b.logo and (len(b.logo) > MAX_LOGO or not b.logo.startswith(_IMAGE_STARTS)):
        p.add("logo", "contract.bad_logo", max_mb=MAX_LOGO // (1024 * 1024))
    p.raise_if_any()
    with stale_guard(ctx, cm.ContractBranch, 1), ctx.write_unit() as s:
        row = branch_row(s)
        check_version(row, b.audit.version)
        row.branch_code, row.name, row.uscc = code, clean(b.party.name), uscc or ""
        row.legal_rep, row.address, row.phone = clean(b.party.legal_rep), clean(b.party.address), clean(b.party.phone)
        row.number_pattern, row.reminder_days = pattern, days
        if (row.logo, row.logo_name) != (b.logo or None, clean(b.logo_name) if b.logo else ""):
            row.logo, row.logo_name = b.logo or None, clean(b.logo_name)[:200] if b.logo else ""
        ctx.stamp(row, new=False)
    return branch(ctx)


# --- templates --------------------------------------------------------------------------------------
def bundled(kind: str) -> Template:
    """The template shipped with the application for ``kind`` (version 0: not yet stored)."""
    if kind not in rules.KINDS:
        raise RuleError(FieldProblem("kind", "value.choice", {"value": kind}))
    path = resource("templates", f"contract_{kind}.json")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise ContractRefused("contract.template_file", path=str(path), reason=str(err)) from None
    return tpl.validate_template(tpl.from_json(data, kind))


def template_record(row: cm.ContractTemplateRow) -> Template:
    return Template(row.id, row.kind, row.template_version, row.title_zh, row.title_en, tpl.clauses_from(row.clauses),
                    list(row.service_zh or []), list(row.service_en or []), tpl.fields_from(row.fields), row.source,
                    row.note, row.created_at, row.created_by)


def _add(s: Session, ctx: ServiceContext, t: Template, version: int, source: str) -> cm.ContractTemplateRow:
    row = cm.ContractTemplateRow(kind=t.kind, template_version=version, title_zh=t.title_zh, title_en=t.title_en,
                                 clauses=tpl.clauses_json(t.clauses), service_zh=t.service_zh, service_en=t.service_en,
                                 fields=tpl.fields_json(t.fields), source=source, note=t.note)
    ctx.stamp(row, new=True)
    s.add(row)
    s.flush()
    return row


def _outdated(s: Session, kind: str) -> int | None:
    """The next version number when the kind's newest version is a bundled text older than the one
    shipped now (a branch's own edit is never replaced); 1 when it has none; None when it is current."""
    newest = s.scalars(select(cm.ContractTemplateRow).where(cm.ContractTemplateRow.kind == kind)
                       .order_by(cm.ContractTemplateRow.template_version.desc()).limit(1)).first()
    if newest is None:
        return 1
    if newest.source != "bundled":
        return None
    shipped = bundled(kind)
    same = (newest.clauses == tpl.clauses_json(shipped.clauses) and (newest.fields or []) == tpl.fields_json(shipped.fields)
            and newest.title_zh == shipped.title_zh and list(newest.service_zh or []) == shipped.service_zh)
    return None if same else newest.template_version + 1


def ensure_templates(ctx: ServiceContext) -> None:
    """Store the bundled template of every kind that has none, or whose newest version is an older
    bundled text, as its next version (races are harmless: the unique version refuses the second)."""
    with ctx.unit() as s:
        due = {kind: v for kind in rules.KINDS if (v := _outdated(s, kind)) is not None}
    for kind, version in due.items():
        try:
            with ctx.write_unit() as s:
                _add(s, ctx, bundled(kind), version, "bundled")
        except IntegrityError:
            pass  # another process stored it first


def seed_in_session(s: Session, ctx_user: str) -> None:
    """The same for one long transaction (the demo)."""
    for kind in rules.KINDS:
        version = _outdated(s, kind)
        if version is not None:
            t = bundled(kind)
            s.add(cm.ContractTemplateRow(kind=kind, template_version=version, title_zh=t.title_zh, title_en=t.title_en,
                                         clauses=tpl.clauses_json(t.clauses), service_zh=t.service_zh,
                                         service_en=t.service_en, fields=tpl.fields_json(t.fields), source="bundled",
                                         note="", created_by=ctx_user, updated_by=ctx_user))
    s.flush()


def current_row(s: Session, kind: str) -> cm.ContractTemplateRow:
    row = s.scalars(select(cm.ContractTemplateRow).where(cm.ContractTemplateRow.kind == kind)
                    .order_by(cm.ContractTemplateRow.template_version.desc()).limit(1)).first()
    if row is None:
        raise ContractRefused("contract.template_missing", kind=kind)
    return row


def templates(ctx: ServiceContext, kind: str) -> list[Template]:
    """Every stored version of ``kind``'s template, newest first."""
    ensure_templates(ctx)
    with ctx.unit() as s:
        rows = s.scalars(select(cm.ContractTemplateRow).where(cm.ContractTemplateRow.kind == kind)
                         .order_by(cm.ContractTemplateRow.template_version.desc()))
        return [template_record(r) for r in rows]


def current_template(ctx: ServiceContext, kind: str) -> Template:
    return templates(ctx, kind)[0]


def get_template(ctx: ServiceContext, template_id: int) -> Template:
    with ctx.unit() as s:
        return template_record(require(s, cm.ContractTemplateRow, template_id, "template"))


def save_template(ctx: ServiceContext, t: Template) -> Template:
    """Store an edited template as the kind's next version (new contracts use it; old ones keep theirs).

    ``t.version`` is the version the edit started from: a newer one saved meanwhile is a ConflictError.
    """
    clean_t = tpl.validate_template(t)
    ensure_templates(ctx)
    try:
        with ctx.write_unit() as s:  # the newest version read under the lock it is saved under
            newest = s.scalar(select(func.max(cm.ContractTemplateRow.template_version))
                              .where(cm.ContractTemplateRow.kind == clean_t.kind)) or 0
            if newest != t.version:
                latest = current_row(s, clean_t.kind)
                raise ConflictError(latest.created_by, latest.created_at, newest)
            template_id = _add(s, ctx, clean_t, newest + 1, "edited").id
    except IntegrityError:  # another program saved the same next version a moment ago
        with ctx.unit() as s:
            latest = current_row(s, clean_t.kind)
            raise ConflictError(latest.created_by, latest.created_at, latest.template_version) from None
    return get_template(ctx, template_id)

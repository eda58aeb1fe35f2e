"""变更记录: who changed what, when — read back from the history the triggers write, in words; a
record (or a dealer file) as it was at a moment; the chain checked.

Entries are newest first. A role that may not read key people's sensitive fields gets their
changes left out (the database does not even let it select them). Every function is one unit of
work on the calling thread (call it off the GUI thread).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, select, text

from desktop.i18n import t
from desktop.persistence.office import catalog
from desktop.persistence.office import sqlite_history
from desktop.persistence.models import office as om
from desktop.rules.office.permissions import Action
from desktop.services.context import ServiceContext
from desktop.errors import local_time_text
from desktop.services.office.identity import current_identity, directory


# Code values shown by their names: (table, field) → i18n prefix.
# A list of codes (vehicle types) is shown element by element; an office role is named like a policy role.
CODED = {("contracts", "status"): "contract.status.", ("contracts", "kind"): "contract.kind.",
         ("contract_templates", "kind"): "contract.kind.", ("contract_attachments", "doc_type"): "contract.attachment.",
         ("policy_versions", "status"): "policy.status.", ("policy_versions", "vehicle_types"): "policy.vehicle.",
         ("policy_versions", "approver_role"): ("office.role.", "neg.role."), ("user_roles", "role"): "neg.role.",
         ("meetings", "status"): "meeting.status.", ("meetings", "kind"): "meeting.kind.",
         ("meeting_outcomes", "result"): "meeting.result.", ("meeting_materials", "code"): "meeting.material.",
         ("bottom_lines", "direction"): "neg.direction.", ("classifications", "tier"): "cls.tier.",
         ("classifications", "computed_tier"): "cls.tier.", ("dealers", "dealer_type"): "dealer_type.",
         ("dealers", "willingness"): "willingness.", ("dealer_sources", "source"): "source.", ("dealer_brands", "kind"): "history.brand_kind.",
         ("key_people", "role"): "role.", ("key_people", "gender"): "gender.", ("staff", "line"): "line."}


@dataclass(frozen=True)
class FieldChange:
    field: str
    label: str
    old: Any
    new: Any
    table: str = ""

    def text(self, lang: str | None = None) -> str:
        """'地址：旧 → 新' (a created or deleted record's field: '地址：值')."""
        old, new = (value_text(_as_bool(self.table, self.field, v), lang, CODED.get((self.table, self.field)))
                    for v in (self.old, self.new))
        if self.old is None:
            return f"{self.label}：{new}" if (lang or _lang()) == "zh_CN" else f"{self.label}: {new}"
        if self.new is None:
            return f"{self.label}：{old}" if (lang or _lang()) == "zh_CN" else f"{self.label}: {old}"
        return t("history.change", lang, field=self.label, old=old, new=new)


@dataclass(frozen=True)
class HistoryRecord:
    id: int
    at: datetime  # UTC, naive (as the audit columns)
    login: str
    who: str  # the display name
    table: str
    record_id: str
    dealer_id: int | None
    op: str  # 'I' created, 'U' changed, 'D' deleted
    changes: tuple[FieldChange, ...]

    def title(self, lang: str | None = None) -> str:
        """'王春梅 于 2026-12-07 10:42 修改了车商'."""
        return t("history.line", lang, who=self.who, when=local_time_text(self.at), op=t(f"history.op.{self.op}", lang),
                 table=table_label(self.table, lang))

    def lines(self, lang: str | None = None) -> list[str]:
        return [c.text(lang) for c in self.changes]


@dataclass(frozen=True)
class Verdict:
    checked: int
    broken_id: int | None
    problem: str  # '' intact, 'chain', 'altered', 'missing'

    @property
    def intact(self) -> bool:
        return self.broken_id is None

    def message(self, lang: str | None = None) -> str:
        if self.intact:
            return t("history.intact", lang, count=self.checked)
        return t(f"history.broken.{self.problem}", lang, id=self.broken_id, checked=self.checked)


def field_label(field: str, lang: str | None = None) -> str:
    for key in (f"field.{field}", f"history.field.{field}"):
        label = t(key, lang)
        if label != key:
            return label
    return field


def table_label(table: str, lang: str | None = None) -> str:
    key = f"history.table.{table}"
    label = t(key, lang)
    return table if label == key else label


def _as_bool(table: str, field: str, value):
    """SQLite keeps booleans as 0/1; say yes/no for a boolean column."""
    from sqlalchemy import Boolean

    column = catalog.tables().get(table)
    if column is not None and field in column.c and isinstance(column.c[field].type, Boolean) and value in (0, 1):
        return bool(value)
    return value


def _lang() -> str:
    from desktop.i18n import language

    return language()


def value_text(value, lang: str | None = None, coded: str | tuple[str, ...] | None = None) -> str:
    """A stored value in words: empty, yes/no, lists joined, a code by its name, JSON text unpacked."""
    if isinstance(value, str) and value[:1] in "[{":
        try:
            value = json.loads(value)
        except ValueError:
            pass
    if value is None or value == "" or value == [] or value == {}:
        return t("history.empty", lang)
    for prefix in ((coded,) if isinstance(coded, str) else coded or ()):
        if isinstance(value, str) and t(prefix + value, lang) != prefix + value:
            return t(prefix + value, lang)
    if isinstance(value, bool):
        return t("history.yes" if value else "history.no", lang)
    if isinstance(value, list):
        return "、".join(value_text(v, lang, coded) for v in value)
    if isinstance(value, dict):
        return "；".join(f"{k}={value_text(v, lang)}" for k, v in value.items() if v not in (None, ""))
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _json(value) -> dict:
    if value is None:
        return {}
    return json.loads(value) if isinstance(value, str) else dict(value)


def _columns(ctx: ServiceContext):
    cols = [om.HistoryEntry.id, om.HistoryEntry.at, om.HistoryEntry.login, om.HistoryEntry.table_name, om.HistoryEntry.record_id,
            om.HistoryEntry.dealer_id, om.HistoryEntry.op, om.HistoryEntry.changes]
    if not ctx.office or current_identity(ctx).may(Action.VIEW_SENSITIVE):
        cols.append(om.HistoryEntry.private)
    return cols


def _records(ctx: ServiceContext, where, lang: str | None, limit: int | None = None) -> list[HistoryRecord]:
    names = directory(ctx)
    cols = _columns(ctx)
    with ctx.unit() as s:
        stmt = select(*cols).where(where).order_by(om.HistoryEntry.id.desc())
        rows = s.execute(stmt.limit(limit) if limit else stmt).all()
    out = []
    for row in rows:
        fields = {**_json(row.changes), **(_json(getattr(row, "private", None)))}
        if row.op != "U":  # a created or deleted record: its filled fields, not every empty one, nor its ids
            side = 0 if row.op == "D" else 1  # (its own, and its dealer's number: the entry names the dealer already)
            fields = {k: v for k, v in fields.items() if k != "id" and v[side] not in (None, "", [], {})
                      and not (k == "dealer_id" and v[side] == row.dealer_id)}
        changes = tuple(_change(row.table_name, k, v, lang) for k, v in fields.items())
        out.append(HistoryRecord(row.id, row.at, row.login, names.get(row.login, row.login), row.table_name,
                                 row.record_id, row.dealer_id, row.op, changes))
    return out


def _change(table: str, field: str, pair: list, lang: str | None) -> FieldChange:
    """One field of an entry; a field named after a table is another record carried in this entry
    (a roster import's new dealer: its lists, and the import that created it)."""
    if field not in catalog.tables():
        return FieldChange(field, field_label(field, lang), pair[0], pair[1], table)
    if any(isinstance(side, list) for side in pair):
        return _listed(field, pair, lang)
    return FieldChange(field, table_label(field, lang), pair[0], pair[1], table)


def _listed(table: str, pair: list, lang: str | None) -> FieldChange:
    """A created record's rows of ``table`` carried in its own entry (a roster import's new dealer:
    its brands, sources, insurers — each the entry its trigger would have written), one line:
    '经营品牌：类型=经营，品牌=大众；…' (ids, the dealer's number and positions left out: the order says it)."""
    def row_text(entry: dict) -> str:
        return "，".join(f"{field_label(f, lang)}={value_text(_as_bool(table, f, v[1]), lang, CODED.get((table, f)))}"
                        for f, v in entry.items() if f not in ("id", "dealer_id", "position") and v[1] not in (None, ""))
    old, new = ("；".join(map(row_text, side)) if side else None for side in pair)
    return FieldChange(table, table_label(table, lang), old, new, table)


def history_of(ctx: ServiceContext, table: str, record_id, lang: str | None = None) -> list[HistoryRecord]:
    """Every change of one record (e.g. ('contracts', 12), ('policy_versions', 3)), newest first."""
    return _records(ctx, and_(om.HistoryEntry.table_name == table, om.HistoryEntry.record_id == str(record_id)), lang)


def history_of_dealer(ctx: ServiceContext, dealer_id: int, lang: str | None = None,
                      limit: int | None = None) -> list[HistoryRecord]:
    """Every change of a dealer and of everything that belongs to it (people, visits, meetings,
    policies, contracts…), newest first — the dealer file's 变更记录 tab."""
    return _records(ctx, om.HistoryEntry.dealer_id == dealer_id, lang, limit)


def latest_change(ctx: ServiceContext, table: str, record_id, lang: str | None = None) -> HistoryRecord | None:
    """The newest change of a record (for the bar '王春梅 于 10:42 修改了此车商 · 重新加载')."""
    found = _records(ctx, and_(om.HistoryEntry.table_name == table, om.HistoryEntry.record_id == str(record_id)), lang, 1)
    return found[0] if found else None


# --- a record as it was --------------------------------------------------------------------------
def _plain(value):
    from datetime import date
    from decimal import Decimal

    if isinstance(value, datetime):
        return value.isoformat(sep="T")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return value


def _current(s, table: str, pk_where: dict, hidden: set[str]) -> dict | None:
    t_ = catalog.tables()[table]
    cols = [c for c in t_.columns if c.name not in catalog.SKIPPED_FIELDS and c.name not in hidden]
    cond = and_(*[t_.c[k] == v for k, v in pk_where.items()])
    row = s.execute(select(*cols).where(cond)).first()
    return None if row is None else {c.name: _plain(v) for c, v in zip(cols, row)}


def _pk(table: str, record_id: str) -> dict:
    t_ = catalog.tables()[table]
    names = catalog.primary_key(table)
    parts = str(record_id).split("/", len(names) - 1)
    return {n: t_.c[n].type.python_type(p) if t_.c[n].type.python_type in (int,) else p for n, p in zip(names, parts)}


def as_of(ctx: ServiceContext, table: str, record_id, when: datetime) -> dict | None:
    """The record's fields as they were at ``when`` (UTC, naive); None when it did not exist then.

    Worked back from today's row through the entries written after ``when`` (so it holds also for
    records older than the history itself).
    """
    private_ok = om.HistoryEntry.private in _columns(ctx)
    hidden = set() if private_ok else set(catalog.SENSITIVE.get(table, ()))
    with ctx.unit() as s:
        state = _current(s, table, _pk(table, str(record_id)), hidden)
        cols = [om.HistoryEntry.op, om.HistoryEntry.changes] + ([om.HistoryEntry.private] if private_ok else [])
        later = s.execute(select(*cols).where(om.HistoryEntry.table_name == table, om.HistoryEntry.record_id == str(record_id),
                                              om.HistoryEntry.at > when).order_by(om.HistoryEntry.id.desc())).all()
    for row in later:
        fields = {**_json(row.changes), **(_json(row.private) if private_ok else {})}
        if row.op == "I":
            state = None
        else:
            state = dict(state or {})
            for k, (old, _new) in fields.items():
                state[k] = old
    return state


def verify(ctx: ServiceContext) -> Verdict:
    """Check the whole chain (PostgreSQL: ``office.verify_history``, needs verify_history)."""
    with ctx.unit() as s:
        if ctx.office:
            checked, broken, problem = s.execute(text("SELECT checked, broken_id, problem FROM office.verify_history()")).one()
            return Verdict(int(checked or 0), broken, problem or "")
        checked, broken, problem = sqlite_history.verify(s.connection())
        return Verdict(checked, broken, problem)

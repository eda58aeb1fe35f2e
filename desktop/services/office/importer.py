"""``office import-from``: move a single-user database into the office database, in one transaction.

Copied: our staff (and any rank or script library entry they need), the dealer files, the whole
negotiation record (assessment, classification, policies, strategy, meetings, outcomes), contracts
with their scans and stored packs (uid and SHA-256 kept: a printed pack still verifies), the roster
import history, work assignments. Not copied: the office's own settings (caps, thresholds, templates
already there, the branch entity). Ids are renumbered (foreign keys and the ids inside contract
terms follow); a ledger (``office.imported``, keyed by the file's ``database_id``) remembers what
came from where, so running it again copies only what is new. The records are attributed to the
login given (``--as``): stamps and history say that person, the dealers land in their team.
Must run as the office database's owner. Runs on the calling thread.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, insert, select, text, update
from sqlalchemy.engine import Connection

from desktop.errors import ServiceError
from desktop.persistence.office import catalog
from desktop.services.context import ServiceContext

COPIED = ("staff_ranks", "staff", "scripts", "contract_templates", "dealers", "dealer_brands", "dealer_sources",
          "dealer_insurers", "key_people", "visits", "visit_staff", "relationships", "target_assessments",
          "classifications", "policy_versions", "strategies", "bottom_lines", "dossier_scripts", "meetings",
          "meeting_attendees", "team_members", "meeting_materials", "meeting_agenda_steps", "meeting_outcomes",
          "agreed_terms", "next_actions", "contracts", "contract_attachments", "contract_packs", "roster_imports",
          "roster_import_rows", "work_assignments")
# Reuse the office's own row when one already matches on these columns (settings-like tables).
MATCH_ON = {"staff_ranks": ("code",), "staff": ("name", "rank_code"), "scripts": ("situation", "script"),
            "contract_templates": ("kind", "template_version")}
WHO = ("created_by", "updated_by", "imported_by", "undone_by", "signed_by", "submitted_by", "approved_by")


@dataclass
class TableCount:
    table: str
    in_file: int
    copied_now: int
    copied_before: int
    office_before: int
    office_after: int

    @property
    def accounted(self) -> bool:
        return self.copied_now + self.copied_before == self.in_file


@dataclass
class ImportReport:
    source: str
    login: str
    counts: list[TableCount] = field(default_factory=list)

    @property
    def copied(self) -> int:
        return sum(c.copied_now for c in self.counts)


def _key(row, pk: list[str]) -> str:
    return "/".join(str(row[c]) for c in pk)


class _Copier:
    def __init__(self, src: Connection, dst: Connection, source_id: str, login: str, team: str, profile: str):
        self.src, self.dst, self.source_id, self.login, self.team, self.profile = src, dst, source_id, login, team, profile
        self.ids: dict[str, dict[str, str]] = {}  # table → source key → office key
        self.problems: list[str] = []

    def ledger(self, table: str) -> dict[str, str]:
        rows = self.dst.execute(text("SELECT source_key, target_key FROM office.imported WHERE source = :s AND table_name = :t"),
                                {"s": self.source_id, "t": table}).all()
        return dict(rows)

    def mapped(self, table: str, value):
        if value is None:
            return None
        found = self.ids.get(table, {}).get(str(value))
        if found is None:
            self.problems.append(f"{table} {value}")
            return value
        return int(found) if found.isdigit() else found

    def values(self, table: str, row: dict) -> dict:
        t = catalog.tables()[table]
        out = dict(row)
        for col in t.columns:
            for fk in col.foreign_keys:
                out[col.name] = self.mapped(fk.column.table.name, row[col.name])
        if table == "policy_versions" and row.get("based_on") is not None:
            out["based_on"] = self.mapped("policy_versions", row["based_on"])
        if table == "roster_import_rows":
            out["dealer_id"] = self.mapped("dealers", row["dealer_id"])
        if table == "contracts" and isinstance(row.get("terms"), dict) and row["terms"].get("policy_id") is not None:
            out["terms"] = {**row["terms"], "policy_id": self.mapped("policy_versions", row["terms"]["policy_id"])}
        if table == "dealers":
            out["team"] = self.team
        if table == "work_assignments" and row.get("owner") == self.profile:
            out["owner"] = self.login
        for who in WHO:
            if who in out and out[who]:
                out[who] = self.login if out[who] == self.profile else out[who]
        return out

    def match(self, table: str, values: dict) -> str | None:
        cols = MATCH_ON.get(table)
        if not cols:
            return None
        t = catalog.tables()[table]
        pk = catalog.primary_key(table)
        row = self.dst.execute(select(*[t.c[c] for c in pk]).where(*[t.c[c] == values[c] for c in cols])).first()
        return None if row is None else "/".join(str(v) for v in row)

    def copy(self, table: str) -> TableCount:
        t = catalog.tables()[table]
        pk = catalog.primary_key(table)
        rows = [dict(r) for r in self.src.execute(select(t).order_by(*[t.c[c] for c in pk])).mappings()]
        done = self.ledger(table)
        self.ids[table] = dict(done)
        office_before = self.dst.execute(select(func.count()).select_from(t)).scalar()
        serial = pk == ["id"] and table != "app_users"
        copied = 0
        for row in rows:
            key = _key(row, pk)
            if key in done:
                continue
            values = self.values(table, row)
            target = self.match(table, values)
            if target is None:
                if serial:
                    values.pop("id")
                    target = str(self.dst.execute(insert(t).values(**values).returning(t.c.id)).scalar())
                else:
                    self.dst.execute(insert(t).values(**values))
                    target = _key(values, pk)
            self.ids[table][key] = target
            self.dst.execute(text("INSERT INTO office.imported (source, table_name, source_key, target_key)"
                                  " VALUES (:s, :t, :k, :v)"), {"s": self.source_id, "t": table, "k": key, "v": target})
            copied += 1
        office_after = self.dst.execute(select(func.count()).select_from(t)).scalar()
        return TableCount(table, len(rows), copied, len(done), office_before, office_after)


def _clashes(src: Connection, dst: Connection, source_id: str) -> list[str]:
    """Credit codes and contract numbers the office already holds for other dealers and contracts."""
    done = {k for (k,) in dst.execute(text("SELECT source_key FROM office.imported WHERE source = :s AND table_name = 'dealers'"),
                                     {"s": source_id})}
    codes = {u: i for i, u in src.execute(text("SELECT id, uscc FROM dealers WHERE uscc IS NOT NULL AND uscc <> ''"))
             if str(i) not in done}
    taken = [u for (u,) in dst.execute(text("SELECT uscc FROM dealers WHERE uscc = ANY(:u)"), {"u": list(codes)})]
    done_c = {k for (k,) in dst.execute(text("SELECT source_key FROM office.imported WHERE source = :s AND "
                                             "table_name = 'contracts'"), {"s": source_id})}
    numbers = {(n, r) for i, n, r in src.execute(text("SELECT id, number, revision FROM contracts")) if str(i) not in done_c}
    used = [f"{n}/{r}" for n, r in dst.execute(text("SELECT number, revision FROM contracts")) if (n, r) in numbers]
    return [f"uscc {u}" for u in taken] + [f"contract {n}" for n in used]


def import_from(office: ServiceContext, source_url: str, login: str) -> ImportReport:
    """Copy what is not yet copied from the database at ``source_url`` into ``office`` as ``login``.

    ServiceError: office.import_needs_owner, office.unknown_user, office.import_clash (credit codes
    or contract numbers the office holds already, named), office.import_incomplete. Nothing is
    written unless all of it is.
    """
    if not office.office:
        raise ServiceError("office.needs_postgresql")
    source = ServiceContext.open(source_url, "")
    try:
        if source.office or source.engine.url == office.engine.url:
            raise ServiceError("office.import_same")
        with source.engine.connect() as src, office.engine.begin() as dst:
            if not dst.execute(text("SELECT office.is_owner()")).scalar():
                raise ServiceError("office.import_needs_owner")
            person = dst.execute(text("SELECT team FROM app_users WHERE login = :l"), {"l": login}).first()
            if person is None:
                raise ServiceError("office.unknown_user", value=login)
            source_id = src.execute(text("SELECT value FROM app_meta WHERE key = 'database_id'")).scalar()
            profile = src.execute(text("SELECT created_by FROM dealers ORDER BY id LIMIT 1")).scalar() or ""
            clashes = _clashes(src, dst, source_id)
            if clashes:
                raise ServiceError("office.import_clash", items="; ".join(clashes[:10]), count=len(clashes))
            dst.execute(text("SELECT set_config('dealerdesk.acting_as', :l, true)"), {"l": login})
            copier = _Copier(src, dst, source_id, login, person.team, profile)
            report = ImportReport(source_url, login, [copier.copy(t) for t in COPIED])
            if copier.problems or not all(c.accounted for c in report.counts):
                raise ServiceError("office.import_incomplete", items="; ".join(copier.problems[:10]))
            _sequences(src, dst)
            return report
    finally:
        source.dispose()


def _sequences(src: Connection, dst: Connection) -> None:
    """Contract numbers go on from the higher of the two counters, so no number is handed out twice."""
    for scope, value in src.execute(text("SELECT scope, value FROM contract_sequences")).all():
        dst.execute(text("INSERT INTO contract_sequences (scope, value) VALUES (:s, :v) ON CONFLICT (scope)"
                         " DO UPDATE SET value = greatest(contract_sequences.value, excluded.value)"), {"s": scope, "v": value})

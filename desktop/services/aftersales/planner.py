"""Import of a policy or claims list, step 2: classify every data row — new, update, unchanged,
duplicate (its 保单号/报案号 came earlier in the file), invalid, or unmatched (no dealer found) —
reading the stored records a chunk at a time. Calling thread.
"""

from __future__ import annotations

import json

from datetime import date

from sqlalchemy import String, select, text

from desktop.persistence.models import aftersales as am
from desktop.rules.aftersales.cells import RowReader
from desktop.rules.aftersales.columns import ColumnReader
from desktop.rules.aftersales.fields import KEY_FIELD, MATCH_FIELDS, SENSITIVE_FIELDS
from desktop.rules.aftersales.matching import match
from desktop.services.aftersales import codes, retention
from desktop.services.aftersales.plan import ListLine
from desktop.services.context import ServiceContext
from desktop.services.rosters.match import norm_name
from desktop.spreadsheets.rows import CellProblem, row_kinds

MODEL = {"policies": am.Policy, "claims": am.Claim}


class Planner:
    """Plans the rows of one list, remembering the keys earlier rows claimed."""

    def __init__(self, ctx: ServiceContext, kind: str, headers: list[str], mapping: list[str | None]) -> None:
        self.ctx, self.kind = ctx, kind
        self.reader = RowReader(kind, mapping)
        self.columns = ColumnReader(self.reader)
        self.names = self.reader.names
        self.slot = {n: i for i, n in enumerate(self.names)}
        self.key = KEY_FIELD[kind]
        self.key_col = self.reader.column_of[self.key]
        self.provided = tuple(n for n in self.names if n in self.reader.column_of)
        self.compared = tuple(n for n in self.provided if n != self.key)
        self.match_fields = MATCH_FIELDS[kind]
        self.match_col = next((self.reader.column_of[f] for f in self.match_fields if f in self.reader.column_of), self.key_col)
        self.model = MODEL[kind]
        with ctx.unit() as s:
            self.keys = codes.load_keys(s)
        self.cutoff: date | None = retention.cutoff(ctx) if kind == "policies" else None
        self.seen: dict[str, int] = {}
        self.matches: dict = {}
        self.rows: list[ListLine] = []
        self.skipped: list[tuple[int, str]] = []

    def _reject(self, at: int, raw: list, status: str, column: int | None, field: str, message: str, **params) -> ListLine:
        return ListLine(at, status, problems=[CellProblem(column, field, message, params)], raw=raw)

    def plan_many(self, chunk: list[tuple[int, list]]) -> None:
        """Plan consecutive rows given as (Excel row, cells): their cells read column by column
        (``rules.aftersales.columns``), then each row classified — invalid, duplicate, unmatched or
        new — with a few lookups in dictionaries built once per list."""
        numbers, data = [], []
        for (n, raw), what in zip(chunk, row_kinds([raw for _n, raw in chunk], self.key_col)):
            if what == "data":
                numbers.append(n)
                data.append(raw)
            elif what != "blank":
                self.skipped.append((n, what))
        if not data:
            return
        columns, faulty = self.columns.read_many(data)
        waiting: list[ListLine] = []
        claims_by_policy: list[ListLine] = []
        rows, seen, matches, keys, cutoff = self.rows, self.seen, self.matches, self.keys, self.cutoff
        policies = self.kind == "policies"
        # What only some rows need, found column by column first: a row with a faulty cell, a policy
        # ending before it starts, one ended before the retention cutoff (its personal data blanked).
        special = set(faulty)
        if policies:
            starts, ends = columns[self.slot["starts_on"]], columns[self.slot["ends_on"]]
            backwards = {i for i, (a, b) in enumerate(zip(starts, ends)) if i not in faulty and b < a}
            special |= backwards
            expired = {i for i, b in enumerate(ends) if i not in special and b < cutoff} if cutoff is not None else set()
            special |= expired
        policy_nos = columns[self.slot["policy_no"]]
        triples = zip(*(columns[self.slot[f]] for f in self.match_fields))
        for i, (n, values, key, triple) in enumerate(zip(numbers, zip(*columns), columns[self.slot[self.key]], triples)):
            if special and i in special:
                if i in faulty:
                    rows.append(ListLine(n, "invalid", problems=[CellProblem(col, p.field, p.code, p.params) for col, p in faulty[i]],
                                         raw=data[i]))
                    continue
                if i in backwards:
                    rows.append(self._reject(n, data[i], "invalid", self.reader.column_of.get("ends_on"), "ends_on",
                                             "aftersales.ends_before_start"))
                    continue
            first = seen.setdefault(key, n)
            if first != n:
                rows.append(self._reject(n, data[i], "duplicate", self.key_col, self.key, "aftersales.dup.file", row=first))
                continue
            if special and i in special:  # ended before the cutoff: kept without its personal data
                values = tuple("" if name in SENSITIVE_FIELDS else v for name, v in zip(self.names, values))
            found = matches.get(triple)
            if found is None:  # a dealer's rows repeat its code, USCC and name: matched once
                found = matches[triple] = match(keys, *triple, norm_name)
            if found.dealer_id is None:
                code, uscc, name = triple
                line = self._reject(n, data[i], "unmatched", self.match_col, self.match_fields[0],
                                    "aftersales.ambiguous" if found.by == "ambiguous" else "aftersales.unmatched",
                                    code=code or "—", uscc=uscc or "—", name=name or "—", n=len(found.candidates))
                line.values, line.match = values, triple
                rows.append(line)
                if not policies and policy_nos[i]:
                    claims_by_policy.append(line)
                continue
            line = ListLine(n, "new", values, found.dealer_id)
            rows.append(line)
            waiting.append(line)
        if claims_by_policy or waiting:
            with self.ctx.unit() as s:
                self._policy_dealers(s, claims_by_policy)
                self._settle(s, waiting + [line for line in claims_by_policy if line.status == "new"])

    def _policy_dealers(self, s, lines: list[ListLine]) -> None:
        """A claim whose repair shop is none of our dealers' belongs, when its policy is stored, to the policy's dealer."""
        if not lines:
            return
        numbers = sorted({line.values[self.slot["policy_no"]] for line in lines})
        dealer_of: dict[str, int] = {}
        for start in range(0, len(numbers), 900):
            dealer_of.update(s.execute(select(am.Policy.policy_no, am.Policy.dealer_id)
                                       .where(am.Policy.policy_no.in_(numbers[start:start + 900]))).all())
        for line in lines:
            dealer_id = dealer_of.get(line.values[self.slot["policy_no"]])
            if dealer_id is not None:
                line.status, line.dealer_id, line.problems, line.raw = "new", dealer_id, [], None

    def _settle(self, s, lines: list[ListLine]) -> None:
        """Rows whose key is stored: 'update' with their changes, or 'unchanged'."""
        if not lines:
            return
        key_column = getattr(self.model, self.key)
        columns = [self.model.id, self.model.version, self.model.dealer_id, key_column] + [getattr(self.model, f) for f in self.compared]
        by_key = {line.values[self.slot[self.key]]: line for line in lines}
        for row in _stored(s, columns, key_column, sorted(by_key)):
            line = by_key[row[3]]
            line.record_id, line.version = row[0], row[1]
            changes = [("dealer_id", row[2], line.dealer_id)] if row[2] != line.dealer_id else []
            for f, before in zip(self.compared, row[4:]):
                after = line.values[self.slot[f]]
                if before != after and not (f in SENSITIVE_FIELDS and not after):  # retention blanks are no change
                    changes.append((f, before, after))
            line.changes = changes
            line.status = "update" if changes else "unchanged"


def _stored(s, columns: list, key_column, keys: list[str]):
    """The stored rows (``columns``) whose key is one of ``keys``: on SQLite in one query, the keys
    handed over as one JSON array (``json_each``); elsewhere 900 keys a query."""
    if s.get_bind().dialect.name == "sqlite":
        wanted = text("SELECT value FROM json_each(:keys)").bindparams(keys=json.dumps(keys)).columns(value=String)
        yield from s.execute(select(*columns).where(key_column.in_(wanted)))
        return
    for start in range(0, len(keys), 900):
        yield from s.execute(select(*columns).where(key_column.in_(keys[start:start + 900])))

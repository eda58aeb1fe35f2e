"""Every cell of the permissions table, through raw SQL as that role's own login: what the table
forbids the database refuses, what it permits succeeds (and really changes a row). Each probe runs
in a transaction that is rolled back, so the cells do not disturb each other.

A refusal is PostgreSQL's own (42501: no grant, or row-level security) or the office's (class DD);
for reading, a refusal is also the row or value not being there (row-level security, masking).
"""

from __future__ import annotations

import psycopg
import pytest

from desktop.rules.office.permissions import ROLES, Action, table
from tests.services.office import pg
from tests.services.office.seed import SECRET

REFUSALS = ("42501",)


def _one(cur) -> bool:
    return cur.rowcount == 1


def _clone(conn, tbl: str, key: str, value, **overrides) -> bool:
    cols = [r[0] for r in conn.execute("SELECT column_name FROM information_schema.columns WHERE table_schema = 'public'"
                                       " AND table_name = %s AND column_name <> 'id' ORDER BY ordinal_position", [tbl])]
    picks = ", ".join(f"%({c})s" if c in overrides else c for c in cols)
    sql = f"INSERT INTO public.{tbl} ({', '.join(cols)}) SELECT {picks} FROM public.{tbl} WHERE {key} = %(_key)s"
    return _one(conn.execute(sql, {**overrides, "_key": value}))


PROBES = {
    Action.SEE_BRANCH: lambda c, s, db: c.execute("SELECT count(*) FROM dealers WHERE id = %s", [s.dealer_b]).fetchone()[0] == 1,
    Action.EDIT_DEALER: lambda c, s, db: _one(c.execute("UPDATE dealers SET notes = 'probe' WHERE id = %s", [s.dealer_a])),
    Action.ASSIGN_TEAM: lambda c, s, db: _one(c.execute("UPDATE dealers SET team = 'C组' WHERE id = %s", [s.dealer_a])),
    Action.VIEW_SENSITIVE: lambda c, s, db: (
        c.execute("SELECT background FROM public.key_people WHERE id = %s", [s.person_a]).fetchone()[0] == SECRET),
    Action.IMPORT_ROSTER: lambda c, s, db: _one(c.execute(
        "INSERT INTO roster_imports (file_name, sha256, sheet, mode, created, updated, unchanged, duplicates, invalid,"
        " excluded, imported_at, imported_by, undone_by) VALUES ('名录.xlsx', 'abc', '', 'upsert', 1, 0, 0, 0, 0, 0,"
        " now(), '', '')")),
    Action.EDIT_STAFF: lambda c, s, db: _one(c.execute("UPDATE staff SET title = 'probe' WHERE id = %s", [s.staff_1])),
    Action.EDIT_SETTINGS: lambda c, s, db: _one(c.execute("UPDATE fee_caps SET cap = cap + 1 WHERE id = %s", [s.cap_id])),
    Action.CLASSIFY: lambda c, s, db: _one(c.execute("UPDATE target_assessments SET note = 'probe' WHERE dealer_id = %s",
                                                     [s.dealer_a])),
    Action.DRAFT_POLICY: lambda c, s, db: _clone(c, "policy_versions", "id", s.submitted_policy, number=99, status="draft"),
    Action.APPROVE_POLICY: lambda c, s, db: _one(c.execute("UPDATE policy_versions SET status = 'approved' WHERE id = %s",
                                                           [s.submitted_policy])),
    Action.PREPARE_STRATEGY: lambda c, s, db: _one(c.execute("UPDATE strategies SET model_content = 'probe'"
                                                             " WHERE dealer_id = %s", [s.dealer_a])),
    Action.ARRANGE_MEETING: lambda c, s, db: _one(c.execute("UPDATE meetings SET notes = 'probe' WHERE id = %s",
                                                            [s.meeting_a])),
    Action.CHOOSE_TEAM: lambda c, s, db: _clone(c, "team_members", "meeting_id", s.meeting_a, staff_id=s.staff_2,
                                                is_main=False),
    Action.ASSIGN_WORK: lambda c, s, db: _clone(c, "work_assignments", "dealer_id", s.dealer_a, step=3),
    Action.DRAFT_CONTRACT: lambda c, s, db: _one(c.execute("UPDATE contracts SET note = 'probe' WHERE id = %s",
                                                           [s.contract_draft])),
    Action.SIGN_CONTRACT: lambda c, s, db: _one(c.execute("UPDATE contracts SET status = 'signed', signed_on = current_date"
                                                          " WHERE id = %s", [s.contract_review])),
    Action.ACTIVATE_CONTRACT: lambda c, s, db: _one(c.execute("UPDATE contracts SET status = 'in_force' WHERE id = %s",
                                                              [s.contract_signed])),
    Action.TERMINATE_CONTRACT: lambda c, s, db: _one(c.execute(
        "UPDATE contracts SET status = 'terminated', terminated_on = current_date, termination_reason = '违约'"
        " WHERE id = %s", [s.contract_in_force])),
    Action.MANAGE_USERS: lambda c, s, db: c.execute("SELECT office.update_user(%s, '改名', NULL)",
                                                    [db.logins["spec"]]).fetchone() is not None,
    Action.VERIFY_HISTORY: lambda c, s, db: c.execute("SELECT broken_id FROM office.verify_history()").fetchone()[0] is None,
}


def test_every_action_has_a_probe():
    assert set(PROBES) == set(Action), f"actions without a probe: {set(Action) - set(PROBES)}"


def outcome(db, seed, role: str, action: Action) -> tuple[bool, str]:
    """(succeeded, how it was refused) for ``role``'s login taking ``action``."""
    with db.connect(pg.KEY_OF_ROLE[role]) as conn:
        try:
            with conn.transaction(force_rollback=True):
                done = PROBES[action](conn, seed, db)
                return bool(done), "" if done else "no effect (row-level security or masking)"
        except psycopg.Error as err:
            state = err.sqlstate or ""
            assert state in REFUSALS or state.startswith("DD"), f"{role}/{action}: not a refusal but {state} {err}"
            return False, f"{state} {err.diag.message_primary}"


@pytest.mark.parametrize("action", list(Action), ids=lambda a: a.value)
def test_the_database_enforces_the_table(office_db, seed, action):
    wrong = []
    for role in ROLES:
        permitted = role in table()[action]
        done, why = outcome(office_db, seed, role, action)
        if done != permitted:
            wrong.append(f"{role}: table says {'permitted' if permitted else 'forbidden'}, "
                         f"database {'let it through' if done else 'refused: ' + why}")
    assert not wrong, f"{action.value}: " + "; ".join(wrong)

"""The after-signing tables on the office database: the roster importers import policy lists, each
team's logins match and see only their own team's dealers' policies, other roles are refused by the
server, and the imported rows leave no personal data in the history."""

from __future__ import annotations

from datetime import date

import psycopg
import pytest
from sqlalchemy import delete, func, select

from desktop.errors import NotFoundError
from desktop.persistence.models import aftersales as am
from desktop.services.aftersales import codes, commit as list_commit, history, read as list_read, renewals
from desktop.services.dealers import files as dealers
from desktop.services.office.errors import OfficeRefused
from tests.services.aftersales import lists as ls


def _count(ctx, model=am.Policy) -> int:
    with ctx.unit() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_policies_per_team_through_a_real_login(office_ctx_of, office_db, seed, tmp_path):
    owner, spec, spec_b, lead = (office_ctx_of(k) for k in (None, "spec", "spec_b", "lead"))
    uscc_b = dealers.get(owner, seed.dealer_b).uscc
    codes.assign(spec, seed.dealer_a, "code", "PG-A-1")  # the A team's specialist maps a code to its dealer
    with pytest.raises(NotFoundError):
        codes.assign(spec_b, seed.dealer_a, "code", "PG-A-2")  # not the B team's dealer: spec_b does not see it
    with office_db.connect("spec_b") as conn, conn.transaction(force_rollback=True):  # nor may write it with raw SQL
        with pytest.raises(psycopg.Error):
            conn.execute("INSERT INTO aftersales_policies (policy_no, dealer_id, plate, vin, holder_name, holder_phone, coverage,"
                         " premium, starts_on, ends_on, business, agency_code, dealer_uscc, dealer_name, version, created_at,"
                         " created_by, updated_at, updated_by) VALUES ('RAW1', %s, '', '', '', '', '', 1, '2026-01-01',"
                         " '2026-12-31', '', '', '', '', 1, now(), '', now(), '')", [seed.dealer_a])
    path = ls.write_policies(tmp_path / "p.xlsx", [
        ls.policy("PG001", 3000, "2026-01-05", "2027-01-04", code="PG-A-1"),
        ls.policy("PG002", 2000, "2026-01-05", "2027-01-04", uscc_=uscc_b),
    ])
    plan = list_read.analyse(spec, list_read.open_list(spec, path, "policies"))
    assert [line.status for line in plan.rows] == ["new", "unmatched"], "the B team's dealer is not among spec's to match"
    result = list_commit.commit(spec, plan)
    try:
        assert (_count(spec), _count(spec_b), _count(lead)) == (1, 0, 1), "row-level security: own team, or the branch"
        with owner.unit() as s:
            leaked = s.scalar(select(func.count()).select_from(am.Policy.__table__.metadata.tables["history"])
                              .where(am.Policy.__table__.metadata.tables["history"].c.table_name.like("aftersales_p%")))
        assert leaked == 0, "policies are not copied into the append-only history"
        policy_id = renewals.worklist(spec, due_days=60, today=date(2026, 12, 1))[0].policy_id
        renewals.claim(spec, [policy_id], None)  # the renewal follow-up and its contacts: the team's own work
        renewals.log_contact(spec, policy_id, date(2026, 1, 2), "phone", "quoted", "团队内")
        assert [line.contacts for line in renewals.worklist(lead, due_days=60, today=date(2026, 12, 1))] == [1], "the branch sees it"
        assert renewals.worklist(spec_b, due_days=60, today=date(2026, 12, 1)) == [], "the other team does not"
        ops = office_ctx_of("ops")
        with pytest.raises(OfficeRefused):
            list_commit.commit(ops, list_read.analyse(ops, list_read.open_list(ops, path, "policies")))
        assert history.undo(spec, result.import_id).deleted == 1, "the importer undoes the batch"
        assert _count(lead) == 0, "undone"
    finally:
        with owner.unit() as s:
            s.execute(delete(am.Policy))
            s.execute(delete(am.DealerCode))


def test_kept_codes_and_sales_from_the_windows_through_a_real_login(office_ctx_of, office_db, seed, tmp_path):
    """What the after-signing windows write, as a team's specialist: a credit code kept and removed, sales
    typed for several months, a sales sheet imported; the other team may not touch the dealer."""
    from desktop.services.aftersales import sales, sales_import
    from tests.spreadsheets.roster_files import uscc, write_xlsx

    owner, spec, spec_b = (office_ctx_of(k) for k in (None, "spec", "spec_b"))
    try:
        codes.assign(spec, seed.dealer_a, "uscc", uscc(901))
        assert [(c.kind, c.text) for c in codes.list_codes(spec, seed.dealer_a)] == [("uscc", uscc(901))]
        assert codes.remove(spec_b, seed.dealer_a, "uscc", uscc(901)) is False, "the other team does not see it"
        assert codes.remove(spec, seed.dealer_a, "uscc", uscc(901)) is True
        assert sales.set_many(spec, seed.dealer_a, {"2026-01": 10, "2026-02": 12}) == 2
        with pytest.raises(NotFoundError):
            sales.set_many(spec_b, seed.dealer_a, {"2026-01": 1})
        name = dealers.get(owner, seed.dealer_a).legal_name
        path = write_xlsx(tmp_path / "s.xlsx", [["车商名称", "月份", "新车销量"], [name, "2026-03", 14], [name, "2026-01", 11]])
        plan = sales_import.plan(spec, path)
        assert [line.status for line in plan.rows] == ["new", "changed"], [line.status for line in plan.rows]
        assert sales_import.commit(spec, plan) == 2
        assert sales.units_of(spec, seed.dealer_a) == {"2026-01": 11, "2026-02": 12, "2026-03": 14}
    finally:
        with owner.unit() as s:
            s.execute(delete(am.NewCarSales))
            s.execute(delete(am.DealerCode))

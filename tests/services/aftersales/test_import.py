"""Importing the core system's policy and claims lists: header below titles, dealer matching (agency
code, USCC, name, unmatched → assigned), idempotent re-import, per-row errors, retention, undo."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from desktop.errors import ServiceError
from desktop.persistence.models import aftersales as am
from desktop.services.aftersales import codes, history, retention
from desktop.services.context import ServiceContext
from desktop.services.rosters import history as roster_history
from desktop.services.rosters.report import write_error_report
from tests.services.aftersales import lists as ls
from tests.spreadsheets.roster_files import uscc


def stored(ctx, model):
    with ctx.unit() as s:
        return {row.policy_no if model is am.Policy else row.claim_no: row for row in s.scalars(select(model))}


def test_matching_by_code_uscc_name_and_unmatched_listed(ctx, tmp_path):
    ids = ls.make_dealers(ctx)
    codes.assign(ctx, ids["骏通"], "code", "DL-0002")
    path = ls.write_policies(tmp_path / "p.xlsx", [
        ls.policy("P001", 3000, "2026-01-05", "2027-01-04", code="DL 0002"),  # the mapped code (spaces/dashes ignored)
        ls.policy("P002", 5000, "2026-02-01", "2027-01-31", uscc_=uscc(1)),  # the USCC
        ls.policy("P003", 1200, "2026-03-01", "2027-02-28", name="温州远景汽车销售有限公司"),  # the legal name
        ls.policy("P004", 800, "2026-03-01", "2027-02-28", code="X-999", name="某某汽车城"),  # nobody
        ls.policy("P005", 900, "2026-03-01", "2027-02-28", code="X-999", name="某某汽车城"),
    ])
    plan, result = ls.import_list(ctx, path, "policies")
    by_row = {line.row: line for line in plan.rows}
    assert [by_row[n].dealer_id for n in (4, 5, 6)] == [ids["骏通"], ids["宏达"], ids["远景"]], "code, USCC, name in that order"
    assert (by_row[7].status, by_row[8].status) == ("unmatched", "unmatched"), "no dealer: not imported"
    assert plan.unmatched() == [dict(code="X-999", uscc="", name="某某汽车城", rows=[7, 8])], f"listed once with its rows: {plan.unmatched()}"
    assert result.counts["created"] == 3 and result.counts["unmatched"] == 2, result.counts
    assert set(stored(ctx, am.Policy)) == {"P001", "P002", "P003"}, "only matched policies stored"
    # Assigned to a dealer, the same file imports the rest and changes nothing else.
    codes.assign(ctx, ids["远景"], "code", "X-999")
    plan2, result2 = ls.import_list(ctx, path, "policies")
    assert (result2.counts["created"], result2.counts["unchanged"], result2.counts["unmatched"]) == (2, 3, 0), result2.counts
    assert stored(ctx, am.Policy)["P005"].dealer_id == ids["远景"], "the assignment is used by the next import"


def test_title_rows_skipped_and_values_read(ctx, tmp_path):
    ids = ls.make_dealers(ctx)
    path = ls.write_policies(tmp_path / "p.xlsx", [ls.policy("p-001", "1.2万", "2026年1月5日", "2027/1/4", "续保", code="", uscc_=uscc(1),
                                                             coverage="交强险")])
    plan, _ = ls.import_list(ctx, path, "policies")
    assert plan.rows[0].row == 4, "the header is found below the title lines"
    row = stored(ctx, am.Policy)["P001"]
    assert (row.premium, row.starts_on, row.ends_on, row.business, row.coverage, row.dealer_id) == (
        Decimal("12000.00"), date(2026, 1, 5), date(2027, 1, 4), "renewal", "compulsory", ids["宏达"]), "values as typed, normalised"


def test_reimport_overlapping_month_changes_nothing_twice(ctx, tmp_path):
    ids = ls.make_dealers(ctx)
    first = [ls.policy(f"P{n:03}", 1000 + n, "2026-01-01", "2026-12-31", uscc_=uscc(1)) for n in range(1, 5)]
    ls.import_list(ctx, ls.write_policies(tmp_path / "a.xlsx", first), "policies")
    versions = {k: v.version for k, v in stored(ctx, am.Policy).items()}
    # The next export overlaps: P003 and P004 again (P004's premium corrected), P005 new.
    second = first[2:3] + [ls.policy("P004", 2004, "2026-01-01", "2026-12-31", uscc_=uscc(1)),
                           ls.policy("P005", 1005, "2026-02-01", "2027-01-31", uscc_=uscc(2, "330200"))]
    plan, result = ls.import_list(ctx, ls.write_policies(tmp_path / "b.xlsx", second), "policies")
    assert (result.counts["created"], result.counts["updated"], result.counts["unchanged"]) == (1, 1, 1), result.counts
    update = next(line for line in plan.rows if line.status == "update")
    assert update.changes == [("premium", Decimal("1004.00"), Decimal("2004.00"))], update.changes
    rows = stored(ctx, am.Policy)
    assert len(rows) == 5 and rows["P003"].version == versions["P003"], "the unchanged policy is not rewritten"
    plan3, result3 = ls.import_list(ctx, ls.write_policies(tmp_path / "b.xlsx", second), "policies")
    assert (result3.counts["created"], result3.counts["updated"], result3.counts["unchanged"]) == (0, 0, 3), "the same file again: nothing"


def test_row_problems_duplicates_and_error_workbook(ctx, tmp_path):
    ls.make_dealers(ctx)
    path = ls.write_policies(tmp_path / "p.xlsx", [
        ls.policy("P001", 3000, "2026-01-05", "2027-01-04", uscc_=uscc(1)),
        ls.policy("P001", 3000, "2026-01-05", "2027-01-04", uscc_=uscc(1)),
        ls.policy("P002", "三千", "2026-01-05", "2027-01-04", uscc_=uscc(1), coverage="意外险"),
        ls.policy("P003", 100, "2026-05-05", "2026-01-04", uscc_=uscc(1)),
        ls.policy("", 100, "2026-05-05", "2027-01-04", uscc_=uscc(1)),
    ])
    plan = ls.plan_of(ctx, path, "policies")
    assert [line.status for line in plan.rows] == ["new", "duplicate", "invalid", "invalid", "invalid"], [l.status for l in plan.rows]
    errors = plan.errors("zh_CN")
    assert {"sheet": "保单清单", "row": 5, "column": "保单号", "value": "P001", "message": "与本文件第 4 行的编号相同"} in errors, errors
    assert {(e["row"], e["column"]) for e in errors if e["row"] == 6} == {(6, "保费"), (6, "险种")}, "every faulty cell of the row"
    assert any(e["row"] == 7 and e["column"] == "终保日期" for e in errors), "ends before it starts"
    assert any(e["row"] == 8 and e["column"] == "保单号" and "必填" in e["message"] for e in errors), "the key is required"
    out = tmp_path / "errors.xlsx"
    assert write_error_report(plan, out, lang="zh_CN") == 4, "the roster's error workbook takes the rejected rows"
    ws = load_workbook(out).active
    assert [c.value for c in next(ws.iter_rows(max_row=1))][:3] == ["保单号", "车牌号", "车架号"], "the file's own headers"
    assert ws.max_row == 5, "four rejected rows under the header"


def test_claims_matched_by_shop_or_policy_and_flag(ctx, tmp_path):
    ids = ls.make_dealers(ctx)
    ls.import_list(ctx, ls.write_policies(tmp_path / "p.xlsx", [ls.policy("P001", 3000, "2026-01-05", "2027-01-04", uscc_=uscc(1))]),
                   "policies")
    codes.assign(ctx, ids["骏通"], "code", "SHOP-2")
    path = ls.write_claims(tmp_path / "c.xlsx", [
        ls.claim("R001", "P001", "2026-03-02", 12000, "宁波骏通大众汽车有限公司"),  # by the shop's name
        ls.claim("R002", "P001", "2026-03-09", "4,500.50", "路边修理部", referred="否"),  # by its policy
        ls.claim("R003", "PXXX", "2026-03-09", 900, "某修理厂", code="SHOP-2"),  # by the shop code
        ls.claim("R004", "PXXX", "2026-03-09", 900, "某修理厂"),  # nobody
    ])
    plan, result = ls.import_list(ctx, path, "claims")
    rows = stored(ctx, am.Claim)
    assert (rows["R001"].dealer_id, rows["R002"].dealer_id, rows["R003"].dealer_id) == (ids["骏通"], ids["宏达"], ids["骏通"]), "matched"
    assert (rows["R001"].referred, rows["R002"].referred, rows["R002"].loss_amount) == (True, False, Decimal("4500.50")), "values"
    assert result.counts["unmatched"] == 1 and "R004" not in rows, result.counts


def test_personal_data_kept_only_as_long_as_the_setting(ctx, tmp_path):
    ls.make_dealers(ctx)
    old_end = date.today() - timedelta(days=400)
    retention.set_months(ctx, 12)
    path = ls.write_policies(tmp_path / "p.xlsx", [
        ls.policy("P001", 3000, (old_end - timedelta(days=364)).isoformat(), old_end.isoformat(), uscc_=uscc(1)),
        ls.policy("P002", 3000, "2026-06-01", "2027-05-31", uscc_=uscc(1)),
    ])
    ls.import_list(ctx, path, "policies")
    rows = stored(ctx, am.Policy)
    assert (rows["P001"].holder_name, rows["P001"].holder_phone) == ("", ""), "ended > 12 months ago: never stored"
    assert (rows["P002"].holder_name, rows["P002"].holder_phone) == ("张三", "13812345678"), "current policy keeps them"
    retention.set_months(ctx, 36)
    ls.import_list(ctx, path, "policies")
    retention.set_months(ctx, 1)
    with ctx.unit() as s:
        s.execute(am.Policy.__table__.update().where(am.Policy.policy_no == "P002").values(ends_on=date.today() - timedelta(days=62)))
    assert retention.purge(ctx) == 2, "both now past the shorter retention"
    assert all((r.holder_name, r.holder_phone) == ("", "") for r in stored(ctx, am.Policy).values()), "blanked"
    with pytest.raises(ServiceError):
        retention.set_months(ctx, 0)


def test_undo_deletes_created_and_restores_updated(ctx, tmp_path):
    ls.make_dealers(ctx)
    _plan, first = ls.import_list(ctx, ls.write_policies(tmp_path / "a.xlsx", [ls.policy("P001", 1000, "2026-01-01", "2026-12-31", uscc_=uscc(1))]), "policies")
    _plan, second = ls.import_list(ctx, ls.write_policies(tmp_path / "b.xlsx", [
        ls.policy("P001", 1500, "2026-01-01", "2026-12-31", uscc_=uscc(1)), ls.policy("P002", 700, "2026-01-01", "2026-12-31", uscc_=uscc(1))]),
        "policies")
    listed = history.list_imports(ctx)
    assert [r.id for r in listed] == [second.import_id, first.import_id], "both batches listed, newest first"
    assert roster_history.list_imports(ctx) == [], "not among the roster's imports"
    result = history.undo(ctx, second.import_id)
    assert (result.deleted, result.restored) == (1, 1), result
    rows = stored(ctx, am.Policy)
    assert set(rows) == {"P001"} and rows["P001"].premium == Decimal("1000.00"), "back to the first import"
    with pytest.raises(ServiceError):
        history.undo(ctx, second.import_id)


def test_assigning_a_code_already_taken_is_refused(ctx):
    ids = ls.make_dealers(ctx)
    codes.assign(ctx, ids["宏达"], "code", "A1")
    with pytest.raises(ServiceError) as err:
        codes.assign(ctx, ids["骏通"], "code", "a 1")
    assert "宏达" in err.value.message("zh_CN"), err.value.message("zh_CN")


def _stored_values(ctx, model) -> dict:
    skip = {"id", "import_id", "created_at", "updated_at", "dealer_id"}
    with ctx.unit() as s:
        return {row[1]: tuple(v for k, v in row._mapping.items() if k not in skip) for row in s.execute(select(model.__table__))}


@pytest.mark.parametrize("fast", [True, False], ids=["sqlite-driver", "portable-core"])
def test_both_write_paths_store_the_same_rows_and_undo_them(tmp_path, monkeypatch, fast):
    """The rows go in column by column on either path — the sqlite3 driver's own (values adapted as
    SQLAlchemy's dialect stores them) or Core's executemany (every other database) — and read back
    alike: amounts, dates, flags, audit columns; the page cache given to the import is taken back."""
    from desktop.services.rosters import bulk as roster_bulk

    monkeypatch.setattr(roster_bulk, "FAST_SQLITE", fast)
    ctx = ServiceContext.open("sqlite:///" + (tmp_path / "db.sqlite3").as_posix(), "tester")
    try:
        ls.make_dealers(ctx)
        with ctx.unit() as s:
            cache = s.connection().exec_driver_sql("PRAGMA cache_size").scalar()
        ls.import_list(ctx, ls.write_policies(tmp_path / "p.xlsx", [
            ls.policy(f"P{n:03}", 1000.5 + n, "2026-01-01", "2026-12-31", uscc_=uscc(1)) for n in range(1, 4)]), "policies")
        _plan, claims = ls.import_list(ctx, ls.write_claims(tmp_path / "c.xlsx", [
            ls.claim("R001", "P001", "2026-03-02", 12000.25, "宁波骏通大众汽车有限公司"), ls.claim("R002", "P002", "2026-03-09", 45, "路边", referred="否")]),
            "claims")
        policies, claims_stored = _stored_values(ctx, am.Policy), _stored_values(ctx, am.Claim)
        assert policies["P002"] == ("P002", "浙A12345", "LVSHCAMB1CE012345", "张三", "13812345678", "commercial", Decimal("1002.50"),
                                    date(2026, 1, 1), date(2026, 12, 31), "new", "", uscc(1), "", 1, "tester", "tester"), policies["P002"]
        assert claims_stored["R001"][:10] == ("R001", "P001", "浙A12345", date(2026, 3, 2), Decimal("12000.25"), "宁波骏通大众汽车有限公司",
                                              "", "", True, "已结案"), claims_stored["R001"]
        assert claims_stored["R002"][8] is False
        with ctx.unit() as s:
            assert s.connection().exec_driver_sql("PRAGMA cache_size").scalar() == cache, "the connection's page cache as before"
            logged = s.execute(select(am.ImportRow.record_id, am.ImportRow.row_no, am.ImportRow.action)
                               .where(am.ImportRow.import_id == claims.import_id).order_by(am.ImportRow.row_no)).all()
            ids = dict(s.execute(select(am.Claim.claim_no, am.Claim.id)).all())
        assert logged == [(ids["R001"], 2, "created"), (ids["R002"], 3, "created")], "each created record logged with its row"
        assert history.undo(ctx, claims.import_id).deleted == 2 and not _stored_values(ctx, am.Claim), "undone"
    finally:
        ctx.dispose()

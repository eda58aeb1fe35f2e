"""Names saved from the forms and imported from rosters are stored as typed; a re-import of the
same file changes nothing, also over data stored before (half-width brackets)."""

from __future__ import annotations

from sqlalchemy import update

from desktop.persistence.models import dealers as m
from desktop.rules.dealers import records as r
from desktop.services.dealers import files as dealers
from desktop.services.dealers import listing
from desktop.services.rosters import read as roster_import, commit as roster_write
from tests.spreadsheets import roster_files as rf

LEGAL = "嘉兴宏达汽车销售服务有限公司（嘉兴分公司）"
HEAD = ["车商名称", "简称", "城市", "地址", "联系人", "备注"]
ROW = [LEGAL, "宏达（嘉兴）", "嘉兴", "嘉兴市《中环》南路１号、二楼", "阿依古丽·买买提", "合作意向：强（需复访）"]


def _import(ctx, path):
    plan = roster_import.analyse(ctx, roster_import.open_roster(ctx, path), "upsert")
    return plan, roster_write.commit(ctx, plan)


def test_the_form_stores_the_legal_name_as_typed(ctx):
    saved = dealers.save(ctx, r.Dealer(legal_name=LEGAL, city="嘉兴", contact_name="阿依古丽·买买提"))
    stored = dealers.get(ctx, saved.id)
    assert stored.legal_name == LEGAL, f"（嘉兴分公司） kept, got {stored.legal_name!r}"
    assert stored.contact_name == "阿依古丽·买买提", "the middle dot kept"


def test_roster_import_stores_as_typed_and_a_reimport_changes_nothing(ctx, tmp_path):
    path = rf.write_xlsx(tmp_path / "r.xlsx", [HEAD, ROW])
    _plan, result = _import(ctx, path)
    assert result.counts["created"] == 1, f"created: {result.counts}"
    stored = dealers.get(ctx, listing.list_rows(ctx)[0].id)
    assert [stored.legal_name, stored.short_name, stored.address, stored.contact_name, stored.notes] == \
        [ROW[0], ROW[1], ROW[3], ROW[4], ROW[5]], "every text field as the file typed it"
    plan, result = _import(ctx, path)
    assert [p.status for p in plan.rows] == ["unchanged"] and result.counts["updated"] == 0, "the same file changes nothing"


def test_reimport_over_half_width_data_written_by_older_versions_changes_nothing(ctx, tmp_path):
    path = rf.write_xlsx(tmp_path / "r.xlsx", [HEAD, ROW])
    _import(ctx, path)
    with ctx.unit() as s:  # what the previous versions stored: brackets and digits folded
        s.execute(update(m.Dealer).values(legal_name="嘉兴宏达汽车销售服务有限公司(嘉兴分公司)", short_name="宏达(嘉兴)",
                                          address="嘉兴市《中环》南路1号、二楼", notes="合作意向:强(需复访)"))
    plan, _result = _import(ctx, path)
    assert [p.status for p in plan.rows] == ["unchanged"], \
        f"stored and incoming compare by their keys: {[p.changes for p in plan.rows]}"

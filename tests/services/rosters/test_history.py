"""Each import is recorded and can be undone as a batch, restoring the fields it updated."""

from __future__ import annotations

import pytest

from desktop.rules.dealers import records as r
from desktop.services.dealers import files as dealers
from desktop.services.dealers import listing
from desktop.services.rosters import history as roster_history, read as roster_import, commit as roster_write
from desktop.errors import NotFoundError, ServiceError
from tests.spreadsheets import roster_files as rf

HEAD = ["车商名称", "统一社会信用代码", "城市", "联系电话", "经营品牌", "摸底来源", "现合作保险公司及份额"]


def run(ctx, path):
    plan = roster_import.analyse(ctx, roster_import.open_roster(ctx, path))
    return roster_write.commit(ctx, plan)


@pytest.fixture
def imported(ctx, tmp_path):
    kept = dealers.save(ctx, r.Dealer(legal_name="甲汽车有限公司", city="杭州", contact_phone="13812345678", brands=["丰田"],
                                      sources=["government"], insurers=[r.InsurerShare("人保财险", None)]))
    path = rf.write_xlsx(tmp_path / "b.xlsx", [HEAD,
                         ["甲汽车有限公司", rf.uscc(3), "杭州", "0571-88886666", "丰田、雷克萨斯", "网络", "平安产险 40%"],
                         ["乙汽车有限公司", "", "杭州", "", "", "", ""],
                         ["丙汽车有限公司", "", "杭州", "", "", "", ""]])
    result = run(ctx, path)
    return kept, result, path


def test_batch_is_recorded(ctx, imported):
    _kept, result, path = imported
    record = roster_history.list_imports(ctx)[0]
    assert record.id == result.import_id and record.file_name == "b.xlsx" and record.sheet == "名录", "file and sheet recorded"
    assert len(record.sha256) == 64 and record.counts["created"] == 2 and record.counts["updated"] == 1, f"hash and counts: {record}"
    assert record.imported_by == "tester" and record.imported_at is not None, "who and when"


def test_undo_restores_updates_and_deletes_creations(ctx, imported):
    kept, result, _path = imported
    outcome = roster_history.undo(ctx, result.import_id)
    assert (outcome.deleted, outcome.restored, outcome.kept) == (2, 1, []), f"two created dealers deleted, one restored: {outcome}"
    after = dealers.get(ctx, kept.id)
    assert (after.uscc, after.contact_phone, after.brands, after.sources) == ("", "13812345678", ["丰田"], ["government"]), \
        "every field the import updated is back"
    assert [(i.insurer, i.share) for i in after.insurers] == [("人保财险", None)], "insurers restored"
    assert len(listing.list_rows(ctx)) == 1, "only the dealer that existed before remains"
    assert listing.search(ctx, listing.DealerFilter(text="jqc")), "search keys still right after the restore"
    with pytest.raises(ServiceError) as caught:
        roster_history.undo(ctx, result.import_id)
    assert caught.value.code == "roster.undo.already", "an import is undone once"


def test_undo_keeps_what_people_changed_since(ctx, imported):
    kept, result, _path = imported
    created = [row for row in listing.list_rows(ctx) if row.legal_name == "乙汽车有限公司"][0]
    edited = dealers.get(ctx, created.id)
    edited.notes = "已走访"
    dealers.save(ctx, edited)
    current = dealers.get(ctx, kept.id)
    current.notes = "人工修改"
    dealers.save(ctx, current)
    outcome = roster_history.undo(ctx, result.import_id)
    assert outcome.deleted == 1 and outcome.restored == 0, f"only the untouched creation is undone: {outcome}"
    assert sorted(reason for _id, reason in outcome.kept) == ["roster.undo.changed_since", "roster.undo.changed_since"], "the rest is kept and said why"
    assert sorted(outcome.kept_names("roster.undo.changed_since")) == sorted(["乙汽车有限公司", current.legal_name]), \
        f"the kept dealers are named: {outcome.names}"
    assert dealers.get(ctx, kept.id).notes == "人工修改" and dealers.get(ctx, created.id).notes == "已走访", "later edits survive"


def test_undo_unknown_import(ctx):
    with pytest.raises(NotFoundError):
        roster_history.undo(ctx, 999)


def test_undo_keeps_created_dealers_with_negotiation_history(ctx, imported):
    """A created dealer that has since been classified is history: undo keeps it (deleting it
    would have cascaded the classification away)."""
    from desktop.services.negotiation import classification as negotiation

    _kept, result, _path = imported
    created = [row for row in listing.list_rows(ctx) if row.legal_name == "丙汽车有限公司"][0]
    negotiation.classify(ctx, created.id)
    assert negotiation.current(ctx, created.id) is not None, "the dealer is classified"
    outcome = roster_history.undo(ctx, result.import_id)
    assert (created.id, "roster.undo.has_history") in outcome.kept, f"the classified dealer is kept: {outcome}"
    assert negotiation.current(ctx, created.id) is not None, "its classification survives the undo"


def test_a_roster_never_erases_what_we_know_of_the_insurers_terms(ctx, tmp_path):
    """A roster carries insurer names and shares only (issue 14): the terms typed into the file stay
    through an import that changes the brands or the shares, and come back with an undo."""
    terms = dict(fee_terms="商业险 22%", repair_terms="新车 1:0.5 送修", other_terms="驻店理赔员")
    kept = dealers.save(ctx, r.Dealer(legal_name="丁汽车有限公司", city="杭州", brands=["丰田"],
                                      insurers=[r.InsurerShare("平安产险", None, **terms), r.InsurerShare("人保财险", None)]))
    path = rf.write_xlsx(tmp_path / "d.xlsx", [HEAD, ["丁汽车有限公司", "", "杭州", "", "丰田、雷克萨斯", "", "平安产险 60%、太保产险 40%"]])
    result = run(ctx, path)
    after = dealers.get(ctx, kept.id)
    assert after.brands == ["丰田", "雷克萨斯"], "the roster's change is applied"
    shown = [(i.insurer, i.share is not None, i.fee_terms, i.repair_terms, i.other_terms) for i in after.insurers]
    assert shown == [("平安产险", True, *terms.values()), ("太保产险", True, "", "", "")], f"the same insurer keeps its terms: {shown}"
    roster_history.undo(ctx, result.import_id)
    back = dealers.get(ctx, kept.id)
    assert [(i.insurer, i.fee_terms, i.repair_terms, i.other_terms) for i in back.insurers] == \
        [("平安产险", *terms.values()), ("人保财险", "", "", "")], f"undone: the insurers and their terms as they were: {back.insurers}"

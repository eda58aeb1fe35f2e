"""Deleting a draft on a real SQLite file: its packs and attachments go with it (the PDFs on disk stay),
nothing of another contract is touched, a contract past draft is never deleted, and whatever blocks a
deletion comes back as a translated error, never a raw database error."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import event, func, insert, select, update

from desktop.persistence.models import contracts as cm
from desktop.rules.errors import RuleError
from desktop.services.contracts import drafts as contracts, attachments, lifecycle as lc
from desktop.services.contracts import pack as contracts_pack, integrity as pack_integrity
from desktop.services.contracts.common import ContractNotFound
from desktop.errors import ConflictError, InUseError, NotFoundError
from tests.services.contracts_support import DAY, dealer_with_policy, image_bytes, new_contract, submit_ready


def _pack(ctx, tmp_path, contract_id, name, lang="zh_CN"):
    return contracts_pack.generate(ctx, contract_id, tmp_path / name, lang, today=DAY)


def _count(ctx, model, contract_id: int) -> int:
    with ctx.unit() as s:
        return s.scalar(select(func.count()).select_from(model).where(model.contract_id == contract_id))


def _signed(ctx, dealer_id: int):
    c = contracts.create(ctx, dealer_id, today=DAY, start=date(2026, 12, 1))
    c = submit_ready(ctx, c, today=DAY)
    return lc.sign(ctx, c.id, c.audit.version, today=DAY)


def test_a_draft_goes_with_its_packs_and_attachments(ctx, tmp_path):
    dealer, _pv = dealer_with_policy(ctx)
    keep = _signed(ctx, dealer.id)
    kept_pack = _pack(ctx, tmp_path, keep.id, "signed.pdf")
    c = contracts.create(ctx, dealer.id, today=DAY, start=date(2026, 12, 1))
    c = attachments.add(ctx, c.id, c.audit.version, "营业执照.png", image_bytes("PNG"), "business_licence")
    first = _pack(ctx, tmp_path, c.id, "draft-zh.pdf")
    _pack(ctx, tmp_path, c.id, "draft-en.pdf", "en")
    assert _count(ctx, cm.ContractPackRow, c.id) == 2 and _count(ctx, cm.ContractAttachmentRow, c.id) == 1, "set up"

    contracts.delete_draft(ctx, c.id, c.audit.version)

    with pytest.raises(ContractNotFound):
        contracts.get(ctx, c.id)
    assert _count(ctx, cm.ContractPackRow, c.id) == 0, "the draft's packs are deleted with it"
    assert _count(ctx, cm.ContractAttachmentRow, c.id) == 0, "its attachments too"
    assert (tmp_path / "draft-zh.pdf").exists() and (tmp_path / "draft-en.pdf").exists(), (
        "the PDF files already written are left where they were saved")
    assert pack_integrity.verify_file(ctx, first.path).result == "unknown", "a deleted draft's PDF no longer verifies"
    assert [p.uid for p in pack_integrity.packs_of(ctx, keep.id)] == [kept_pack.pack.uid], "another contract's pack stays"
    assert pack_integrity.verify_file(ctx, kept_pack.path).result == "intact", "and still verifies"
    assert contracts.get(ctx, keep.id).status == "signed", "the signed contract is untouched"


def test_a_draft_returned_from_review_goes_with_the_packs_made_meanwhile(ctx, tmp_path):
    c = new_contract(ctx)
    c = submit_ready(ctx, c, today=DAY)
    _pack(ctx, tmp_path, c.id, "review.pdf")
    with pytest.raises(RuleError) as caught:
        contracts.delete_draft(ctx, c.id, c.audit.version)
    assert caught.value.problems[0].code == "contract.not_editable", "under review it is not deleted"
    c = lc.return_to_draft(ctx, c.id, c.audit.version, today=DAY)
    contracts.delete_draft(ctx, c.id, c.audit.version)
    assert _count(ctx, cm.ContractPackRow, c.id) == 0, "a draft again: its packs were never binding"


def test_a_signed_contract_with_a_pack_is_never_deleted(ctx, tmp_path):
    dealer, _pv = dealer_with_policy(ctx)
    c = _signed(ctx, dealer.id)
    _pack(ctx, tmp_path, c.id, "signed.pdf")
    with pytest.raises(RuleError) as caught:
        contracts.delete_draft(ctx, c.id, c.audit.version)
    assert caught.value.problems[0].code == "contract.not_editable", f"refused by the rules: {caught.value.problems}"
    assert "only drafts" in caught.value.messages("en")["status"], caught.value.messages("en")
    assert contracts.get(ctx, c.id).status == "signed", "still there"
    assert _count(ctx, cm.ContractPackRow, c.id) == 1, "its pack still there"
    with pytest.raises(cm.ImmutableContractError):  # and the storage guard still refuses a pack delete under the services
        with ctx.unit() as s:
            s.delete(s.scalars(select(cm.ContractPackRow).where(cm.ContractPackRow.contract_id == c.id)).one())


def test_stale_or_missing_drafts_are_refused(ctx, tmp_path):
    c = new_contract(ctx)
    _pack(ctx, tmp_path, c.id, "draft.pdf")
    with pytest.raises(ConflictError):
        contracts.delete_draft(ctx, c.id, c.audit.version - 1)
    assert _count(ctx, cm.ContractPackRow, c.id) == 1, "a stale copy deletes nothing"
    contracts.delete_draft(ctx, c.id, c.audit.version)
    with pytest.raises(NotFoundError):
        contracts.delete_draft(ctx, c.id, c.audit.version)


def test_a_draft_another_contract_was_made_from_is_kept(ctx, tmp_path):
    dealer, _pv = dealer_with_policy(ctx)
    old = contracts.create(ctx, dealer.id, today=DAY, start=date(2026, 12, 1))
    _pack(ctx, tmp_path, old.id, "old.pdf")
    renewal = contracts.create(ctx, dealer.id, today=DAY, start=date(2027, 12, 1))
    with ctx.unit() as s:  # the services renew only contracts past draft; older or hand-edited data might not
        s.execute(update(cm.ContractRow).where(cm.ContractRow.id == renewal.id).values(renews_id=old.id))
    with pytest.raises(InUseError) as caught:
        contracts.delete_draft(ctx, old.id, old.audit.version)
    assert caught.value.code == "contract.delete_followed", f"a translated refusal: {caught.value.code}"
    assert renewal.number in caught.value.message("en") and "不能删除" in caught.value.message("zh_CN"), (
        caught.value.message("en"), caught.value.message("zh_CN"))
    assert _count(ctx, cm.ContractPackRow, old.id) == 1 and contracts.get(ctx, old.id).status == "draft", "nothing deleted"


def test_a_row_stored_for_the_draft_at_the_last_moment_is_a_translated_error(ctx, tmp_path):
    c = new_contract(ctx)

    def sneak_in_a_pack(_mapper, connection, target):  # what another user's pack would do between our reads and the delete
        connection.execute(insert(cm.ContractPackRow).values(uid="f" * 32, contract_id=target.id, number=target.number,
                                                             revision=1, sha256="0" * 64, snapshot={}))

    event.listen(cm.ContractRow, "before_delete", sneak_in_a_pack)
    try:
        with pytest.raises(InUseError) as caught:
            contracts.delete_draft(ctx, c.id, c.audit.version)
    finally:
        event.remove(cm.ContractRow, "before_delete", sneak_in_a_pack)
    assert caught.value.code == "contract.delete_raced", f"not a raw IntegrityError: {caught.value!r}"
    assert c.number in caught.value.message("en") and "请重试" in caught.value.message("zh_CN"), caught.value.message("zh_CN")
    assert contracts.get(ctx, c.id).status == "draft" and _count(ctx, cm.ContractPackRow, c.id) == 0, "all rolled back"
    contracts.delete_draft(ctx, c.id, c.audit.version)  # and trying again works


def test_a_draft_deleted_while_its_pack_renders_is_not_found(ctx, tmp_path):
    c = new_contract(ctx)

    def progress(step, _total):
        if step == 3:  # the PDF is written, its row not yet stored
            contracts.delete_draft(ctx, c.id, c.audit.version)

    with pytest.raises(ContractNotFound):
        contracts_pack.generate(ctx, c.id, tmp_path / "late.pdf", "zh_CN", progress, today=DAY)
    assert not (tmp_path / "late.pdf").exists(), "the file of a pack that could not be stored is removed"

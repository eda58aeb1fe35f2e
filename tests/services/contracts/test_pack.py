"""Packs through the services: attachments merged in order (page count), broken files refused with a
message naming them, every pack stored with its SHA-256 and snapshot, verify catching a one-byte change."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from desktop.documents.contracts.attachments import AttachmentError
from desktop.persistence.models import contracts as cm
from desktop.rules.errors import RuleError
from desktop.services.contracts import drafts as contracts, attachments, lifecycle as lc
from desktop.services.contracts import pack as contracts_pack, integrity as pack_integrity
from tests.documents.pdfcheck import fonts, page_count, page_texts, squash
from tests.services.contracts_support import DAY, image_bytes, new_contract, pdf_bytes, truncated, submit_ready


def _pack(ctx, tmp_path, contract_id, name="pack.pdf", lang="zh_CN"):
    return contracts_pack.generate(ctx, contract_id, tmp_path / name, lang, today=DAY)


def test_attachments_are_merged_in_order(ctx, tmp_path):
    c = new_contract(ctx)
    bare = _pack(ctx, tmp_path, c.id, "bare.pdf")
    c = attachments.add(ctx, c.id, c.audit.version, "营业执照.png", image_bytes("PNG"), "business_licence")
    c = attachments.add(ctx, c.id, c.audit.version, "资质.pdf", pdf_bytes(3, "QUALIFICATION"), "agency_qualification")
    c = attachments.add(ctx, c.id, c.audit.version, "授权书.jpg", image_bytes("JPEG", (560, 800)), "authorisation")
    c = attachments.move(ctx, c.id, c.audit.version, c.attachments[2].id, -2)  # the letter first
    assert [a.file_name for a in c.attachments] == ["授权书.jpg", "营业执照.png", "资质.pdf"], "reordered"
    assert [(a.media_type, a.pages) for a in c.attachments] == [("image/jpeg", 1), ("image/png", 1), ("application/pdf", 3)]
    full = _pack(ctx, tmp_path, c.id, "full.pdf")
    assert full.pack.pages == page_count(full.path) == page_count(bare.path) + 5, (
        f"every attachment page is in the pack: {page_count(bare.path)} + 1 + 1 + 3 ≠ {page_count(full.path)}")
    texts = page_texts(full.path)
    total = len(texts)
    for n in (1, 2, 3):
        page = next(i for i, text in enumerate(texts) if f"QUALIFICATION page {n}" in text)
        assert f"第 {page + 1} 页 / 共 {total} 页" in texts[page], f"attachment page {n} is numbered like every other page"
    at = next(i for i, t in enumerate(texts) if "附送材料清单" in t and "序号" in t)
    assert "必备缺少" not in squash(texts[at]) and squash(texts[at]).count("必备已附") == 3, "every required document supplied"
    order = [next(i for i, t in enumerate(texts) if i > at and f"附送材料 {k}：" in t) for k in (1, 2, 3)]
    assert order == [at + 1, at + 2, at + 3], f"each document right after the checklist, in order: {order}"
    assert "授权委托书" in texts[order[0]] and "营业执照" in texts[order[1]] and "QUALIFICATION page 1" in texts[order[2]], (
        "merged in the order set")
    assert all(f["embedded"] for f in fonts(full.path) if "WenQuanYi" in f["base_font"]), "the CJK font is embedded"


def test_a_missing_document_shows_on_the_checklist(ctx, tmp_path):
    c = new_contract(ctx)
    text = squash("".join(page_texts(_pack(ctx, tmp_path, c.id).path)))
    for wanted in ("营业执照必备缺少", "保险兼业代理资质必备缺少", "授权委托书必备缺少"):
        assert wanted in text, f"{wanted} must be on the checklist"


@pytest.mark.parametrize("name, data, fragment", [
    ("营业执照-扫描件.pdf", truncated(pdf_bytes(3)), "营业执照-扫描件.pdf is damaged and cannot be read"),
    ("licence.png", truncated(image_bytes("PNG")), "licence.png is damaged and cannot be read"),
    ("photo.jpg", b"\xff\xd8\xff\xe0" + b"\x00" * 300, "photo.jpg is damaged and cannot be read"),
    ("notes.pdf", b"Meeting notes, not a PDF at all", "notes.pdf is not a PDF, JPG or PNG file"),
    ("empty.pdf", b"", "empty.pdf is empty"),
])
def test_a_broken_attachment_is_refused_naming_the_file(ctx, name, data, fragment):
    c = new_contract(ctx)
    with pytest.raises(AttachmentError) as caught:
        attachments.add(ctx, c.id, c.audit.version, name, data, "business_licence")
    message = caught.value.messages("en")["attachment"]
    assert message.startswith(fragment), f"a clear message naming the file: {message!r}"
    assert name in caught.value.messages("zh_CN")["attachment"], "named in Chinese too"
    assert contracts.get(ctx, c.id).attachments == [], "nothing was attached"


def test_a_password_protected_pdf_is_refused(ctx):
    import io

    import pypdf

    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(pdf_bytes(1))))
    writer.encrypt("secret")
    buf = io.BytesIO()
    writer.write(buf)
    c = new_contract(ctx)
    with pytest.raises(AttachmentError) as caught:
        attachments.add(ctx, c.id, c.audit.version, "locked.pdf", buf.getvalue(), "authorisation")
    assert "locked.pdf is password-protected" in caught.value.messages("en")["attachment"], caught.value.messages("en")


def test_a_stored_attachment_gone_bad_stops_the_pack_without_a_file(ctx, tmp_path):
    c = new_contract(ctx)
    c = attachments.add(ctx, c.id, c.audit.version, "qual.pdf", pdf_bytes(2), "agency_qualification")
    with ctx.unit() as s:  # the stored bytes damaged behind the services' back
        s.execute(update(cm.ContractAttachmentRow).values(content=truncated(pdf_bytes(2))))
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(AttachmentError) as caught:
        _pack(ctx, out, c.id)
    assert "qual.pdf is damaged" in caught.value.messages("en")["attachment"], "the file is named"
    assert list(out.iterdir()) == [], "no PDF, no leftover temporary file"
    assert pack_integrity.packs_of(ctx, c.id) == [], "nothing stored"


def test_attachments_change_only_on_a_draft(ctx):
    c = new_contract(ctx)
    c = attachments.add(ctx, c.id, c.audit.version, "a.png", image_bytes(), "business_licence")
    c = submit_ready(ctx, c, today=DAY)
    for action in (lambda: attachments.add(ctx, c.id, c.audit.version, "b.png", image_bytes()),
                   lambda: attachments.remove(ctx, c.id, c.audit.version, c.attachments[0].id)):
        with pytest.raises(RuleError) as caught:
            action()
        assert caught.value.problems[0].code == "contract.not_editable", "under review: documents are fixed"


def test_every_pack_is_stored_with_hash_and_snapshot(ctx, tmp_path):
    c = new_contract(ctx)
    c = attachments.add(ctx, c.id, c.audit.version, "licence.png", image_bytes(), "business_licence")
    result = _pack(ctx, tmp_path, c.id)
    data = Path(result.path).read_bytes()
    assert result.pack.sha256 == pack_integrity.sha256(data), "the stored hash is the file's"
    snap = pack_integrity.stored_snapshot(ctx, result.pack.uid)
    assert snap.contract.number == c.number and snap.contract.terms == c.terms, "the snapshot holds the contract as printed"
    assert snap.template.version == c.template_version and snap.attachments[0].sha256 == c.attachments[0].sha256, (
        "the template version and each document's fingerprint")
    second = _pack(ctx, tmp_path, c.id, "again.pdf", "en")
    assert second.pack.uid != result.pack.uid and [p.uid for p in pack_integrity.packs_of(ctx, c.id)] == [
        second.pack.uid, result.pack.uid], "each generation is its own pack, newest first"


def test_the_packs_of_a_contract_past_draft_never_change(ctx, tmp_path):
    c = new_contract(ctx)
    early = _pack(ctx, tmp_path, c.id, "draft.pdf").pack  # printed while a draft, kept as proof after signing
    c = lc.sign(ctx, c.id, submit_ready(ctx, c, today=DAY).audit.version, today=DAY)
    signed = _pack(ctx, tmp_path, c.id, "signed.pdf").pack
    assert signed.number == c.number, "a signed contract still gets new packs"
    other = new_contract(ctx, 2)
    edits = (lambda row: setattr(row, "sha256", "0" * 64), lambda row: setattr(row, "snapshot", {}),
             lambda row: setattr(row, "contract_id", other.id))
    for uid in (early.uid, signed.uid):
        for edit in edits:
            with pytest.raises(cm.ImmutableContractError) as caught:
                with ctx.unit() as s:
                    edit(s.scalars(select(cm.ContractPackRow).where(cm.ContractPackRow.uid == uid)).one())
            assert caught.value.code == "contract.immutable", f"the ORM backstop refuses editing pack {uid}"
        with pytest.raises(cm.ImmutableContractError):
            with ctx.unit() as s:
                s.delete(s.scalars(select(cm.ContractPackRow).where(cm.ContractPackRow.uid == uid)).one())
    with ctx.unit() as s:
        stored = {r.uid: (r.sha256, r.contract_id, bool(r.snapshot)) for r in s.scalars(select(cm.ContractPackRow))}
    assert stored == {early.uid: (early.sha256, c.id, True), signed.uid: (signed.sha256, c.id, True)}, (
        f"both packs are stored as they were made: {stored}")
    assert pack_integrity.verify_file(ctx, tmp_path / "signed.pdf").result == "intact", "and still verify"


def test_verify_names_the_contract_and_catches_a_one_byte_change(ctx, tmp_path):
    c = new_contract(ctx)
    c = lc.sign(ctx, c.id, submit_ready(ctx, c, today=DAY).audit.version, today=DAY)
    result = _pack(ctx, tmp_path, c.id)
    intact = pack_integrity.verify_file(ctx, result.path)
    assert (intact.result, intact.claimed_number, intact.claimed_revision, intact.contract_status) == (
        "intact", c.number, 1, "signed"), f"intact, and which contract and revision: {intact}"
    data = bytearray(Path(result.path).read_bytes())
    for offset in (len(data) // 2, len(data) // 3, 200):
        changed = bytearray(data)
        changed[offset] ^= 0x01
        altered_path = tmp_path / f"altered-{offset}.pdf"
        altered_path.write_bytes(bytes(changed))
        verdict = pack_integrity.verify_file(ctx, altered_path)
        assert verdict.result == "altered", f"one byte changed at {offset} must be caught: {verdict.result}"
        assert verdict.pack is not None and verdict.pack.uid == result.pack.uid and verdict.claimed_number == c.number, (
            "an altered file is still named by its contract and pack")


def test_verify_unknown_and_unusable_files(ctx, tmp_path):
    other = tmp_path / "other.pdf"
    other.write_bytes(pdf_bytes(1, "SOMETHING ELSE"))
    assert pack_integrity.verify_file(ctx, other).result == "unknown", "a PDF we never made is unknown"
    c = new_contract(ctx)
    made = _pack(ctx, tmp_path, c.id)
    with ctx.unit() as s:  # another database: the pack row is not there
        s.execute(update(cm.ContractPackRow).values(uid="f" * 32, sha256="0" * 64))
    foreign = pack_integrity.verify_file(ctx, made.path)
    assert (foreign.result, foreign.claimed_number) == ("unknown", c.number), "unknown here, but the number it claims is read"
    text = tmp_path / "notes.txt"
    text.write_text("not a pdf")
    for path, code in ((text, "contract.verify_not_pdf"), (tmp_path / "missing.pdf", "contract.verify_missing"),
                       (tmp_path, "contract.verify_folder")):
        with pytest.raises(pack_integrity.UnusableFile) as caught:
            pack_integrity.verify_file(ctx, path)
        assert caught.value.code == code and str(path) in caught.value.message("en"), f"{path}: {caught.value.message('en')}"
    with ctx.unit() as s:
        assert s.scalar(select(func.count()).select_from(cm.ContractPackRow)) == 1, "verify never writes"


def test_english_pack(ctx, tmp_path):
    c = new_contract(ctx)
    c = contracts.save_draft(ctx, dataclasses.replace(c, dealer=dataclasses.replace(c.dealer, name="A&B <b>车行</b>")))
    text = "".join(page_texts(_pack(ctx, tmp_path, c.id, "en.pdf", "en").path))
    for wanted in ("Motor Insurance Cooperation Agreement", "Annex 1", "Fee schedule", "Party B (dealer)", "A&B <b>车行</b>",
                   "Signatures and seals", "Supporting documents"):
        assert wanted in text, f"{wanted!r} in the English pack"

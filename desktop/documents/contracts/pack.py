"""The contract pack: cover and contents, the agreement, annexes (fee schedule, repair-referral
commitments, service commitments, targets), signature and seal blocks for both parties, the
checklist of supporting documents, and the documents themselves merged in order.

Made from a :class:`PackInput` snapshot only, so the pack can be made again from the stored
snapshot. The pack is the dealer's copy: it prints the contract's own fields and nothing internal
— no status, no approver, no app user, no negotiation items or bottom lines (those stay in the
snapshot, the app and the negotiation packet). Each term is stated once, from the contract's own
fields, so the articles and the annexes cannot disagree. The pack id is printed only in the
footer, beside the contract number, so a copy can be verified. Same page rules as the meeting materials (``desktop.documents.base``): embedded CJK font,
extractable text, page X of Y, every user text escaped. The PDF's metadata names the contract,
its revision and the pack id, so an altered copy can still be named. Runs on a worker thread.
"""

from __future__ import annotations

import io

from reportlab.platypus import Flowable, PageBreak, Spacer

from desktop.documents.contracts import attachments as att
from desktop.documents.contracts import pack_parts as parts
from desktop.documents.contracts import supplement
from desktop.documents.contracts.pack_parts import cn_number
from desktop.documents.base import DocMeta, build, contents_marker, heading, language, start_body
from desktop.documents.styles import Styles, align, styles_for
from desktop.documents.tables import facts_table
from desktop.documents.text import fmt_date, para
from desktop.i18n import t
from desktop.rules.contracts import blanks
from desktop.rules.contracts import templates as tpl
from desktop.rules.contracts.records import Clause
from desktop.rules.contracts.snapshot import PackInput

METADATA_PACK = "/DealerDeskPack"
METADATA_CONTRACT = "/DealerDeskContract"
METADATA_REVISION = "/DealerDeskRevision"


def render_contract_pack(pack: PackInput, files: list[bytes]) -> tuple[bytes, int]:
    """The finished PDF (bytes) and its page count. ``files`` are the attachments' bytes, in order.

    Raises AttachmentError (a RuleError naming the file) for a file that cannot be read.
    """
    lang = language(pack.lang)
    st = styles_for(lang)
    checked = [att.inspect(a.file_name or a.label, data) for a, data in zip(pack.attachments, files)]
    placements: list[att.Placement] = []
    story = _cover(pack, lang, st) + [start_body(), PageBreak(), contents_marker()]
    story += supplement.pages(pack, lang, st)
    story += _agreement(pack, lang, st)
    story += parts.annexes(pack, lang, st)
    story += parts.signatures(pack, lang, st)
    story += parts.checklist(pack, checked, lang, st)
    story += _attachments(pack, files, checked, placements, lang, st)
    c = pack.contract
    empty = blanks.blanks(c, pack.template)
    footer = t("contract.doc.footer", lang, number=c.title_number, uid=pack.uid)
    if empty:  # every page says the text is not ready, so no page of it passes for a finished contract
        footer = f"{t('contract.doc.blank_footer', lang, count=len(empty))} · {footer}"
        mark = t("contract.doc.blank_mark", lang)
    else:
        mark = t("contract.doc.draft_mark", lang) if _is_draft(c.status) else ""
    meta = DocMeta(title=f"{_title(pack, lang)} · {c.title_number}", lang=lang, organisation=pack.organisation,
                   subject=c.dealer.name, issued_on=pack.generated_at.date() if pack.generated_at else None,
                   watermark=mark, footer=footer)
    body = io.BytesIO()
    build(body, meta, story, cover=True, contents_title=t("doc.contents", lang))
    metadata = {METADATA_PACK: pack.uid, METADATA_CONTRACT: c.number, METADATA_REVISION: str(c.revision),
                "/Keywords": f"{c.number} rev {c.revision} pack {pack.uid}"}
    return att.merge(body.getvalue(), placements, files, metadata)


def _title(pack: PackInput, lang: str) -> str:
    tp = pack.template
    return (tp.title_zh or tp.title_en) if lang == "zh_CN" else (tp.title_en or tp.title_zh)


def _cover(pack: PackInput, lang: str, st: Styles) -> list[Flowable]:
    """Title, parties, kind and term; a draft says so; an amendment says what it amends."""
    c = pack.contract
    term = f"{fmt_date(c.start, lang)} — {fmt_date(c.end, lang)}"
    story: list[Flowable] = [
        Spacer(1, 70),
        para(pack.organisation, st.eyebrow),
        para(_title(pack, lang), st.title),
        para(t("contract.doc.number_line", lang, number=c.number, revision=c.revision), st.subtitle),
        Spacer(1, 18),
        facts_table([
            (t("contract.doc.party_a", lang), c.branch.name), (t("contract.doc.party_b", lang), c.dealer.name),
            (t("contract.field.kind", lang), t(f"contract.kind.{c.kind}", lang)), (t("contract.field.term", lang), term),
        ], st, columns=1, label_share=0.26),
    ]
    if _is_draft(c.status):
        story += [Spacer(1, 8), para(t("contract.doc.draft_note", lang), st.note)]
    empty = blanks.blanks(c, pack.template)
    if empty:
        names = ("、" if lang == "zh_CN" else ", ").join(b.label(lang) for b in empty)
        story += [Spacer(1, 8), para(t("contract.doc.blank_note", lang, names=names), st.note)]
    if c.revision > 1:
        story += [Spacer(1, 8), para(t("contract.doc.amendment_note", lang, revision=c.revision, previous=c.revision - 1,
                                       number=c.number), st.note)]
    story += [Spacer(1, 40), para(t("contract.doc.verify_note", lang), st.small)]
    return story


def _is_draft(status: str) -> bool:
    """Not signed yet: the dealer's copy is for review (our internal review stage is not named)."""
    return status in ("draft", "under_review")


def _agreement(pack: PackInput, lang: str, st: Styles) -> list[Flowable]:
    c = pack.contract
    filled = tpl.values(c, lang, pack.template.fields)
    source_zh = tpl.values(c, "zh_CN", pack.template.fields)
    story: list[Flowable] = [heading(t("contract.doc.agreement", lang), st.h1, 0),
                             para(_title(pack, lang), align(st.h1, "center"))]
    for n, clause in enumerate(pack.template.clauses, start=1):
        story += _clause(n, clause, lang, st, filled, source_zh)
    return story


def _clause(n: int, clause: Clause, lang: str, st: Styles, filled: dict, source_zh: dict) -> list[Flowable]:
    if lang == "zh_CN":
        head = f"第{cn_number(n)}条　{clause.heading_zh or clause.heading_en}"
        return [heading(head, st.h2, 1), para(tpl.fill(clause.text_zh, filled), st.body)]
    head = f"Article {n} — {clause.heading_en or clause.heading_zh}"
    out = [heading(head, st.h2, 1)]
    if clause.text_en:
        out.append(para(tpl.fill(clause.text_en, filled), st.body))
    out.append(para(tpl.fill(clause.text_zh, source_zh), st.small))
    return out


def _attachments(pack: PackInput, files: list[bytes], checked: list[att.Inspected], placements: list[att.Placement],
                 lang: str, st: Styles) -> list[Flowable]:
    story: list[Flowable] = []
    for i, (a, info) in enumerate(zip(pack.attachments, checked)):
        title = t("contract.doc.attachment_heading", lang, n=i + 1, label=parts.attachment_label(a, lang))
        story += [PageBreak(), heading(title, st.h2, 1), para(a.file_name, st.caption)]
        if info.media_type == att.PDF:
            for page in range(info.pages):
                placement = att.Placement(i, page)
                placements.append(placement)
                if page:
                    story.append(PageBreak())
                story.append(att.PageSlot(info.sizes[page], placement=placement))
        else:
            story.append(att.PageSlot(info.sizes[0], image=att.open_image(a.file_name, files[i])))
    return story

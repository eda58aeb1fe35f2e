"""The annexes, the signature and seal page and the checklist of a contract pack.

Annex 1 fee schedule (commission per line, bonuses), Annex 2 repair-referral commitments (with
the underwriting scope), Annex 3 service commitments, Annex 4 targets. Every term comes from the
contract's own fields — the same ones the articles are filled from — so the annexes restate the
articles and never contradict them. The items agreed at the negotiation (``terms.agreed``, with
whether each was beyond our bottom line), the approving policy version and who recorded the
signing are internal: they are never printed here. Built from the pack's snapshot only; every
value through ``para`` (escaped). Pure ReportLab: runs on any worker thread.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table, TableStyle

from desktop.documents.base import heading
from desktop.documents.contracts.attachments import Inspected
from desktop.documents.fonts import register
from desktop.documents.styles import Palette, Styles
from desktop.documents.tables import data_table, facts_table, widths
from desktop.documents.text import DASH, fmt_date, join_list, para
from desktop.i18n import t
from desktop.rules.contracts import templates as tpl
from desktop.rules.contracts.records import Attachment
from desktop.rules.contracts.snapshot import PackInput
from desktop.rules.contracts.lifecycle import REQUIRED_ATTACHMENTS

LINES = ("compulsory", "commercial", "other")
CN_DIGITS = "零一二三四五六七八九"


def cn_number(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 35 → 三十五 (clauses and annexes, up to 99)."""
    tens, ones = divmod(n, 10)
    if n < 10:
        return CN_DIGITS[n]
    return (CN_DIGITS[tens] if tens > 1 else "") + "十" + (CN_DIGITS[ones] if ones else "")


def _annex(n: int, key: str, lang: str, st: Styles) -> list[Flowable]:
    number = t("contract.doc.annex_number", lang, n=cn_number(n) if lang == "zh_CN" else n)
    return [PageBreak(), heading_of(f"{number}　{t(key, lang)}", st, 0)]


def heading_of(text: str, st: Styles, level: int) -> Flowable:
    return heading(text, st.h1 if level == 0 else st.h2, level)


def annexes(pack: PackInput, lang: str, st: Styles) -> list[Flowable]:
    c, terms = pack.contract, pack.contract.terms
    story = _annex(1, "contract.doc.annex.fees", lang, st)
    rows = [[t(f"policy.line.{line}", lang), tpl.fmt_rate(terms.rates.get(line))] for line in LINES]
    story += [data_table([t("contract.doc.line", lang), t("contract.doc.rate", lang)], rows, [3, 2], st, numeric=(1,)),
              Spacer(1, 6)]
    if terms.bonuses:
        bonus_rows = [[b.label, t(f"policy.line.{b.line}", lang) if b.line else DASH,
                       tpl.fmt_rate(b.rate) if b.rate is not None else tpl.fmt_yuan(b.amount, lang), b.condition]
                      for b in terms.bonuses]
        story += [para(t("contract.doc.bonuses", lang), st.h2),
                  data_table([t("contract.doc.bonus", lang), t("contract.doc.line", lang), t("contract.doc.amount", lang),
                              t("contract.doc.condition", lang)], bonus_rows, [2.4, 1.4, 1.4, 3.4], st)]
    story.append(para(t("contract.doc.fees_note", lang), st.caption))

    story += _annex(2, "contract.doc.annex.repair", lang, st)
    story.append(facts_table([
        (t("contract.doc.new_car_ratio", lang), tpl.fmt_ratio(terms.new_car_ratio, lang)),
        (t("contract.doc.renewal_ratio", lang), tpl.fmt_ratio(terms.renewal_ratio, lang)),
        (t("contract.doc.min_monthly_premium", lang), tpl.fmt_yuan(terms.min_monthly_premium, lang)),
        (t("contract.doc.min_sales_share", lang), tpl.fmt_rate(terms.min_sales_share)),
        (t("contract.doc.referral_brands", lang), join_list(terms.referral_brands, lang)),
        (t("contract.doc.vehicle_types", lang), join_list([t(f"policy.vehicle.{v}", lang) for v in terms.vehicle_types], lang)),
        (t("contract.doc.max_vehicle_age", lang), DASH if terms.max_vehicle_age is None
         else t("contract.doc.years", lang, n=terms.max_vehicle_age)),
        (t("contract.doc.exclusions", lang), join_list(terms.exclusions, lang)),
        (t("contract.doc.conditions", lang), terms.conditions or DASH),
    ], st, columns=1, label_share=0.34))

    story += _annex(3, "contract.doc.annex.service", lang, st)
    english = dict(zip(pack.template.service_zh, pack.template.service_en))
    items = terms.service or [DASH]
    for i, text in enumerate(items, start=1):
        shown = english.get(text, text) if lang != "zh_CN" else text
        story.append(para(f"{i}. {shown}", st.body))

    story += _annex(4, "contract.doc.annex.targets", lang, st)
    story.append(facts_table([
        (t("contract.doc.target_monthly_premium", lang), tpl.fmt_yuan(terms.target_monthly_premium, lang)),
        (t("contract.doc.target_take_up", lang), tpl.fmt_rate(terms.target_take_up)),
        (t("contract.doc.target_renewal_rate", lang), tpl.fmt_rate(terms.target_renewal_rate)),
        (t("contract.field.term", lang), f"{fmt_date(c.start, lang)} — {fmt_date(c.end, lang)}"),
    ], st, columns=1, label_share=0.34))
    return story


def signatures(pack: PackInput, lang: str, st: Styles) -> list[Flowable]:
    """Both parties side by side: name, seal box, signature line, date line."""
    c = pack.contract
    story: list[Flowable] = [PageBreak(), heading_of(t("contract.doc.signatures", lang), st, 0),
                             para(t("contract.doc.signatures_intro", lang), st.body), Spacer(1, 10)]
    block = [
        [para(t("contract.doc.party_a", lang), st.cell_label), para(t("contract.doc.party_b", lang), st.cell_label)],
        [para(c.branch.name, st.cell), para(c.dealer.name, st.cell)],
        [para(t("contract.doc.seal", lang), st.cell_label), para(t("contract.doc.seal", lang), st.cell_label)],
        [para(t("contract.doc.signatory_a", lang), st.cell), para(t("contract.doc.signatory_b", lang), st.cell)],
        [para(t("contract.doc.sign_date", lang), st.cell), para(t("contract.doc.sign_date", lang), st.cell)],
    ]
    table = Table(block, colWidths=widths([1, 1]), rowHeights=[None, None, 130, 46, 36], hAlign="LEFT",
                  style=TableStyle([
                      ("FONT", (0, 0), (-1, -1), register(), 9), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                      ("BOX", (0, 0), (0, -1), 0.8, Palette.navy), ("BOX", (1, 0), (1, -1), 0.8, Palette.navy),
                      ("BACKGROUND", (0, 0), (-1, 0), Palette.label_bg), ("LINEBELOW", (0, 1), (-1, 1), 0.4, Palette.rule),
                      ("LINEBELOW", (0, 3), (-1, 3), 0.4, Palette.rule), ("LEFTPADDING", (0, 0), (-1, -1), 8),
                      ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return story + [KeepTogether([table])]


def attachment_label(a: Attachment, lang: str) -> str:
    return a.label or t(f"contract.attachment.{a.doc_type}", lang)


def checklist(pack: PackInput, checked: list[Inspected], lang: str, st: Styles) -> list[Flowable]:
    """Every required document and every supplied one: supplied or missing, file and pages."""
    supplied = {a.doc_type for a in pack.attachments}
    # Before signing a missing document is a gap to close; a contract signed before signing needed them
    # all (older data) is not called incomplete: the document was simply not sent with this copy.
    gap = "contract.doc.missing" if pack.contract.status in ("draft", "under_review") else "contract.doc.missing_after_signing"
    rows = []
    for doc_type in REQUIRED_ATTACHMENTS:
        if doc_type not in supplied:
            rows.append([DASH, t(f"contract.attachment.{doc_type}", lang), t("contract.doc.required", lang),
                         t(gap, lang), DASH, DASH])
    for i, (a, info) in enumerate(zip(pack.attachments, checked), start=1):
        needed = t("contract.doc.required" if a.doc_type in REQUIRED_ATTACHMENTS else "contract.doc.optional", lang)
        rows.append([str(i), attachment_label(a, lang), needed, t("contract.doc.supplied", lang), a.file_name,
                     str(info.pages)])
    header = [t("contract.doc.no", lang), t("contract.doc.document", lang), t("contract.doc.need", lang),
              t("contract.doc.state", lang), t("contract.doc.file", lang), t("contract.doc.pages", lang)]
    missing = [i for i, r in enumerate(rows) if r[0] == DASH]
    return [PageBreak(), heading_of(t("contract.doc.checklist", lang), st, 0),
            data_table(header, rows, [0.6, 2.4, 1.1, 1.1, 3.0, 0.8], st, numeric=(5,), highlight_rows=missing),
            para(t("contract.doc.checklist_note", lang), st.caption)]


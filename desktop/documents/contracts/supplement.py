"""The supplementary agreement (补充协议) at the head of a revised contract's pack.

A revision of a signed contract is a new edition whose first page after the contents is the
supplement: what it amends, each changed term old → new (``rules.contracts.changes``), the rest
unchanged, and both parties' signature lines. The edition's full text follows. Built from the
pack's snapshot only (``PackInput.previous``). Pure ReportLab: runs on any worker thread.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak, Spacer

from desktop.documents.base import heading
from desktop.documents.styles import Styles
from desktop.documents.tables import data_table
from desktop.documents.text import para
from desktop.i18n import t
from desktop.rules.contracts.changes import changes
from desktop.rules.contracts.snapshot import PackInput


def pages(pack: PackInput, lang: str, st: Styles) -> list[Flowable]:
    """The supplement, or nothing when the contract amends no earlier revision."""
    c, old = pack.contract, pack.previous
    if old is None or pack.previous_template is None:
        return []
    colon = "：" if lang == "zh_CN" else ": "
    found = changes(old, c, pack.previous_template, pack.template, lang)
    story: list[Flowable] = [heading(t("contract.doc.supplement", lang, n=c.revision - 1), st.h1, 0),
                             para(t("contract.doc.supplement_intro", lang, number=c.number, previous=old.revision,
                                    revision=c.revision), st.body), Spacer(1, 6)]
    if found:
        rows = [[str(i), ch.term, ch.old, ch.new] for i, ch in enumerate(found, start=1)]
        story.append(data_table([t("contract.doc.no", lang), t("contract.doc.supplement_term", lang),
                                 t("contract.doc.supplement_old", lang), t("contract.doc.supplement_new", lang)],
                                rows, [0.5, 2.4, 2.6, 2.6], st))
    else:
        story.append(para(t("contract.doc.supplement_none", lang), st.body))
    story += [Spacer(1, 6), para(t("contract.doc.supplement_rest", lang), st.body), Spacer(1, 14),
              para(f"{t('contract.doc.party_a', lang)}{colon}{c.branch.name}", st.body),
              para(t("contract.doc.signatory_a", lang), st.body), Spacer(1, 8),
              para(f"{t('contract.doc.party_b', lang)}{colon}{c.dealer.name}", st.body),
              para(t("contract.doc.signatory_b", lang), st.body), Spacer(1, 8),
              para(t("contract.doc.sign_date", lang), st.body), PageBreak()]
    return story

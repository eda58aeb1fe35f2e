"""What we want the dealer to agree to, as the intent step of the packet states it (issue 14)."""

from __future__ import annotations

from desktop.documents.text import fmt_percent, fmt_ratio, join_list
from desktop.i18n import t
from desktop.rules.negotiation.meeting_records import Dossier
from desktop.rules.negotiation.vocab import LINES

INTENT_STEPS = ("dm.intent", "is.next", "as.next")


def wanted(d: Dossier, lang: str) -> str:
    """The terms we want the dealer to agree to, from the chosen model and the policy in force ('' if none)."""
    parts = []
    if d.cooperation_model is not None:
        parts.append(t("doc.packet.want.model", lang, model=d.cooperation_model.name(lang)))
    p = d.approved_policy or d.draft_policy
    if p is not None:
        parts += [t("doc.packet.want.rate", lang, line=t(f"policy.line.{line}", lang), rate=fmt_percent(p.rates[line]))
                  for line in LINES if p.rates.get(line) is not None]
        if p.new_car_ratio is not None:
            parts.append(t("doc.packet.want.new_car_ratio", lang, ratio=fmt_ratio(p.new_car_ratio, lang)))
        if p.renewal_ratio is not None:
            parts.append(t("doc.packet.want.renewal_ratio", lang, ratio=fmt_ratio(p.renewal_ratio, lang)))
        if p.take_up is not None:
            parts.append(t("doc.packet.want.take_up", lang, share=fmt_percent(p.take_up)))
    return t("doc.packet.want", lang, terms=join_list(parts, lang)) if parts else ""

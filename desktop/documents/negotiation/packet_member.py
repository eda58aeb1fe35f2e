"""The page each copy of the packet opens with (issue 14): the holder's own part in the meeting.

Whom they face (the counterpart's role and profile, as far as this copy may carry it), the agenda steps
they lead by name with their timing, their scripts, and the questions they must get answered. Also
``wanted``: what we want agreed, stated on the intent step.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from desktop.documents.negotiation.packet_meeting import Copy, agenda_times, numeral, section, sub
from desktop.documents.negotiation.packet_terms import INTENT_STEPS, wanted
from desktop.documents.tables import callout, data_table
from desktop.documents.text import DASH, clean, or_dash, para
from desktop.i18n import t
from desktop.rules.dealers.vocab import label
from desktop.rules.negotiation import packet_access as access
from desktop.rules.negotiation.meeting_records import AgendaStep, Dossier
from desktop.rules.negotiation.readiness import VISIT_FIELDS

STRATEGY_SECTION = 7  # where the packet's full set of scripts is (packet.story)


def _col(key: str, lang: str) -> str:
    return t(f"doc.packet.col.{key}", lang)


def own_steps(d: Dossier, c: Copy) -> list[tuple[int, AgendaStep]]:
    return [(i, s) for i, s in enumerate(d.meeting.agenda) if s.owner_staff_id == c.holder.staff_id]


def _scripts(d: Dossier, c: Copy, steps: list[tuple[int, AgendaStep]]) -> list:
    """All scripts for the main negotiator; for the others those whose tags touch their scope or steps."""
    if c.holder.is_main:
        return list(d.strategy.scripts)
    words = clean(c.holder.scope) + " " + " ".join(s.shown_title(c.lang) for _i, s in steps)
    return [s for s in d.strategy.scripts if any(tag and tag in words for tag in s.tags)]


def _questions(d: Dossier, c: Copy, steps: list[tuple[int, AgendaStep]]) -> list[str]:
    lang = c.lang
    out = [t("doc.packet.mine.q_standard", lang, step=s.shown_title(lang), standard=s.shown_standard(lang))
           for _i, s in steps if s.shown_standard(lang)]
    codes = {s.code for _i, s in steps}
    if codes & {"dm.introductions", "is.introductions", "as.introductions"} or (c.holder.is_main and not steps):
        out += [t("doc.packet.mine.q_confirm", lang, name=clean(a.name), role=label("role", a.role, lang))
                for a in d.their_team if not a.confirmed]
    if codes & {"dm.subject", "is.business", "as.needs"}:
        out += [t("doc.packet.mine.q_field", lang, field=t(f"field.{f}", lang))
                for f in VISIT_FIELDS if getattr(d.dealer, f) in (None, "", [])]
    if codes & set(INTENT_STEPS) and access.sees_bottom_lines(c.holder):
        want = wanted(d, lang)
        if want:
            out.append(t("doc.packet.mine.q_want", lang, want=want.split("：", 1)[-1].split(": ", 1)[-1]))
    return out


def _faced(d: Dossier, c: Copy) -> list[list[str]]:
    lang = c.lang
    day = d.meeting.day or c.issued_on
    people = {p.id: p for p in d.dealer.people}
    rows = []
    for a in d.their_team:
        p = people.get(a.key_person_id)
        facts = []
        if p is not None:
            facts += [f"{t('packet.sensitive.' + code, lang)}：{clean(value)}" if lang == "zh_CN"
                      else f"{t('packet.sensitive.' + code, lang)}: {clean(value)}" for code, value in access.personal(d, p, day)]
            ties = [r for r in d.relationships if r.key_person_id == p.id and r.staff_id == c.holder.staff_id]
            facts += [t("doc.packet.mine.you_know", lang, strength="★" * r.strength + "☆" * (5 - r.strength)) for r in ties]
        rows.append([clean(a.name), or_dash(a.position), label("role", a.role, lang),
                     ("；" if lang == "zh_CN" else "; ").join(facts) or DASH])
    return rows


def member_page(n: int, d: Dossier, c: Copy) -> list[Flowable]:
    lang, st = c.lang, c.st
    out = [section(n, "doc.packet.s.mine", c, name=clean(c.holder.staff_name))]
    role = [para(t("doc.packet.you_lead", lang), st.body)] if c.holder.is_main else []
    if clean(c.holder.scope).strip():
        role.append(para(c.holder.scope, st.body))
    elif not c.holder.is_main:
        role.append(para(t("doc.packet.no_scope", lang), st.body))
    out.append(callout([para(t("doc.packet.mine.role", lang), st.h2)] + role))
    faced = _faced(d, c)
    out += [sub("doc.packet.mine.face", c), data_table(
        [_col("whom", lang), t("field.position", lang), t("field.role", lang), _col("profile", lang)], faced,
        [1.3, 2, 1.6, 4.1], st, small=True) if faced else para(t("doc.packet.none", lang), st.body)]
    steps = own_steps(d, c)
    times = agenda_times(d.meeting)
    out.append(sub("doc.packet.mine.steps", c))
    if steps:
        rows = [[str(i + 1), times[i], s.shown_title(lang), s.shown_standard(lang)] for i, s in steps]
        out.append(data_table([_col("no", lang), _col("time", lang), _col("step", lang), _col("standard", lang)], rows,
                              [0.6, 1.4, 2.2, 4.8], st, small=True))
        want = wanted(d, lang)
        if want and any(s.code in INTENT_STEPS for _i, s in steps):
            out.append(para(want, st.body))
    else:
        main = next((m.staff_name for m in d.our_team if m.is_main), DASH)
        out.append(para(t("doc.packet.mine.no_steps", lang, name=clean(main)), st.body))
    scripts = _scripts(d, c, steps)
    out.append(sub("doc.packet.mine.scripts", c))
    out.append(data_table([_col("situation", lang), _col("script", lang)], [[s.situation, s.script] for s in scripts],
                          [2.4, 5.6], st, small=True) if scripts
               else para(t("doc.packet.mine.no_scripts", lang, n=numeral(STRATEGY_SECTION, lang).rstrip("、. ")), st.body))
    questions = _questions(d, c, steps)
    out.append(sub("doc.packet.mine.questions", c))
    out += [para(f"□ {q}", st.body) for q in questions] or [para(t("doc.packet.mine.no_questions", lang), st.body)]
    return out + [Spacer(1, 6)]

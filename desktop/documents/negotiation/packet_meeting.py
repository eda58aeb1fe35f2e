"""The packet's meeting pages: cover, meeting card, both teams, the holder's scope, agenda,
materials checklist and the notes page. Each function returns flowables for one section.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, PageBreak, Spacer

from desktop.documents.base import heading, start_body
from desktop.documents.negotiation.packet_terms import INTENT_STEPS, wanted
from desktop.documents.profile import CompanyProfile
from desktop.documents.styles import Palette, Styles
from desktop.documents.tables import band, callout, data_table, facts_table
from desktop.documents.text import DASH, clean, fmt_date, or_dash, para
from desktop.i18n import t
from desktop.rules.negotiation.meeting_records import Dossier, Meeting, Missing, StepState, TeamMember
from desktop.rules.dealers.vocab import label


@dataclass
class Copy:
    """Who holds this copy of the packet, and which copy it is."""

    holder: TeamMember
    number: int
    total: int
    lang: str
    st: Styles
    issued_on: date
    gaps: list[tuple[int, Missing]] = field(default_factory=list)  # readiness gaps when printed anyway

    def is_holder(self, member: TeamMember) -> bool:
        return member.staff_id == self.holder.staff_id


def numeral(number: int, lang: str) -> str:
    """一、… 十一、 in Chinese (up to 19), 1. … in English."""
    digits = "一二三四五六七八九"
    if lang != "zh_CN" or not 1 <= number <= 19:
        return f"{number}. "
    return ("" if number < 10 else "十") + (digits[number % 10 - 1] if number % 10 else "") + "、"


def section(number: int, key: str, c: Copy, **params) -> Flowable:
    return heading(numeral(number, c.lang) + t(key, c.lang, **params), c.st.h1, 0)


def sub(key: str, c: Copy) -> Flowable:
    return heading(t(key, c.lang), c.st.h2, 1)


def rank_name(d: Dossier, code: str, lang: str) -> str:
    names = d.rank_names.get(code) or {}
    return names.get(lang) or names.get("en") or code or DASH


def when(m: Meeting, lang: str) -> str:
    day = fmt_date(m.day, lang) if m.day else DASH
    if m.starts_at and m.ends_at:
        return f"{day} {m.starts_at:%H:%M}–{m.ends_at:%H:%M}"
    return day


def cover(d: Dossier, c: Copy, profile: CompanyProfile) -> list[Flowable]:
    m, st, lang = d.meeting, c.st, c.lang
    holder = f"{clean(c.holder.staff_name)}  {clean(c.holder.title)}".strip()
    facts = facts_table([
        (t("doc.packet.dealer", lang), d.dealer.legal_name or d.dealer.display_name),
        (t("doc.packet.kind", lang), t(f"meeting.kind.{m.kind}", lang)),
        (t("doc.packet.when", lang), when(m, lang)),
        (t("doc.packet.place", lang), or_dash(m.place)),
        (t("doc.packet.holder", lang), holder or DASH),
        (t("doc.packet.copy_label", lang), t("doc.packet.copy", lang, n=c.number, total=c.total)),
        (t("doc.packet.as_of", lang), _stamp(d.dossier_changed_at, lang)),
    ], st, columns=1, label_share=0.26)
    facts.setStyle([("BACKGROUND", (1, 4), (1, 5), Palette.highlight)])  # whose copy, which copy
    return [
        para(profile.organisation(lang), st.subtitle), band(), Spacer(1, 110),
        para(t("doc.packet.classified", lang), st.eyebrow), para(t("doc.packet.title", lang), _big(st)), Spacer(1, 6),
        para(d.dealer.display_name, st.h1, placeholder=DASH), Spacer(1, 28), facts, Spacer(1, 24),
        callout([para(t("doc.packet.confidential", lang), st.note), para(sensitive_note(d, lang), st.note)],
                background=Palette.accent_light, rule=Palette.accent),
        *not_ready(c), start_body(), PageBreak(),
    ]


def sensitive_note(d: Dossier, lang: str) -> str:
    """Which of the key people's personal details this packet carries, and who ticked them — or that it carries none."""
    codes = list(d.meeting.packet_sensitive) if d.meeting else []
    if not codes:
        return t("doc.packet.sensitive_out", lang)
    fields = ("、" if lang == "zh_CN" else ", ").join(t(f"packet.sensitive.{code}", lang) for code in codes)
    return t("doc.packet.sensitive_in", lang, fields=fields, who=clean(d.meeting.packet_sensitive_by) or DASH)


def not_ready(c: Copy, limit: int = 8) -> list[Flowable]:
    """On the cover of a packet printed anyway: what the meeting still lacks (the first few)."""
    if not c.gaps:
        return []
    lang, st = c.lang, c.st
    lines = [para(t("doc.packet.gap", lang, step=step, title=StepState(step, "").title(lang), text=m.text(lang)), st.note)
             for step, m in c.gaps[:limit]]
    if len(c.gaps) > limit:
        lines.append(para(t("doc.more_rows", lang, n=len(c.gaps) - limit), st.note))
    return [Spacer(1, 8), callout([para(t("doc.packet.not_ready_title", lang), st.h2), *lines],
                                  background=Palette.accent_light, rule=Palette.accent)]


def _big(st: Styles) -> ParagraphStyle:
    return ParagraphStyle("cover_title", parent=st.title, fontSize=30, leading=40, textColor=Palette.navy)


def _stamp(value: datetime | None, lang: str) -> str:
    return f"{fmt_date(value, lang)} {value:%H:%M}" if value else DASH


def meeting_card(n: int, d: Dossier, c: Copy) -> list[Flowable]:
    m, lang, st = d.meeting, c.lang, c.st
    facts = facts_table([
        (t("doc.packet.dealer", lang), d.dealer.legal_name), (t("doc.packet.kind", lang), t(f"meeting.kind.{m.kind}", lang)),
        (t("doc.packet.when", lang), when(m, lang)), (t("doc.packet.place", lang), or_dash(m.place)),
        (t("doc.packet.status", lang), t(f"meeting.status.{m.status}", lang)),
        (t("doc.packet.content", lang), or_dash(m.content)),
    ], st, columns=1, label_share=0.2 if lang == "zh_CN" else 0.24)
    times = agenda_times(m)
    rows = [[times[i], step.shown_title(lang), owner_text(step, lang)] for i, step in enumerate(m.agenda)]
    mine = [i for i, step in enumerate(m.agenda) if step.owner_staff_id == c.holder.staff_id]
    agenda = data_table([t("doc.packet.col.time", lang), t("doc.packet.col.step", lang), t("doc.packet.col.led_by", lang)],
                        rows, [1.3, 3.2, 2.5], st, highlight_rows=mine) if rows else para(t("doc.packet.none", lang), st.body)
    return [section(n, "doc.packet.s.meeting", c), facts, Spacer(1, 8), agenda]


def owner_text(step, lang: str) -> str:
    """The member who leads the step by name, or the SOP's role when nobody is named yet."""
    return clean(step.owner_name) or step.shown_owner(lang)


def agenda_times(m: Meeting) -> list[str]:
    """Each step's slot: the meeting's time shared evenly, boundaries on whole five minutes."""
    steps = len(m.agenda)
    if not steps or m.starts_at is None:
        return [DASH] * steps
    total = max(m.duration_minutes, 0)
    marks = [m.starts_at + timedelta(minutes=round(total * i / steps / 5) * 5) for i in range(steps)] + [m.ends_at]
    return [f"{marks[i]:%H:%M}–{marks[i + 1]:%H:%M}" for i in range(steps)]


def teams(n: int, d: Dossier, c: Copy) -> list[Flowable]:
    lang, st = c.lang, c.st
    ours, mine = [], []
    for i, member in enumerate(d.our_team):
        name = clean(member.staff_name) + (f" {t('doc.packet.you', lang)}" if c.is_holder(member) else "")
        scope = (t("doc.packet.main", lang) + ("；" if lang == "zh_CN" else "; ") if member.is_main else "") + clean(member.scope)
        ours.append([str(i + 1), name, or_dash(member.title), rank_name(d, member.rank_code, lang),
                     label("line", member.line, lang), scope.rstrip("；; ") or DASH])
        if c.is_holder(member):
            mine.append(i)
    theirs = [[str(i + 1), a.name, or_dash(a.position), label("role", a.role, lang),
               t("doc.packet.yes" if a.confirmed else "doc.packet.no", lang)] for i, a in enumerate(d.their_team)]
    col = lambda key: t(f"doc.packet.col.{key}", lang)  # noqa: E731
    f = lambda key: t(f"field.{key}", lang)  # noqa: E731
    out = [section(n, "doc.packet.s.teams", c), sub("doc.packet.s.ours", c)]
    out.append(data_table([col("no"), f("name"), f("title"), f("rank"), f("line"), col("scope")], ours,
                          [0.6, 1.4, 1.7, 1.3, 1.5, 3.5], st, highlight_rows=mine, small=True)
               if ours else para(t("doc.packet.none", lang), st.body))
    out.append(sub("doc.packet.s.theirs", c))
    out.append(data_table([col("no"), f("name"), f("position"), f("role"), col("confirmed")], theirs,
                          [0.6, 1.6, 2.4, 2.0, 1.2], st, small=True) if theirs else para(t("doc.packet.none", lang), st.body))
    return out


def agenda(n: int, d: Dossier, c: Copy) -> list[Flowable]:
    lang, st = c.lang, c.st
    times = agenda_times(d.meeting)
    want = wanted(d, lang)
    rows = [[str(i + 1), f"{step.shown_title(lang)}\n{times[i]}", owner_text(step, lang),
             step.shown_standard(lang) + (f"\n{want}" if want and step.code in INTENT_STEPS else "")]
            for i, step in enumerate(d.meeting.agenda)]
    col = lambda key: t(f"doc.packet.col.{key}", lang)  # noqa: E731
    table = data_table([col("no"), col("step"), col("owner"), col("standard")], rows, [0.6, 2.2, 1.8, 4.4], st,
                       small=True) if rows else para(t("doc.packet.none", lang), st.body)
    return [section(n, "doc.packet.s.agenda", c), table]


def materials(n: int, d: Dossier, c: Copy) -> list[Flowable]:
    lang, st = c.lang, c.st
    rows = [["■" if item.ready else "□", clean(item.label) or t(f"meeting.material.{item.code}", lang),
             t("doc.packet.ready" if item.ready else "doc.packet.pending", lang)] for item in d.meeting.materials]
    col = lambda key: t(f"doc.packet.col.{key}", lang)  # noqa: E731
    table = data_table(["", col("material"), col("ready")], rows, [0.5, 5, 1.5], st) if rows \
        else para(t("doc.packet.none", lang), st.body)
    return [section(n, "doc.packet.s.materials", c), table]


class RuledLines(Flowable):
    """Writing lines down to the bottom of the frame, for notes taken in the meeting."""

    def __init__(self, spacing: float = 24.0):
        super().__init__()
        self.spacing = spacing

    def wrap(self, avail_width, avail_height):
        self.width, self.height = avail_width, max(avail_height - 1, self.spacing)
        return self.width, self.height

    def draw(self):
        self.canv.setStrokeColor(Palette.rule)
        self.canv.setLineWidth(0.5)
        y = self.height - self.spacing
        while y >= 0:
            self.canv.line(0, y, self.width, y)
            y -= self.spacing


def notes(n: int, c: Copy) -> list[Flowable]:
    return [PageBreak(), section(n, "doc.packet.s.notes", c), para(t("doc.packet.notes_hint", c.lang), c.st.caption),
            RuledLines()]

"""The dealer file card: one A4 page that tells a colleague who a dealer is.

Identity and contact, business, the initial-visit findings with their key figures, key
people and the latest visits. Personal details the SOP gathers for strategy (age,
background, career, hobbies — ``KeyPerson.SENSITIVE``) stay off the card unless the
caller asks for them. However long the file, the card stays on one page: free text and
lists are shortened step by step until it fits, and a note says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from reportlab.lib.styles import ParagraphStyle

from reportlab.platypus import Flowable, KeepInFrame, Spacer

from desktop.documents.dealers import facts as F
from desktop.documents import styles as S
from desktop.documents.base import DocMeta, Target, build, language
from desktop.documents.profile import CompanyProfile, load
from desktop.documents.styles import Styles, styles_for
from desktop.documents.tables import data_table
from desktop.documents.text import DASH, clean, fmt_date, join_list, or_dash, para, shorten
from desktop.i18n import t
from desktop.rules.dealers.records import Dealer, KeyPerson, Visit
from desktop.rules.dealers.standing import Standing
from desktop.rules.dealers.vocab import label


@dataclass(frozen=True)
class Budget:
    """How much of each kind of content one attempt at the page may use (None: all of it)."""

    name: int | None
    text: int | None
    notes: int | None
    people: int
    visits: int


LEVELS = (  # tried in order until the card fits; the last one fits whatever the file holds
    Budget(None, None, None, 12, 3),
    Budget(160, 400, 600, 10, 3),
    Budget(100, 200, 300, 8, 3),
    Budget(100, 200, 300, 8, 2),
    Budget(70, 110, 160, 6, 2),
    Budget(70, 110, 160, 6, 1),
    Budget(50, 60, 80, 4, 1),
    Budget(34, 30, 40, 3, 1),
    Budget(24, 16, 20, 2, 1),
)
LATEST_VISITS = 3  # the card shows the latest few by design; older ones are not "cut"
BODY_HEIGHT = S.PAGE_SIZE[1] - S.MARGIN_TOP - S.MARGIN_BOTTOM


class _Cutter:
    """Shortens text and lists to the budget, remembering whether anything was left out."""

    def __init__(self, budget: Budget):
        self.budget = budget
        self.cut = False

    def text(self, value: object, limit: int | None = -1) -> str:
        value, cut = shorten(value, self.budget.text if limit == -1 else limit)
        self.cut |= cut
        return value

    def rows(self, items: list, limit: int) -> list:
        self.cut |= len(items) > limit
        return items[:limit]


def render_dealer_card(dealer: Dealer, lang: str | None, target: Target, *, include_sensitive: bool = False,
                       profile: CompanyProfile | None = None, issued_on: date | None = None,
                       standing: Standing | None = None) -> str:
    """Write the one-page card of ``dealer`` to ``target`` (path or binary file); returns the path.

    Worker thread; reads nothing but its arguments (and the company profile file).
    """
    lang = language(lang)
    st = styles_for(lang)
    profile = profile or load()
    issued_on = issued_on or date.today()
    story: list[Flowable] = []
    for budget in LEVELS:
        story = _story(dealer, lang, st, _Cutter(budget), include_sensitive, issued_on, standing or Standing())
        if _height(story) <= BODY_HEIGHT - 1:
            break
    else:  # pathological (hundreds of brands or insurers): scale the last attempt onto the page
        story = [KeepInFrame(S.CONTENT_WIDTH, BODY_HEIGHT - 1, story, mode="shrink")]
    meta = DocMeta(title=f"{t('doc.card.title', lang)} · {clean(dealer.display_name)}", lang=lang,
                   organisation=profile.organisation(lang), subject=clean(dealer.legal_name), issued_on=issued_on,
                   footer=t("doc.card.internal_footer", lang, date=fmt_date(issued_on, lang)))
    return build(target, meta, story)


def _height(story: list[Flowable]) -> float:
    """Height of ``story`` in one frame (the last space-after hangs below the frame, harmlessly)."""
    total = 0.0
    for flowable in story:
        _w, h = flowable.wrap(S.CONTENT_WIDTH, BODY_HEIGHT * 50)
        total += h + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total - (story[-1].getSpaceAfter() if story else 0.0)


def _story(d: Dealer, lang: str, st: Styles, cut: _Cutter, sensitive: bool, issued_on: date,
           where: Standing) -> list[Flowable]:
    file_no = t("doc.card.id", lang, id=d.id if d.id is not None else DASH)
    kind = label("dealer_type", d.dealer_type, lang)
    story: list[Flowable] = [
        para(f"{t('doc.card.internal', lang)} · {t('doc.card.title', lang)} · {file_no} · {kind}", st.eyebrow),
        para(cut.text(d.display_name, cut.budget.name), st.title, placeholder=DASH),
    ]
    if d.short_name and d.legal_name and d.short_name != d.legal_name:
        story.append(para(cut.text(d.legal_name, cut.budget.name), st.subtitle))
    else:
        story.append(Spacer(1, 6))
    story.append(F.figures(d, lang, st))
    story += [section(t("doc.card.standing", lang), st), F.facts(standing_pairs(where, lang), st, lang)]
    name_cut = lambda v: cut.text(v, cut.budget.name)  # noqa: E731
    story += [section(t("doc.card.identity", lang), st), F.facts(F.identity_pairs(d, lang, cut.text, name_cut), st, lang)]
    story += [section(t("doc.card.business", lang), st), F.facts(F.business_pairs(d, lang, cut.text), st, lang)]
    story += [section(t("doc.card.people", lang), st), _people(d.people, lang, st, cut, sensitive)]
    story += [section(t("doc.card.visits", lang), st), _visits(d.visits, lang, st, cut)]
    if clean(d.notes).strip():
        story += [section(t("doc.card.notes", lang), st), para(cut.text(d.notes, cut.budget.notes), st.body)]
    story.append(Spacer(1, 4))
    if cut.cut:
        story.append(para(t("doc.truncated", lang), st.note))
    privacy = "doc.card.sensitive_shown" if sensitive else "doc.card.sensitive_hidden"
    story.append(para(t(privacy, lang), st.small))
    return story


def standing_pairs(w: Standing, lang: str) -> list[tuple[str, str]]:
    """Tier, contract and next meeting as label/value pairs; what is not there is said in words."""
    tier = t(f"cls.tier.{w.tier}", lang) if w.tier else t("doc.card.unclassified", lang)
    if w.contract_number:
        contract = t("doc.card.contract_line", lang, number=w.contract_number,
                     status=t(f"contract.status.{w.contract_status}", lang), end=fmt_date(w.contract_end, lang))
    else:
        contract = t("doc.card.no_contract", lang)
    if w.meeting_day is not None:
        when = fmt_date(w.meeting_day, lang) + (f" {w.meeting_start:%H:%M}" if w.meeting_start else "")
        meeting = t("doc.card.meeting_line", lang, when=when, kind=t(f"meeting.kind.{w.meeting_kind}", lang),
                    status=t(f"meeting.status.{w.meeting_status}", lang))
    else:
        meeting = t("doc.card.no_meeting", lang)
    return [(t("doc.card.tier", lang), tier), (t("doc.card.contract", lang), contract),
            (t("doc.card.next_meeting", lang), meeting)]


def section(text: str, st: Styles) -> Flowable:
    return para(text, _tight(st.h2))


@lru_cache(maxsize=4)
def _tight(style: ParagraphStyle) -> ParagraphStyle:
    """Section headings a little closer to their tables: the card has one page to live on."""
    return ParagraphStyle(f"{style.name}_card", parent=style, spaceBefore=5, spaceAfter=3)


def _people(people: list[KeyPerson], lang: str, st: Styles, cut: _Cutter, sensitive: bool) -> Flowable:
    if not people:
        return para(t("doc.none", lang), st.body)
    f = lambda key: t(f"field.{key}", lang)  # noqa: E731
    header = [f("name"), f("gender"), f("position"), f("role"), f("phone")]
    shares = [1.3, 0.95, 1.6, 1.9, 1.5]
    if sensitive:
        header += [f("birth_year"), t("doc.card.personal", lang)]
        shares += [0.9, 3.45]
    rows = []
    for p in cut.rows(people, cut.budget.people):
        row = [cut.text(p.name), label("gender", p.gender, lang), cut.text(p.position), label("role", p.role, lang),
               or_dash(p.phone)]
        if sensitive:
            row += [str(p.birth_year) if p.birth_year else DASH,
                    "\n".join(cut.text(v) for v in (p.background, p.highlights, p.hobbies) if clean(v).strip()) or DASH]
        rows.append(row)
    return data_table(header, rows, shares, st, small=True)


def _visits(visits: list[Visit], lang: str, st: Styles, cut: _Cutter) -> Flowable:
    if not visits:
        return para(t("doc.none", lang), st.body)
    f = lambda key: t(f"field.{key}", lang)  # noqa: E731
    latest = sorted(visits, key=lambda v: v.visited_on or date.min, reverse=True)[:LATEST_VISITS]
    rows = [[fmt_date(v.visited_on, lang), cut.text(join_list(v.visitor_names, lang)), cut.text(or_dash(v.findings)),
             cut.text(or_dash(v.next_step))] for v in cut.rows(latest, cut.budget.visits)]
    header = [f("visited_on"), t("doc.card.visitors", lang), f("findings"), f("next_step")]
    return data_table(header, rows, [1.25, 1.35, 3.6, 2.4], st, small=True)

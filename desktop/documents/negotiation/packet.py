"""The negotiation packet (内部谈判资料): one copy per member of our team, each traceable to its holder.

Cover, contents, meeting card with the holder's own scope, both teams in introduction order,
the dealer's profile and figures, classification and why, policies with bottom lines, our
advantages with figures and the competition set against us (step 4 of the talks, with the intent),
strategy and scripts, decision-maker profiles, agenda with standards, materials checklist
and a notes page. Every page carries the holder's watermark and the footer
"内部资料 · 仅供 <holder> 使用 · <date> · 第 N 份". Worker thread; no Qt.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

from reportlab.platypus import Flowable

from desktop.documents.negotiation import packet_advantages as A
from desktop.documents.negotiation import packet_dealer as D
from desktop.documents.negotiation import packet_meeting as M
from desktop.documents.negotiation import packet_member as P
from desktop.documents.base import DocMeta, Target, build, contents_marker, language
from desktop.documents.profile import CompanyProfile, load
from desktop.documents.styles import styles_for
from desktop.documents.text import clean
from desktop.i18n import t
from desktop.rules.negotiation.meeting_records import Dossier, Missing, TeamMember

Progress = Callable[[int, int], bool]  # (done, total) → False to stop


class PacketError(ValueError):
    """The dossier cannot make a packet: no meeting, or the holder is not on our team."""


def render_packet(dossier: Dossier, holder_staff_id: int, lang: str | None, target: Target, *,
                  profile: CompanyProfile | None = None, issued_on: date | None = None,
                  gaps: list[tuple[int, Missing]] | None = None) -> str:
    """One member's copy of the packet into ``target`` (path or binary file); returns the path.

    ``gaps``: what the meeting still lacks when it is printed anyway (``readiness.packet_gaps``): every
    page then carries 未就绪 beside the holder mark and the cover lists them.
    """
    lang = language(lang)
    team = _team(dossier)
    index = next((i for i, m in enumerate(team) if m.staff_id == holder_staff_id), None)
    if index is None:
        raise PacketError(t("doc.error.not_on_team", lang, staff=holder_staff_id, meeting=dossier.meeting.id))
    profile = profile or load()
    copy = M.Copy(team[index], index + 1, len(team), lang, styles_for(lang), issued_on or date.today(), list(gaps or []))
    holder = clean(copy.holder.staff_name).strip()
    meta = DocMeta(
        title=f"{t('doc.packet.title', lang)} · {clean(dossier.dealer.display_name)}", lang=lang,
        organisation=profile.organisation(lang), subject=clean(dossier.dealer.legal_name), holder=holder,
        copy_no=copy.number, issued_on=copy.issued_on, watermark=t("doc.watermark.internal", lang, holder=holder),
        flag=t("doc.packet.not_ready", lang) if copy.gaps else "",
    )
    return build(target, meta, story(dossier, copy, profile), cover=True, contents_title=t("doc.contents", lang))


def story(d: Dossier, c: M.Copy, profile: CompanyProfile) -> list[Flowable]:
    """The whole packet as flowables, sections numbered in order; the holder's own part first."""
    sections = [
        lambda n: P.member_page(n, d, c),
        lambda n: M.meeting_card(n, d, c), lambda n: M.teams(n, d, c), lambda n: D.profile(n, d, c),
        lambda n: D.classification(n, d, c), lambda n: D.policies(n, d, c), lambda n: A.advantages(n, d, c),
        lambda n: A.competition(n, d, c), lambda n: D.strategy(n, d, c),
        lambda n: D.decision_makers(n, d, c), lambda n: M.agenda(n, d, c), lambda n: M.materials(n, d, c),
        lambda n: M.notes(n, c),
    ]
    out: list[Flowable] = M.cover(d, c, profile) + [contents_marker()]
    for number, make in enumerate(sections, 1):
        out += make(number)
    return out


def render_packet_set(dossier: Dossier, lang: str | None, out_dir: str | Path, *,
                      profile: CompanyProfile | None = None, issued_on: date | None = None,
                      progress: Progress | None = None, gaps: list[tuple[int, Missing]] | None = None) -> list[str]:
    """Every member's copy into ``out_dir`` (made if missing; one PDF each, most senior first); returns the paths.

    ``progress(done, total)`` is called after each copy; returning False stops the set early.
    """
    lang = language(lang)
    team = _team(dossier)
    profile = profile or load()
    issued_on = issued_on or date.today()
    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    paths: list[str] = []
    for number, member in enumerate(team, 1):
        target = folder / file_name(dossier, member, number, lang, issued_on)
        paths.append(render_packet(dossier, member.staff_id, lang, target, profile=profile, issued_on=issued_on, gaps=gaps))
        if progress is not None and progress(number, len(team)) is False:
            break
    return paths


def _team(dossier: Dossier) -> list[TeamMember]:
    if dossier.meeting is None:
        raise PacketError(t("doc.error.no_meeting", dealer=dossier.dealer.id))
    if not dossier.our_team:
        raise PacketError(t("doc.error.no_team", meeting=dossier.meeting.id))
    return dossier.our_team


_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def file_name(d: Dossier, member: TeamMember, number: int, lang: str, issued_on: date) -> str:
    """``内部谈判资料-<dealer>-<meeting day>-01-<holder>.pdf``: sortable, safe on every file system."""
    day = (d.meeting.day or issued_on).isoformat()
    parts = [t("doc.packet.file", lang), clean(d.dealer.display_name)[:40], day, f"{number:02d}",
             clean(member.staff_name)[:20] or str(member.staff_id)]
    return _UNSAFE.sub("_", "-".join(p.strip() for p in parts)) + ".pdf"


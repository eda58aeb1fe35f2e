"""Plain records of the meeting (SOP steps 6–8), the negotiation, readiness and the dossier.

``Dossier`` is the one snapshot of everything about a dealer and a meeting: the readiness
rules judge it, the workspace shows it, the printed packet renders it. Pure data.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from desktop.rules.dealers import records as r
from desktop.rules.negotiation.records import (
    Advantage,
    Assessment,
    Classification,
    ClassificationResult,
    CooperationModel,
    Strategy,
)
from desktop.rules.negotiation.policy_records import Economics, PolicyVersion
from desktop.rules.facts import Fact
from desktop.rules.dealers.records import Audit


@dataclass
class TeamMember:
    id: int | None = None
    staff_id: int = 0
    is_main: bool = False
    scope: str = ""  # 主谈范围
    # read-only, filled by services
    staff_name: str = ""
    title: str = ""
    rank_code: str = ""
    rank_level: int = 0
    line: str = ""


@dataclass
class Attendee:
    """A counterpart attendee: one of the dealer's key people."""

    key_person_id: int = 0
    confirmed: bool = False
    name: str = ""  # read-only
    role: str = ""  # read-only
    position: str = ""  # read-only


@dataclass
class MaterialItem:
    id: int | None = None
    code: str = ""  # a MATERIALS code, or '' for an item of our own
    label: str = ""  # the own item's text
    ready: bool = False


@dataclass
class AgendaStep:
    id: int | None = None
    code: str = ""  # a default step's code; '' for one the user wrote
    title: str = ""  # '' → the default text of ``code``
    owner: str = ""
    standard: str = ""
    note: str = ""  # what happened at this step (the outcome's notes)
    owner_staff_id: int | None = None  # the member of our team who leads the step (issue 14)
    owner_name: str = ""  # read-only

    def shown_title(self, lang: str | None = None) -> str:
        from desktop.i18n import t

        return self.title or (t(f"agenda.{self.code}.title", lang) if self.code else "")

    def shown_owner(self, lang: str | None = None) -> str:
        from desktop.i18n import t

        return self.owner or (t(f"agenda.{self.code}.owner", lang) if self.code else "")

    def shown_standard(self, lang: str | None = None) -> str:
        from desktop.i18n import t

        return self.standard or (t(f"agenda.{self.code}.standard", lang) if self.code else "")


@dataclass
class AgendaTemplate:
    id: int | None = None
    kind: str = "decision_maker"
    steps: list[AgendaStep] = field(default_factory=list)
    audit: Audit = field(default_factory=Audit)


@dataclass
class Meeting:
    id: int | None = None
    dealer_id: int = 0
    kind: str = "decision_maker"
    day: date | None = None
    start: time | None = None
    duration_minutes: int = 90
    place: str = ""
    content: str = ""
    status: str = "proposed"
    notes: str = ""
    attendees: list[Attendee] = field(default_factory=list)
    team: list[TeamMember] = field(default_factory=list)
    materials: list[MaterialItem] = field(default_factory=list)
    agenda: list[AgendaStep] = field(default_factory=list)
    packet_printed_at: datetime | None = None
    dealer_name: str = ""  # read-only
    audit: Audit = field(default_factory=Audit)
    packet_sensitive: list[str] = field(default_factory=list)  # PACKET_SENSITIVE codes ticked for the packet
    packet_sensitive_by: str = ""  # read-only: who ticked them

    @property
    def starts_at(self) -> datetime | None:
        return datetime.combine(self.day, self.start) if self.day and self.start else None

    @property
    def ends_at(self) -> datetime | None:
        begin = self.starts_at
        return begin + timedelta(minutes=self.duration_minutes) if begin else None


@dataclass
class MeetingLine:
    id: int
    dealer_id: int
    dealer_name: str
    kind: str
    day: date | None
    start: time | None
    duration_minutes: int
    place: str
    status: str
    main_negotiator: str
    has_outcome: bool


@dataclass
class Booking:
    """Another meeting that holds one of our members at the same time (double booking)."""

    staff_id: int
    staff_name: str
    meeting_id: int
    dealer_name: str
    starts_at: datetime
    ends_at: datetime


@dataclass
class AgreedTerm:
    id: int | None = None
    bottom_line_id: int | None = None
    item: str = ""
    value: object = None  # Decimal
    unit: str = ""
    note: str = ""
    beyond: bool = False  # read-only: the value is worse than its bottom line


@dataclass
class NextAction:
    id: int | None = None
    action: str = ""
    owner_staff_id: int | None = None
    owner_name: str = ""  # read-only
    due: date | None = None
    done: bool = False


@dataclass
class Outcome:
    meeting_id: int = 0
    result: str = ""
    summary: str = ""
    step_notes: dict[int, str] = field(default_factory=dict)  # agenda step id → note
    terms: list[AgreedTerm] = field(default_factory=list)
    actions: list[NextAction] = field(default_factory=list)
    audit: Audit = field(default_factory=Audit)


@dataclass
class Missing:
    """One thing a step still lacks; ``target`` says where to fix it, e.g. ('dealer', 7, 'people')."""

    code: str
    params: dict = field(default_factory=dict)
    target: tuple = ()

    def text(self, lang: str | None = None) -> str:
        return Fact(self.code, self.params).text(lang)


@dataclass
class StepState:
    step: int  # 1–8
    state: str  # 'done', 'partial', 'todo'
    missing: list[Missing] = field(default_factory=list)

    def title(self, lang: str | None = None) -> str:
        from desktop.i18n import t

        return t(f"readiness.step{self.step}.title", lang)

    def standard(self, lang: str | None = None) -> str:
        from desktop.i18n import t

        return t(f"readiness.step{self.step}.standard", lang)

    def owner(self, lang: str | None = None) -> str:
        from desktop.i18n import t

        return t(f"readiness.step{self.step}.owner", lang)


@dataclass
class Dossier:
    """Everything about one dealer and (optionally) one meeting, as of ``dossier_changed_at``."""

    dealer: r.Dealer
    assessment: Assessment | None
    classification: Classification | None
    fresh_classification: ClassificationResult | None  # what the rules say on today's data
    approved_policy: PolicyVersion | None
    draft_policy: PolicyVersion | None  # the newest version when it is not the approved one
    economics: Economics | None
    strategy: Strategy
    cooperation_model: CooperationModel | None
    decision_makers: list[r.KeyPerson]
    relationships: list[r.Relationship]
    meeting: Meeting | None
    our_team: list[TeamMember]  # rank order, most senior first
    their_team: list[Attendee]  # rank order, most senior first
    bookings: list[Booking]  # double bookings of our members
    required_level: int | None  # the rank level the counterpart calls for
    required_rank: str  # its rank code
    rank_levels: dict[str, int]  # rank code → level
    rank_names: dict[str, dict]  # rank code → {'en': …, 'zh_CN': …}
    rank_requirements: dict[str, str]  # counterpart role → rank code (级别对等 mapping)
    dossier_changed_at: datetime | None
    generated_at: datetime | None = None
    today: date | None = None  # the day the dossier was read (a meeting before it is past)
    advantages: list[Advantage] = field(default_factory=list)  # the branch's figures for 优势介绍 (step 4 of the talks)

    @property
    def packet_out_of_date(self) -> bool:
        """True when a packet was printed and the dossier changed afterwards."""
        printed = self.meeting.packet_printed_at if self.meeting else None
        return bool(printed and self.dossier_changed_at and self.dossier_changed_at > printed)

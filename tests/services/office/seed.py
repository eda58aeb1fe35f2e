"""The data every office test starts from, made once per session through the real services as the
owner (and the policy submission as a channel-department login): two teams' dealers and the records
each action of the permissions table works on. Ids are returned in ``Seed``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import text

from desktop.persistence.models import meetings as mm
from desktop.persistence.models import negotiation as n
from desktop.persistence.models.office import WorkAssignment
from desktop.rules.dealers import records as r
from desktop.rules.negotiation.policy_records import PolicyVersion
from desktop.services.contracts import drafts as contracts, lifecycle as lc
from desktop.services.dealers import files as dealers
from desktop.services.office import staff
from desktop.services.negotiation import policies
from desktop.services.context import ServiceContext
from tests.services.contracts_support import approved_policy, make_dealer, submit_ready

SECRET = "喜欢打高尔夫，曾任销售总监"


@dataclass
class Seed:
    dealer_a: int
    dealer_b: int
    person_a: int
    staff_1: int
    staff_2: int
    meeting_a: int
    submitted_policy: int
    contract_draft: int
    contract_review: int
    contract_signed: int
    contract_in_force: int
    cap_id: int


def contract_in(owner: ServiceContext, dealer_id: int, status: str) -> int:
    today = date.today()
    c = contracts.create(owner, dealer_id, start=today + timedelta(days=30) if status == "signed" else today - timedelta(days=30),
                         today=today)
    if status == "draft":
        return c.id
    c = submit_ready(owner, c, today=today)  # its blanks filled and documents attached, as signing needs
    if status == "under_review":
        return c.id
    c = lc.sign(owner, c.id, c.audit.version, today=today)
    assert c.status == status, f"seeded contract is {c.status}, wanted {status}"
    return c.id


def build(owner: ServiceContext, chan2: ServiceContext) -> Seed:
    a = make_dealer(owner, 1, people=[r.KeyPerson(name="王伟", role="decision_maker", position="董事长", birth_year=1970,
                                                 background=SECRET, hobbies="高尔夫", phone="13900000001")])
    b = make_dealer(owner, 2)
    with owner.unit() as s:
        s.execute(text("UPDATE dealers SET team = 'A组' WHERE id = :a"), {"a": a.id})
        s.execute(text("UPDATE dealers SET team = 'B组' WHERE id = :b"), {"b": b.id})
    approved_policy(owner, a.id)
    s1 = staff.save(owner, r.Staff(name="赵经理", rank_code="team_manager", line="channel"))
    s2 = staff.save(owner, r.Staff(name="钱总", rank_code="leadership", line="channel"))
    draft = policies.save_draft(chan2, PolicyVersion(dealer_id=a.id, rates={"compulsory": Decimal("4"),
                                                                            "commercial": Decimal("12")},
                                                                  vehicle_types=["private_car"], new_car_ratio=Decimal("0.6")))
    submitted = policies.submit(chan2, draft.id, draft.audit.version)
    contract_ids = {st: contract_in(owner, a.id, st) for st in ("draft", "under_review", "signed", "in_force")}
    with owner.unit() as s:
        s.add(n.TargetAssessment(dealer_id=a.id, loss_ratio=Decimal("55"), manager_rating=4))
        s.add(n.StrategyRow(dealer_id=a.id, cooperation_model="", model_content="共赢", decision_analysis=""))
        meeting = mm.MeetingRow(dealer_id=a.id, kind="decision_maker", place="杭州", content="")
        s.add(meeting)
        s.flush()
        s.add(mm.TeamMemberRow(meeting_id=meeting.id, staff_id=s1.id, is_main=True))
        s.add(WorkAssignment(dealer_id=a.id, step=1, owner="nobody", due_on=date.today()))
        cap = s.scalar(text("SELECT id FROM fee_caps ORDER BY id LIMIT 1"))
        person = dealers.get(owner, a.id).people[0].id
        return Seed(a.id, b.id, person, s1.id, s2.id, meeting.id, submitted.id, contract_ids["draft"],
                    contract_ids["under_review"], contract_ids["signed"], contract_ids["in_force"], cap)

"""A hand-made dossier for packet and brochure tests, with unique markers planted in every
internal field, so a test can prove which document carries which content."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal

from desktop.rules.negotiation.meeting_records import AgendaStep, Attendee, Dossier, MaterialItem, Meeting, TeamMember
from desktop.rules.negotiation.records import (
    Assessment,
    BottomLine,
    Classification,
    CooperationModel,
    DossierScript,
    Strategy,
)
from desktop.rules.negotiation.policy_records import Bonus, CapBreach, Economics, PolicyVersion
from desktop.rules.facts import Fact
from desktop.rules.dealers.records import Relationship
from tests.documents import factories as F

# Internal content: must be in every packet, never in a brochure.
INTERNAL = {
    "bottom_line_note": "底线标记BLX01",
    "script_situation": "情境标记SCX02",
    "script_text": "话术标记SCX03",
    "analysis": "分析标记ANX04",
    "interests": "利益标记INX05",
    "model_content": "模式内容标记MCX06",
    "assessment_note": "评估标记ASX07",
    "classification_reason": "分类标记CLX08",
    "policy_note": "政策标记PNX09",
    "conditions": "核保标记UWX10",
    "background": "背景标记BG01XQ",
    "highlights": "经历标记HL01XQ",
    "hobbies": "爱好标记HB01XQ",
    "scope": "范围标记SPX11",
    "tie_note": "人脉标记RLX12",
}

RANKS = {"leadership": {"en": "Branch leadership", "zh_CN": "机构班子"},
         "department_head": {"en": "Department head", "zh_CN": "部门负责人"},
         "team_manager": {"en": "Team manager", "zh_CN": "团队经理"},
         "specialist": {"en": "Channel specialist", "zh_CN": "渠道专员"}}
LEVELS = {"leadership": 40, "department_head": 30, "team_manager": 20, "specialist": 10}
NAMES = ["陈志远", "林晓燕", "王建国", "赵敏", "孙立新", "周文博", "吴海涛", "郑佳怡"]


def member(i: int, **kw) -> TeamMember:
    ranks = ["leadership", "department_head", "team_manager", "specialist"]
    rank = ranks[min(i, 3)]
    values = dict(id=i + 1, staff_id=100 + i, is_main=i == 0, scope=f"负责费用政策沟通{INTERNAL['scope']}" if i == 1 else "送修资源说明",
                  staff_name=NAMES[i % len(NAMES)] + ("" if i < len(NAMES) else str(i)), title="副总经理" if i == 0 else "经理",
                  rank_code=rank, rank_level=LEVELS[rank], line="leadership" if i == 0 else "channel")
    values.update(kw)
    return TeamMember(**values)


def dossier(members: int = 8, **kw) -> Dossier:
    dealer = F.dealer(people=[F.person(1, background=INTERNAL["background"], highlights=INTERNAL["highlights"],
                                       hobbies=INTERNAL["hobbies"]), F.person(2)])
    meeting = Meeting(
        id=5, dealer_id=dealer.id, kind="decision_maker", day=date(2026, 12, 8), start=time(14, 0), duration_minutes=90,
        place="杭州远景之星 三楼会议室", content="介绍我司优势，拟定合作模式，争取达成合作意向。", status="confirmed",
        attendees=[Attendee(1, True, "李二明", "decision_maker", "总经理"), Attendee(2, False, "李三明", "sales_head", "销售总监")],
        team=[member(i) for i in range(members)],
        materials=[MaterialItem(1, "brochure", "", True), MaterialItem(2, "agreement", "", False),
                   MaterialItem(3, "", "车易保演示账号", False)],
        agenda=[AgendaStep(i + 1, code) for i, code in enumerate(
            ("dm.introductions", "dm.small_talk", "dm.subject", "dm.advantages", "dm.model", "dm.resources", "dm.intent"))],
        dealer_name=dealer.legal_name,
        # every sensitive field ticked, so the internal-content proofs see them (issue 14: only when ticked)
        packet_sensitive=["age", "birth_year", "background", "highlights", "hobbies"], packet_sensitive_by="孙海燕",
    )
    policy = PolicyVersion(
        id=3, dealer_id=dealer.id, number=2, status="approved", rates={"compulsory": Decimal("4"), "commercial": Decimal("16")},
        bonuses=[Bonus("季度达标奖", "commercial", Decimal("1"), None, "季度保费达 300 万")], vehicle_types=["private_car", "new_energy"],
        max_vehicle_age=8, conditions=INTERNAL["conditions"], exclusions=["营运车辆"], new_car_ratio=Decimal("0.6"),
        renewal_ratio=Decimal("1"), min_monthly_premium=Decimal("150000"), min_sales_share=Decimal("50"),
        referral_brands=["奔驰"], mix={"compulsory": Decimal("15"), "commercial": Decimal("80")}, note=INTERNAL["policy_note"],
        breaches=[CapBreach("commercial", Decimal("16"), Decimal("15"), "杭州")],
    )
    strategy = Strategy(
        dealer_id=dealer.id, cooperation_model="win_win", model_content=INTERNAL["model_content"],
        decision_analysis=INTERNAL["analysis"], common_interests=INTERNAL["interests"],
        bottom_lines=[BottomLine(1, "commercial_rate", "max", Decimal("15"), "%", INTERNAL["bottom_line_note"]),
                      BottomLine(2, "new_car_referral_ratio", "max", Decimal("0.8"), "×", ""),
                      BottomLine(3, "monthly_premium", "min", Decimal("1200000"), "¥", "")],
        scripts=[DossierScript(1, None, INTERNAL["script_situation"], INTERNAL["script_text"])],
    )
    values = dict(
        dealer=dealer, assessment=Assessment(dealer.id, Decimal("58"), 4, True, False, Decimal("3600000"), INTERNAL["assessment_note"]),
        classification=Classification(1, dealer.id, "key", "good_large", [Fact("cls.fact.sales", {"value": 3200})], "key",
                                      True, INTERNAL["classification_reason"], datetime(2026, 11, 1, 9, 0), "tester"),
        fresh_classification=None, approved_policy=policy, draft_policy=None,
        economics=Economics(Decimal("12000000"), Decimal("9000000"), Decimal("1500000"), Decimal("90000"), Decimal("13.3"),
                            Decimal("5400000"), Decimal("0.45"), Decimal("18650000"), Decimal("64.3"), Decimal("86.5"), True),
        strategy=strategy, cooperation_model=CooperationModel("win_win", "Win-win model", "共赢模式",
                                                              "Premium and repairs traded both ways", "保费与送修双向互换，共同经营客户"),
        decision_makers=[dealer.people[0]],
        relationships=[Relationship(1, 100, 1, 4, INTERNAL["tie_note"], "陈志远", "李一明", dealer.id, dealer.legal_name)],
        meeting=meeting, our_team=list(meeting.team), their_team=list(meeting.attendees), bookings=[],
        required_level=40, required_rank="leadership", rank_levels=LEVELS, rank_names=RANKS,
        rank_requirements={"decision_maker": "leadership"}, dossier_changed_at=datetime(2026, 11, 25, 16, 30),
        generated_at=datetime(2026, 11, 26, 9, 0),
    )
    values.update(kw)
    return Dossier(**values)

"""Closed vocabularies and SOP defaults of negotiation preparation (SOP steps 3–8).

Codes are stored; labels come from the i18n catalogue (``desktop/i18n/catalog_negotiation.py``).
The defaults here seed the branch's settings tables; the branch edits them afterwards.
Pure data: no Qt, no SQLAlchemy, no side effects.
"""

from __future__ import annotations

from decimal import Decimal

TIERS = ("key", "secondary", "general", "none")  # 重点 / 次重点 / 一般 / 暂不公关
TIER_ORDER = {tier: i for i, tier in enumerate(TIERS)}
RULES = ("new_mainstream", "good_large", "good_small", "poor_changeable", "otherwise")

LINES = ("compulsory", "commercial", "other")  # 交强险 / 商业险 / 其他
POLICY_STATUSES = ("draft", "submitted", "approved")
VEHICLE_TYPES = ("private_car", "commercial_passenger", "truck", "new_energy", "special")
APPROVER_ROLE = "approver"
USER_ROLES = (APPROVER_ROLE,)

MEETING_KINDS = ("decision_maker", "insurance_sales", "aftersales")
MEETING_STATUSES = ("proposed", "confirmed", "held", "cancelled")
ACTIVE_MEETING_STATUSES = ("proposed", "confirmed", "held")
# Which counterpart roles each meeting kind is held with (the first is its principal).
KIND_ROLES = {
    "decision_maker": ("decision_maker",),
    "insurance_sales": ("insurance_head", "sales_head"),
    "aftersales": ("aftersales_head",),
}
# Counterpart seniority, most senior first: introductions and "their team" follow this order.
COUNTERPART_ORDER = ("decision_maker", "insurance_head", "sales_head", "aftersales_head", "other")
RESULTS = ("intent", "follow_up", "no_deal")
DIRECTIONS = ("max", "min")  # a bottom line is the most we give ('max') or the least we accept ('min')
MATERIALS = ("brochure", "agreement", "business_cards", "publicity", "gifts")
PIPELINE_STAGES = ("surveyed", "visited", "classified", "policy_approved", "meeting_set", "negotiated", "signed")

LEADERSHIP = "leadership"  # rank code and staff line of 机构班子

# --- defaults (SOP values; practice where the SOP is silent) ---------------------------------
DEFAULT_CLASSIFICATION = dict(
    loss_ratio_max=Decimal("65"),  # % — at or below is good quality
    rating_min=3,  # manager's rating 1–5 — at or above is good quality
    sales_large_min=1500,  # new cars a year — at or above is large
    premium_large_min=Decimal("5000000"),  # ¥ a year — at or above is large
    scale_rule="any",  # 'any': either figure makes a dealer large; 'all': both must
    new_within_months=24,  # founded this recently counts as newly established
    repair_weight=60,  # share of the priority score from repair resources
    network_weight=40,  # share from our staff's relationships
    repair_years=3,  # repair resources of the last N years count
)
DEFAULT_MAINSTREAM_BRANDS = (
    "丰田", "本田", "大众", "奥迪", "宝马", "奔驰", "别克", "日产", "比亚迪", "吉利", "长安", "雷克萨斯", "特斯拉",
)
# 报行合一: one city's association capped 交强险 at 4 % and 商业险 at 15 % (2015). '' = every region.
DEFAULT_CAPS = (("", "compulsory", Decimal("4")), ("", "commercial", Decimal("15")))
# Counterpart role → the rank our most senior member must hold at least (级别对等).
DEFAULT_RANK_REQUIREMENTS = (
    ("decision_maker", "leadership"),
    ("insurance_head", "team_manager"),
    ("sales_head", "department_head"),
    ("aftersales_head", "department_head"),
    ("other", "specialist"),
)
# (code, English, 中文, description English, description 中文)
DEFAULT_COOPERATION_MODELS = (
    ("win_win", "Win-win model", "共赢模式",
     "Premium and repair referrals traded both ways, shared customer operations",
     "保费与送修双向互换，共同经营客户"),
    ("agency", "Part-time agency", "兼业代理",
     "The dealer sells our motor insurance as a part-time agent for commission",
     "车商作为兼业代理销售我司车险并收取手续费"),
    ("repair_exchange", "Repairs for premium", "以修换保",
     "Accident repairs referred to the dealer in proportion to the premium it brings",
     "按车商带来的保费比例向其送修事故车"),
    ("strategic", "Strategic partnership", "战略合作",
     "Group-level agreement covering several stores and services",
     "集团层面覆盖多家门店及服务的战略合作协议"),
)
# The key people's sensitive fields a meeting's packet may carry when someone allowed to ticks them (issue 14).
PACKET_SENSITIVE = ("age", "birth_year", "background", "highlights", "hobbies")
DEFAULT_LINE_MIX = {"compulsory": Decimal("15"), "commercial": Decimal("80")}  # % of premium; other = rest
# Negotiable items offered when bottom lines are set: (code, direction, unit).
NEGOTIABLE_ITEMS = (
    ("commercial_rate", "max", "%"),
    ("compulsory_rate", "max", "%"),
    ("new_car_referral_ratio", "max", "×"),
    ("renewal_referral_ratio", "max", "×"),
    ("monthly_premium", "min", "¥"),
    ("sales_share", "min", "%"),
)

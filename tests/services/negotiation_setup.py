"""Builders shared by the negotiation service tests: a surveyed dealer, our staff, the approver role."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from desktop.rules.dealers import records as r
from desktop.services.dealers import files as dealers
from desktop.services.office import staff
from desktop.services.negotiation import settings
from desktop.services.context import ServiceContext

STAFF = (("周建国", "分公司总经理", "leadership", "leadership"), ("孙海燕", "车商渠道部总经理", "department_head", "channel"),
         ("王春梅", "车商团队经理", "team_manager", "team_manager"), ("沈明", "渠道专员", "specialist", "channel"))


def make_staff(ctx: ServiceContext) -> dict[str, r.Staff]:
    """Four staff, one per rank, keyed by rank code."""
    out = {}
    for name, title, rank, line in STAFF:
        out[rank] = staff.save(ctx, r.Staff(name=name, title=title, rank_code=rank, line=line, phone="13800000001"))
    return out


def make_dealer(ctx: ServiceContext, name: str = "杭州骏通丰田汽车销售服务有限公司", complete: bool = True, **fields) -> r.Dealer:
    """A dealer with a decision-maker and an insurance head; ``complete`` fills steps 1–2 and the profile."""
    people = [r.KeyPerson(name="王伟", role="decision_maker", position="总经理", gender="male", birth_year=1975,
                          background="销售出身" if complete else "", highlights="区域销量冠军" if complete else "",
                          hobbies="高尔夫" if complete else "", phone="13800000002"),
              r.KeyPerson(name="李娜", role="insurance_head", position="保险部经理", phone="13800000003")]
    base = dict(legal_name=name, short_name=name[:6], city="杭州", province="浙江省", address="杭州市西湖区文三路 1 号",
                main_models="凯美瑞", annual_sales=2400, contact_name="王伟", contact_phone="13800000002", brands=["丰田"],
                founded_on=date(2010, 5, 1), people=people)
    if complete:
        base.update(sources=["association", "field"], premium_scale=Decimal(9_000_000), business_structure="新车六成",
                    new_car_rate=Decimal(70), renewal_rate=Decimal(45), repair_needs="每月送修 80 台", brands_repaired=["丰田"],
                    entity_structure="独立法人", willingness="high", licence_no="330100123456",
                    visits=[r.Visit(visited_on=date(2026, 10, 1), findings="对送修资源诉求强烈")])
    base.update(fields)
    return dealers.save(ctx, r.Dealer(**base))


def grant_approver(ctx: ServiceContext, name: str | None = None) -> None:
    settings.set_role_holders(ctx, "approver", [name or ctx.user])

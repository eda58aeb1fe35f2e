"""Branch settings: caps, rank mapping, cooperation models, user roles, agenda templates, repair-resource import."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from openpyxl import Workbook

from desktop.rules.errors import RuleError
from desktop.rules.negotiation.meeting_records import AgendaStep
from desktop.rules.negotiation.records import CooperationModel, RepairResource
from desktop.rules.negotiation.policy_records import FeeCap
from desktop.services.negotiation import resources
from desktop.services.negotiation import settings
from desktop.errors import ConflictError


def test_sop_defaults_are_seeded(ctx):
    caps = {(c.region, c.line): c.cap for c in settings.fee_caps(ctx)}
    assert caps == {("", "compulsory"): Decimal(4), ("", "commercial"): Decimal(15)}, f"报行合一 defaults: {caps}"
    assert settings.rank_requirements(ctx)["decision_maker"] == "leadership", "the decision-maker calls for branch leadership"
    codes = [m.code for m in settings.cooperation_models(ctx)]
    assert "win_win" in codes and settings.cooperation_models(ctx)[0].name("zh_CN") == "共赢模式", codes
    assert settings.user_roles(ctx) == {"approver": []}, "nobody approves until the branch says so"
    assert len(settings.agenda_template(ctx, "decision_maker").steps) == 7, "the SOP's seven steps"


def test_caps_save_and_validate(ctx):
    caps = settings.fee_caps(ctx)
    saved = settings.save_fee_caps(ctx, caps + [FeeCap(None, " 杭州 ", "commercial", "12%")])
    assert ("杭州", "commercial", Decimal(12)) in [(c.region, c.line, c.cap) for c in saved], saved
    with pytest.raises(RuleError) as err:
        settings.save_fee_caps(ctx, saved + [FeeCap(None, "杭州", "commercial", "13"), FeeCap(None, "", "boats", "x")])
    fields = {p.field for p in err.value.problems}
    assert {"caps[3].region", "caps[4].line", "caps[4].cap"} <= fields, fields
    stale = saved[0]
    settings.save_fee_caps(ctx, [replace(c, cap=Decimal(5)) if c.id == stale.id else c for c in saved])
    with pytest.raises(ConflictError):
        settings.save_fee_caps(ctx, [replace(c, cap=Decimal(3)) if c.id == stale.id else c for c in saved])


def test_rank_mapping_and_roles(ctx):
    mapping = settings.save_rank_requirements(ctx, {"sales_head": "team_manager", "other": ""})
    assert mapping["sales_head"] == "team_manager" and "other" not in mapping, mapping
    with pytest.raises(RuleError):
        settings.save_rank_requirements(ctx, {"sales_head": "emperor"})
    assert settings.set_role_holders(ctx, "approver", ["钱立新", " 钱立新", "tester"]) == ["tester", "钱立新"], "trimmed, unique, by name"
    assert settings.has_role(ctx, "approver") and not settings.has_role(ctx, "approver", "someone"), "who holds it"
    assert settings.set_role_holders(ctx, "approver", ["钱立新"]) == ["钱立新"] and not settings.has_role(ctx, "approver"), "removed"
    with pytest.raises(RuleError):
        settings.set_role_holders(ctx, "king", ["x"])


def test_cooperation_models_are_an_editable_list(ctx):
    new = settings.save_cooperation_model(ctx, CooperationModel("Group Deal", "Group deal", "集团合作", position=9))
    assert new.code == "group_deal" and new.audit.version == 1, new
    gone = settings.save_cooperation_model(ctx, replace(new, active=False))
    assert "group_deal" not in [m.code for m in settings.cooperation_models(ctx)], "inactive models are not offered"
    assert gone.code in [m.code for m in settings.cooperation_models(ctx, include_inactive=True)], "but kept"
    with pytest.raises(ConflictError):
        settings.save_cooperation_model(ctx, new)
    with pytest.raises(RuleError):
        settings.save_cooperation_model(ctx, CooperationModel("", "", ""))


def test_agenda_templates_are_editable_and_resettable(ctx):
    tpl = settings.agenda_template(ctx, "aftersales")
    tpl.steps.insert(1, AgendaStep(None, "", "参观车间", "理赔管理条线", "看到钣喷产能"))
    tpl.steps[0] = replace(tpl.steps[0], title="自我介绍")
    saved = settings.save_agenda_template(ctx, tpl)
    assert [s.shown_title("en") for s in saved.steps][:3] == ["自我介绍", "参观车间", "Their repair needs and capacity"], saved.steps
    with pytest.raises(ConflictError):
        settings.save_agenda_template(ctx, tpl)
    reset = settings.reset_agenda_template(ctx, "aftersales")
    assert [s.code for s in reset.steps] == ["as.introductions", "as.needs", "as.referral", "as.claims", "as.next"], reset.steps
    with pytest.raises(RuleError):
        settings.save_agenda_template(ctx, replace(reset, kind="party"))


def test_repair_resources_import_from_excel(ctx, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["品牌", "城市", "年度", "案件数", "送修金额"])
    sheet.append(["丰田", "杭州", 2024, 320, 2_560_000])
    sheet.append(["大众", "宁波", "2025", "1,200", "960万"])
    sheet.append(["本田", "", 2025, 10, 100])  # no city
    sheet.append(["奥迪", "杭州", "明年", 10, 100])  # no year
    path = tmp_path / "送修资源.xlsx"
    book.save(path)
    result = resources.import_file(ctx, path)
    assert (result.added, result.updated) == (2, 0), result
    assert sorted(p.field for p in result.problems) == ["row 4: city", "row 5: year"], [p.field for p in result.problems]
    rows = {(x.brand, x.city, x.year): x for x in resources.list_resources(ctx)}
    vw = rows[("大众", "宁波", 2025)]
    assert (vw.repair_amount, vw.claim_count) == (Decimal(9_600_000), 1200), f"'960万' and '1,200' parsed: {vw}"
    sheet.append(["丰田", "杭州", 2024, 330, 2_600_000])
    book.save(path)
    again = resources.import_file(ctx, path)
    assert (again.added, again.updated) == (0, 1), f"the same brand/city/year replaces the row: {again}"


def test_repair_resources_import_from_csv_and_refusals(ctx, tmp_path):
    path = tmp_path / "resources.csv"
    path.write_bytes("brand,city,year,claims,amount\n丰田,杭州,2024,10,5000\n".encode("gb18030"))
    assert resources.import_file(ctx, path).added == 1, "GB18030 CSV with English headers"
    bad = tmp_path / "bad.csv"
    bad.write_text("品牌,城市\n丰田,杭州\n", encoding="utf-8")
    with pytest.raises(RuleError) as err:
        resources.import_file(ctx, bad)
    assert "年度" in err.value.messages("zh_CN")["file"] and "送修金额" in err.value.messages("zh_CN")["file"], err.value.messages()
    with pytest.raises(RuleError):
        resources.import_file(ctx, tmp_path / "absent.xlsx")
    with pytest.raises(RuleError):
        resources.save_resource(ctx, RepairResource(None, "丰田", "杭州", 2024, 1, 1))  # duplicate key

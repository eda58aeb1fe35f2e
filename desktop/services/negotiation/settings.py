"""Branch settings of negotiation preparation: classification thresholds and mainstream brands,
fee caps per region and line (报行合一), the rank mapping (级别对等), cooperation models,
user roles (who may approve policies) and agenda templates.

Every function runs on the calling thread in its own unit of work; the ``save_*`` ones change
the settings tables and refuse a stale copy (ConflictError).
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import delete, select

from desktop.persistence.models import dealers as m
from desktop.persistence.models import negotiation as n
from desktop.persistence.models import meetings as mm
from desktop.rules.negotiation import agenda as agenda_rules
from desktop.rules.negotiation.classification import validate_settings
from desktop.rules.errors import Problems
from desktop.rules.negotiation.meeting_records import AgendaStep, AgendaTemplate
from desktop.rules.negotiation.records import ClassificationSettings, CooperationModel
from desktop.rules.negotiation.policy_records import FeeCap
from desktop.rules.negotiation.vocab import LINES, MEETING_KINDS, USER_ROLES
from desktop.rules.negotiation.policy import parse_rate
from desktop.rules.text import clean, fold
from desktop.rules.dealers.vocab import PERSON_ROLES
from desktop.services.context import ServiceContext
from desktop.services.mapping import audit_of
from desktop.services.mapping import assign
from desktop.services.conflicts import check_version, stale_guard
from desktop.services.negotiation.common import sync_rows, touch


def classification_settings(ctx: ServiceContext) -> ClassificationSettings:
    with ctx.unit() as s:
        return settings_in(s)


def settings_in(s) -> ClassificationSettings:
    row = s.get(n.ClassificationSetting, 1)
    brands = list(s.scalars(select(n.MainstreamBrand.brand).order_by(n.MainstreamBrand.created_at, n.MainstreamBrand.brand)))
    if row is None:
        return ClassificationSettings(mainstream_brands=brands)
    return ClassificationSettings(row.loss_ratio_max, row.rating_min, row.sales_large_min, row.premium_large_min,
                                  row.scale_rule, row.new_within_months, row.repair_weight, row.network_weight,
                                  row.repair_years, brands, audit_of(row))


SETTING_FIELDS = ("loss_ratio_max", "rating_min", "sales_large_min", "premium_large_min", "scale_rule",
                  "new_within_months", "repair_weight", "network_weight", "repair_years")


def save_classification_settings(ctx: ServiceContext, cfg: ClassificationSettings) -> ClassificationSettings:
    """Save thresholds and the mainstream-brand list together; RuleError / ConflictError."""
    clean_cfg = validate_settings(cfg)
    with stale_guard(ctx, n.ClassificationSetting, 1), ctx.write_unit() as s:
        row = s.get(n.ClassificationSetting, 1)
        if row is None:
            row = n.ClassificationSetting(id=1)
            s.add(row)
            touch(ctx, row, new=True)
        else:
            check_version(row, cfg.audit.version)
            touch(ctx, row)
        for name in SETTING_FIELDS:
            setattr(row, name, getattr(clean_cfg, name))
        have = {b.brand: b for b in s.scalars(select(n.MainstreamBrand))}
        for brand, b in have.items():
            if brand not in clean_cfg.mainstream_brands:
                s.delete(b)
        for brand in clean_cfg.mainstream_brands:
            if brand not in have:
                b = n.MainstreamBrand(brand=brand)
                ctx.stamp(b, new=True)
                s.add(b)
    return classification_settings(ctx)


def fee_caps(ctx: ServiceContext) -> list[FeeCap]:
    with ctx.unit() as s:
        rows = s.scalars(select(n.FeeCapRow).order_by(n.FeeCapRow.region, n.FeeCapRow.line))
        return [FeeCap(r.id, r.region, r.line, r.cap, audit_of(r)) for r in rows]


def save_fee_caps(ctx: ServiceContext, caps: list[FeeCap]) -> list[FeeCap]:
    """Replace the cap table with ``caps`` (ids keep rows; a stale row is refused). RuleError caps[i].cap."""
    p = Problems()
    cleaned = []
    seen = set()
    for i, cap in enumerate(caps):
        region = clean(cap.region)
        if cap.line not in LINES:
            p.add(f"caps[{i}].line", "value.choice", value=cap.line)
        value = p.check(f"caps[{i}].cap", parse_rate, cap.cap)
        if (region, cap.line) in seen:
            p.add(f"caps[{i}].region", "policy.duplicate_cap", region=region or "*", line=cap.line)
        seen.add((region, cap.line))
        cleaned.append(replace(cap, region=region, cap=value))
    p.raise_if_any()
    with ctx.write_unit() as s:
        rows = {r.id: r for r in s.scalars(select(n.FeeCapRow))}
        keep = {c.id for c in cleaned if c.id is not None}
        for rid, row in rows.items():
            if rid not in keep:
                s.delete(row)
        s.flush()
        for cap in cleaned:
            row = rows.get(cap.id) if cap.id is not None else None
            if row is None:
                row = n.FeeCapRow()
                s.add(row)
                ctx.stamp(row, new=True)
            elif (row.region, row.line, row.cap) != (cap.region, cap.line, cap.cap):
                check_version(row, cap.audit.version)
                ctx.stamp(row, new=False)
            row.region, row.line, row.cap = cap.region, cap.line, cap.cap
    return fee_caps(ctx)


def rank_requirements(ctx: ServiceContext) -> dict[str, str]:
    """Counterpart role → the rank code our most senior member needs."""
    with ctx.unit() as s:
        return {r.role: r.rank_code for r in s.scalars(select(n.RankRequirement))}


def save_rank_requirements(ctx: ServiceContext, mapping: dict[str, str]) -> dict[str, str]:
    p = Problems()
    with ctx.write_unit() as s:
        codes = set(s.scalars(select(m.StaffRank.code)))
        for role, code in mapping.items():
            if role not in PERSON_ROLES:
                p.add(f"roles.{role}", "value.choice", value=role)
            if code and code not in codes:
                p.add(f"roles.{role}", "value.choice", value=code)
        p.raise_if_any()
        rows = {r.role: r for r in s.scalars(select(n.RankRequirement))}
        for role, code in mapping.items():
            row = rows.get(role)
            if not code:
                if row is not None:
                    s.delete(row)
            elif row is None:
                row = n.RankRequirement(role=role, rank_code=code)
                ctx.stamp(row, new=True)
                s.add(row)
            elif row.rank_code != code:
                row.rank_code = code
                ctx.stamp(row, new=False)
    return rank_requirements(ctx)


def cooperation_models(ctx: ServiceContext, *, include_inactive: bool = False) -> list[CooperationModel]:
    with ctx.unit() as s:
        stmt = select(n.CooperationModelRow).order_by(n.CooperationModelRow.position, n.CooperationModelRow.code)
        if not include_inactive:
            stmt = stmt.where(n.CooperationModelRow.active.is_(True))
        return [CooperationModel(r.code, r.name_en, r.name_zh, r.description_en, r.description_zh, r.position,
                                 r.active, audit_of(r)) for r in s.scalars(stmt)]


def save_cooperation_model(ctx: ServiceContext, model: CooperationModel) -> CooperationModel:
    """Create (audit.version 0) or update one model of the list; RuleError code/name_en/name_zh."""
    p = Problems()
    code = fold(model.code).lower().replace(" ", "_")
    for name, value in (("code", code), ("name_en", clean(model.name_en)), ("name_zh", clean(model.name_zh))):
        if not value:
            p.add(name, "required")
    p.raise_if_any()
    with stale_guard(ctx, n.CooperationModelRow, code), ctx.write_unit() as s:
        row = s.get(n.CooperationModelRow, code)
        if row is None:
            row = n.CooperationModelRow(code=code)
            s.add(row)
            ctx.stamp(row, new=True)
        else:
            check_version(row, model.audit.version)
            ctx.stamp(row, new=False)
        row.name_en, row.name_zh = clean(model.name_en), clean(model.name_zh)
        row.description_en, row.description_zh = model.description_en.strip(), model.description_zh.strip()
        row.position, row.active = model.position, model.active
    return next(x for x in cooperation_models(ctx, include_inactive=True) if x.code == code)


def user_roles(ctx: ServiceContext) -> dict[str, list[str]]:
    """Role → profile names holding it."""
    with ctx.unit() as s:
        out: dict[str, list[str]] = {role: [] for role in USER_ROLES}
        for row in s.scalars(select(n.UserRole).order_by(n.UserRole.profile_name)):
            out.setdefault(row.role, []).append(row.profile_name)
        return out


def set_role_holders(ctx: ServiceContext, role: str, profile_names: list[str]) -> list[str]:
    """Replace who holds ``role`` (profile names as typed in each user's settings)."""
    p = Problems()
    if role not in USER_ROLES:
        p.add("role", "value.choice", value=role)
    names = list(dict.fromkeys(x for x in (clean(v) for v in profile_names) if x))
    if any(len(x) > 60 for x in names):
        p.add("profile_names", "value.too_long", max=60)
    p.raise_if_any()
    with ctx.write_unit() as s:
        s.execute(delete(n.UserRole).where(n.UserRole.role == role, n.UserRole.profile_name.not_in(names)))
        have = set(s.scalars(select(n.UserRole.profile_name).where(n.UserRole.role == role)))
        for name in names:
            if name not in have:
                row = n.UserRole(profile_name=name, role=role)
                ctx.stamp(row, new=True)
                s.add(row)
    return user_roles(ctx)[role]


def has_role(ctx: ServiceContext, role: str, profile_name: str | None = None) -> bool:
    with ctx.unit() as s:
        return s.get(n.UserRole, (profile_name or ctx.user, role)) is not None


def agenda_template(ctx: ServiceContext, kind: str) -> AgendaTemplate:
    """The editable template of a meeting kind (the defaults when the branch has none)."""
    with ctx.unit() as s:
        row = s.get(mm.AgendaTemplateRow, kind)
        if row is None:
            return AgendaTemplate(None, kind, agenda_rules.default_steps(kind))
        steps = [AgendaStep(x.id, x.code, x.title, x.owner, x.standard) for x in row.steps]
        return AgendaTemplate(None, kind, steps, audit_of(row))


def save_agenda_template(ctx: ServiceContext, template: AgendaTemplate) -> AgendaTemplate:
    """Replace a kind's steps; RuleError steps[i].title, ConflictError when stale."""
    if template.kind not in MEETING_KINDS:
        problems = Problems()
        problems.add("kind", "value.choice", value=template.kind)
        problems.raise_if_any()
    steps = agenda_rules.validate_steps(template.steps)
    with stale_guard(ctx, mm.AgendaTemplateRow, template.kind), ctx.write_unit() as s:
        row = s.get(mm.AgendaTemplateRow, template.kind)
        if row is None:
            row = mm.AgendaTemplateRow(kind=template.kind)
            s.add(row)
            touch(ctx, row, new=True)
        else:
            check_version(row, template.audit.version)

        def fill(r, st, pos):
            return assign(r, position=pos, code=st.code, title=st.title, owner=st.owner, standard=st.standard)

        if sync_rows(ctx, row.steps, steps, mm.AgendaTemplateStep, fill) and row.version:
            touch(ctx, row)
    return agenda_template(ctx, template.kind)


def reset_agenda_template(ctx: ServiceContext, kind: str) -> AgendaTemplate:
    """Back to the SOP's default steps (whose words follow the language)."""
    current = agenda_template(ctx, kind)
    return save_agenda_template(ctx, AgendaTemplate(None, kind, agenda_rules.default_steps(kind), current.audit))


def rank_table(s) -> tuple[dict[str, int], dict[str, dict]]:
    """(rank code → level, rank code → {'en': name, 'zh_CN': name}) inside a unit of work."""
    rows = list(s.scalars(select(m.StaffRank)))
    return {r.code: r.level for r in rows}, {r.code: {"en": r.name_en, "zh_CN": r.name_zh} for r in rows}


"""The packet's dealer pages: profile and figures, classification and why, the policies with
their bottom lines, strategy and scripts, and the decision-makers' profiles.
"""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Flowable, Spacer

from desktop.documents.dealers import facts as F
from desktop.documents.negotiation.packet_meeting import Copy, section, sub
from desktop.documents.styles import CONTENT_WIDTH, Palette
from desktop.documents.tables import callout, data_table, facts_table
from desktop.documents.text import (
    DASH, clean, fmt_amount, fmt_date, fmt_money, fmt_percent, fmt_ratio, join_list, or_dash, para,
)
from desktop.i18n import t
from desktop.rules.negotiation.meeting_records import Dossier
from desktop.rules.negotiation import packet_access as access
from desktop.rules.negotiation.reasons import sentence
from desktop.rules.negotiation.policy_records import Economics, PolicyVersion
from desktop.rules.negotiation.vocab import LINES
from desktop.rules.dealers.vocab import label


def _yes_no(value: bool | None, lang: str) -> str:
    return DASH if value is None else t("doc.packet.yes" if value else "doc.packet.no", lang)


def _label(key: str, fallback: str, lang: str) -> str:
    """A vocabulary label when the catalogue has one, else the text as the user wrote it."""
    text = t(key, lang)
    return fallback if text == key else text


def profile(n: int, d: Dossier, c: Copy) -> list[Flowable]:
    dealer, lang, st = d.dealer, c.lang, c.st
    out = [section(n, "doc.packet.s.profile", c), F.figures(dealer, lang, st), Spacer(1, 6),
           F.facts(F.identity_pairs(dealer, lang) + F.business_pairs(dealer, lang), st, lang)]
    visits = sorted(dealer.visits, key=lambda v: v.visited_on or date.min, reverse=True)
    if visits:
        rows = [[fmt_date(v.visited_on, lang), join_list(v.visitor_names, lang), or_dash(v.findings), or_dash(v.next_step)]
                for v in visits]
        out += [sub("doc.card.visits", c), data_table(
            [F.field("visited_on", lang), t("doc.card.visitors", lang), F.field("findings", lang), F.field("next_step", lang)],
            rows, [1.3, 1.4, 3.8, 2.4], st, small=True)]
    if clean(dealer.notes).strip():
        out += [sub("doc.card.notes", c), para(dealer.notes, st.body)]
    return out


def classification(n: int, d: Dossier, c: Copy) -> list[Flowable]:
    lang, st = c.lang, c.st
    out = [section(n, "doc.packet.s.classification", c)]
    cls, fresh = d.classification, d.fresh_classification
    if cls is None and fresh is None:
        return out + [para(t("doc.packet.unclassified", lang), st.body)]
    tier = cls.tier if cls else fresh.tier
    why = sentence(cls if cls else fresh, lang)
    out.append(callout([para(t(f"cls.tier.{tier}", lang), st.h2), para(why, st.body)],
                       background=Palette.navy_light, rule=Palette.navy))
    if cls is not None and fresh is not None and fresh.tier != cls.tier:
        out.append(para(t("doc.packet.fresh", lang, text=sentence(fresh, lang)), st.note))
    a = d.assessment
    if a is not None:
        out += [Spacer(1, 6), facts_table([
            (t("doc.packet.loss_ratio", lang), fmt_percent(a.loss_ratio)),
            (t("doc.packet.rating", lang), str(a.manager_rating) if a.manager_rating else DASH),
            (t("doc.packet.terms_changeable", lang), _yes_no(a.terms_changeable, lang)),
            (t("doc.packet.selectable", lang), _yes_no(a.business_selectable, lang)),
            (t("doc.packet.repair_need", lang), fmt_money(a.repair_need_amount, lang)),
            (t("doc.packet.assessment_note", lang), or_dash(a.note)),
        ], st, label_share=0.42)]
    return out


def policies(n: int, d: Dossier, c: Copy) -> list[Flowable]:
    lang, st = c.lang, c.st
    out = [section(n, "doc.packet.s.policies", c)]
    shown = d.approved_policy or d.draft_policy
    if shown is None:
        out.append(para(t("doc.packet.no_policy", lang), st.body))
    else:
        out += _policy(shown, d, c)
    out += [sub("doc.packet.bottom_lines", c)]
    if not access.sees_bottom_lines(c.holder):  # only the main negotiator and leadership carry them
        names = join_list([clean(x) for x in access.whom_to_ask(d)], lang)
        return out + [callout([para(t("doc.packet.bottom_lines_withheld", lang, names=names), st.body)],
                              background=Palette.accent_light, rule=Palette.accent)]
    lines = d.strategy.bottom_lines
    rows = [[_label(f"neg.item.{b.item}", b.item, lang),
             f"{t(f'neg.direction.{b.direction}', lang)} {fmt_amount(b.value, b.unit, lang)}", or_dash(b.note)]
            for b in lines]
    col = lambda key: t(f"doc.packet.col.{key}", lang)  # noqa: E731
    out.append(callout([data_table([col("item"), col("limit"), col("note")], rows, [2.6, 2.0, 3.6], st,
                                   total_width=_inner(), small=True)],
                       background=Palette.accent_light, rule=Palette.accent)
               if rows else para(t("doc.packet.none", lang), st.body))
    return out


def _inner() -> float:
    return CONTENT_WIDTH - 20  # inside a callout's padding


def _policy(p: PolicyVersion, d: Dossier, c: Copy) -> list[Flowable]:
    lang, st = c.lang, c.st
    out = [para(t("doc.packet.policy_version", lang, number=p.number, status=t(f"policy.status.{p.status}", lang)), st.h2)]
    if p.status != "approved":
        out.append(para(t("doc.packet.not_approved", lang), st.note))
    elif d.draft_policy is not None:
        out.append(para(t("doc.packet.newer_draft", lang, number=d.draft_policy.number), st.caption))
    breaches = {b.line: b for b in p.breaches}
    rows = [[t(f"policy.line.{line}", lang), fmt_percent(p.rates.get(line)), fmt_percent(p.mix.get(line)),
             breaches[line].fact().text(lang) if line in breaches else t("doc.packet.within", lang)]
            for line in LINES if p.rates.get(line) is not None or line in p.mix]
    col = lambda key: t(f"doc.packet.col.{key}", lang)  # noqa: E731
    out += [sub("doc.packet.fee", c), data_table([col("line"), col("rate"), col("mix"), col("cap")], rows,
                                                 [1.8, 1.4, 1.4, 4], st, numeric=(1, 2))
            if rows else para(t("doc.packet.none", lang), st.body)]
    if p.bonuses:
        # a rate and an amount are different figures: each under its own column, with its unit
        bonus_rows = [[b.label, t(f"policy.line.{b.line}", lang) if b.line else DASH,
                       fmt_percent(b.rate) if b.rate is not None else DASH,
                       fmt_money(b.amount, lang) if b.amount is not None else DASH, or_dash(b.condition)]
                      for b in p.bonuses]
        out += [sub("doc.packet.bonuses", c), data_table(
            [col("item"), col("line"), col("bonus_rate"), col("bonus_amount"), t("doc.packet.col.condition", lang)],
            bonus_rows, [2, 1.4, 1.3, 1.3, 3], st, numeric=(2, 3), small=True)]
    out += [sub("doc.packet.underwriting", c), facts_table([
        (t("doc.packet.vehicle_types", lang), join_list([t(f"policy.vehicle.{v}", lang) for v in p.vehicle_types], lang)),
        (t("doc.packet.max_age", lang), t("doc.packet.years", lang, n=p.max_vehicle_age) if p.max_vehicle_age is not None else DASH),
        (t("doc.packet.conditions", lang), or_dash(p.conditions)),
        (t("doc.packet.exclusions", lang), or_dash("\n".join([*p.exclusions, p.exclusions_text]).strip())),
    ], st, columns=1, label_share=0.25)]
    out += [sub("doc.packet.repair", c), facts_table([
        (t("doc.packet.new_car_ratio", lang), fmt_ratio(p.new_car_ratio, lang)),
        (t("doc.packet.renewal_ratio", lang), fmt_ratio(p.renewal_ratio, lang)),
        (t("doc.packet.min_monthly", lang), fmt_money(p.min_monthly_premium, lang)),
        (t("doc.packet.min_share", lang), fmt_percent(p.min_sales_share)),
        (t("doc.packet.referral_brands", lang), join_list(p.referral_brands, lang)),
    ], st, label_share=0.42)]
    if d.economics is not None:
        out += economics(d.economics, c)
    if clean(p.note).strip():
        out += [sub("doc.card.notes", c), para(p.note, st.body)]
    return out


def economics(e: Economics, c: Copy) -> list[Flowable]:
    """The estimate, or 未测算 for every figure it could not work out — never a 0 standing for "unknown"."""
    lang, st = c.lang, c.st
    known = not e.missing
    unknown = t("doc.packet.not_estimated", lang)
    money = lambda v: fmt_money(v, lang) if known else unknown  # noqa: E731
    pairs = [
        (t("doc.packet.expected_premium", lang), money(e.expected_premium)),
        (t("doc.packet.new_car_premium", lang), money(e.new_car_premium)),
        (t("doc.packet.commission_cost", lang), money(e.commission_cost)),
        (t("doc.packet.bonus_cost", lang), fmt_money(e.bonus_cost, lang) if known or e.bonus_cost else unknown),
        (t("doc.packet.effective_rate", lang), fmt_percent(e.effective_rate) if known else unknown),
        (t("doc.packet.referral_value", lang), money(e.referral_value)),
        (t("doc.packet.referral_ratio", lang), fmt_ratio(e.referral_ratio, lang) if known else unknown),
        (t("doc.packet.share_of_current", lang), fmt_percent(e.share_of_current) if known else unknown),
        (t("doc.packet.conditions_met", lang), _yes_no(e.referral_conditions_met, lang) if known else unknown),
    ]
    out = [sub("doc.packet.economics", c), facts_table(pairs, st, label_share=0.42)]
    if not known:
        names = join_list([t(f"econ.input.{m}", lang) for m in e.missing], lang)
        out.append(para(t("doc.packet.not_estimated_why", lang, missing=names), st.note))
    return out


def strategy(n: int, d: Dossier, c: Copy) -> list[Flowable]:
    lang, st, s = c.lang, c.st, d.strategy
    out = [section(n, "doc.packet.s.strategy", c)]
    model = d.cooperation_model
    model_text = f"{model.name(lang)}：{model.description_zh}" if model and lang == "zh_CN" else \
        (f"{model.name(lang)}: {model.description_en}" if model else DASH)
    out.append(facts_table([
        (t("doc.packet.model", lang), model_text), (t("doc.packet.model_content", lang), or_dash(s.model_content)),
        (t("doc.packet.analysis", lang), or_dash(s.decision_analysis)),
        (t("doc.packet.interests", lang), or_dash(s.common_interests)),
    ], st, columns=1, label_share=0.22))
    rows = [[sc.situation, sc.script] for sc in s.scripts]
    col = lambda key: t(f"doc.packet.col.{key}", lang)  # noqa: E731
    out += [sub("doc.packet.scripts", c), data_table([col("situation"), col("script")], rows, [2.4, 5.6], st)
            if rows else para(t("doc.packet.none", lang), st.body)]
    return out


def decision_makers(n: int, d: Dossier, c: Copy) -> list[Flowable]:
    lang, st = c.lang, c.st
    out = [section(n, "doc.packet.s.people", c)]
    if not d.decision_makers:
        return out + [para(t("doc.packet.no_people", lang), st.body)]
    year = (d.meeting.day if d.meeting and d.meeting.day else c.issued_on).year
    for p in d.decision_makers:
        ties = [t("doc.packet.tie", lang, staff=clean(r.staff_name), strength="★" * r.strength + "☆" * (5 - r.strength),
                  note=clean(r.note)).strip() for r in d.relationships if r.key_person_id == p.id]
        pairs = [(F.field("gender", lang), label("gender", p.gender, lang)),
                 (F.field("role", lang), label("role", p.role, lang)), (F.field("phone", lang), or_dash(p.phone))]
        # a sensitive field only when ticked for this meeting (the cover says which); otherwise absent
        for code, value in access.personal(d, p, date(year, 1, 1)):
            shown = t("doc.packet.age_value", lang, n=value) if code == "age" else value
            pairs.append((t("doc.packet.age", lang) if code == "age" else F.field(code, lang), shown))
        pairs.append((t("doc.packet.ties", lang), join_list(ties, lang)))
        if clean(p.notes).strip():
            pairs.append(("", p.notes))
        out += [para(f"{clean(p.name)} · {clean(p.position) or label('role', p.role, lang)}", st.h2),
                F.facts(pairs, st, lang), Spacer(1, 4)]
    return out


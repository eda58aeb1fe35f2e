"""Our advantages in the branch settings (issue 14): saved with source and month, refused when a figure
cannot be backed up, stale copies refused, the demo branch's figures, and the brochure's facts."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import text

from desktop.errors import ConflictError
from desktop.persistence import migrate
from desktop.persistence.engine import make_engine
from desktop.rules.errors import RuleError
from desktop.rules.negotiation.advantages import CODES
from desktop.services.negotiation import advantages


def _edit(items, code, **values):
    return [replace(a, **values) if a.code == code else a for a in items]


def test_figures_are_stored_with_source_and_month_and_cleared_again(ctx):
    blank = advantages.advantages(ctx)
    assert [a.code for a in blank] == list(CODES) and not any(a.is_set for a in blank), "nothing set on a new database"
    saved = advantages.save_advantages(ctx, _edit(blank, "flash_claims", value=" 小额案件 1 小时内赔付 ", source="分公司理赔部",
                                                  as_of="2026年10月"))
    flash = next(a for a in saved if a.code == "flash_claims")
    assert (flash.value, flash.source, flash.as_of, flash.audit.version) == ("小额案件 1 小时内赔付", "分公司理赔部", "2026-10", 1), flash
    assert flash.audit.created_by == "tester", "stamped with the user"
    cleared = advantages.save_advantages(ctx, _edit(saved, "flash_claims", value="", source="", as_of=""))
    assert not any(a.is_set for a in cleared), "a figure cleared is removed"


@pytest.mark.parametrize("values, field, code", [
    (dict(value="第 4 位", source="", as_of="2026-10"), "market_rank.source", "advantage.no_source"),
    (dict(value="第 4 位", source="协会", as_of=""), "market_rank.as_of", "advantage.no_month"),
    (dict(value="第 4 位", source="协会", as_of="去年"), "market_rank.as_of", "advantage.bad_month"),
    (dict(value="", source="协会", as_of="2026-10"), "market_rank.value", "advantage.no_value"),
    (dict(value="第\u202e4 位", source="协会", as_of="2026-10"), "market_rank.value", "value.unsafe_chars"),
])
def test_a_figure_that_cannot_be_backed_up_is_refused(ctx, values, field, code):
    with pytest.raises(RuleError) as err:
        advantages.save_advantages(ctx, _edit(advantages.advantages(ctx), "market_rank", **values))
    assert (err.value.problems[0].field, err.value.problems[0].code) == (field, code), err.value.problems
    assert not any(a.is_set for a in advantages.advantages(ctx)), "nothing stored"


def test_a_stale_copy_is_refused(ctx):
    first = advantages.save_advantages(ctx, _edit(advantages.advantages(ctx), "brand", value="全国性公司", source="年报",
                                                  as_of="2026-06"))
    advantages.save_advantages(ctx, _edit(first, "brand", value="全国性财产保险公司"))
    with pytest.raises(ConflictError):
        advantages.save_advantages(ctx, _edit(first, "brand", value="另一种说法"))


def test_the_demo_branch_states_every_figure_and_its_brochure_facts(demo_ctx):
    figures = advantages.advantages(demo_ctx)
    assert all(a.is_set and a.source and a.as_of == "2026-10" for a in figures), f"every demo figure is set: {figures}"
    flash = next(a for a in figures if a.code == "flash_claims")
    assert "1 小时内赔付" in flash.value and flash.source == "分公司理赔部", flash


def test_existing_insurers_keep_their_rows_through_the_migration(db_url):
    engine = make_engine(db_url)
    try:
        migrate.upgrade(engine, "0011_packet")
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO dealers (id, legal_name, short_name, province, city, district, address, main_models, "
                              "dealer_type, contact_name, contact_phone, business_structure, repair_needs, entity_structure, "
                              "willingness, licence_no, notes, archived, team, name_pinyin, name_initials, version, created_at, "
                              "created_by, updated_at, updated_by) VALUES (1, '甲车商', '', '', '杭州', '', '', '', '', '', '', '', "
                              "'', '', '', '', '', false, '', '', '', 1, CURRENT_TIMESTAMP, 't', CURRENT_TIMESTAMP, 't')"))
            conn.execute(text("INSERT INTO dealer_insurers (id, dealer_id, insurer, share, position) VALUES (1, 1, '人保财险', 60, 0)"))
        migrate.upgrade(engine)
        with engine.connect() as conn:
            row = conn.execute(text("SELECT insurer, share, fee_terms, repair_terms, other_terms FROM dealer_insurers")).one()
            logo = conn.execute(text("SELECT logo, logo_name FROM contract_branch WHERE id = 1")).one()
            figures = conn.execute(text("SELECT count(*) FROM branch_advantages")).scalar()
        assert (row[0], float(row[1]), row[2], row[3], row[4]) == ("人保财险", 60.0, "", "", ""), f"kept, no terms known: {row}"
        assert tuple(logo) == (None, ""), f"no logo until the branch sets one: {logo}"
        assert figures == 0, "no figure invented by the migration"
    finally:
        engine.dispose()

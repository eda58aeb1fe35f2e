"""The bundled default text reaches a database that already has templates: an older bundled
version gets the new one as its next version (contracts keep the version they were made with);
a branch's own edit is never replaced. A new contract starts with the template's own terms."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import update

from desktop.persistence.models import contracts as cm
from desktop.services.contracts import settings
from tests.services.contracts_support import new_contract


def test_an_older_bundled_text_gets_the_new_one_as_its_next_version(ctx):
    c = new_contract(ctx)
    first = settings.current_template(ctx, "cooperation")
    table = cm.ContractTemplateRow.__table__
    with ctx.unit() as s:  # as a database made before the new default text stands
        s.execute(update(table).where(table.c.id == first.id).values(clauses=[{"heading_zh": "旧条款", "heading_en": "Old",
                                                                               "text_zh": "旧文本", "text_en": "old"}], fields=[]))
    newest = settings.current_template(ctx, "cooperation")
    assert newest.version == first.version + 1 and newest.source == "bundled", "the shipped text is the next version"
    assert "廉洁与反商业贿赂" in [x.heading_zh for x in newest.clauses], "with the full clauses"
    from desktop.services.contracts import drafts as contracts

    assert contracts.get(ctx, c.id).template_version == first.version, "an existing contract keeps its version"


def test_a_branch_edit_is_never_replaced_by_the_bundled_text(ctx):
    t = settings.current_template(ctx, "cooperation")
    edited = settings.save_template(ctx, replace(t, title_zh="本分公司合作协议", note="分公司修改"))
    assert settings.current_template(ctx, "cooperation").version == edited.version, "the branch's edit stays current"
    assert settings.current_template(ctx, "cooperation").title_zh == "本分公司合作协议", "its text untouched"


def test_a_new_contract_starts_with_the_template_s_own_terms(ctx):
    c = new_contract(ctx)
    extra = c.terms.extra
    assert extra["settlement_cycle"] == "自然月" and extra["penalty_amount"] == "50000", "the template's defaults"
    assert extra["dealer_account_name"] == c.dealer.name, "the account is the dealer's own corporate account"
    assert extra["dealer_account_no"] == "" and extra["branch_contact"] == "", "left for the drafter to fill in"

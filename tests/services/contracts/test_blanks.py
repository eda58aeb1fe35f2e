"""A contract is submitted and signed only when no term of its text is blank and its required
documents are attached; a pack printed with blanks says 未就绪 on every page; a signed contract's
checklist is in Chinese with nothing missing; a revision's 补充协议 lists exactly the terms that changed."""

from __future__ import annotations

import re
import subprocess
from dataclasses import replace
from decimal import Decimal

import pytest

from desktop.rules.contracts import blanks
from desktop.rules.contracts.lifecycle import LIVE, REQUIRED_ATTACHMENTS
from desktop.rules.errors import RuleError
from desktop.services.contracts import attachments, drafts as contracts, lifecycle as lc, pack, settings
from tests.documents.pdfcheck import page_texts, squash
from tests.services.contracts_support import DAY, image_bytes, new_contract, ready, submit_ready


def _refusal(action) -> RuleError:
    with pytest.raises(RuleError) as caught:
        action()
    return caught.value


def _pack_pages(ctx, tmp_path, contract_id, name):
    out = tmp_path / name
    pack.generate(ctx, contract_id, out, "zh_CN", today=DAY)
    return page_texts(out)


def test_submitting_is_refused_naming_every_blank_until_none_is_left(ctx):
    c = new_contract(ctx)
    err = _refusal(lambda: lc.submit(ctx, c.id, c.audit.version, today=DAY))
    message = err.problems[0].message("zh_CN")
    for label in ("乙方银行账号", "乙方开户银行", "甲方联系人", "乙方联系人电话", "续保率目标"):
        assert label in message, f"the refusal names {label}: {message}"
    assert "未提交" in message and "Not submitted" in err.problems[0].message("en"), "said in both languages"
    c = ready(ctx, c)
    c = contracts.save_draft(ctx, replace(c, terms=replace(c.terms, extra={**c.terms.extra, "dealer_account_no": " "})))
    err = _refusal(lambda: lc.submit(ctx, c.id, c.audit.version, today=DAY))
    assert err.problems[0].params["count"] == 1 and "乙方银行账号" in err.problems[0].message("zh_CN"), \
        "a single blank left is still refused, and named"
    assert contracts.get(ctx, c.id).status == "draft", "still a draft"
    c = ready(ctx, c)
    assert lc.submit(ctx, c.id, c.audit.version, today=DAY).status == "under_review", "no blank left: submitted"


def test_signing_is_refused_while_a_term_is_blank_or_a_required_document_is_missing(ctx):
    c = submit_ready(ctx, new_contract(ctx))
    ours = contracts.get(ctx, c.id)
    template = settings.get_template(ctx, ours.template_id)
    assert blanks.blanks(ours, template) == [], "ready: no blank"
    # A contract under review whose terms lost a value (older data, edited outside the app) is not signed.
    # (Core statements: the ORM itself refuses to change a contract under review.)
    from sqlalchemy import delete, update

    from desktop.persistence.models import contracts as cm

    table = cm.ContractRow.__table__

    def set_penalty(value):
        with ctx.unit() as s:
            terms = s.get(cm.ContractRow, c.id).terms
            s.execute(update(table).where(table.c.id == c.id)
                      .values(terms={**terms, "extra": {**terms["extra"], "penalty_amount": value}}))

    set_penalty("")
    err = _refusal(lambda: lc.sign(ctx, c.id, contracts.get(ctx, c.id).audit.version, today=DAY))
    assert "违约金" in err.problems[0].message("zh_CN") and "不能签署" in err.problems[0].message("zh_CN"), err
    set_penalty("30000")
    with ctx.unit() as s:
        docs = cm.ContractAttachmentRow.__table__
        s.execute(delete(docs).where(docs.c.contract_id == c.id, docs.c.doc_type == "authorisation"))
    err = _refusal(lambda: lc.sign(ctx, c.id, contracts.get(ctx, c.id).audit.version, today=DAY))
    assert err.problems[0].message("zh_CN") == "不能签署：尚缺 1 份必备附送材料：授权委托书。", err.problems[0].message("zh_CN")
    assert contracts.get(ctx, c.id).status == "under_review", "not signed"


def test_a_pack_printed_with_blanks_says_not_ready_on_every_page(ctx, tmp_path):
    c = new_contract(ctx)
    pages = _pack_pages(ctx, tmp_path, c.id, "blank.pdf")
    for n, text in enumerate(pages, start=1):
        assert "未就绪" in text, f"page {n} carries 未就绪"
    assert "以下条款尚为空白：" in squash(pages[0]) and "乙方银行账号" in squash(pages[0]), "the cover names the blanks"
    c = ready(ctx, c)
    pages = _pack_pages(ctx, tmp_path, c.id, "ready.pdf")
    assert not any("未就绪" in p for p in pages), "a contract without blanks carries no such mark"
    assert not any("____" in p for p in pages if "签字盖章" not in p and "补充协议" not in p), "no line to fill by hand"


def test_a_signed_contracts_checklist_is_in_chinese_with_nothing_missing(ctx, tmp_path):
    c = new_contract(ctx)
    c = ready(ctx, c)
    c = lc.sign(ctx, c.id, lc.submit(ctx, c.id, c.audit.version, today=DAY).audit.version, today=DAY)
    pages = _pack_pages(ctx, tmp_path, c.id, "signed.pdf")
    checklist = next(p for p in pages if "附送材料清单" in p and "序号" in p)
    for name in ("营业执照", "保险兼业代理资质", "授权委托书"):
        assert name in checklist, f"{name} listed by its Chinese name"
    assert "缺少" not in checklist.replace("缺少的必备材料", ""), "nothing shown as missing on a signed contract"
    assert checklist.count("已附") == len(REQUIRED_ATTACHMENTS), "every required document attached"
    assert not re.search(r"Business|licence|Letter|Agency", checklist), "no English name in the checklist"


def test_every_contract_of_the_demo_is_complete_once_submitted(demo_ctx):
    """Over the demo territory: every contract past draft has no blank (or could not have been signed),
    and every signed one has its required documents."""
    rows = contracts.list_rows(demo_ctx)
    checked = 0
    for line in rows:
        c = contracts.get(demo_ctx, line.id)
        template = settings.get_template(demo_ctx, c.template_id)
        if c.status == "draft":
            continue
        assert blanks.blanks(c, template) == [], f"{c.title_number} ({c.status}) has blanks: {blanks.blanks(c, template)}"
        if c.status in LIVE or c.signed_on is not None:
            assert blanks.missing_documents(c) == [], f"{c.title_number} was signed without {blanks.missing_documents(c)}"
        checked += 1
    assert checked >= 5, "the demo has contracts past draft"


def _layout_pages(ctx, tmp_path, contract_id, name) -> list[str]:
    out = tmp_path / name
    pack.generate(ctx, contract_id, out, "zh_CN", today=DAY)
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True).stdout
    return text.split("\f")


def _supplement_rows(pages: list[str]) -> dict[str, tuple[str, str]]:
    page = next(p for p in pages if "补充协议（第1号）" in p and "变更事项" in p)
    body = page.split("变更为", 1)[1].split("除上述变更外", 1)[0]
    found = {}
    for line in body.splitlines():
        cells = [x for x in re.split(r"\s{2,}", line.strip()) if x]
        if len(cells) == 4 and cells[0].isdigit():
            found[cells[1]] = (squash(cells[2]), squash(cells[3]))
    return found


def test_a_revision_lists_exactly_the_terms_that_changed(ctx, tmp_path):
    c = ready(ctx, new_contract(ctx))
    c = lc.sign(ctx, c.id, lc.submit(ctx, c.id, c.audit.version, today=DAY).audit.version, today=DAY)
    a = lc.amend(ctx, c.id, c.audit.version, today=DAY)
    extra = {**a.terms.extra, "penalty_amount": "80000", "dealer_bank": "招商银行杭州分行"}
    a = contracts.save_draft(ctx, replace(a, terms=replace(a.terms, target_monthly_premium=Decimal("200000"), extra=extra)))
    rows = _supplement_rows(_layout_pages(ctx, tmp_path, a.id, "revision.pdf"))
    assert rows == {
        "月度保费目标": ("15万元（人民币壹拾伍万元整）", "20万元（人民币贰拾万元整）"),
        "违约金": ("5万元（人民币伍万元整）", "8万元（人民币捌万元整）"),
        "乙方开户银行": ("中国工商银行杭州分行", "招商银行杭州分行"),
    }, f"the 补充协议 lists each changed term old → new, and nothing else: {rows}"
    assert "第 1 页" in _pack_pages(ctx, tmp_path, c.id, "first.pdf")[0] and not any(
        "补充协议（第" in p for p in _pack_pages(ctx, tmp_path, c.id, "first2.pdf")), "the first revision has no supplement"

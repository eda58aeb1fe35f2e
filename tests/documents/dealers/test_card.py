"""The dealer file card: one page whatever the file holds, personal details only on request."""

from __future__ import annotations

import io
from datetime import date

import pypdf

from desktop.documents import styles as S
from desktop.documents.dealers.card import render_dealer_card
from desktop.rules.dealers.records import InsurerShare
from desktop.services.dealers import files as dealers
from desktop.services.dealers import listing
from tests.documents import factories as F
from tests.documents.pdfcheck import outside_margins, page_count, pdftotext, pypdf_text, squash

MARKERS = [f"{kind}{n:02d}XQ" for kind in ("BG", "HL", "HB") for n in (1, 2)]
TRUNCATED_ZH = "部分内容过长，已截断以保持单页"


def _card(tmp_path, dealer, lang="zh_CN", **kw):
    return render_dealer_card(dealer, lang, tmp_path / f"card-{lang}.pdf", issued_on=date(2026, 11, 26), **kw)


def test_card_shows_the_file_exactly(tmp_path):
    out = _card(tmp_path, F.dealer())
    text = pdftotext(out)
    assert page_count(out) == 1, "the card is one page"
    for wanted in ("车商档案卡", "杭州远景之星", "杭州远景之星汽车销售服务有限公司", "91330100MA2XXXXX0L",
                   "浙江省杭州市西湖区文三路 88 号", "0571-88886666", "1,865万元", "86.5%", "52.3%", "3,200",
                   "平安产险 60%、人保财险", "政府部门、实地走访（已核实）", "第1次走访：售后产能富余", "第 1 页 / 共 1 页"):
        assert wanted in text, f"{wanted!r} must be on the card exactly as written"
    assert TRUNCATED_ZH not in text, "a normal file is not shortened"


def test_sensitive_fields_are_absent_by_default(tmp_path):
    dealer = F.dealer(people=[F.person(1, birth_year=1931), F.person(2)])
    out = _card(tmp_path, dealer)
    text = pdftotext(out) + pypdf_text(out)
    for marker in MARKERS + ["1931"]:
        assert marker not in text, f"sensitive value {marker} must not be printed by default"
    assert "李二明" in text and "13912340002" in text, "names and phones of key people are on the card"
    assert "本卡未载个人敏感信息" in text, "the card says personal details were left out"


def test_sensitive_fields_printed_on_request(tmp_path):
    dealer = F.dealer(people=[F.person(1, birth_year=1931), F.person(2)])
    text = squash(pdftotext(_card(tmp_path, dealer, include_sensitive=True)))
    for marker in MARKERS + ["1931"]:
        assert marker in text, f"sensitive value {marker} must be printed when asked for"
    assert "含个人敏感信息" in text, "a card with personal details says so"


def test_markup_in_user_text_is_literal(tmp_path):
    name = "<b>&amp;</b> 车行 & Co <i>"
    dealer = F.dealer(short_name=name, notes="<font color='red'>备注</font> a<b", main_models="A&B")
    text = pdftotext(_card(tmp_path, dealer))
    for wanted in (name, "<font color='red'>备注</font> a<b", "A&B"):
        assert wanted in text, f"{wanted!r} must be printed literally"


def test_an_extremely_long_file_still_fits_one_page(tmp_path):
    long = "超长字段" * 400
    dealer = F.dealer(
        legal_name="杭州" + "超长名称汽车销售服务" * 200 + "有限公司", short_name="远景" * 300, address=long,
        main_models=long, business_structure=long, repair_needs=long, entity_structure=long, notes=F.long_note(5000),
        brands=[f"品牌{i}" for i in range(200)], insurers=[InsurerShare(f"保险公司{i}", None) for i in range(80)],
        people=[F.person(i, position=long, name="欧阳" * 50) for i in range(1, 31)],
        visits=[F.visit(i, findings=long, next_step=long, visitor_names=["周敏"] * 40) for i in range(1, 21)],
    )
    for lang in ("zh_CN", "en"):
        for sensitive in (False, True):
            out = _card(tmp_path, dealer, lang, include_sensitive=sensitive)
            assert page_count(out) == 1, f"{lang}, sensitive={sensitive}: the card must stay on one page"
            text = pdftotext(out)
            note = TRUNCATED_ZH if lang == "zh_CN" else "Some entries are shortened"
            assert note in squash(text) or note in text, f"{lang}: the card must say it was shortened"
            assert "…" in text, f"{lang}: shortened values end with an ellipsis"
            stray = outside_margins(out, left=S.MARGIN_LEFT, right=S.MARGIN_RIGHT)
            assert not stray, f"{lang}: words outside the text area: {stray[:3]}"


def test_an_empty_file_prints_dashes(tmp_path):
    out = _card(tmp_path, F.empty_dealer())
    text = pdftotext(out)
    assert page_count(out) == 1, "an empty file is one page"
    assert "宁波空白汽车有限公司" in text, "the name is the title"
    assert text.count("—") >= 10, "empty fields show a dash"
    assert text.count("暂无记录") == 2, "no people and no visits say so"


def test_english_card(tmp_path):
    text = pdftotext(_card(tmp_path, F.dealer(), "en"))
    for wanted in ("Dealer file card", "Identity and contact", "Key people", "Latest visits", "¥18.65 m",
                   "Page 1 of 1", "杭州远景之星汽车销售服务有限公司", "Decision-maker"):
        assert wanted in text, f"{wanted!r} must be on the English card"


def test_the_fullest_demo_files_fit_one_page(demo_ctx):
    files = [dealers.get(demo_ctx, row.id) for row in listing.list_rows(demo_ctx)]
    assert len(files) == 120, "the demo territory has 120 dealers"
    # The 30 fullest files are the ones that could overflow; rendering all 120 adds time, not cover.
    fullest = sorted(files, key=lambda d: (len(d.people) + len(d.visits), len(str(d))), reverse=True)[:30]
    for dealer in fullest:
        buffer = io.BytesIO()
        render_dealer_card(dealer, "zh_CN", buffer)
        reader = pypdf.PdfReader(io.BytesIO(buffer.getvalue()))
        assert len(reader.pages) == 1, f"dealer {dealer.id}: the card must be one page"
        text = reader.pages[0].extract_text()
        assert dealer.legal_name in text, f"dealer {dealer.id}: its name must be on the card"
        assert TRUNCATED_ZH not in text, f"dealer {dealer.id}: a demo file must fit without shortening"
        for person in dealer.people:
            for value in (person.background, person.highlights, person.hobbies):
                assert not value or value not in text, f"dealer {dealer.id}: {value!r} is sensitive and must be absent"


def test_the_card_is_marked_internal_and_shows_where_we_stand(tmp_path):
    from datetime import time

    from desktop.rules.dealers.standing import Standing

    where = Standing(tier="key", contract_number="ZJ-车商-2026-0007/2", contract_status="in_force",
                     contract_end=date(2027, 11, 30), meeting_day=date(2026, 12, 3), meeting_start=time(14, 30),
                     meeting_kind="decision_maker", meeting_status="confirmed")
    text = squash(pdftotext(_card(tmp_path, F.dealer(), standing=where)))
    assert text.count("内部资料") >= 2, "marked 内部资料 above the title and in the footer"
    for wanted in ("公关分类重点公关对象", "ZJ-车商-2026-0007/2·生效中·至2027年11月30日",
                   "下次会谈2026年12月3日14:30·与决定性人员商谈·已确认"):
        assert wanted in text, f"{wanted} on the card"
    bare = squash(pdftotext(_card(tmp_path, F.dealer(), lang="zh_CN")))
    assert "尚未分类" in bare and "尚无合同" in bare and "暂无安排" in bare, "what is not there is said in words"
    assert "内部资料" in bare, "the mark is there whatever the file holds"

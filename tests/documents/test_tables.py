"""Tables at any field length: wrap, split across pages with their header, lose nothing."""

from __future__ import annotations

import re

from desktop.documents import styles as S
from desktop.documents.base import DocMeta, build
from desktop.documents.styles import styles_for
from desktop.documents.tables import data_table, facts_table
from desktop.documents.text import para
from tests.documents.factories import long_note
from tests.documents.pdfcheck import body_text, outside_margins, page_count, page_texts, pdftotext, squash

ST = styles_for("zh_CN")
META = DocMeta(title="表格", lang="zh_CN", organisation="瀚海财产保险")
FURNITURE = ("瀚海财产保险", "由车商渠道工作台生成")
LONG_NAME = "杭州" + "超长名称汽车销售服务" * 40 + "有限公司"


def _no_overflow(out) -> None:
    stray = outside_margins(out, left=S.MARGIN_LEFT, right=S.MARGIN_RIGHT)
    assert not stray, f"words outside the text area (overflowing or clipped): {stray[:5]}"


def test_thirty_rows_repeat_the_header_on_every_page(tmp_path):
    rows = [[f"{i:02d}", f"成员{i:02d}号", "机构班子" if i % 3 == 0 else "渠道专员", "负责费用政策与送修资源的沟通" * (1 + i % 4)]
            for i in range(30)]
    out = build(tmp_path / "team.pdf", META, [data_table(["序号", "姓名", "职级", "主谈范围"], rows, [0.8, 1.5, 1.5, 5], ST)] * 2)
    texts = page_texts(out)
    assert len(texts) >= 2, f"sixty long rows must run over several pages, got {len(texts)}"
    for n, text in enumerate(texts, 1):
        assert "序号 姓名 职级 主谈范围" in text, f"page {n} must repeat the header row:\n{text[:200]}"
    found = re.findall(r"成员(\d\d)号", pdftotext(out))
    assert sorted(set(found)) == [f"{i:02d}" for i in range(30)], "every member row must be printed"
    _no_overflow(out)


def test_a_5000_character_note_in_a_cell_splits_and_is_kept_whole(tmp_path):
    note = long_note(5000)
    out = build(tmp_path / "note.pdf", META, [data_table(["项目", "备注"], [["长备注", note], ["之后", "后续行"]], [1, 5], ST)])
    text = squash(body_text(out, FURNITURE))
    pieces = re.findall(r"备注第(\d{4})段", note)
    missing = [p for p in pieces if f"备注第{p}段" not in text]
    assert not missing, f"pieces of the note lost: {missing[:10]}"
    assert "后续行" in text, "the row after the long note must still be printed"
    assert page_count(out) >= 2, "a 5,000-character note in a cell must run onto another page"
    _no_overflow(out)


def test_very_long_names_wrap_inside_their_cells(tmp_path):
    latin = "X" * 700  # no space to break at
    out = build(tmp_path / "names.pdf", META, [
        para(LONG_NAME, ST.title),
        data_table(["名称", "英文"], [[LONG_NAME, latin]], [3, 2], ST),
        facts_table([("车商名称", LONG_NAME), ("英文名", latin), ("", LONG_NAME)], ST),
    ])
    # A row split over a page break interleaves its cells, so count characters, not whole copies.
    text = squash(body_text(out, FURNITURE))
    for char in "超长销售服务":  # characters no label or header uses
        assert text.count(char) == 4 * 40, f"{char!r}: the long name must be printed whole in title, table and facts"
    assert text.count("有限公司") == 4, "each copy of the long name must reach its end"
    assert text.count("X") == 2 * 700, "an unbreakable Latin string must be split, not cut"
    _no_overflow(out)


def test_empty_cells_show_a_dash_and_do_not_break_layout(tmp_path):
    out = build(tmp_path / "empty.pdf", META, [
        data_table(["甲", "乙", "丙"], [["", None, "  "], ["有值", "", ""]], [1, 1, 1], ST),
        facts_table([("空字段", ""), ("空值", None)], ST),
        data_table(["甲"], [], [1], ST),
    ])
    text = pdftotext(out)
    assert text.count("—") >= 7, f"each empty cell shows a dash:\n{text}"
    assert page_count(out) == 1, "empty tables fit on one page"


def test_english_long_words_do_not_overflow(tmp_path):
    st = styles_for("en")
    word = "Supercalifragilistic" * 30
    out = build(tmp_path / "en.pdf", DocMeta(title="t", lang="en"), [
        data_table(["Name", "Notes"], [[word, "ordinary words " * 200]], [1, 3], st)])
    assert word in squash(pdftotext(out)), "the long English word is printed whole"
    _no_overflow(out)


def test_a_row_that_fits_a_page_moves_whole_instead_of_splitting(tmp_path):
    filler = para("占位段落。" * 300, ST.body)  # leaves room for the short rows and a little more
    rows = [["短行一", "内容"], ["短行二", "内容"], ["长行", "长行内容第" + "十二段，".join(str(i) for i in range(120)) + "完"]]
    out = build(tmp_path / "move.pdf", META, [filler, data_table(["项目", "说明"], rows, [1, 5], ST)])
    texts = page_texts(out)
    for n, text in enumerate(texts, 1):
        assert text.count("项目 说明") <= 1, f"page {n}: the header must not repeat on the same page:\n{text[:300]}"
    long_pages = [n for n, text in enumerate(texts, 1) if "长行" in text.replace("长行内容", "")]
    assert len(long_pages) == 1, f"a row shorter than a page stays whole on one page, found on pages {long_pages}"
    assert "完" in texts[long_pages[0] - 1], "the whole row is on that page"

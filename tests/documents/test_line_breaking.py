"""Chinese line breaking: the rules on their own, then every document of the demo territory read
back with ``pdftotext -layout`` — no line starts with a closing mark or ends with an opening one."""

from __future__ import annotations

import re
import subprocess

import pytest

from desktop.services.dealers.card import dealer_card
from desktop.services.negotiation import printing
from desktop.documents.base import DocMeta, build
from desktop.documents.linebreak import NO_END, NO_START, break_opportunities, line_spans
from desktop.documents.selftest_pdf import render_selftest_pdf
from desktop.documents.styles import styles_for
from desktop.documents.tables import data_table
from desktop.documents.text import para
from desktop.i18n import CATALOG, t
from desktop.services.contracts import drafts as contracts, pack as contracts_pack
from desktop.services.dealers import listing
from desktop.services.negotiation import meetings

# The marks the issue names (GB/T 15834): never at a line start / end.
STARTS = "，。、；：？！）》」』】…％”’"
ENDS = "（《「『【“‘"


def _lines(text: str, width: int) -> list[str]:
    return [text[s:v] for s, _e, v in line_spans(text, [1.0] * len(text), width)]


def test_the_rule_sets_hold_every_mark_the_standard_names():
    assert set(STARTS) <= NO_START and set(ENDS) <= NO_END, "every mark of GB/T 15834 is in its set"


@pytest.mark.parametrize("width", range(5, 16))  # narrower, 议》……完 cannot fit whole
def test_no_line_starts_with_a_closing_mark_or_ends_with_an_opening_one(width):
    text = "甲方（杭州宏达汽车销售服务有限公司）、乙方：“嘉兴分公司”；合计￥1,234.50元，占比15%！《合作协议》……完。"
    for line in _lines(text, width):
        assert line[0] not in NO_START, f"width {width}: {line!r} starts with a closing mark"
        assert line[-1] not in NO_END, f"width {width}: {line!r} ends with an opening mark"
    assert "".join(_lines(text, width)) == text, "nothing is lost or repeated"


@pytest.mark.parametrize("code", ["91330100MA2B3C4D5E", "0571-88886666", "13812345678", "ZJ-车商-2026-0007",
                                  "1,234,567.89", "86.5%", "smart", "GLC300L"])
def test_numbers_words_and_codes_are_not_split(code):
    text = f"编号为{code}的合同已经生效，请查收。"
    for width in range(len(code) + 1, 30):
        lines = _lines(text, width)
        assert any(code in line for line in lines), f"width {width}: {code} split across {lines}"


def test_a_code_longer_than_the_line_is_cut_rather_than_lost():
    lines = _lines("代码91330100MA2B3C4D5E。", 6)
    assert "".join(lines) == "代码91330100MA2B3C4D5E。" and all(len(line) <= 6 for line in lines), lines


def test_dash_and_ellipsis_pairs_stay_whole_and_spaces_break():
    allowed = break_opportunities("好——坏……")
    assert not allowed[2] and not allowed[5], "no break inside —— or ……"
    assert _lines("Hello world again", 11) == ["Hello world", "again"], "Latin breaks at spaces, none leads a line"


def test_paragraphs_and_table_cells_follow_the_rules_in_a_pdf(tmp_path):
    st = styles_for("zh_CN")
    sentence = "本协议所称“送修”，指乙方将事故车辆（含新车、续保车辆）送至甲方指定的修理厂；结算以《合作协议》为准。" * 3
    out = tmp_path / "rules.pdf"
    build(out, DocMeta(title="断行", lang="zh_CN"),
          [para(sentence, st.body), data_table(["条款", "说明"], [[sentence, sentence]] * 2, [1, 3], st)])
    assert _violations(out) == [], "paragraphs and cells break by the rules"


def _layout(path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", "-layout", str(path), "-"],
                          capture_output=True, text=True, check=True).stdout


def _legit_starts() -> tuple[str, ...]:
    """Our own texts that begin with a closing mark (……另有 3 条) — a paragraph, not a broken line."""
    t("doc.none")  # loads every catalogue
    return tuple({text[:2] for pair in CATALOG.values() for text in pair if text and text[0] in STARTS})


def _violations(path) -> list[str]:
    """Lines (and table cells: pieces between runs of 2+ spaces) that break a rule."""
    legit = _legit_starts()
    bad = []
    for line in _layout(path).splitlines():
        for piece in re.split(r"\s{2,}", line.strip()):
            if not piece:
                continue
            if (piece[0] in STARTS and not piece.startswith(legit)) or piece[-1] in ENDS:
                bad.append(line.strip())
    return bad


def test_every_document_of_the_demo_territory_breaks_lines_by_the_rules(demo_ctx, tmp_path):
    paths = [printing.target_list(demo_ctx, "", "zh_CN", tmp_path / "targets.pdf"),
             (render_selftest_pdf(tmp_path / "selftest.pdf"), tmp_path / "selftest.pdf")[1]]
    rows = listing.list_rows(demo_ctx)
    for row in rows[:12]:
        paths.append(dealer_card(demo_ctx, row.id, "zh_CN", tmp_path / f"card{row.id}.pdf", include_sensitive=True))
        paths.append(printing.brochure(demo_ctx, row.id, "zh_CN", tmp_path / f"brochure{row.id}.pdf"))
    upcoming = [m for m in meetings.list_meetings(demo_ctx) if m.status in ("proposed", "confirmed")][:3]
    for m in upcoming:
        paths += printing.packet_set(demo_ctx, m.id, "zh_CN", tmp_path / f"packet{m.id}")[:1]
    for c in contracts.list_rows(demo_ctx)[:3]:
        paths.append(contracts_pack.generate(demo_ctx, c.id, tmp_path / f"pack{c.id}.pdf", "zh_CN").path)
    assert len(paths) >= 30 and upcoming, f"every document type rendered: {len(paths)}"
    found = {str(p): _violations(p) for p in paths}
    found = {p: v for p, v in found.items() if v}
    assert not found, "lines starting with a closing mark or ending with an opening one:\n" + "\n".join(
        f"{p}: {v[:5]}" for p, v in found.items())


def test_a_fill_in_blank_stays_whole():
    lines = _lines("目标：月度保费15万元，续保率________。完", 14)
    assert any("________" in line for line in lines), f"the blank is one piece: {lines}"

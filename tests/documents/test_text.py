"""User text is shown literally; numbers and dates read naturally in each language."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from desktop.documents.base import DocMeta, build
from desktop.documents.styles import styles_for
from desktop.documents.text import clean, escape, fit, fmt_date, fmt_money, fmt_percent, para, shorten
from tests.documents.pdfcheck import pdftotext, pypdf_text

MARKUP = [
    "<b>&amp;</b>",
    "A&B <i>斜体</i> & co",
    "<font color='red'>红</font>",
    "<para>段</para><br/>",
    "&lt;已转义&gt; &nbsp; &#x4e2d;",
    "<onDraw name=x/> <a href='http://x'>链接</a>",
    "<img src='nope.png'/>",
    "]]> <![CDATA[ x ]]>",
    "<bullet>•</bullet><seq id='a'/>",
]


@pytest.mark.parametrize("text", MARKUP)
def test_markup_like_text_appears_literally(tmp_path, text):
    out = tmp_path / "markup.pdf"
    build(out, DocMeta(title=text, lang="zh_CN"), [para(text, styles_for("zh_CN").body)])
    assert text in pdftotext(out), f"{text!r} must be printed literally, not interpreted"
    assert text in pypdf_text(out), f"{text!r} must extract literally through pypdf too"


def test_line_breaks_are_kept(tmp_path):
    out = tmp_path / "lines.pdf"
    build(out, DocMeta(title="t", lang="zh_CN"), [para("第一行\n第二行\r\n第三行", styles_for("zh_CN").body)])
    lines = [line.strip() for line in pdftotext(out).splitlines()]
    for wanted in ("第一行", "第二行", "第三行"):
        assert wanted in lines, f"{wanted} must stand on its own line, got {lines}"


def test_escape_and_clean():
    assert escape("a<b>&c\nd") == "a&lt;b&gt;&amp;c<br/>d", "markup characters must be escaped, newlines kept"
    assert clean("a\x00b\x07c\td") == "abc    d", "control characters dropped, tabs widened"
    assert clean("x\ud800y") == "x?y", "a lone surrogate must not reach the PDF"
    assert clean(None) == "", "None is empty text"


def test_placeholder_for_empty_text():
    p = para("   ", styles_for("zh_CN").body, placeholder="—")
    assert p.getPlainText() == "—", "blank user text shows the placeholder"


def test_shorten_and_fit():
    assert shorten("一二三四五", 3) == ("一二…", True), "shortened text ends with an ellipsis"
    assert shorten("一二三", 3) == ("一二三", False), "text within the limit is untouched"
    assert shorten("一二三", None) == ("一二三", False), "no limit keeps everything"
    fitted = fit("很长的名字" * 500, styles_for("zh_CN").body.fontName, 8, 100)
    assert fitted.endswith("…") and len(fitted) < 30, f"fit() must cut to the width with an ellipsis: {fitted!r}"


def test_formats():
    assert fmt_date(date(2026, 11, 26), "zh_CN") == "2026年11月26日", "Chinese date format"
    assert fmt_date(date(2026, 11, 26), "en") == "26 Nov 2026", "English date format"
    assert fmt_money(Decimal("18650000"), "zh_CN") == "1,865万元", "Chinese money in 万元, no space"
    assert fmt_money(Decimal("18650000"), "en") == "¥18.65 m", "English money in millions"
    assert fmt_money(Decimal("8500"), "zh_CN") == "8,500元", "small amounts in 元"
    assert fmt_percent(Decimal("60")) == "60%", "whole percentages without decimals"
    assert fmt_percent(Decimal("86.54")) == "86.54%", "up to two decimals, as stored"
    assert fmt_percent(None) == "—", "missing values show a dash"

"""A one-page Chinese PDF for ``dealerdesk --self-test``: proves the font loads, embeds and
extracts. The caller renders it, reads it back (pypdf or pdftotext) and looks for the text
this function returns — one short line, so no wrapping can split it.
"""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Spacer

from desktop.documents.base import DocMeta, Target, build
from desktop.documents.styles import styles_for
from desktop.documents.tables import data_table
from desktop.documents.text import para
from desktop.i18n import t

# With two rare characters: the fallback faces (tools/fallback_fonts.py) must be in the bundle too.
EXPECTED = "车商渠道工作台打印自检：中文字体已嵌入，文字可检索，生僻字\U00020BB7\u4DAE亦然。"


def render_selftest_pdf(target: Target) -> str:
    """Write the self-test page to ``target`` (path or binary file); returns the text to find in it.

    Any thread; raises OSError if the target cannot be written, FontMissingError if the
    bundled font is missing.
    """
    lang = "zh_CN"
    st = styles_for(lang)
    story = [
        para(t("doc.selftest.title", lang), st.title),
        para(EXPECTED, st.body),
        Spacer(1, 6),
        data_table(["项目", "内容"], [["字体", "文泉驿微米黑、花园明朝（子集嵌入）"], ["转义", "<b>&amp;</b> 原样显示"]],
                   [1, 3], st),
    ]
    meta = DocMeta(title=t("doc.selftest.title", lang), lang=lang, issued_on=date.today())
    build(target, meta, story)
    return EXPECTED

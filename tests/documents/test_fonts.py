"""The bundled CJK font: registered once, embedded as a subset, extracted exactly."""

from __future__ import annotations

import subprocess

from reportlab.pdfbase import pdfmetrics

from desktop.documents import fonts
from desktop.documents.base import DocMeta, build
from desktop.documents.styles import styles_for
from desktop.documents.text import para
from tests.documents.pdfcheck import SUBSET_NAME, fonts as pdf_fonts, pdftotext, pypdf_text

SENTENCE = "车商渠道工作台：新车承保率、续保率与送修需求一览。"


def _render(tmp_path, text: str = SENTENCE):
    out = tmp_path / "font.pdf"
    build(out, DocMeta(title="字体", lang="zh_CN"), [para(text, styles_for("zh_CN").body)])
    return out


def test_register_is_idempotent_and_uses_face_zero():
    first = fonts.register()
    second = fonts.register()
    face = pdfmetrics.getFont(first).face
    assert first == second == fonts.FONT, "register() must return the same name every time"
    assert face.name == b"WenQuanYiMicroHei", f"face 0 of the collection is the proportional face, got {face.name!r}"


def test_every_font_is_an_embedded_subset(tmp_path):
    found = pdf_fonts(_render(tmp_path))
    assert found, "the page must use at least one font"
    for font in found:
        assert font["embedded"], f"{font['base_font']} is not embedded (/FontFile2 missing)"
        assert SUBSET_NAME.match(font["base_font"]), f"{font['base_font']} lacks the six-letter subset prefix"
    assert not any("Helvetica" in f["base_font"] for f in found), f"a non-embedded base-14 font slipped in: {found}"


def test_pdffonts_reports_embedded_subset_with_unicode_map(tmp_path):
    out = subprocess.run(["pdffonts", str(_render(tmp_path))], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in out.splitlines()[2:] if line.strip()]
    assert rows, f"pdffonts listed no fonts:\n{out}"
    for row in rows:
        assert row[-5:-2] == ["yes", "yes", "yes"], f"font must be embedded, subset and have a ToUnicode map:\n{out}"


def test_chinese_is_extracted_exactly(tmp_path):
    out = _render(tmp_path)
    assert SENTENCE in pdftotext(out), "pdftotext must return the Chinese exactly as written"
    assert SENTENCE in pdftotext(out, raw=False), "pdftotext (default mode) must return the Chinese as written"
    assert SENTENCE in pypdf_text(out), "pypdf must return the Chinese exactly as written"


def test_rare_characters_and_full_width_punctuation_survive(tmp_path):
    text = "「甬」「浙A·8M888」，（续保）；¥1,234.50 — 100% 《合作协议》"
    assert text in pdftotext(_render(tmp_path, text)), "rare characters and punctuation must extract as written"


def test_subsetting_is_safe_from_many_threads_at_once():
    """ReportLab's font face reads the font file through one shared cursor when it cuts a
    subset at save time; two documents saving at once on worker threads moved each other's
    cursor (a struct.error or a wrong subset). Every thread must get the subset it asked for."""
    import sys
    from concurrent.futures import ThreadPoolExecutor

    from reportlab.pdfbase import pdfmetrics

    face = pdfmetrics.getFont(fonts.register()).face
    subsets = [[0] + [ord(c) for c in text] for text in ("车商渠道工作台", "谈判资料第页共", "合同包签署日期", "ABC销售顾问")] * 20
    expected = [face.makeSubset(s) for s in subsets]
    old = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible: the race shows at once
    try:
        with ThreadPoolExecutor(max_workers=6) as pool:
            got = list(pool.map(face.makeSubset, subsets))
    finally:
        sys.setswitchinterval(old)
    assert got == expected, "each concurrent subset equals the one cut alone"

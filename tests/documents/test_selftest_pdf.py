"""The self-test page renders, embeds its font and reads back the text it promises."""

from __future__ import annotations

import io

import pypdf

from desktop.documents.selftest_pdf import render_selftest_pdf
from tests.documents.pdfcheck import SUBSET_NAME, fonts, page_count, pdftotext, pypdf_text


def test_selftest_pdf_reads_back(tmp_path):
    out = tmp_path / "selftest.pdf"
    expected = render_selftest_pdf(out)
    assert expected and any("\u4e00" <= ch <= "\u9fff" for ch in expected), "the expected text must be Chinese"
    assert page_count(out) == 1, "the self-test PDF is one page"
    assert expected in pdftotext(out), "pdftotext must find the promised text"
    assert expected in pdftotext(out, raw=False), "pdftotext (default mode) must find the promised text"
    assert expected in pypdf_text(out), "pypdf must find the promised text"
    assert all(f["embedded"] and SUBSET_NAME.match(f["base_font"]) for f in fonts(out)), "font embedded as a subset"


def test_selftest_pdf_into_memory():
    buffer = io.BytesIO()
    expected = render_selftest_pdf(buffer)
    reader = pypdf.PdfReader(io.BytesIO(buffer.getvalue()))
    assert expected in reader.pages[0].extract_text(), "the in-memory PDF carries the promised text"

"""Page furniture: numbering, the traceable footer, watermark, contents, safe writing."""

from __future__ import annotations

import io
import re
from datetime import date

import pypdf
import pytest
from reportlab.platypus import Flowable, PageBreak

from desktop.documents.base import DocMeta, build, contents_marker, heading, start_body
from desktop.documents.styles import styles_for
from desktop.documents.text import para
from tests.documents.pdfcheck import image_count, page_count, page_texts, pdftotext, pypdf_text

ST = styles_for("zh_CN")
HOLDER = "欧阳明远"


def _pages(n: int, lang: str = "zh_CN") -> list[Flowable]:
    st = styles_for(lang)
    story: list[Flowable] = []
    for i in range(n):
        story += [heading(f"第{i + 1}章 测试", st.h1), para(f"正文第{i + 1}页", st.body), PageBreak()]
    return story[:-1]


def _meta(**kw) -> DocMeta:
    values = dict(title="内部谈判资料", lang="zh_CN", organisation="瀚海财产保险股份有限公司", holder=HOLDER,
                  copy_no=3, issued_on=date(2026, 11, 26), watermark=f"内部资料 · {HOLDER}")
    values.update(kw)
    return DocMeta(**values)


def test_every_page_is_numbered_x_of_y(tmp_path):
    out = build(tmp_path / "n.pdf", _meta(), _pages(4))
    texts = page_texts(out)
    assert len(texts) == 4, f"four pages expected, got {len(texts)}"
    for n, text in enumerate(texts, 1):
        assert f"第 {n} 页 / 共 4 页" in text, f"page {n} must say 第 {n} 页 / 共 4 页:\n{text}"


def test_english_numbering(tmp_path):
    out = build(tmp_path / "en.pdf", _meta(lang="en", holder="Wang Wei"), _pages(2, "en"))
    texts = page_texts(out)
    assert all(f"Page {n} of 2" in text for n, text in enumerate(texts, 1)), f"English page numbers missing: {texts}"
    assert all("For Wang Wei only" in text for text in texts), "the English trace line names the holder"


def test_traceable_footer_names_the_holder_on_every_page(tmp_path):
    out = build(tmp_path / "t.pdf", _meta(), _pages(3))
    line = f"内部资料 · 仅供 {HOLDER} 使用 · 2026年11月26日 · 第 3 份"
    for n, text in enumerate(page_texts(out), 1):
        assert line in text, f"page {n} must carry the trace line {line!r}:\n{text}"


def test_watermark_is_drawn_but_stays_out_of_the_text(tmp_path):
    marked = build(tmp_path / "w.pdf", _meta(watermark="水印专用标记"), _pages(2))
    plain = build(tmp_path / "p.pdf", _meta(watermark=""), _pages(2))
    assert image_count(marked) >= 1, "the watermark image must be on the pages"
    assert image_count(plain) == 0, "no watermark asked, no image"
    assert "水印" not in pdftotext(marked) and "水印" not in pypdf_text(marked), "watermark must not pollute the text"
    reader = pypdf.PdfReader(str(marked))
    for n, page in enumerate(reader.pages, 1):
        assert "/XObject" in page["/Resources"], f"page {n} must reference the watermark form"


def test_contents_lists_headings_with_their_pages(tmp_path):
    story = [para("封面", ST.title), start_body(), PageBreak(), contents_marker()] + _pages(3)
    out = build(tmp_path / "toc.pdf", _meta(), story, cover=True, contents_title="目　录")
    texts = page_texts(out)
    assert len(texts) == 5, f"cover + contents + 3 chapters, got {len(texts)} pages"
    toc_lines = [line.strip() for line in texts[1].splitlines()]
    for chapter, page in ((1, 3), (2, 4), (3, 5)):
        assert f"第{chapter}章 测试 {page}" in toc_lines, f"contents must list chapter {chapter} on page {page}: {toc_lines}"
        assert f"第{chapter}章 测试" in texts[page - 1], f"chapter {chapter} must really be on page {page}"
    outline = [item.title for item in pypdf.PdfReader(str(out)).outline]
    assert outline == ["第1章 测试", "第2章 测试", "第3章 测试"], f"PDF bookmarks must follow the headings: {outline}"


def test_contents_spill_onto_more_pages_when_long(tmp_path):
    story = [contents_marker()] + [heading(f"条目{i:03d}", ST.h2, 1) for i in range(60)]
    out = build(tmp_path / "long-toc.pdf", _meta(), story, contents_title="目录")
    texts = page_texts(out)
    listed = {int(m.group(1)): int(m.group(2)) for t in texts for m in re.finditer(r"条目(\d{3}) (\d+)", t)}
    assert sorted(listed) == list(range(60)), f"every entry must be listed once: {sorted(set(range(60)) - set(listed))}"
    body_start = listed[0]
    assert body_start == 3, f"60 entries need two contents pages, so the body starts on page 3, not {body_start}"
    for i, page in listed.items():
        assert f"条目{i:03d}\n" in texts[page - 1], f"entry {i} is listed on page {page} but is not there"


def test_contents_entries_link_to_their_headings(tmp_path):
    story = [contents_marker()] + _pages(2)
    out = build(tmp_path / "links.pdf", _meta(), story, contents_title="目录")
    annots = [a.get_object() for a in pypdf.PdfReader(str(out)).pages[0].get("/Annots", [])]
    assert len(annots) == 2, f"one link per contents entry, got {len(annots)}"
    assert all(a["/Subtype"] == "/Link" for a in annots), "contents entries are links"


def test_heading_markup_is_literal_in_contents_and_outline(tmp_path):
    story = [contents_marker(), heading("<b>&amp;</b> 章", ST.h1)]
    out = build(tmp_path / "h.pdf", _meta(), story, contents_title="目录")
    assert pdftotext(out, page=1).count("<b>&amp;</b> 章") == 1, "the contents entry shows the markup literally"
    assert pypdf.PdfReader(str(out)).outline[0].title == "<b>&amp;</b> 章", "bookmark keeps the text as typed"


def test_writes_to_a_file_object(tmp_path):
    buffer = io.BytesIO()
    assert build(buffer, _meta(), _pages(1)) == "", "a nameless file object returns ''"
    assert buffer.getvalue().startswith(b"%PDF-"), "a PDF must be written into the buffer"


class _Explodes(Flowable):
    def wrap(self, *_):
        raise RuntimeError("boom")


def test_failed_render_leaves_nothing_behind(tmp_path):
    target = tmp_path / "bad.pdf"
    with pytest.raises(RuntimeError):
        build(target, _meta(), [para("x", ST.body), _Explodes()])
    assert list(tmp_path.iterdir()) == [], f"no half-written PDF or temporary file may remain: {list(tmp_path.iterdir())}"


def test_unwritable_target_raises_oserror(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(OSError):
        build(blocker / "x.pdf", _meta(), _pages(1))


def test_long_holder_name_is_fitted_not_overflowing(tmp_path):
    holder = "超长持有人" * 60
    out = build(tmp_path / "long-holder.pdf", _meta(holder=holder, watermark=holder), _pages(1))
    text = pdftotext(out)
    assert "仅供 超长持有人" in text and "…" in text, "a long holder name is shortened with an ellipsis"
    assert "第 1 页 / 共 1 页" in text, "the page number must survive a long holder name"
    assert page_count(out) == 1, "furniture never adds pages"

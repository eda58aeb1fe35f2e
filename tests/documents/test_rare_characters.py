"""Every character of a name reaches the page: fallback faces for rare Hanzi, and a refusal (or a
visible 〓, when allowed) for characters no bundled font has — never a silent blank."""

from __future__ import annotations

import subprocess

import pytest

from desktop.documents import fonts
from desktop.documents.base import DocMeta, build
from desktop.documents.dealers.card import render_dealer_card
from desktop.documents.glyphs import describe, field_label, locate, located
from desktop.documents.styles import styles_for
from desktop.documents.tables import data_table
from desktop.documents.text import para
from tests.documents import factories as f
from tests.documents.pdfcheck import pdftotext, squash

EXT_B = "\U00020BB7"  # 𠮷 — 吉 with 土 on top: a common surname character outside the BMP
EXT_A = "\u4DAE"  # 䶮 (刘䶮, founder of the Southern Han)
EXT_E = "\U0002B820"  # 𫠠, CJK Extension E
EXT_F = "\U0002CEB0"  # 𬺰, CJK Extension F
NAMES = [f"{EXT_B}祥汽车销售服务有限公司（嘉兴分公司）", f"刘{EXT_A}", "阿依古丽·买买提", f"张{EXT_E}{EXT_F}明", "《车商》、合作"]


def _pdffonts(path) -> list[list[str]]:
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    return [line.split() for line in out.splitlines()[2:] if line.strip()]


def test_main_face_lacks_what_the_fallbacks_have():
    assert fonts.font_for("吉") == fonts.FONT, "common Hanzi come from WenQuanYi Micro Hei"
    assert fonts.font_for(EXT_A) == "DealerDeskHanA", "Extension A comes from the HanaMinA cut"
    for ch in (EXT_B, EXT_E, EXT_F):
        assert fonts.font_for(ch) == "DealerDeskHanB", f"U+{ord(ch):X} comes from HanaMinB"
    assert fonts.font_for("😀") is None and fonts.font_for("\ue000") is None, "no bundled face has emoji or private use"
    assert fonts.runs(f"王{EXT_B}明") == [(fonts.FONT, "王"), ("DealerDeskHanB", EXT_B), (fonts.FONT, "明")], \
        "text is cut into runs per face"


def test_rare_characters_come_back_exactly_from_paragraphs_tables_and_page_furniture(tmp_path):
    st = styles_for("zh_CN")
    story = [para(name, st.body) for name in NAMES]
    story.append(data_table(["名称", "备注"], [[name, name] for name in NAMES], [1, 1], st))
    out = tmp_path / "rare.pdf"
    build(out, DocMeta(title=f"档案 {NAMES[0]}", lang="zh_CN", organisation=f"刘{EXT_A}分公司", holder=f"张{EXT_B}"),
          story, contents_title=None)
    text = pdftotext(out, raw=False)
    for name in NAMES:
        assert name in text, f"pdftotext must give back {name!r} exactly (a lost or truncated character fails)"
        assert text.count(name) >= 3, f"{name!r} in its paragraph and both table cells"
    assert f"仅供 张{EXT_B} 使用" in text, "the footer names a rare-character holder exactly"
    assert f"刘{EXT_A}分公司" in text, "the running header prints Extension A"
    assert "〓" not in text, "nothing was replaced: every character had a face"


def test_every_face_is_embedded_as_a_subset_with_a_unicode_map(tmp_path):
    out = tmp_path / "faces.pdf"
    build(out, DocMeta(title="字体", lang="zh_CN"), [para(" ".join(NAMES), styles_for("zh_CN").body)])
    rows = _pdffonts(out)
    names = " ".join(row[0] for row in rows)
    for face in ("WenQuanYiMicroHei", "HanaMinA", "HanaMinB"):
        assert face in names, f"{face} is used and listed by pdffonts: {rows}"
    for row in rows:
        assert row[-5:-2] == ["yes", "yes", "yes"], f"every font embedded, subset, with ToUnicode: {row}"


def test_a_character_no_font_has_refuses_the_document_and_writes_nothing(tmp_path):
    out = tmp_path / "emoji.pdf"
    with pytest.raises(fonts.MissingGlyphs) as caught:
        build(out, DocMeta(title="x", lang="zh_CN"), [para("王😀明\ue000", styles_for("zh_CN").body)])
    assert list(caught.value.chars) == ["😀", "\ue000"], f"both characters are named: {caught.value.chars}"
    assert not out.exists(), "no silently wrong PDF is left behind"


def test_printing_anyway_shows_a_visible_mark(tmp_path):
    out = tmp_path / "marked.pdf"
    with fonts.replacement_allowed():
        build(out, DocMeta(title="x", lang="zh_CN"), [para("王😀明", styles_for("zh_CN").body)])
    assert "王〓明" in squash(pdftotext(out)), "the character no font has prints as 〓, not as a blank"


def test_the_dealer_card_names_the_field_of_a_missing_character(tmp_path):
    dealer = f.dealer(people=[f.person(1), f.person(2, name="王😀明")])
    with pytest.raises(fonts.MissingGlyphs) as caught, located(dealer=dealer):
        render_dealer_card(dealer, "zh_CN", tmp_path / "card.pdf")
    lines = describe(caught.value, "zh_CN")
    assert lines == ["“😀”（U+1F600）位于“车商 › 关键人物 2 › 姓名”：王😀明"], f"character, field and value: {lines}"
    assert "Key person 2 › Name" in describe(caught.value, "en")[0], "the same in English"


def test_locate_and_field_labels():
    dealer = f.dealer(legal_name="甲😀公司", address="乙路😀号")
    places = locate(["😀"], dealer=dealer)
    assert [p.path for p in places] == ["dealer.legal_name", "dealer.address"], f"both fields found: {places}"
    assert field_label("contract.dealer.name", "zh_CN") == "合同 › 车商 › 名称", "a party's name is a company name"
    assert field_label("contract.dealer.legal_rep", "zh_CN") == "合同 › 车商 › 法定代表人", "legal representative"


def test_subset_map_writes_supplementary_characters_as_surrogate_pairs():
    fonts.register()
    from reportlab.pdfbase import ttfonts

    cmap = ttfonts.makeToUnicodeCMap("X", [0, 0x20BB7, 0x4E00])
    assert "<01> <D842DFB7>" in cmap and "<02> <4E00>" in cmap, f"UTF-16 targets expected:\n{cmap}"

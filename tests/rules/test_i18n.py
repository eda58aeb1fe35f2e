"""The message catalogue below the UI: complete in both languages, placeholders that agree, labels for every code."""

from __future__ import annotations

import ast
import re
import string
from collections import Counter
from pathlib import Path

import pytest

from desktop import i18n
from desktop.rules.dealers.vocab import DEFAULT_RANKS, VOCABULARIES, choices, label

i18n._load_all()  # the area catalogues load lazily; the test covers them all
CATALOG = dict(i18n.CATALOG)
CJK = re.compile(r"[\u3400-\u9fff]")


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def test_catalogue_is_not_trivially_small():
    assert len(CATALOG) >= 100, f"the core catalogue alone has over 100 entries, found {len(CATALOG)}"


@pytest.mark.parametrize("key", sorted(CATALOG))
def test_entry_is_complete_in_both_languages(key):
    entry = CATALOG[key]
    assert isinstance(entry, tuple) and len(entry) == 2, f"{key}: an entry is (English, 中文), got {entry!r}"
    en, zh = entry
    assert isinstance(en, str) and en.strip(), f"{key}: English text is empty"
    assert isinstance(zh, str) and zh.strip(), f"{key}: Chinese text is empty"
    assert placeholders(en) == placeholders(zh), (
        f"{key}: placeholders differ — English {sorted(placeholders(en))}, Chinese {sorted(placeholders(zh))}")
    words = re.sub(r"\{[^}]*\}", "", en)
    if re.search(r"[A-Za-z]{2,}", words):
        assert CJK.search(zh), f"{key}: the Chinese text {zh!r} has no Chinese in it (untranslated?)"
    # Both texts must format with their placeholders (no stray braces).
    params = {name: "X" for name in placeholders(en)}
    assert en.format(**params) and zh.format(**params), f"{key}: the texts do not format"


@pytest.mark.parametrize("kind", sorted(VOCABULARIES))
def test_every_vocabulary_code_has_a_label(kind):
    for code in VOCABULARIES[kind]:
        key = f"{kind}.{code or 'unset'}"
        assert key in CATALOG, f"vocabulary {kind}: no catalogue entry {key} for code {code!r}"
        assert label(kind, code, "en") == CATALOG[key][0], f"{key}: English label"
        assert label(kind, code, "zh_CN") == CATALOG[key][1], f"{key}: Chinese label"
    assert f"{kind}.unset" in CATALOG, f"vocabulary {kind}: no 'not set' label ({kind}.unset)"
    zh = [name for _, name in choices(kind, "zh_CN")]
    assert len(set(zh)) == len(zh), f"vocabulary {kind}: two codes share a Chinese label: {zh}"


def test_survey_sources_carry_the_sop_names():
    names = {label("source", code, "zh_CN") for code in VOCABULARIES["source"]}
    for sop in ("政府部门", "行业协会", "媒体", "网络", "杂志", "报刊"):
        assert sop in names, f"the SOP's survey source {sop} is missing from {names}"
    assert any(n.startswith("实地") for n in names), f"the SOP's 实地 source is missing from {names}"


# Every field a validator can name has a label, so messages and exports can say which field.
VALIDATED_FIELDS = [
    "legal_name", "short_name", "uscc", "province", "city", "district", "address", "main_models", "contact_name",
    "contact_phone", "licence_no", "dealer_type", "willingness", "new_car_rate", "renewal_rate", "annual_sales",
    "premium_scale", "founded_on", "insurers", "name", "position", "phone", "gender", "role", "birth_year",
    "visited_on", "next_date", "title", "rank", "line", "strength",
]


@pytest.mark.parametrize("field", VALIDATED_FIELDS)
def test_validated_fields_have_labels(field):
    assert f"field.{field}" in CATALOG, f"no label field.{field} for a field the validators report"


def test_translate_fills_placeholders_in_the_chosen_language():
    assert i18n.t("uscc.length", "en", n=17) == "A unified social credit code has 18 characters, this one has 17", (
        "English with its placeholder filled")
    assert i18n.t("uscc.length", "zh_CN", n=17) == "统一社会信用代码应为 18 位，当前为 17 位", "Chinese with its placeholder filled"


def test_current_language_is_the_default():
    try:
        i18n.set_language("zh_CN")
        assert i18n.language() == "zh_CN" and i18n.t("required") == "此项必填", "zh_CN current → Chinese"
        i18n.set_language("zh-Hans")
        assert i18n.language() == "zh_CN", "any zh variant means Simplified Chinese here"
        i18n.set_language("fr")
        assert i18n.t("required") == "This field is required", "other languages fall back to English"
    finally:
        i18n.set_language("en")


def test_unknown_keys_and_missing_parameters_do_not_raise():
    assert i18n.t("no.such.key") == "no.such.key", "an unknown key shows itself rather than failing"
    assert i18n.t("uscc.length", "en") == CATALOG["uscc.length"][0], "missing parameters leave the text unformatted"


def test_duplicate_keys_are_refused():
    with pytest.raises(ValueError, match="required"):
        i18n.register({"required": ("again", "重复")})
    assert i18n.CATALOG["required"] == ("This field is required", "此项必填"), "a refused registration changes nothing"


def repeated_keys(source: str) -> list[str]:
    """Keys written twice in one dict literal: Python keeps the last silently, so ``register`` never sees them."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Dict):
            keys = Counter(k.value for k in node.keys if isinstance(k, ast.Constant))
            found += sorted(key for key, n in keys.items() if n > 1)
    return found


def test_repeated_keys_are_found_in_source():
    assert repeated_keys('E = {"a": ("A", "甲"), "b": ("B", "乙"), "a": ("A2", "甲2")}') == ["a"], "a repeated key is found"
    assert repeated_keys('E = {"a": 1, "b": {"a": 2}}') == [], "the same key in two different dicts is not a repeat"


CATALOGUE_FILES = sorted(Path(i18n.__file__).parent.glob("catalog_*.py"))


@pytest.mark.parametrize("path", CATALOGUE_FILES, ids=lambda p: p.stem)
def test_no_key_is_written_twice_in_a_catalogue_module(path):
    repeats = repeated_keys(path.read_text(encoding="utf-8"))
    assert repeats == [], f"{path.name} defines {repeats} more than once (the later text silently wins)"


def test_catalogue_modules_are_found():
    assert len(CATALOGUE_FILES) >= 2 and "catalog_core" in {p.stem for p in CATALOGUE_FILES}, (
        f"the source check must see the catalogue modules: {CATALOGUE_FILES}")


@pytest.mark.parametrize("path", CATALOGUE_FILES, ids=lambda p: p.stem)
def test_every_catalogue_module_is_registered(path):
    """The catalogues are imported by name in desktop/i18n; a new one must be added there too."""
    import importlib

    module = importlib.import_module(f"desktop.i18n.{path.stem}")
    missing = [key for key in module.ENTRIES if CATALOG.get(key) != module.ENTRIES[key]]
    assert not missing, f"{path.name} is not registered in desktop/i18n/__init__.py: {missing[:5]}"


def test_default_ranks_have_both_names():
    for code, en, zh, level in DEFAULT_RANKS:
        assert en and CJK.search(zh), f"rank {code}: English {en!r} and Chinese {zh!r} names"
    levels = [level for *_, level in DEFAULT_RANKS]
    assert levels == sorted(levels, reverse=True) and len(set(levels)) == len(levels), (
        f"default ranks run most senior first with distinct levels: {levels}")


def test_every_kind_a_not_found_error_names_has_its_words():
    """``NotFoundError(kind, id)`` says '找不到编号为 … 的<kind>': every kind the code raises (directly, or
    through ``stale_guard``/``require``) needs ``kind.<kind>``, or the user reads the raw key."""
    import re
    from pathlib import Path

    from desktop import i18n

    i18n._load_all()
    root = Path(__file__).resolve().parents[2] / "desktop"
    pattern = re.compile(r"(?:NotFoundError|stale_guard|require)\((?:[^()\"]*,\s*)?\"([a-z_]+)\"")
    kinds = {kind for path in root.rglob("*.py") for kind in pattern.findall(path.read_text(encoding="utf-8"))}
    assert {"dealer", "policy", "list_import"} <= kinds, kinds
    prefixes = ("kind.", "neg.kind.", "contract.kind_name.")  # core, negotiation's and contracts' own not-found errors
    missing = sorted(k for k in kinds if not any(f"{p}{k}" in i18n.CATALOG for p in prefixes))
    assert not missing, f"no words for: {missing}"

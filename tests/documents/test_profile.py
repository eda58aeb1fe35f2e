"""The configurable company profile: bundled demo, user override, clear errors."""

from __future__ import annotations

import json

import pytest

from desktop.documents import profile


def test_bundled_profile_has_both_languages():
    p = profile.load()
    assert profile.pick(p.name, "zh_CN") and profile.pick(p.name, "en"), "the company name exists in both languages"
    assert len(p.strengths) >= 4, "the brochure needs the strengths"
    titles = "".join(profile.pick(title, "zh_CN") for title, _ in p.strengths)
    for service in ("闪赔", "车商客户出险双调度", "赔款集中支付"):
        assert service in titles, f"the claims service {service} must be in the profile"
    assert p.organisation("zh_CN").startswith(profile.pick(p.name, "zh_CN")), "page headers start with the company"


def test_user_profile_takes_precedence(_isolated_home):
    (_isolated_home / profile.FILE_NAME).write_text(
        json.dumps({"name": {"zh": "测试保险公司", "en": "Test Insurance"}}), encoding="utf-8")
    p = profile.load()
    assert profile.pick(p.name, "zh_CN") == "测试保险公司", "the user's own profile wins over the bundled one"
    assert profile.pick(p.name, "en") == "Test Insurance", "both languages read"
    assert p.strengths == (), "missing optional sections are empty"


@pytest.mark.parametrize("content, fragment", [
    ("{not json", "not valid JSON"),
    (json.dumps({"branch": "x"}), "lacks a required entry"),
    (json.dumps({"name": "甲", "facts": [{"label": "只有标签"}]}), "lacks a required entry"),
])
def test_broken_profiles_give_one_clear_message(tmp_path, content, fragment):
    path = tmp_path / "p.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(profile.ProfileError) as err:
        profile.load(path)
    assert fragment in str(err.value) and str(path) in str(err.value), f"message must name the file and the fault: {err.value}"


def test_missing_profile_file(tmp_path):
    with pytest.raises(profile.ProfileError, match="cannot read"):
        profile.load(tmp_path / "absent.json")


def test_pick_falls_back_to_the_other_language():
    assert profile.pick({"zh": "中文"}, "en") == "中文", "English falls back to Chinese"
    assert profile.pick({"en": "English"}, "zh_CN") == "English", "Chinese falls back to English"
    assert profile.pick(None, "en") == "", "no text is empty"

"""The language the app starts in, as each platform reports the user's: Linux's environment,
Windows' display language (and its locale names), macOS's preferred languages, and Qt's reading."""

from __future__ import annotations

import ctypes
import locale
import subprocess
import sys
import types

import pytest

from desktop import config

LOCALE_VARS = ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")


@pytest.fixture
def bare_env(monkeypatch):
    """A process started without any locale variable (Windows, or an app opened from the Finder)."""
    for var in LOCALE_VARS:
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr(locale, "getlocale", lambda *a: (None, None))
    return monkeypatch


@pytest.mark.parametrize("env, expected", [
    ({"LANG": "zh_CN.UTF-8"}, "zh_CN"),
    ({"LANG": "en_US.UTF-8"}, "en"),
    ({"LANG": "C.UTF-8", "LANGUAGE": "zh_CN:en"}, "zh_CN"),
    ({"LC_ALL": "zh_TW.UTF-8"}, "zh_CN"),
    ({"LANG": "de_DE.UTF-8"}, "en"),
])
def test_linux_environment(bare_env, env, expected):
    bare_env.setattr(sys, "platform", "linux")
    for var, value in env.items():
        bare_env.setenv(var, value)
    assert config.system_language() == expected, f"{env} → {expected}"


def _windows(monkeypatch, langid: int | None):
    monkeypatch.setattr(sys, "platform", "win32")
    if langid is None:
        monkeypatch.setattr(ctypes, "windll", None, raising=False)  # no API: the locale decides
    else:
        kernel32 = types.SimpleNamespace(GetUserDefaultUILanguage=lambda: langid)
        monkeypatch.setattr(ctypes, "windll", types.SimpleNamespace(kernel32=kernel32), raising=False)


@pytest.mark.parametrize("langid, expected", [(0x0804, "zh_CN"), (0x0404, "zh_CN"), (0x0409, "en"), (0x0407, "en")])
def test_windows_display_language(bare_env, langid, expected):
    _windows(bare_env, langid)
    assert config.system_language() == expected, f"LANGID {langid:#06x} → {expected}"


def test_windows_locale_names_say_chinese_not_zh(bare_env):
    """Python on a Chinese Windows: locale.getlocale() → ('Chinese (Simplified)_China', '936')."""
    _windows(bare_env, None)
    bare_env.setattr(locale, "getlocale", lambda *a: ("Chinese (Simplified)_China", "936"))
    assert config.system_language() == "zh_CN", "'Chinese (Simplified)_China' is Chinese"


@pytest.mark.parametrize("printed, expected", [
    ('(\n    "zh-Hans-CN",\n    "en-CN"\n)\n', "zh_CN"),
    ('(\n    "en-GB",\n    "zh-Hans-GB"\n)\n', "en"),
])
def test_macos_preferred_languages(bare_env, printed, expected):
    bare_env.setattr(sys, "platform", "darwin")
    calls = []

    def run(cmd, **kwargs):
        calls.append(cmd)
        return subprocess.CompletedProcess(cmd, 0, stdout=printed, stderr="")

    bare_env.setattr(subprocess, "run", run)
    assert config.system_language() == expected, f"AppleLanguages {printed!r}"
    assert calls == [["defaults", "read", "-g", "AppleLanguages"]], "asked the way the system keeps it"


def test_an_explicit_choice_wins(bare_env, tmp_path):
    _windows(bare_env, 0x0804)
    assert config.resolve_language("en", config.Settings()) == "en", "--lang wins"
    assert config.resolve_language(None, config.Settings(language="en")) == "en", "then the settings"
    assert config.resolve_language(None, config.Settings()) == "zh_CN", "then the system"


def test_the_cli_speaks_chinese_on_a_chinese_windows(bare_env, db_url, capsys):
    from desktop.cli import main

    _windows(bare_env, 0x0804)
    code = main(["--db", db_url, "dealer-card", "999", "--out", "card.pdf"])
    assert (code, capsys.readouterr().err) == (2, "dealerdesk: 找不到编号为 999 的车商\n"), "the command line answers in Chinese"


def test_qt_reading_of_the_system(monkeypatch):
    from PySide6.QtCore import QLocale

    from desktop.ui import setup

    class System:
        def __init__(self, tags):
            self.tags = tags

        def uiLanguages(self):  # noqa: N802 (Qt's name)
            return self.tags

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: System(["zh-Hans-CN", "en-CN"])))
    assert setup.qt_system_language() == "zh_CN", "Qt's UI languages on a Chinese macOS/Windows"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: System(["en-US"])))
    assert setup.qt_system_language() == "en", "an English system"

"""Settings shared by the windows and the command line (no Qt here).

Window layout lives in QSettings (ui only); what services need — the profile name that
stamps every change, the language, the database URL — lives in a small JSON file.
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path

from desktop.files import write_atomically
from desktop.paths import default_database_path, user_data_dir

SUPPORTED_LANGUAGES = ("zh_CN", "en")


@dataclass
class Settings:
    profile_name: str = ""
    language: str = ""  # "" = follow the system locale
    database_url: str = ""
    auto_backup: bool = True  # a daily copy of the embedded database (services.backup.daily)
    backup_folder: str = ""  # "" = the backups folder in the user data folder
    backup_keep: int = 7
    # The office database last signed in to (host, port, database, login, ca_file, active): never a
    # password — a remembered one lives in the OS credential store (services.office.saved_passwords).
    office: dict = field(default_factory=dict)
    extra: dict = field(default_factory=dict)

    @staticmethod
    def path() -> Path:
        return user_data_dir() / "settings.json"

    @classmethod
    def load(cls) -> "Settings":
        try:
            data = json.loads(cls.path().read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)

    def save(self) -> None:
        write_atomically(self.path(), json.dumps(asdict(self), ensure_ascii=False, indent=2).encode("utf-8"))


def current_user(settings: Settings | None = None) -> str:
    """The configured profile name, defaulting to the OS user."""
    settings = settings or Settings.load()
    if settings.profile_name.strip():
        return settings.profile_name.strip()
    try:
        import getpass

        return getpass.getuser()
    except Exception:  # no login name (containers, services)
        return "user"


def language_of(tag: str) -> str | None:
    """'zh_CN', 'zh-Hans-CN', 'Chinese (Simplified)_China', 'zh_TW.UTF-8' → zh_CN; 'en_US' → en;
    'C', 'POSIX' or anything else → None (no preference said)."""
    value = (tag or "").strip().strip('"').lower().replace("-", "_")
    if value.startswith(("zh", "chinese")):
        return "zh_CN"  # traditional-script systems too: Simplified reads better to them than English
    if value.startswith(("en", "english")):
        return "en"
    return None


def first_language(tags) -> str | None:
    """The first tag that names a language we speak; other languages (de_DE) mean English."""
    for tag in tags:
        if not tag or tag.split(".")[0].upper() in ("C", "POSIX"):
            continue
        return language_of(tag) or "en"
    return None


def _environment_tags() -> list[str]:
    tags = []
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        tags += [t for t in os.environ.get(var, "").split(":") if t]
    return tags


def _windows_ui_language() -> str | None:
    """The Windows display language: GetUserDefaultUILanguage's primary language (0x04 Chinese)."""
    import ctypes

    langid = ctypes.windll.kernel32.GetUserDefaultUILanguage()
    return {0x04: "zh_CN", 0x09: "en"}.get(langid & 0x3FF, "en")


def _mac_languages() -> list[str]:
    """macOS's preferred languages (System Settings ▸ Language), as `defaults read -g AppleLanguages`
    prints them; apps started from the Finder have no LANG."""
    import subprocess

    out = subprocess.run(["defaults", "read", "-g", "AppleLanguages"], capture_output=True, text=True, timeout=5).stdout
    return [line.strip().strip(",").strip('"') for line in out.splitlines() if line.strip() not in ("(", ")", "")]


def system_language() -> str:
    """zh_CN when the system speaks Chinese, else en — from the environment (Linux, a terminal),
    the Windows display language, macOS's preferred languages, then Python's locale (which on
    Windows says 'Chinese (Simplified)_China', never 'zh')."""
    found = first_language(_environment_tags())
    if found:
        return found
    try:
        if sys.platform == "win32":
            return _windows_ui_language() or "en"
        if sys.platform == "darwin":
            found = first_language(_mac_languages())
            if found:
                return found
    except Exception:  # no such API or tool on this machine: fall back to the locale
        pass
    import locale  # only when nothing above said it

    try:
        loc = locale.getlocale()[0] or ""
    except ValueError:
        loc = ""
    return language_of(loc) or "en"


def resolve_language(requested: str | None, settings: Settings | None = None, system=system_language) -> str:
    """--lang, then the settings file, then ``system()`` (the windows pass Qt's reading of the
    system's UI languages; the command line the one above)."""
    settings = settings or Settings.load()
    for candidate in (requested, settings.language):
        if candidate:
            norm = candidate.replace("-", "_")
            if norm.lower().startswith("zh"):
                return "zh_CN"
            if norm.lower().startswith("en"):
                return "en"
    return system()


def resolve_database_url(requested: str | None, settings: Settings | None = None) -> str:
    """--db, then DEALERDESK_DATABASE_URL, then the settings file, then the per-user SQLite file."""
    settings = settings or Settings.load()
    for candidate in (requested, os.environ.get("DEALERDESK_DATABASE_URL"), settings.database_url):
        if candidate:
            return candidate
    return "sqlite:///" + default_database_path().as_posix()

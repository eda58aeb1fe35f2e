"""Settings shared by the windows and the command line (no Qt here).

Window layout lives in QSettings (ui only); what services need — the profile name that
stamps every change, the language, the database URL — lives in a small JSON file.
"""

from __future__ import annotations

import getpass
import json
import locale
import os
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
        return getpass.getuser()
    except Exception:  # no login name (containers, services)
        return "user"


def system_language() -> str:
    """zh_CN when the system locale is Chinese, else en."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if value:
            return "zh_CN" if value.lower().startswith("zh") else "en"
    try:
        loc = locale.getlocale()[0] or ""
    except ValueError:
        loc = ""
    return "zh_CN" if loc.lower().startswith("zh") else "en"


def resolve_language(requested: str | None, settings: Settings | None = None) -> str:
    settings = settings or Settings.load()
    for candidate in (requested, settings.language):
        if candidate:
            norm = candidate.replace("-", "_")
            if norm.lower().startswith("zh"):
                return "zh_CN"
            if norm.lower().startswith("en"):
                return "en"
    return system_language()


def resolve_database_url(requested: str | None, settings: Settings | None = None) -> str:
    """--db, then DEALERDESK_DATABASE_URL, then the settings file, then the per-user SQLite file."""
    settings = settings or Settings.load()
    for candidate in (requested, os.environ.get("DEALERDESK_DATABASE_URL"), settings.database_url):
        if candidate:
            return candidate
    return "sqlite:///" + default_database_path().as_posix()

"""The one error a roster file can raise when it cannot be used at all (CLI exit code 2)."""

from __future__ import annotations


class UnusableFile(Exception):
    """The file cannot be read as a roster. ``code`` is a ``roster.file.*`` key of the i18n catalogue."""

    def __init__(self, code: str, **params) -> None:
        self.code = code
        self.params = params
        super().__init__(f"{code} {params}")

    def message(self, lang: str | None = None) -> str:
        from desktop.i18n import t

        return t(self.code, lang, **self.params)

"""Errors below the windows (services, storage guards) besides rule errors; each carries an i18n code."""

from __future__ import annotations

from datetime import datetime, timezone


class ServiceError(Exception):
    code = "error"

    def __init__(self, code: str | None = None, **params):
        self.code = code or self.code
        self.params = params
        super().__init__(f"{self.code} {params}")

    def message(self, lang: str | None = None) -> str:
        from desktop.i18n import t

        return t(self.code, lang, **self.params)


class NotFoundError(ServiceError):
    code = "not_found"

    def __init__(self, kind: str, record_id):
        super().__init__("not_found", id=record_id, kind_code=kind)
        self.kind = kind
        self.record_id = record_id

    def message(self, lang: str | None = None) -> str:
        from desktop.i18n import t

        return t("not_found", lang, kind=t(f"kind.{self.kind}", lang), id=self.record_id)


def local_time_text(when: datetime) -> str:
    """A stored time (naive UTC, as the audit columns hold it) as the user's wall-clock time."""
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return when.astimezone().strftime("%Y-%m-%d %H:%M")


class ConflictError(ServiceError):
    """Saving a stale copy: someone else changed the record after it was read."""

    code = "conflict.stale"

    def __init__(self, user: str, when: datetime | None, current_version: int):
        super().__init__("conflict.stale", user=user or "?", when=local_time_text(when) if when else "?")
        self.user = user
        self.when = when
        self.current_version = current_version


class InUseError(ServiceError):
    """A record with history cannot be deleted."""


class CheckFailed(Exception):
    """A self-test check ran but found the installation wanting; the message is the reason shown."""


def require(condition: bool, reason: str) -> None:
    """A self-test check's assertion: CheckFailed(reason) unless ``condition``."""
    if not condition:
        raise CheckFailed(reason)

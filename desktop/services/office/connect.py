"""Connecting to an office database: the URL from what the connect dialog asks, a check that says
in words what is wrong, and the URL without its password for the settings file.

The password belongs in the operating system's credential store, never in the settings file: keep
``safe_url(url)`` in the settings and the password apart. Runs on any thread (the check opens a
connection: call it off the GUI thread).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.engine import URL, make_url

from desktop.persistence.errors import DatabaseError
from desktop.rules.office.identity import Identity

DEFAULT_PORT = 5432


def office_url(host: str, port: int | None, database: str, login: str, password: str | None = None,
               ca_file: str | None = None) -> str:
    """postgresql+psycopg://login:password@host:port/database — TLS verify-full when a CA file is given
    (the server's certificate must be signed by it and name the host)."""
    query = {"sslmode": "verify-full", "sslrootcert": ca_file} if ca_file else {}
    url = URL.create("postgresql+psycopg", username=login or None, password=password or None, host=host or None,
                     port=port or DEFAULT_PORT, database=database or None, query=query)
    return url.render_as_string(hide_password=False)


def safe_url(url: str) -> str:
    """The URL without its password (what Settings may store)."""
    return make_url(url).set(password=None).render_as_string(hide_password=False)


def with_password(url: str, password: str) -> str:
    return make_url(url).set(password=password).render_as_string(hide_password=False)


@dataclass(frozen=True)
class ConnectionCheck:
    ok: bool
    code: str  # '' or an i18n key: office.connect.auth / unreachable / no_database / not_office / needs_init / tls
    identity: Identity | None = None

    def message(self, lang: str | None = None) -> str:
        from desktop.i18n import t

        return t(self.code, lang) if self.code else ""


def _classify(reason: str) -> str:
    text = reason.lower()
    if "password authentication failed" in text or "no password supplied" in text or "is not permitted to log in" in text \
            or "no pg_hba.conf entry" in text:
        return "office.connect.auth"
    if "does not exist" in text and "database" in text:
        return "office.connect.no_database"
    if "ssl" in text or "certificate" in text:
        return "office.connect.tls"
    return "office.connect.unreachable"


def check_connection(url: str) -> ConnectionCheck:
    """Try the URL as the connect dialog's OK button does: sign in, find an office database at the
    current revision, say who that is. Never raises for the usual failures."""
    from desktop.services.context import ServiceContext
    from desktop.services.office.identity import current_identity

    try:
        ctx = ServiceContext.open(url, "", migrate=False)
    except DatabaseError as err:
        if err.code == "office.needs_init":
            return ConnectionCheck(False, "office.connect.needs_init")
        return ConnectionCheck(False, _classify(str(err.params.get("reason", err))))
    try:
        if not ctx.office:
            return ConnectionCheck(False, "office.connect.not_office")
        return ConnectionCheck(True, "", current_identity(ctx))
    finally:
        ctx.dispose()

"""Signing in to the branch's office database (PostgreSQL) as one's own login.

The address a person types (host, port, database, login, CA file), the URL made of it, and why a
sign-in failed in words a person can act on — never the driver's text, which goes to the log.
:func:`open_office` connects, so it runs on a worker thread.
"""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass

from sqlalchemy.engine import URL

from desktop.persistence.driver_errors import one_line
from desktop.services.context import ServiceContext

log = logging.getLogger("dealerdesk.office")

DEFAULT_PORT = 5432
CONNECT_TIMEOUT_S = 8  # an unreachable server answers within this, instead of the OS's minutes


@dataclass(frozen=True)
class OfficeAddress:
    """Where the office database is and who signs in; what Settings keeps (never a password)."""

    host: str
    port: int = DEFAULT_PORT
    database: str = "dealerdesk"
    login: str = ""
    ca_file: str = ""  # given: TLS with verify-full against this CA (the server's name must match)

    @classmethod
    def from_settings(cls, data: dict | None) -> "OfficeAddress | None":
        if not data or not data.get("host") or not data.get("login"):
            return None
        try:
            port = int(data.get("port") or DEFAULT_PORT)
        except (TypeError, ValueError):
            port = DEFAULT_PORT
        return cls(str(data["host"]), port, str(data.get("database") or "dealerdesk"), str(data["login"]),
                   str(data.get("ca_file") or ""))

    def to_settings(self) -> dict:
        return asdict(self)

    def url(self, password: str) -> URL:
        query = {"connect_timeout": str(CONNECT_TIMEOUT_S), "application_name": "DealerDesk"}
        if self.ca_file:
            query |= {"sslmode": "verify-full", "sslrootcert": self.ca_file}
        return URL.create("postgresql+psycopg", username=self.login, password=password or None, host=self.host,
                          port=self.port, database=self.database, query=query)

    def label(self) -> str:
        """database@host (with :port when not the default): how the status bar names it."""
        return f"{self.database}@{self.host}" + (f":{self.port}" if self.port != DEFAULT_PORT else "")

    def key(self) -> str:
        """The name a remembered password is filed under in the credential store."""
        return f"{self.login}@{self.host}:{self.port}/{self.database}"


class SignInError(Exception):
    """Signing in failed; ``kind`` says why in a way the window words for the user.

    Kinds: wrong_password, login_disabled, unreachable, tls, no_database, host_refused (the server's
    pg_hba.conf does not admit this computer), not_office (no DealerDesk schema), server_outdated
    (the administrator has to run office init), client_outdated (this program is older than the
    database), other. ``detail`` is the driver's line, for the log only.
    """

    def __init__(self, kind: str, detail: str = "") -> None:
        super().__init__(f"{kind}: {detail}" if detail else kind)
        self.kind = kind
        self.detail = detail


# libpq's words for each failure, checked in this order (a pg_hba refusal mentions SSL, say).
_PATTERNS = (
    ("wrong_password", ("password authentication failed", "no password supplied", "authentication failed",
                        "fe_sendauth")),
    ("login_disabled", ("is not permitted to log in", "has expired")),
    ("host_refused", ("no pg_hba.conf entry", "pg_hba.conf rejects")),
    ("no_database", ("does not exist",)),
    ("tls", ("ssl", "certificate", "tls", "sslrootcert")),
    ("unreachable", ("could not connect", "connection refused", "could not translate host name", "timeout expired",
                     "no route to host", "network is unreachable", "name or service not known", "connection timed out",
                     "server closed the connection", "connection to server", "nodename nor servname")),
)


def classify(err: BaseException | str) -> str:
    """The kind of a connection failure, from the driver's message (or that message itself)."""
    words = (err if isinstance(err, str) else one_line(err)).lower()
    for kind, needles in _PATTERNS:
        if any(needle in words for needle in needles):
            if kind == "no_database" and "database" not in words:
                continue  # "role … does not exist" is a login that is not there: the same as a wrong password
            return kind
    if "role" in words and "does not exist" in words:
        return "wrong_password"
    return "other"


def open_office(address: OfficeAddress, password: str) -> ServiceContext:
    """Connect as ``address.login`` to an office database; the caller owns the returned context.

    Worker thread. Raises SignInError. Nothing is migrated here: upgrading the office database
    is its administrator's ``office init``, a person's login may not change the schema.
    """
    from desktop.persistence.errors import DatabaseError

    url = address.url(password).render_as_string(hide_password=False)
    try:
        ctx = ServiceContext.open(url, address.login, migrate=False)
    except DatabaseError as err:
        if err.code == "office.needs_init":
            raise SignInError("server_outdated" if _is_older(_revision(url)) else "client_outdated") from None
        detail = str(err.params.get("reason") or err)
        log.info("office sign-in to %s as %s failed: %s", address.label(), address.login, detail)
        raise SignInError(classify(detail) if "reason" in err.params else "other", detail) from None
    if not ctx.office:  # a PostgreSQL database, but 'office init' never ran on it
        ctx.dispose()
        raise SignInError("not_office")
    return ctx


def _revision(url: str) -> str | None:
    from desktop.persistence.engine import make_engine
    from desktop.persistence.migrate import current_revision

    engine = make_engine(url)
    try:
        return current_revision(engine)
    except Exception:
        return None
    finally:
        engine.dispose()


def _is_older(revision: str | None) -> bool:
    """Whether ``revision`` is one this program knows (so the database is behind it, not ahead)."""
    from desktop.paths import package_dir

    versions = package_dir() / "persistence" / "migrations" / "versions"
    return revision is None or any(path.stem == revision for path in versions.glob("*.py"))

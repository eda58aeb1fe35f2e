"""Passwords for PostgreSQL logins, hashed on this machine (SCRAM-SHA-256, by libpq itself) so the
clear text never travels to the server nor lands in its log."""

from __future__ import annotations

from sqlalchemy.engine import Connection

from desktop.errors import ServiceError

MIN_LENGTH = 8


def check_strength(password: str) -> None:
    """A password the administrator types for someone: at least 8 characters, not blank."""
    if len(password or "") < MIN_LENGTH or not password.strip():
        raise ServiceError("office.password_short", min=MIN_LENGTH)


def scram(conn: Connection, login: str, password: str) -> str:
    """``SCRAM-SHA-256$…`` for ``login`` (needs a psycopg connection: libpq computes it client-side)."""
    pgconn = conn.connection.driver_connection.pgconn
    return pgconn.encrypt_password(password.encode("utf-8"), login.encode("utf-8"), b"scram-sha-256").decode("ascii")

"""The composition of storage and identity that every service works through."""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Iterator

from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from desktop.persistence import driver_errors
from desktop.persistence.engine import make_engine, make_session_factory, sqlite_file
import desktop.persistence.all_models  # noqa: F401  (every table mapped before the first query)
from desktop.persistence.migrate import upgrade


@dataclass
class ServiceContext:
    engine: Engine
    sessions: sessionmaker
    user: str

    @classmethod
    def open(cls, url: str, user: str, *, migrate: bool = True) -> "ServiceContext":
        """Open (and by default upgrade) the database at ``url``; raises DatabaseError."""
        engine = make_engine(url)
        if migrate:
            upgrade(engine)
        return cls(engine, make_session_factory(engine), user)

    @contextmanager
    def unit(self) -> Iterator[Session]:
        """One unit of work: commit on success, roll back on any error.

        The driver's operational errors (a full disk, a read-only file or folder, a write lock held
        too long) come out as a DatabaseError that says so in the user's language, never as SQL.
        """
        session = self.sessions()
        try:
            yield session
            session.commit()
        except BaseException as err:
            session.rollback()
            if isinstance(err, DBAPIError):  # a full disk, a read-only file, a lock held too long…
                translated = driver_errors.translate(err, sqlite_file(self.engine))
                if translated is not None:
                    raise translated from err
            raise
        finally:
            session.close()

    def now(self) -> datetime:
        return datetime.now(timezone.utc).replace(tzinfo=None)

    def stamp(self, row, *, new: bool) -> None:
        """Write who/when on an audited row (the version is bumped by SQLAlchemy)."""
        now = self.now()
        if new:
            row.created_at, row.created_by = now, self.user
        row.updated_at, row.updated_by = now, self.user

    def dispose(self) -> None:
        self.engine.dispose()

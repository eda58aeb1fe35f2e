"""The composition of storage and identity that every service works through."""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Iterator

from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from desktop.persistence.engine import make_engine, make_session_factory
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
        """One unit of work: commit on success, roll back on any error."""
        session = self.sessions()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
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

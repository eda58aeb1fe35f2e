"""The composition of storage and identity that every service works through."""

from __future__ import annotations

import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Iterator

from sqlalchemy.exc import DBAPIError

from desktop.persistence import driver_errors
from desktop.persistence.engine import make_engine, sqlite_file
from desktop.persistence.locking import WRITE_OPTION
from desktop.persistence.errors import DatabaseError
from desktop.persistence.migrate import HEAD, current_revision, history_triggers, upgrade

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Engine
    from sqlalchemy.orm import Session, sessionmaker


def _session_factory(engine: "Engine", models: tuple[str, ...] | None = None) -> "sessionmaker":
    # The ORM and every model module load with the first unit of work, not with the context:
    # a command that only reads through Core (``list dealers``) starts without them.
    if models is None:
        import desktop.persistence.all_models  # noqa: F401  (every table mapped before the first query)
    else:  # only these areas' models (their relationships and foreign keys stay among them)
        import importlib

        for area in models:
            importlib.import_module(f"desktop.persistence.models.{area}")
    from desktop.persistence.engine import make_session_factory

    return make_session_factory(engine)


@dataclass
class ServiceContext:
    """``user`` is who the services write down: the profile name on the embedded database, the
    database login on an office database (``office`` True), where the server stamps it anyway."""

    engine: Engine
    sessions: sessionmaker | None
    user: str
    office: bool = False
    # SQLite's history triggers are checked before the first unit of work (it loads every model):
    # a command that only reads (``list dealers``) never pays for it.
    triggers_pending: bool = False
    # The model modules (areas under persistence.models) the units need, None: every one. A command
    # that works on a few tables (``import-claims``) names them and never loads the others.
    models: tuple[str, ...] | None = None
    _first_unit: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    @classmethod
    def open(cls, url: str, user: str, *, migrate: bool = True, models: tuple[str, ...] | None = None) -> "ServiceContext":
        """Open (and by default upgrade) the database at ``url``; raises DatabaseError.

        An office database (PostgreSQL after ``office init``) is upgraded only through ``office init``
        (the schema, its grants and checks go together); until then it refuses with ``office.needs_init``.
        """
        engine = make_engine(url)
        office = None
        if engine.url.get_backend_name() == "postgresql":
            from desktop.persistence.office.install import office_login

            office = office_login(engine)
        if office is not None:
            if current_revision(engine) != HEAD:
                engine.dispose()
                raise DatabaseError("office.needs_init")
            return cls(engine, _session_factory(engine, models), office[0], office=True, models=models)
        if migrate:
            upgrade(engine, history=False)
        return cls(engine, None, user, triggers_pending=migrate, models=models)

    @contextmanager
    def unit(self) -> Iterator[Session]:
        """One unit of work: commit on success, roll back on any error.

        The driver's operational errors (a full disk, a read-only file or folder, a write lock held
        too long) come out as a DatabaseError that says so in the user's language, never as SQL.
        On an office database a refusal by the database arrives as ``OfficeRefused`` and a lost
        connection as ``OfficeUnavailable`` (services.office.errors), with nothing written.
        """
        with self._work(self._sessions()()) as session:
            yield session

    @contextmanager
    def write_unit(self) -> Iterator[Session]:
        """A unit of work holding the database's write lock from its first statement (see
        ``persistence.locking``): what it reads stays as read until it commits. Every service that
        checks something and then writes on the strength of it uses this. Never open another unit
        that writes inside one (it would wait for the lock this one holds). Errors as ``unit()``;
        waiting too long for the lock is the translated "locked" message."""
        with self._work(self._sessions()(execution_options={WRITE_OPTION: True}), lock=True) as session:
            yield session

    def _sessions(self) -> "sessionmaker":
        if self.sessions is None or self.triggers_pending:
            self._prepare_first_unit()
        return self.sessions

    @contextmanager
    def _work(self, session: Session, *, lock: bool = False) -> Iterator[Session]:
        try:
            if lock:
                session.connection()  # take the lock now, before the caller's first read
            yield session
            if not self.office and session.in_transaction() and self.engine.dialect.name == "sqlite":
                from desktop.persistence.office.sqlite_history import seal

                seal(session.connection(), self.user)  # the history the triggers wrote: name and chain
            session.commit()
        except BaseException as err:
            try:
                session.rollback()
            except Exception:  # the connection is gone: nothing was committed anyway
                pass
            self._raise_translated(err)
            raise
        finally:
            session.close()

    def _prepare_first_unit(self) -> None:
        with self._first_unit:  # two workers may start their first unit at once
            if self.sessions is None:
                self.sessions = _session_factory(self.engine, self.models)
            if self.triggers_pending:
                history_triggers(self.engine)
                self.triggers_pending = False

    def _raise_translated(self, err: BaseException) -> None:
        """Raise what the user should read instead of ``err``, if anything (else return)."""
        if self.office:
            from desktop.services.office.errors import map_db_error

            mapped = map_db_error(err)
            if mapped is not err:
                raise mapped from err
        if isinstance(err, DBAPIError):  # a full disk, a read-only file, a lock held too long…
            translated = driver_errors.translate(err, sqlite_file(self.engine))
            if translated is not None:
                raise translated from err

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        """A Core connection for a read-only query (nothing to commit; no ORM needed); errors
        arrive translated as from :meth:`unit`."""
        try:
            with self.engine.connect() as conn:
                yield conn
        except Exception as err:
            self._raise_translated(err)
            raise

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

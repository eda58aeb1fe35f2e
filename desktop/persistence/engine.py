"""Engine and session setup for any SQLAlchemy URL; SQLite gets WAL and foreign keys."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import sessionmaker


class DatabaseError(Exception):
    """The database cannot be used: bad URL, unreachable server, unreadable file.

    ``str()`` is the English line for logs; :meth:`message` the same in the user's language
    (``code`` is an i18n key, ``params`` fill it; the driver's own reason stays as the driver
    wrote it, translated only where it is one of the common ones in ``DRIVER_REASONS``).
    """

    def __init__(self, code: str, **params):
        self.code = code
        self.params = params
        from desktop.i18n import t

        super().__init__(t(code, "en", **params))

    def message(self, lang: str | None = None) -> str:
        from desktop.i18n import t

        params = {k: driver_reason(v, lang) if k == "reason" else v for k, v in self.params.items()}
        return t(self.code, lang, **params)


# The driver reasons a user meets most (a wrong file, a file in use, no permission), in Chinese.
DRIVER_REASONS = {
    "file is not a database": "文件不是数据库",
    "unable to open database file": "无法打开数据库文件",
    "database is locked": "数据库正被其他程序占用",
    "attempt to write a readonly database": "数据库文件只读，无法写入",
    "database disk image is malformed": "数据库文件已损坏",
    "disk I/O error": "磁盘读写错误",
    "database or disk is full": "磁盘已满",
}


def driver_reason(reason: str, lang: str | None = None) -> str:
    """The driver's reason, in Chinese when the language is Chinese and the reason is a known one."""
    from desktop.i18n import language

    if (lang or language()) != "zh_CN":
        return reason
    for english, chinese in DRIVER_REASONS.items():
        if reason.strip().lower().startswith(english.lower()):
            return chinese + reason.strip()[len(english):]
    return reason


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.close()


def make_engine(url: str) -> Engine:
    """Create the engine; raises DatabaseError with a one-line reason on a bad URL."""
    try:
        parsed = make_url(url)
    except ArgumentError as err:
        raise DatabaseError("db.bad_url", url=url, reason=str(err)) from None
    kwargs: dict = {"future": True}
    if parsed.get_backend_name() == "sqlite":
        db = parsed.database
        if db and db != ":memory:":
            folder = Path(db).expanduser().resolve().parent
            if not folder.is_dir():
                raise DatabaseError("db.no_folder", folder=str(folder))
        kwargs["connect_args"] = {"check_same_thread": False, "timeout": 10}
    else:
        kwargs["pool_pre_ping"] = True
    try:
        engine = create_engine(parsed, **kwargs)
    except Exception as err:  # missing driver, bad options
        raise DatabaseError("db.cannot_open", url=parsed.render_as_string(hide_password=True), reason=str(err)) from None
    if parsed.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def make_session_factory(engine: Engine) -> sessionmaker:
    return sessionmaker(bind=engine, expire_on_commit=False, future=True)


def sqlite_file(engine: Engine) -> Path | None:
    """The SQLite database file of an engine, or None (server database, in-memory)."""
    if engine.url.get_backend_name() != "sqlite":
        return None
    db = engine.url.database
    if not db or db == ":memory:":
        return None
    return Path(db).expanduser().resolve()

"""Declarative base and the audit columns every editable record carries."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import DateTime, Integer, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Audited:
    """version (optimistic locking), created/updated by/at. Services stamp the user."""

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(60), nullable=False, default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(60), nullable=False, default="")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict:
        # SQLAlchemy bumps the version on every UPDATE and raises StaleDataError when the
        # row's version moved underneath us — the last line of defence behind the services' check.
        return {"version_id_col": cls.__table__.c.version}


def sensitive(**kw) -> dict:
    """Column ``info`` marking a personal field that documents and exports leave out by default."""
    return {"sensitive": True, **kw}

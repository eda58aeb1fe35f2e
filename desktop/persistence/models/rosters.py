"""Tables of the roster area: import batches (to show and undo them) and remembered header mappings."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.persistence.base import Base, utcnow


class RosterImport(Base):
    """One committed roster import: where it came from, what it did, who did it, and if it was undone."""

    __tablename__ = "roster_imports"
    id: Mapped[int] = mapped_column(primary_key=True)
    file_name: Mapped[str] = mapped_column(String(260))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    sheet: Mapped[str] = mapped_column(String(100), default="")
    mode: Mapped[str] = mapped_column(String(10), default="upsert")
    # What was imported: dealers (a roster), policies or claims (the after-signing lists).
    kind: Mapped[str] = mapped_column(String(10), default="dealers", server_default="dealers")
    created: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    unchanged: Mapped[int] = mapped_column(Integer, default=0)
    duplicates: Mapped[int] = mapped_column(Integer, default=0)
    invalid: Mapped[int] = mapped_column(Integer, default=0)
    excluded: Mapped[int] = mapped_column(Integer, default=0)
    imported_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    imported_by: Mapped[str] = mapped_column(String(60), default="")
    undone_at: Mapped[datetime | None] = mapped_column(DateTime)
    undone_by: Mapped[str] = mapped_column(String(60), default="")


class RosterImportRow(Base):
    """A dealer a batch created or updated; ``before`` (JSON) holds the updated fields' old values."""

    __tablename__ = "roster_import_rows"
    import_id: Mapped[int] = mapped_column(ForeignKey("roster_imports.id", ondelete="CASCADE"), primary_key=True)
    dealer_id: Mapped[int] = mapped_column(Integer, primary_key=True, index=True)
    row_no: Mapped[int] = mapped_column(Integer, default=0)
    action: Mapped[str] = mapped_column(String(10))
    version_after: Mapped[int] = mapped_column(Integer, default=1)
    before: Mapped[str] = mapped_column(Text, default="")


class RosterMapping(Base):
    """The column → field mapping last used for a header layout (``signature`` of the header row)."""

    __tablename__ = "roster_mappings"
    signature: Mapped[str] = mapped_column(String(64), primary_key=True)
    mapping: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(60), default="")

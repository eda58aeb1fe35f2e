"""Which database the windows open on at start, before the main window exists.

``--db`` / DEALERDESK_DATABASE_URL win; else the office database signed in to last time (the
remembered password tried on a worker, the sign-in dialog shown pre-filled); else the embedded
database, after asking a first-time user's name. The office sign-in opens its session itself (the
dialog tries it on a worker); the embedded database and one named on the command line are opened
behind the already painted main window (``plan_start`` → ``Pending`` → ``open_pending`` on a
worker, ``ui/startup.py``): creating and upgrading a database takes seconds.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog

from desktop.config import Settings, current_user, resolve_database_url
from desktop.rules.office.identity import Identity

if TYPE_CHECKING:  # SQLAlchemy loads on the worker that opens the database, after the first paint
    from desktop.services.context import ServiceContext
    from desktop.services.office.signin import OfficeAddress


@dataclass
class Opened:
    ctx: ServiceContext
    identity: Identity
    office: OfficeAddress | None


@dataclass
class Pending:
    """A database to open on a worker once the main window is painted."""

    url: str
    user: str


def explicit_url(args) -> str | None:
    return getattr(args, "db", None) or os.environ.get("DEALERDESK_DATABASE_URL") or None


def open_at_start(args, settings: Settings) -> Opened | None:
    """The database to work on, opened here; None when the person closed the sign-in or name dialog.

    Raises DatabaseError when the embedded (or an explicitly named) database cannot be opened.
    """
    plan = plan_start(args, settings)
    return open_pending(plan) if isinstance(plan, Pending) else plan


def plan_start(args, settings: Settings) -> Opened | Pending | None:
    """What the windows start on: an office session already signed in to (``Opened``), a database to
    open behind the window (``Pending``), or None when the person closed the sign-in or name dialog.

    Nothing here touches a database (nor loads SQLAlchemy, unless an office sign-in is due): a URL
    that would keep nothing (``sqlite://``) is refused by ``open_pending``, behind the window."""
    url = explicit_url(args)
    if url:
        return Pending(url, current_user(settings))
    address = None
    if settings.office.get("active"):
        from desktop.services.office.signin import OfficeAddress

        address = OfficeAddress.from_settings(settings.office)
    if address is not None:
        from desktop.ui.signin.connect_dialog import ConnectDialog

        dialog = ConnectDialog(address, offer_local=True)
        dialog.start_with_saved_password()
        if dialog.exec() == QDialog.Accepted and dialog.session is not None:
            return Opened(dialog.session.ctx, dialog.session.identity, dialog.session.address)
        if not dialog.use_local:
            return None
        settings.office = {**settings.office, "active": False}
        settings.save()
    return local_pending(settings)


def local_pending(settings: Settings, *, ask: bool = True) -> Pending | None:
    """The embedded database to open (asking a first-time user's name when ``ask``); None when they cancelled."""
    from desktop.ui.signin.first_start import ask_name, needs_name

    if ask and needs_name(settings) and not os.environ.get("DEALERDESK_EXIT_AFTER_SHOWN"):
        if not ask_name(settings):
            return None
    return Pending(resolve_database_url(None, settings), current_user(settings))


def open_local(settings: Settings, *, ask: bool = True) -> Opened | None:
    """The embedded database, opened (asking a first-time user's name when ``ask``); None when they cancelled."""
    pending = local_pending(settings, ask=ask)
    return None if pending is None else open_pending(pending)


def open_pending(pending: Pending) -> Opened:
    """Open (create, upgrade) the database; any thread. Raises DatabaseError, also for a URL that
    would silently discard everything (``sqlite://``, ``:memory:``)."""
    from desktop.persistence.engine import require_lasting
    from desktop.services.context import ServiceContext

    require_lasting(pending.url)
    return _explicit(ServiceContext.open(pending.url, pending.user))


def _explicit(ctx) -> Opened:
    """A database named on the command line: an office one says who the login is, the embedded one is its one user."""
    from desktop.services.office.identity import current_identity
    from desktop.services.office.signin import OfficeAddress

    url = ctx.engine.url
    if not ctx.office:
        return Opened(ctx, current_identity(ctx), None)
    address = OfficeAddress(url.host or "localhost", url.port or 5432, url.database or "", url.username or "")
    return Opened(ctx, current_identity(ctx), address)

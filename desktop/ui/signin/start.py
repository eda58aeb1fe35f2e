"""Which database the windows open on at start, before the main window exists.

``--db`` / DEALERDESK_DATABASE_URL win; else the office database signed in to last time (the
remembered password tried on a worker, the sign-in dialog shown pre-filled); else the embedded
database, after asking a first-time user's name.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from PySide6.QtWidgets import QDialog

from desktop.config import Settings, current_user, resolve_database_url
from desktop.rules.office.identity import Identity, single_user
from desktop.persistence.engine import require_lasting
from desktop.services.context import ServiceContext
from desktop.services.office.signin import OfficeAddress


@dataclass
class Opened:
    ctx: ServiceContext
    identity: Identity
    office: OfficeAddress | None


def explicit_url(args) -> str | None:
    return getattr(args, "db", None) or os.environ.get("DEALERDESK_DATABASE_URL") or None


def open_at_start(args, settings: Settings) -> Opened | None:
    """The database to work on; None when the person closed the sign-in or name dialog (quit).

    Raises DatabaseError when the embedded (or an explicitly named) database cannot be opened.
    """
    url = explicit_url(args)
    if url:
        require_lasting(url)  # sqlite:// and :memory: would silently discard everything
        ctx = ServiceContext.open(url, current_user(settings))
        return _explicit(ctx)
    address = OfficeAddress.from_settings(settings.office)
    if address is not None and settings.office.get("active"):
        from desktop.ui.signin.connect_dialog import ConnectDialog

        dialog = ConnectDialog(address, offer_local=True)
        dialog.start_with_saved_password()
        if dialog.exec() == QDialog.Accepted and dialog.session is not None:
            return Opened(dialog.session.ctx, dialog.session.identity, dialog.session.address)
        if not dialog.use_local:
            return None
        settings.office = {**settings.office, "active": False}
        settings.save()
    return open_local(settings)


def open_local(settings: Settings, *, ask: bool = True) -> Opened | None:
    """The embedded database (asking a first-time user's name when ``ask``); None when they cancelled."""
    from desktop.ui.signin.first_start import ask_name, needs_name

    if ask and needs_name(settings) and not os.environ.get("DEALERDESK_EXIT_AFTER_SHOWN"):
        if not ask_name(settings):
            return None
    url = resolve_database_url(None, settings)
    require_lasting(url)
    ctx = ServiceContext.open(url, current_user(settings))
    return Opened(ctx, single_user(ctx.user), None)


def _explicit(ctx: ServiceContext) -> Opened:
    """A database named on the command line: an office one says who the login is, the embedded one is its one user."""
    from desktop.services.office.identity import current_identity

    url = ctx.engine.url
    if not ctx.office:
        return Opened(ctx, current_identity(ctx), None)
    address = OfficeAddress(url.host or "localhost", url.port or 5432, url.database or "", url.username or "")
    return Opened(ctx, current_identity(ctx), address)

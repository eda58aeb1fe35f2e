"""Which database the windows work on, and who the person is there.

``identity_of`` asks the identity service (worker thread). ``switch_to`` puts a new context under the
open main window — refused while other windows hold records of the old one — and rebuilds every
section on it, and the old context is disposed.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from desktop.rules.office.identity import Identity

if TYPE_CHECKING:  # the main window is painted before SQLAlchemy loads (issue 15)
    from desktop.services.context import ServiceContext
    from desktop.services.office.signin import OfficeAddress

log = logging.getLogger("dealerdesk.office")


def identity_of(ctx: ServiceContext) -> Identity:
    """Who is signed in on ``ctx`` (worker thread: it reads the database on an office one)."""
    from desktop.services.office.identity import current_identity

    return current_identity(ctx)


def other_windows_open(window) -> bool:
    """Refuse a switch while dealer files, contracts or previews of the old database are open (and say so)."""
    from desktop.ui.backup.restore_action import other_windows

    others = other_windows(window)
    if not others:
        return False
    names = "\n".join(f" • {w.windowTitle() or w.objectName()}" for w in others)
    QMessageBox.information(window, QCoreApplication.translate("Office", "Switch database"), QCoreApplication.translate(
        "Office", "Close these windows first, so that nothing in them is saved to the wrong database:\n{0}").format(names))
    return True


def switch_to(window, ctx: ServiceContext, identity: Identity, address: OfficeAddress | None) -> None:
    """Work on ``ctx`` from now on: every section is rebuilt on it, the status bar says who and where."""
    app = window.app
    old = app.ctx
    app.ctx, app.identity, app.office = ctx, identity, address
    window.database_changed()
    if old is not ctx:
        old.dispose()  # connections still checked out by running reads close when those return them

"""The windows mirror the permissions table: what the signed-in person may not do is disabled, and its
tooltip names the roles that may. The database enforces the same table; this only spares a click
that would be refused (a refusal that still comes arrives through ``desktop.ui.toolkit.errors``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.i18n import t
from desktop.rules.office.identity import Identity
from desktop.rules.office.permissions import Action
from desktop.services.office.errors import roles_text

_OWN_TIP = "permit_own_tooltip"  # the widget's own tooltip, given back once the action is permitted


def refusal_text(me: Identity, action: Action | str, lang: str | None = None) -> str:
    """'审批政策：仅车商渠道主管部门或机构班子可以操作。' — the action and the roles that may take it."""
    action = Action(action)
    return QCoreApplication.translate("Permissions", "{0}: only {1} may do this.").format(
        t(f"office.action.{action.value}", lang), roles_text(me.who_may(action), lang))


def permit(widget, me: Identity, action: Action | str, *, enabled: bool = True, lang: str | None = None) -> bool:
    """Enable ``widget`` (a QWidget or QAction) when ``enabled`` and ``me`` may take ``action``.

    Refused, it is disabled and its tooltip says who may; permitted, its own tooltip comes back.
    Returns whether ``me`` may take the action.
    """
    allowed = me.may(action)
    own = widget.property(_OWN_TIP)
    if own is None:
        own = widget.toolTip()
        widget.setProperty(_OWN_TIP, own)
    widget.setEnabled(enabled and allowed)
    widget.setToolTip(own if allowed else refusal_text(me, action, lang))
    return allowed

"""The status bar's 'who, with which role, on which database': 王春梅 · 团队经理 · 机构数据库 branch@10.0.0.5."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel

from desktop.i18n import t
from desktop.rules.office.identity import Identity

if TYPE_CHECKING:
    from desktop.services.office.signin import OfficeAddress


def role_names(roles, lang: str | None = None) -> str:
    """Role labels in the UI language, joined the Chinese way (团队经理、机构班子)."""
    sep = "、" if (lang or "") == "zh_CN" else ", "
    return sep.join(t(f"office.role.{r}", lang) for r in roles)


class IdentityLabel(QLabel):
    """Permanent status-bar widget; ``show_identity`` after every sign-in or switch of database."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("identity_label")

    def show_identity(self, me: Identity, office: OfficeAddress | None, lang: str) -> None:
        if me.is_office and office is not None:
            parts = [me.name, role_names(me.roles, lang) or self.tr("no role"),
                     self.tr("Office database {0}").format(office.label())]
            if me.team:
                parts.insert(2, self.tr("Team {0}").format(me.team))
            tip = self.tr("Signed in as {0} (login {1}) to the office database {2}").format(me.name, me.login, office.label())
        else:
            parts = [me.name, self.tr("Local database")]
            tip = self.tr("The embedded single-user database on this computer; you hold every role.")
        self.setText(" · ".join(parts))
        self.setToolTip(tip)

"""用户与权限 (Users and permissions), for administrators: everyone who signs in to the office database,
their roles, team and whether they may sign in; add a user, change roles/name/team, reset a password,
disable or enable. Every call runs off the GUI thread through the database's own user functions,
which refuse anyone but an administrator (a refusal arrives as a translated message)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QTableWidget, QVBoxLayout

from desktop.services.office import users
from desktop.ui.appservices import AppServices
from desktop.ui.change_bus import Change
from desktop.ui.toolkit.layout_memory import remember_geometry
from desktop.ui.office.identity_status import role_names
from desktop.ui.operations import CollectionOp, QueryOp
from desktop.ui.dossier.common import item, setup_table

DISABLED_COLOR = "#8a8f98"


class UsersWindow(QDialog):
    loaded = Signal(int)  # number of users listed (tests)

    def __init__(self, app: AppServices, parent=None) -> None:
        super().__init__(parent)
        self.app = app
        self.users: list[users.OfficeUser] = []
        self.dialog = None
        self.setObjectName("users_window")
        self.setWindowTitle(self.tr("Users and permissions"))
        self.setAttribute(Qt.WA_DeleteOnClose)
        self.resize(860, 520)
        remember_geometry(self, "users_window")
        where = app.office.label() if app.office else ""
        intro = QLabel(self.tr("Everyone who signs in to the office database {0}. Roles decide what each person may do; "
                               "the database itself enforces them.").format(where))
        intro.setWordWrap(True)
        self.table = QTableWidget(objectName="users_table")
        setup_table(self.table, [self.tr("Login"), self.tr("Name"), self.tr("Roles"), self.tr("Team"), self.tr("Status")],
                    stretch=2, editable=False)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.add_button = self._button("add_user_button", self.tr("&Add user…"), self.add_user)
        self.edit_button = self._button("edit_user_button", self.tr("&Edit…"), self.edit_selected)
        self.password_button = self._button("reset_password_button", self.tr("Reset &password…"), self.reset_password)
        self.enable_button = self._button("enable_user_button", self.tr("&Disable"), self.toggle_enabled)
        self.status_label = QLabel(objectName="users_status_label")
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.password_button, self.enable_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        close = self._button("close_button", self.tr("Close"), self.close)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)
        self._update_buttons()
        self.reload()

    def _button(self, name: str, text: str, slot) -> QPushButton:
        button = QPushButton(text, objectName=name)
        button.clicked.connect(slot)
        return button

    # --- listing --------------------------------------------------------------------------------------
    def reload(self) -> None:
        ctx = self.app.ctx
        QueryOp(self, lambda: users.list_users(ctx), self._loaded).latest("users").run()

    def _loaded(self, found: list[users.OfficeUser]) -> None:
        keep = self.selected().login if self.selected() else None
        self.users = found
        lang = self.app.lang
        self.table.setRowCount(len(found))
        for row, u in enumerate(found):
            status = self.tr("Disabled") if u.disabled or not u.can_login else self.tr("Active")
            cells = (u.login, u.display_name, role_names(u.roles, lang), u.team or self.tr("(whole branch)"), status)
            for col, text in enumerate(cells):
                cell = item(text, editable=False, data=u.login)
                if u.disabled or not u.can_login:
                    cell.setForeground(QBrush(QColor(DISABLED_COLOR)))
                self.table.setItem(row, col, cell)
            if u.login == keep:
                self.table.selectRow(row)
        self._update_buttons()
        self.loaded.emit(len(found))

    def selected(self) -> users.OfficeUser | None:
        row = self.table.currentRow()
        return self.users[row] if 0 <= row < len(self.users) and self.table.selectedItems() else None

    def _update_buttons(self) -> None:
        u = self.selected()
        for b in (self.edit_button, self.password_button, self.enable_button):
            b.setEnabled(u is not None)
        off = u is not None and (u.disabled or not u.can_login)
        self.enable_button.setText(self.tr("&Enable") if off else self.tr("&Disable"))
        self.enable_button.setEnabled(u is not None and u.login != self.app.me.login)

    def _teams(self) -> list[str]:
        return sorted({u.team for u in self.users if u.team})

    # --- changes --------------------------------------------------------------------------------------
    def _write(self, fn, done_text: str) -> None:
        def done(_result) -> None:
            self.status_label.setText(done_text)
            self.reload()

        CollectionOp(self, fn, done).announces(self.app.bus, Change.USERS).run()

    def add_user(self) -> None:
        from desktop.ui.users.dialog import UserDialog

        dialog = self.dialog = UserDialog(None, self._teams(), self)
        ctx = self.app.ctx

        def save() -> None:
            v = dialog.values()
            self._write(lambda: users.add_user(ctx, v["login"], v["display_name"], v["roles"], v["team"], v["password"]),
                        self.tr("User {0} added").format(v["login"]))

        dialog.accepted.connect(save)
        dialog.open()

    def edit_selected(self) -> None:
        from desktop.ui.users.dialog import UserDialog

        user = self.selected()
        if user is None:
            return
        dialog = self.dialog = UserDialog(user, self._teams(), self)
        ctx = self.app.ctx

        def save() -> None:
            v = dialog.values()

            def work():
                if (v["display_name"], v["team"]) != (user.display_name, user.team):
                    users.update_user(ctx, user.login, display_name=v["display_name"], team=v["team"])
                if tuple(v["roles"]) != user.roles:
                    users.set_roles(ctx, user.login, v["roles"])

            self._write(work, self.tr("User {0} changed").format(user.login))

        dialog.accepted.connect(save)
        dialog.open()

    def reset_password(self) -> None:
        from desktop.ui.users.dialog import PasswordDialog

        user = self.selected()
        if user is None:
            return
        dialog = self.dialog = PasswordDialog(user.login, self)
        ctx = self.app.ctx

        def save() -> None:
            password = dialog.password()
            self._write(lambda: users.reset_password(ctx, user.login, password),
                        self.tr("Password of {0} reset").format(user.login))

        dialog.accepted.connect(save)
        dialog.open()

    def toggle_enabled(self) -> None:
        user = self.selected()
        if user is None:
            return
        enable = user.disabled or not user.can_login
        ctx = self.app.ctx
        self._write(lambda: users.set_enabled(ctx, user.login, enable),
                    (self.tr("{0} may sign in again") if enable else self.tr("{0} can no longer sign in")).format(user.login))

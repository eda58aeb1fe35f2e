"""The File menu's office entries: Connect to office database…, Use the local database, Users and
permissions… — and what follows a switch of database (status bar, enabled entries, settings)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from desktop.rules.office.permissions import Action
from desktop.ui.office.permit import permit
from desktop.ui.signin.session import other_windows_open, switch_to


class OfficeMenu(QObject):
    """Owned by the main window; ``refresh`` after every change of database or identity."""

    def __init__(self, window, menu) -> None:
        super().__init__(window)
        self.window = window
        self.connect_dialog = None
        self.users_window = None
        self.connect_action = self._add(menu, self.tr("Connect to &office database…"), "connect_action", self.connect_office)
        self.local_action = self._add(menu, self.tr("Use the &local database"), "local_action", self.use_local)
        self.users_action = self._add(menu, self.tr("&Users and permissions…"), "users_action", self.open_users)
        self.users_action.setToolTip(self.tr("Logins, roles and teams of the office database"))

    def _add(self, menu, text: str, name: str, slot) -> QAction:
        action = QAction(text, self.window, objectName=name)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def refresh(self) -> None:
        app = self.window.app
        on_office = app.office is not None
        self.local_action.setEnabled(on_office)
        if on_office:
            permit(self.users_action, app.me, Action.MANAGE_USERS, lang=app.lang)
        else:
            self.users_action.setEnabled(False)
            self.users_action.setToolTip(self.tr("Users and roles live in an office database; connect to one first."))
        self.window.identity_label.show_identity(app.me, app.office, app.lang)

    # --- switching database -----------------------------------------------------------------------
    def _may_switch(self) -> bool:
        if self.window.has_unsaved_work():
            QMessageBox.information(self.window, self.tr("Switch database"),
                                    self.tr("Save or discard the edits in the preparation workspace first."))
            return False
        return not other_windows_open(self.window)

    def connect_office(self) -> None:
        if not self._may_switch():
            return
        from desktop.services.office.signin import OfficeAddress
        from desktop.ui.signin.connect_dialog import ConnectDialog

        settings = self.window.app.settings
        dialog = ConnectDialog(OfficeAddress.from_settings(settings.office), self.window)
        dialog.connected.connect(self._signed_in)
        self.connect_dialog = dialog
        dialog.open()

    def _signed_in(self, session) -> None:
        settings = self.window.app.settings
        settings.office = {**session.address.to_settings(), "active": True}
        settings.save()
        switch_to(self.window, session.ctx, session.identity, session.address)
        text = self.tr("Signed in to the office database {0}").format(session.address.label())
        if session.remembered is False:
            text += " · " + self.tr("The password could not be kept in this computer's credential store; "
                                    "you will be asked for it next time.")
        self.window.statusBar().showMessage(text, 15000)

    def use_local(self) -> None:
        if self.window.app.office is None or not self._may_switch():
            return
        from desktop.ui.signin.first_start import ask_name, needs_name
        from desktop.ui.signin.start import open_local
        from desktop.ui.operations import QueryOp

        settings = self.window.app.settings
        if needs_name(settings) and not ask_name(settings, self.window):
            return

        def opened(result) -> None:
            settings.office = {**settings.office, "active": False}
            settings.save()
            switch_to(self.window, result.ctx, result.identity, None)
            self.window.statusBar().showMessage(self.tr("Working on the local database"), 8000)

        QueryOp(self.window, lambda: open_local(settings, ask=False), opened).run()

    def open_users(self) -> None:
        from desktop.ui.users.window import UsersWindow

        if self.users_window is None:
            self.users_window = UsersWindow(self.window.app, self.window)
            self.users_window.destroyed.connect(lambda: setattr(self, "users_window", None))
        self.users_window.show()
        self.users_window.raise_()
        self.users_window.activateWindow()

"""File ▸ Connect to office database…: host, port, database, login, password, an optional CA file
(then TLS with verify-full) and 'remember the password' (the OS credential store, never the settings
file). Connecting runs on a worker with a busy bar; a failure reads as a sentence about what to
check — wrong password, server unreachable, TLS — never as the driver's text.

On success ``session`` holds the new context, address and identity; the caller owns the context.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.rules.office.identity import Identity
from desktop.services.context import ServiceContext
from desktop.services.office import saved_passwords
from desktop.services.office import signin
from desktop.services.office.signin import DEFAULT_PORT, OfficeAddress, SignInError
from desktop.ui.toolkit import file_dialogs
from desktop.ui.toolkit.field_errors import FieldErrors
from desktop.ui.signin import texts as signin_texts
from desktop.ui.operations import QueryOp

ERROR_STYLE = "color: #b3261e;"


@dataclass
class OfficeSession:
    ctx: ServiceContext
    address: OfficeAddress
    identity: Identity
    remembered: bool | None = None  # asked to remember: whether the credential store took it


class ConnectDialog(QDialog):
    connected = Signal(object)  # the OfficeSession (also in ``session``)
    failed = Signal(str)  # the message shown (tests)

    def __init__(self, address: OfficeAddress | None = None, parent=None, *, offer_local: bool = False,
                 password: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connect_dialog")
        self.setWindowTitle(self.tr("Connect to office database"))
        self.setMinimumWidth(480)
        self.session: OfficeSession | None = None
        self.use_local = False
        self._busy = False
        self._abandoned = False
        self._build(offer_local)
        self._fill(address, password)

    def _build(self, offer_local: bool) -> None:
        intro = QLabel(self.tr("Sign in to the branch's shared database with your own login. "
                               "Your administrator gives you the server address and your login."))
        intro.setWordWrap(True)
        self.host_edit = QLineEdit(objectName="host_edit")
        self.host_edit.setPlaceholderText(self.tr("e.g. db.branch.local or 10.0.0.5"))
        self.port_spin = QSpinBox(objectName="port_spin")
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(DEFAULT_PORT)
        self.database_edit = QLineEdit("dealerdesk", objectName="database_edit")
        self.login_edit = QLineEdit(objectName="login_edit")
        self.password_edit = QLineEdit(objectName="password_edit")
        self.password_edit.setEchoMode(QLineEdit.Password)
        self.ca_file_edit = QLineEdit(objectName="ca_file_edit")
        self.ca_file_edit.setPlaceholderText(self.tr("Optional: the CA certificate your IT department gives you"))
        self.ca_file_edit.setToolTip(self.tr("With a CA file the connection is encrypted and the server's certificate "
                                             "must match its name (TLS verify-full)."))
        browse = QPushButton(self.tr("Choose…"), objectName="ca_file_button")
        browse.clicked.connect(self._choose_ca)
        self.ca_file_row = QWidget(objectName="ca_file_row")  # one widget, so a message can go under the row
        ca_row = QHBoxLayout(self.ca_file_row)
        ca_row.setContentsMargins(0, 0, 0, 0)
        ca_row.addWidget(self.ca_file_edit, 1)
        ca_row.addWidget(browse)
        self.remember_check = QCheckBox(self.tr("Remember the password in this computer's credential store"),
                                        objectName="remember_check")
        self.remember_check.setToolTip(self.tr("Kept by the operating system (Windows Credential Manager, macOS Keychain, "
                                               "the Secret Service on Linux), never in DealerDesk's settings file."))
        form_widget = QWidget()
        self.form = QFormLayout(form_widget)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.addRow(self.tr("Server:"), self.host_edit)
        self.form.addRow(self.tr("Port:"), self.port_spin)
        self.form.addRow(self.tr("Database:"), self.database_edit)
        self.form.addRow(self.tr("Login:"), self.login_edit)
        self.form.addRow(self.tr("Password:"), self.password_edit)
        self.form.addRow(self.tr("CA file:"), self.ca_file_row)
        self.form.addRow("", self.remember_check)
        self.errors = FieldErrors(lambda f: self.ca_file_row if f == "ca_file" else getattr(self, f"{f}_edit", None))
        self.busy_bar = QProgressBar(objectName="busy_bar")
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumHeight(8)
        self.busy_bar.hide()
        self.message_label = QLabel(objectName="message_label")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Cancel)
        self.connect_button = self.buttons.addButton(self.tr("Connect"), QDialogButtonBox.AcceptRole)
        self.connect_button.setObjectName("connect_button")
        self.connect_button.setDefault(True)
        self.local_button = None
        if offer_local:
            self.local_button = self.buttons.addButton(self.tr("Use the local database"), QDialogButtonBox.ResetRole)
            self.local_button.setObjectName("local_button")
            self.local_button.clicked.connect(self._choose_local)
        self.buttons.accepted.connect(self.try_connect)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(form_widget)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.message_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def _fill(self, address: OfficeAddress | None, password: str | None) -> None:
        if address is not None:
            self.host_edit.setText(address.host)
            self.port_spin.setValue(address.port)
            self.database_edit.setText(address.database)
            self.login_edit.setText(address.login)
            self.ca_file_edit.setText(address.ca_file)
        if password:
            self.password_edit.setText(password)
            self.remember_check.setChecked(True)
        first_empty = next((e for e in (self.host_edit, self.login_edit, self.password_edit) if not e.text()), None)
        (first_empty or self.password_edit).setFocus()

    def _choose_ca(self) -> None:
        path = file_dialogs.open_file_name(self, self.tr("CA certificate"), self.ca_file_edit.text(),
                                           self.tr("Certificates (*.crt *.pem *.cer);;All files (*)"))
        if path:
            self.ca_file_edit.setText(path)

    def _choose_local(self) -> None:
        self.use_local = True
        self.reject()

    # --- connecting -------------------------------------------------------------------------------
    def start_with_saved_password(self) -> None:
        """At start: look the remembered password up (worker) and sign in with it; else wait for typing."""
        address = self.address()
        if not address.host or not address.login:
            return
        self._set_busy(True, self.tr("Connecting to {0}…").format(address.label()))

        def found(password: str | None) -> None:
            self._set_busy(False)
            if password:
                self.password_edit.setText(password)
                self.remember_check.setChecked(True)
                self.try_connect()
            else:
                self.password_edit.setFocus()

        QueryOp(self, lambda: saved_passwords.recall(address), found).failure(lambda _e: found(None)).run()

    def address(self) -> OfficeAddress:
        return OfficeAddress(self.host_edit.text().strip(), self.port_spin.value(), self.database_edit.text().strip(),
                             self.login_edit.text().strip(), self.ca_file_edit.text().strip())

    def _problems(self, address: OfficeAddress) -> dict[str, str]:
        problems = {}
        for name, value in (("host", address.host), ("database", address.database), ("login", address.login)):
            if not value:
                problems[name] = self.tr("Required.")
        if address.ca_file and not Path(address.ca_file).expanduser().is_file():
            problems["ca_file"] = self.tr("No such file.")
        return problems

    def try_connect(self) -> None:
        """Check the form, then sign in on a worker; the dialog closes once signed in."""
        if self._busy:
            return
        address, password, remember = self.address(), self.password_edit.text(), self.remember_check.isChecked()
        problems = self._problems(address)
        self.errors.show(problems)
        if problems:
            return
        self._set_busy(True, self.tr("Connecting to {0}…").format(address.label()))

        def work() -> OfficeSession:
            from desktop.ui.signin.session import identity_of

            ctx = signin.open_office(address, password)
            try:
                identity = identity_of(ctx)
            except BaseException:
                ctx.dispose()
                raise
            if remember:
                return OfficeSession(ctx, address, identity, saved_passwords.remember(address, password))
            saved_passwords.forget(address)
            return OfficeSession(ctx, address, identity)

        QueryOp(self, work, self._connected).failure(self._failed).run()

    def _connected(self, session: OfficeSession) -> None:
        self._set_busy(False)
        if self._abandoned:  # closed while connecting: nobody wants this connection
            session.ctx.dispose()
            return
        self.session = session
        self.connected.emit(session)
        super().accept()

    def _failed(self, err: BaseException) -> None:
        self._set_busy(False)
        text = signin_texts.message(err)
        self.message_label.setText(text)
        self.message_label.setStyleSheet(ERROR_STYLE)
        if isinstance(err, SignInError) and err.kind == "wrong_password":
            self.password_edit.selectAll()
            self.password_edit.setFocus()
        self.failed.emit(text)

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        for widget in (self.host_edit, self.port_spin, self.database_edit, self.login_edit, self.password_edit,
                       self.ca_file_edit, self.remember_check, self.connect_button):
            widget.setEnabled(not busy)
        self.busy_bar.setVisible(busy)
        self.message_label.setStyleSheet("")
        self.message_label.setText(text)

    def reject(self) -> None:
        self._abandoned = self._busy
        super().reject()


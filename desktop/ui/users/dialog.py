"""One user of the office database: login (new users only), name, team, roles, and for a new user the
password typed twice (or none: the company directory authenticates the login). GUI thread; the
caller writes through the operations."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import t
from desktop.rules.office.permissions import ROLES
from desktop.services.office.passwords import MIN_LENGTH
from desktop.services.office.users import LOGIN, OfficeUser
from desktop.ui.toolkit.field_errors import FieldErrors


class UserDialog(QDialog):
    """``values()`` after accept: dict(login, display_name, team, roles, password) (password None: none set)."""

    def __init__(self, user: OfficeUser | None, teams: list[str], parent=None) -> None:
        super().__init__(parent)
        self.user = user
        self.setObjectName("user_dialog")
        self.setWindowTitle(self.tr("New user") if user is None else self.tr("User {0}").format(user.login))
        self.setMinimumWidth(460)
        body = QWidget()
        form = QFormLayout(body)
        form.setContentsMargins(0, 0, 0, 0)
        self.login_edit = QLineEdit(user.login if user else "", objectName="login_edit")
        self.login_edit.setPlaceholderText(self.tr("e.g. wangcm (lower-case letters and digits)"))
        self.login_edit.setReadOnly(user is not None)
        self.name_edit = QLineEdit(user.display_name if user else "", objectName="name_edit")
        self.name_edit.setPlaceholderText(self.tr("e.g. 王春梅"))
        self.team_edit = QLineEdit(user.team if user else "", objectName="team_edit")
        self.team_edit.setPlaceholderText(self.tr("e.g. 杭州一组 (empty: the whole branch)"))
        if teams:
            from PySide6.QtWidgets import QCompleter

            self.team_edit.setCompleter(QCompleter(teams, self.team_edit))
        form.addRow(self.tr("Login:"), self.login_edit)
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Team:"), self.team_edit)
        self.roles_box = QGroupBox(self.tr("Roles"), objectName="roles_box")
        roles_layout = QVBoxLayout(self.roles_box)
        self.role_checks: dict[str, QCheckBox] = {}
        for role in ROLES:
            check = QCheckBox(t(f"office.role.{role}"), objectName=f"role_{role}_check")
            check.setChecked(user is not None and role in user.roles)
            roles_layout.addWidget(check)
            self.role_checks[role] = check
        form.addRow(self.roles_box)
        self.password_edit = QLineEdit(objectName="password_edit", echoMode=QLineEdit.Password)
        self.again_edit = QLineEdit(objectName="again_edit", echoMode=QLineEdit.Password)
        self.directory_check = QCheckBox(self.tr("Signs in through the company directory (no password here)"),
                                         objectName="directory_check")
        self.directory_check.toggled.connect(lambda on: (self.password_edit.setEnabled(not on), self.again_edit.setEnabled(not on)))
        if user is None:
            form.addRow(self.tr("Password:"), self.password_edit)
            form.addRow(self.tr("Password again:"), self.again_edit)
            form.addRow("", self.directory_check)
            hint = QLabel(self.tr("At least {0} characters. Tell the person their password in person; they can keep "
                                  "it in their computer's credential store.").format(MIN_LENGTH))
            hint.setWordWrap(True)
            hint.setStyleSheet("color: #5b6675;")
            form.addRow("", hint)
        self.errors = FieldErrors(lambda f: self.roles_box if f == "roles" else getattr(self, f"{f}_edit", None))
        self.buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(body)
        layout.addWidget(self.buttons)

    def roles(self) -> list[str]:
        return [role for role, check in self.role_checks.items() if check.isChecked()]

    def problems(self) -> dict[str, str]:
        out = {}
        login = self.login_edit.text().strip()
        if self.user is None and not LOGIN.match(login):
            out["login"] = t("office.bad_login", value=login)
        if not self.name_edit.text().strip():
            out["name"] = self.tr("Required.")
        if not self.roles():
            out["roles"] = t("office.no_role")
        if self.user is None and not self.directory_check.isChecked():
            if len(self.password_edit.text()) < MIN_LENGTH or not self.password_edit.text().strip():
                out["password"] = t("office.password_short", min=MIN_LENGTH)
            elif self.password_edit.text() != self.again_edit.text():
                out["again"] = t("office.password_mismatch")
        return out

    def accept(self) -> None:
        problems = self.problems()
        self.errors.show(problems)
        if not problems:
            super().accept()

    def values(self) -> dict:
        password = None if self.user is not None or self.directory_check.isChecked() else self.password_edit.text()
        return {"login": self.login_edit.text().strip(), "display_name": self.name_edit.text().strip(),
                "team": self.team_edit.text().strip(), "roles": self.roles(), "password": password}


class PasswordDialog(QDialog):
    """A new password for someone, typed twice; ``password()`` after accept."""

    def __init__(self, login: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("password_dialog")
        self.setWindowTitle(self.tr("Reset password"))
        self.setMinimumWidth(380)
        body = QWidget()
        form = QFormLayout(body)
        form.setContentsMargins(0, 0, 0, 0)
        self.password_edit = QLineEdit(objectName="password_edit", echoMode=QLineEdit.Password)
        self.again_edit = QLineEdit(objectName="again_edit", echoMode=QLineEdit.Password)
        form.addRow(QLabel(self.tr("New password for {0}").format(login)))
        form.addRow(self.tr("Password:"), self.password_edit)
        form.addRow(self.tr("Password again:"), self.again_edit)
        self.errors = FieldErrors(lambda f: getattr(self, f"{f}_edit", None))
        self.buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(body)
        layout.addWidget(self.buttons)

    def accept(self) -> None:
        text = self.password_edit.text()
        problems = {}
        if len(text) < MIN_LENGTH or not text.strip():
            problems["password"] = t("office.password_short", min=MIN_LENGTH)
        elif text != self.again_edit.text():
            problems["again"] = t("office.password_mismatch")
        self.errors.show(problems)
        if not problems:
            super().accept()

    def password(self) -> str:
        return self.password_edit.text()

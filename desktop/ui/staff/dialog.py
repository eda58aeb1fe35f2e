"""Edit one of our staff: name, title, rank on the branch's scale, line, phone."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QMessageBox

from desktop.rules.errors import RuleError
from desktop.rules.dealers.records import Rank, Staff
from desktop.services.office import staff as staff_service
from desktop.errors import ConflictError
from desktop.ui.appservices import AppServices
from desktop.ui.change_bus import Change
from desktop.ui.toolkit.field_errors import FieldErrors
from desktop.ui.generated.ui_staff_dialog import Ui_StaffDialog
from desktop.ui.operations import CollectionOp
from desktop.ui.toolkit.widgets import fill_vocab, select_data


class StaffDialog(QDialog):
    saved = Signal(object)

    def __init__(self, app: AppServices, member: Staff, ranks: list[Rank], parent=None) -> None:
        super().__init__(parent)
        self.app = app
        self.member = member
        self.ui = Ui_StaffDialog()
        self.ui.setupUi(self)
        self.setObjectName("staff_dialog")
        u = self.ui
        for rank in ranks:
            u.rank_combo.addItem(rank.name(app.lang), rank.code)
        fill_vocab(u.line_combo, "line", app.lang)
        u.name_edit.setText(member.name)
        u.title_edit.setText(member.title)
        u.phone_edit.setText(member.phone)
        select_data(u.rank_combo, member.rank_code)
        select_data(u.line_combo, member.line)
        u.archived_check.setChecked(member.archived)
        if member.id is not None and member.audit.updated_at:
            u.audit_label.setText(self.tr("Version {0} · last changed by {1} on {2}").format(
                member.audit.version, member.audit.updated_by, member.audit.updated_at.strftime("%Y-%m-%d %H:%M")))
        self.setWindowTitle(self.tr("Staff member — {0}").format(member.name) if member.id else self.tr("New staff member"))
        self.errors = FieldErrors(lambda f: getattr(u, f"{f}_edit", None) or getattr(u, f"{f}_combo", None))
        u.button_box.accepted.connect(self.save)
        u.button_box.rejected.connect(self.reject)

    def save(self) -> None:
        u = self.ui
        record = replace(self.member, name=u.name_edit.text(), title=u.title_edit.text(), phone=u.phone_edit.text(),
                         rank_code=u.rank_combo.currentData(), line=u.line_combo.currentData(),
                         archived=u.archived_check.isChecked())
        ctx = self.app.ctx
        CollectionOp(self, lambda: staff_service.save(ctx, record), self._saved).failure(self._failed) \
            .announces(self.app.bus, Change.STAFF).run()

    def _saved(self, member: Staff) -> None:
        self.member = member
        self.saved.emit(member)
        self.accept()

    def _failed(self, err: BaseException) -> None:
        if isinstance(err, RuleError):
            self.errors.show(err.messages())
        elif isinstance(err, ConflictError):
            QMessageBox.warning(self, self.tr("Changed by someone else"), err.message())
        else:
            from desktop.ui.toolkit.errors import show_error

            show_error(self, err)

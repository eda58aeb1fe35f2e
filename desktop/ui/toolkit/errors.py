"""Turn any error into a translated message for the user; details go to the log file."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.errors import describe_os_error
from desktop.persistence.driver_errors import SELF_EXPLAINING, translate
from desktop.persistence.errors import DatabaseError
from desktop.rules.errors import RuleError
from desktop.errors import ServiceError

log = logging.getLogger("dealerdesk.ui")


def message_for(err: BaseException) -> str:
    """A sentence for the user, in the UI language."""
    if isinstance(err, RuleError):
        return "\n".join(err.messages().values())
    if isinstance(err, ServiceError):
        return err.message()
    translated = translate(err)  # the driver's own errors: a full disk, a read-only file, a lock held too long
    if translated is not None and translated.code in SELF_EXPLAINING:
        return translated.message()
    if isinstance(err, DatabaseError):
        return QCoreApplication.translate("Errors", "The database cannot be used: {0}").format(err.message())
    if isinstance(err, OSError):
        return describe_os_error(err)
    from desktop.paths import log_dir

    return QCoreApplication.translate("Errors", "Something went wrong. The details were written to the log in {0}").format(log_dir())


def show_error(parent: QWidget | None, err: BaseException, title: str | None = None) -> None:
    if not isinstance(err, (RuleError, ServiceError)):
        log.error("operation failed", exc_info=(type(err), err, err.__traceback__))
    box = QMessageBox(QMessageBox.Warning, title or QCoreApplication.translate("Errors", "DealerDesk"), message_for(err), QMessageBox.Ok, parent)
    box.setObjectName("error_message_box")
    box.open() if parent is not None else box.exec()

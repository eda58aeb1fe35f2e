"""Why signing in failed, as a sentence saying what to check (the driver's words go to the log only)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.services.office.signin import SignInError


def _texts() -> dict[str, str]:
    return {
        "wrong_password": QCoreApplication.translate("SignIn", "The login or password is not right. Check both, mind the keyboard's Caps Lock, "
                                       "and ask your administrator to reset the password if needed."),
        "login_disabled": QCoreApplication.translate("SignIn", "This login is disabled. Ask your administrator."),
        "unreachable": QCoreApplication.translate("SignIn", "The server cannot be reached. Check the server name and port, and that this "
                                    "computer is on the office network (or VPN)."),
        "tls": QCoreApplication.translate("SignIn", "A secure (TLS) connection could not be made: the server does not offer TLS, or its "
                            "certificate does not match the CA file or the server name. Ask your IT department."),
        "no_database": QCoreApplication.translate("SignIn", "The server has no database of that name. Check the database name."),
        "host_refused": QCoreApplication.translate("SignIn", "The server does not accept connections from this computer with this login. "
                                     "Ask your administrator."),
        "not_office": QCoreApplication.translate("SignIn", "That database is not set up for DealerDesk yet. Your administrator sets it up "
                                   "with 'dealerdesk office init'."),
        "server_outdated": QCoreApplication.translate("SignIn", "The office database is older than this version of DealerDesk. Your "
                                        "administrator upgrades it with 'dealerdesk office init'."),
        "client_outdated": QCoreApplication.translate("SignIn", "The office database is newer than this version of DealerDesk. Install the "
                                        "version your office uses."),
    }


def message(err: BaseException) -> str:
    """The user's sentence for a failed sign-in (any error: the unexpected ones point at the log)."""
    if isinstance(err, SignInError):
        text = _texts().get(err.kind)
        if text:
            return text
        return QCoreApplication.translate("SignIn", "The office database could not be opened. The details were "
                                                    "written to the log.")
    from desktop.ui.toolkit.errors import message_for

    return message_for(err)

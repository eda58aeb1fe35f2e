"""A remembered office password, kept in the operating system's credential store through ``keyring``
(Windows Credential Manager, macOS Keychain, the Secret Service on Linux) — never in the settings file.

Every call may talk to the store over IPC, so the windows call these on a worker thread. A store
that is missing or locked is not an error for the caller: the password is simply not remembered
(``remember`` returns False, ``recall`` returns None) and the person is asked next time.
"""

from __future__ import annotations

import logging

from desktop.services.office.signin import OfficeAddress

log = logging.getLogger("dealerdesk.office")

SERVICE = "DealerDesk office database"


def remember(address: OfficeAddress, password: str) -> bool:
    """Store ``password`` for ``address``; False when the system has no usable credential store."""
    import keyring

    try:
        keyring.set_password(SERVICE, address.key(), password)
    except Exception as err:  # keyring.errors.KeyringError and the backends' own (D-Bus, locked keychain)
        log.warning("password for %s not remembered: %s", address.key(), err)
        return False
    return True


def recall(address: OfficeAddress) -> str | None:
    """The remembered password for ``address``, or None."""
    import keyring

    try:
        return keyring.get_password(SERVICE, address.key())
    except Exception as err:
        log.warning("remembered password for %s not readable: %s", address.key(), err)
        return None


def forget(address: OfficeAddress) -> None:
    """Remove a remembered password (nothing happens when there is none)."""
    import keyring

    try:
        keyring.delete_password(SERVICE, address.key())
    except Exception as err:  # PasswordDeleteError when none was stored
        log.debug("no remembered password removed for %s: %s", address.key(), err)

"""Fixtures of the office windows: a private PostgreSQL with passwords and TLS, a credential store in memory."""

from __future__ import annotations

import pytest

from tests.services.office import private_server


@pytest.fixture
def private_pg():
    server = private_server.shared()
    if server is None:
        pytest.skip("PostgreSQL (initdb) and openssl are needed for the sign-in tests")
    return server


@pytest.fixture
def memory_keyring():
    """keyring's store replaced by a dict for the test (the real one would be this machine's)."""
    import keyring
    from keyring.backend import KeyringBackend

    class MemoryKeyring(KeyringBackend):
        priority = 1

        def __init__(self) -> None:
            super().__init__()
            self.store: dict[tuple[str, str], str] = {}

        def get_password(self, service, username):
            return self.store.get((service, username))

        def set_password(self, service, username, password):
            self.store[(service, username)] = password

        def delete_password(self, service, username):
            from keyring.errors import PasswordDeleteError

            if self.store.pop((service, username), None) is None:
                raise PasswordDeleteError(username)

    before = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(before)


@pytest.fixture
def failing_keyring():
    """No usable credential store (keyring's own 'fail' backend raises on every call)."""
    import keyring
    from keyring.backends import fail

    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


@pytest.fixture
def app_en(qtbot):
    """The QApplication in English (dialogs tested before any main window exists)."""
    from desktop.app import create_application

    return create_application(["dealerdesk-tests"], "en")

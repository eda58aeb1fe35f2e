"""The private PostgreSQL (passwords, TLS) shared with the window tests."""

from __future__ import annotations

import pytest

from tests.services.office import private_server


@pytest.fixture
def private_pg():
    server = private_server.shared()
    if server is None:
        pytest.skip("PostgreSQL (initdb) and openssl are needed for the sign-in tests")
    return server

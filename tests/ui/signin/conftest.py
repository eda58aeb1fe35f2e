"""The office windows' shared fixtures (tests/ui/office/fixtures.py)."""

from tests.ui.office.fixtures import (  # noqa: F401 — pytest finds fixtures by their names here
    app_en,
    failing_keyring,
    memory_keyring,
    office_db,
    office_window,
    private_pg,
)

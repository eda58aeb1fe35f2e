"""Who is signed in: the record the services hand to the windows (status bar, enabling actions)."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.rules.office.permissions import ROLES, Action, may, roles_that_may


@dataclass(frozen=True)
class Identity:
    """The person working now.

    ``login`` is the database login on an office database (what history and the audit columns
    record), the profile name on the embedded single-user database; ``roles`` the group roles
    held (every role on the single-user database); ``team`` '' when the person has none;
    ``grants`` the (action, role) pairs an administrator added to the fixed table.
    """

    login: str
    display_name: str
    roles: tuple[str, ...]
    team: str = ""
    is_office: bool = False
    database: str = ""  # e.g. "dealerdesk @ db.branch.local:5432" for the status bar; "" on SQLite
    grants: tuple[tuple[str, str], ...] = field(default=())

    def may(self, action: Action | str) -> bool:
        return may(self.roles, action, self.grants)

    def who_may(self, action: Action | str) -> tuple[str, ...]:
        """The roles that may take ``action`` (for a disabled button's tooltip)."""
        return roles_that_may(action, self.grants)

    @property
    def name(self) -> str:
        return self.display_name or self.login


def single_user(name: str) -> Identity:
    """The one local person of the embedded database: every role, no team."""
    return Identity(login=name, display_name=name, roles=ROLES)

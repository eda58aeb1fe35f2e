"""What every window is handed: the service context, the change bus, the language, who is signed in."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from desktop.config import Settings
from desktop.rules.office.identity import Identity, single_user
from desktop.ui.change_bus import ChangeBus
from desktop.ui.toolkit.window_registry import WindowRegistry

if TYPE_CHECKING:  # SQLAlchemy loads with the database, after the window is painted
    from desktop.services.context import ServiceContext
    from desktop.services.office.signin import OfficeAddress


@dataclass
class AppServices:
    ctx: ServiceContext  # None only while the app prepares the database (ui/startup.py)
    bus: ChangeBus
    lang: str
    settings: Settings
    windows: WindowRegistry = field(default_factory=WindowRegistry)  # one window per record
    identity: Identity | None = None  # None: the one local person of the embedded database (every role)
    office: OfficeAddress | None = None  # the office database signed in to; None on the embedded one
    names: dict = field(default_factory=dict)  # login → display name on the office database (ui.office.live)

    def __post_init__(self) -> None:
        if self.identity is None and self.ctx is not None:
            self.identity = single_user(self.ctx.user)

    @property
    def me(self) -> Identity:
        return self.identity

    def display(self, login: str) -> str:
        """The person behind a login, as records and lists should name them ('oui_chan' → '孙海燕')."""
        return self.names.get(login, login) if login else login

    def rename_local_user(self, name: str) -> None:
        """The single user changed their name in Settings: changes from now on carry it."""
        self.ctx.user = name
        if not self.identity.is_office:
            self.identity = single_user(name)

"""What every window is handed: the service context, the change bus, the language."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.config import Settings
from desktop.services.context import ServiceContext
from desktop.ui.change_bus import ChangeBus


@dataclass
class AppServices:
    ctx: ServiceContext
    bus: ChangeBus
    lang: str
    settings: Settings

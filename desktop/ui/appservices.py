"""What every window is handed: the service context, the change bus, the language."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.config import Settings
from desktop.services.context import ServiceContext
from desktop.ui.change_bus import ChangeBus
from desktop.ui.toolkit.window_registry import WindowRegistry


@dataclass
class AppServices:
    ctx: ServiceContext
    bus: ChangeBus
    lang: str
    settings: Settings
    windows: WindowRegistry = field(default_factory=WindowRegistry)  # one window per record

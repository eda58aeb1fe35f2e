"""Main-window sections. Each area declares its own in ``ui/<area>/sections.py``; the main window
builds them in order.

An entry is (key, title function, factory(app) → QWidget). A section widget may offer
``reload()``, ``save_state(QSettings)``, ``restore_state(QSettings)`` and a ``status_message``
signal; the main window calls what is there.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable


@dataclass
class Section:
    key: str
    title: Callable[[], str]
    factory: Callable
    order: int

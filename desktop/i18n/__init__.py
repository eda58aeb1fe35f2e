"""Translations for the layers below the UI (rules, services, CLI, documents).

The windows translate their own strings with Qt's ``tr()`` and ``.ts`` files; messages that
come up from the domain — a validation error, a vocabulary label, a PDF heading — are
produced here, keyed by code, so the CLI and the PDFs speak the user's language without Qt.
Each catalogue module maps ``key → (English, 简体中文)``; ``str.format`` placeholders.
"""

from __future__ import annotations

import threading

from desktop.i18n import catalog_core

_LANG = "en"
CATALOG: dict[str, tuple[str, str]] = {}


def register(entries: dict[str, tuple[str, str]]) -> None:
    """Add a module's entries (each area keeps its own catalogue module)."""
    clash = set(entries) & set(CATALOG)
    if clash:
        raise ValueError(f"duplicate i18n keys: {sorted(clash)[:5]}")
    CATALOG.update(entries)


register(catalog_core.ENTRIES)


def set_language(lang: str) -> None:
    global _LANG
    _LANG = "zh_CN" if lang and lang.lower().startswith("zh") else "en"


def language() -> str:
    return _LANG


def t(key: str, lang: str | None = None, **params) -> str:
    """Translate ``key`` into ``lang`` (default: the current language) and fill its placeholders."""
    _load_all()
    entry = CATALOG.get(key)
    if entry is None:
        return key
    text = entry[1] if (lang or _LANG) == "zh_CN" else entry[0]
    try:
        return text.format(**params) if params else text
    except (KeyError, IndexError, ValueError):
        return text


_loaded = False
_busy = False  # this very thread is loading them (a catalogue that asks for a text while loaded)
_loading = threading.RLock()  # a worker may load them (ui.startup) while the GUI thread asks for a text


def load_catalogs() -> None:
    """Load every area's catalogue now (a worker at start-up does, so the GUI thread need not)."""
    _load_all()


def _load_all() -> None:
    """Import the area catalogues lazily (they live beside the code that uses them)."""
    global _loaded, _busy
    if _loaded:
        return
    with _loading:
        if _loaded or _busy:
            return
        _busy = True
        try:
            _load_catalogs()
        finally:  # once, as before: a failed catalogue is not registered twice on a retry
            _loaded, _busy = True, False


def _load_catalogs() -> None:
    import importlib
    import pkgutil

    import desktop.i18n as package

    # every catalog_<area> module of this package: a new area adds its file and nothing here
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda m: m.name):
        if not info.name.startswith("catalog_") or info.name == "catalog_core":  # registered above
            continue
        module = importlib.import_module(f"desktop.i18n.{info.name}")
        register(module.ENTRIES)

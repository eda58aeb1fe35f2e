"""Application-wide Qt setup: the bundled CJK font, translators, window icon, style."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from desktop.paths import resource

log = logging.getLogger("dealerdesk.ui")
_keep: list = []  # translators must outlive the call that installs them

FONT_FILE = "wqy-microhei.ttc"
# Rare Hanzi the main face lacks (Ext-A 䶮, Ext-B–F 𠮷): the same faces the PDFs fall back to.
FALLBACK_FILES = ("HanaMinA-han.ttf", "HanaMinB.ttf")


def _add(file_name: str) -> list[str]:
    font_id = QFontDatabase.addApplicationFont(str(resource("fonts", file_name)))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        log.warning("bundled font %s could not be loaded", file_name)
    return families


def register_fonts(app: QApplication) -> str | None:
    """Register the bundled CJK fonts and make them the UI font (so Chinese shows anywhere): the
    main face first, then the rare-character faces, both as the font's family list and as
    substitutions of the main family (widgets that set a family of their own keep the fallback)."""
    families = _add(FONT_FILE)
    if not families:
        return None
    fallbacks = [f for name in FALLBACK_FILES for f in _add(name)[:1]]
    QFont.insertSubstitutions(families[0], fallbacks)
    base = app.font()
    font = QFont(families[0])
    font.setFamilies([families[0], *fallbacks])
    font.setPointSizeF(max(base.pointSizeF(), 10.0))
    app.setFont(font)
    return families[0]


def install_translators(app: QCoreApplication, lang: str) -> bool:
    """Load our .qm and Qt's own translation for ``lang``; True when ours loaded.

    Qt's: ``qtbase_<lang>`` as the PySide6 wheel ships it (``qt_<lang>`` is only a meta catalogue
    naming modules the Essentials wheel lacks, so it does not load), then ``qt_extra_<lang>``
    from our resources for the strings Qt's Chinese lacks (the file dialog's "&Look in:" and
    "Files of &type:"); the translator installed last is asked first.
    """
    for old in list(_keep):
        app.removeTranslator(old)
        _keep.remove(old)
    QLocale.setDefault(QLocale(QLocale.Chinese, QLocale.China) if lang == "zh_CN" else QLocale(QLocale.English, QLocale.UnitedStates))
    if lang == "en":
        return True
    qt_folder = QLibraryInfo.path(QLibraryInfo.TranslationsPath)
    for name in (f"qtbase_{lang}", f"qt_{lang}"):
        if _install(app, name, qt_folder):
            break
    else:
        log.warning("Qt's own %s translation not found in %s", lang, qt_folder)
    _install(app, f"qt_extra_{lang}", str(resource("translations")))
    loaded = _install(app, f"dealerdesk_{lang}", str(resource("translations")))
    if not loaded:
        log.warning("translation dealerdesk_%s.qm not found", lang)
    return loaded


def _install(app: QCoreApplication, name: str, folder: str) -> bool:
    translator = QTranslator(app)
    if not translator.load(name, folder):
        return False
    app.installTranslator(translator)
    _keep.append(translator)
    return True


def display_name() -> str:
    """The product's name in the UI language: every window title ends with it, once."""
    return QCoreApplication.translate("Application", "DealerDesk")


def qt_system_language() -> str:
    """The language the system's UI speaks as Qt reads it (Windows display language, macOS
    preferred languages, LANGUAGE/LC_*/LANG on Linux); the environment/locale reading when Qt
    names none of ours."""
    from desktop.config import first_language, system_language

    return first_language(QLocale.system().uiLanguages()) or system_language()


def app_icon() -> QIcon:
    path = resource("icons", "dealerdesk.svg")
    return QIcon(str(path)) if path.exists() else QIcon()


def nav_icon(key: str) -> QIcon:
    """The navigation icon of a main-window section (resources/icons/nav-<key>.svg), if any."""
    path = resource("icons", f"nav-{key}.svg")
    return QIcon(str(path)) if path.exists() else QIcon()

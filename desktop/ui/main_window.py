"""The main window: navigation on the left, one section at a time, menus and status bar."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QSettings, QSize, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from desktop import __version__
from desktop.ui.appservices import AppServices
from desktop.ui.aftersales import sections as aftersales_sections
from desktop.ui.contracts import sections as contract_sections
from desktop.ui.dealers import sections as dealer_sections
from desktop.ui.negotiation import sections as negotiation_sections
from desktop.ui.office import window as office_window
from desktop.ui.staff import sections as staff_sections
from desktop.ui.worklist import sections as worklist_sections
from desktop.ui.office.menu import OfficeMenu
from desktop.ui.sections import Section
from desktop.ui.setup import display_name, nav_icon
from desktop.ui.toolkit.layout_memory import fit_to_screen, window_state


# The section's key on its navigation item: Qt.ItemDataRole.UserRole by its number, because naming the
# ``Qt`` namespace builds its ~120 enums (≈170 ms; several times that on a busy machine), which the
# first paint should not wait for (issue 15). Nothing imported before the first paint names ``Qt``.
KEY_ROLE = 256


def all_sections() -> list[Section]:
    """Every area's sections, in their order."""
    found = [*dealer_sections.SECTIONS, *negotiation_sections.SECTIONS, *contract_sections.SECTIONS,
             *worklist_sections.SECTIONS, *staff_sections.SECTIONS, *aftersales_sections.SECTIONS]
    return sorted(found, key=lambda s: s.order)


class MainWindow(QMainWindow):
    """``preparing_as``: the user's name while the database is still being opened and upgraded on
    a worker (``ui/startup.py``): the window shows "Preparing the database…" and builds no section
    until ``database_ready(opened)``."""

    def __init__(self, app: AppServices, preparing_as: str | None = None) -> None:
        super().__init__()
        self.app = app
        self.setObjectName("main_window")
        # The platform appends the application's display name to a title that does not end with
        # it ("车商渠道工作台 DealerDesk — DealerDesk 车商渠道工作台"): the main window is the name alone.
        self.setWindowTitle(QApplication.applicationDisplayName() or display_name())
        self.resize(1360, 820)
        self._shown = False
        self.preparing = preparing_as is not None
        self.last_announcement = ""  # the day's 'work due' message, once shown (ui.worklist.announce)
        self.renewals_announcement = ""  # the day's 'renewal contacts due' message (ui.aftersales.announce)
        self.tray_icon = None
        self.sections = _Sections(self)
        self._build()
        self._build_menus()
        from desktop.ui.toolkit.find_action import install_find

        install_find(self, self.focus_search)
        office_window.install(self)  # who is signed in, the connection banner, live updates
        if self.preparing:
            self._show_preparing()
        self.restore_layout()
        self.setAcceptDrops(True)

    def _show_preparing(self) -> None:
        text = self.tr("Preparing the database…")
        self.preparing_label = QLabel(text, objectName="preparing_label")
        # centred by the style sheet: Qt.AlignCenter would name ``Qt`` before the first paint (KEY_ROLE)
        self.preparing_label.setStyleSheet("font-size: 16pt; color: #1f4e8c; qproperty-alignment: AlignCenter;")
        self.stack.addWidget(self.preparing_label)
        self.stack.setCurrentWidget(self.preparing_label)
        self.statusBar().showMessage(text)
        self.menuBar().setEnabled(False)
        self.nav_list.setEnabled(False)
        # their shortcuts too (Ctrl+I would build the dealer list over no database)
        self._held_actions = [a for a in self.findChildren(QAction) if a.isEnabled()]
        for action in self._held_actions:
            action.setEnabled(False)

    def database_ready(self, opened) -> None:
        """The database is open and at the newest schema (``opened``: ui.signin.start.Opened): say who
        is signed in, build the section on screen and load it."""
        self.app.ctx, self.app.identity, self.app.office = opened.ctx, opened.identity, opened.office
        self.preparing = False
        self.stack.removeWidget(self.preparing_label)
        self.preparing_label.deleteLater()
        self.statusBar().clearMessage()
        self.menuBar().setEnabled(True)
        self.nav_list.setEnabled(True)
        for action in self._held_actions:
            action.setEnabled(True)
        self.office_menu.refresh()
        self.live.start()
        self._show_row(self.nav_list.currentRow())
        self._start_page()
        self.after_shown()

    def _build(self) -> None:
        self.nav_list = QListWidget(objectName="nav_list")
        self.nav_list.setMaximumWidth(200)
        self.nav_list.setMinimumWidth(130)
        self.stack = QStackedWidget(objectName="section_stack")
        for section in all_sections():
            item = QListWidgetItem(nav_icon(section.key), section.title())
            item.setData(KEY_ROLE, section.key)
            self.nav_list.addItem(item)
            self.stack.addWidget(QWidget())  # placeholder: sections are built when first shown
        self.nav_list.currentRowChanged.connect(self._show_row)
        self.nav_list.setIconSize(QSize(20, 20))
        self.nav_list.setStyleSheet(
            "QListWidget { background: #f4f6f9; border: none; border-right: 1px solid #d9dee6; outline: 0; }"
            "QListWidget::item { padding: 9px 10px; color: #1d2733; }"
            "QListWidget::item:selected { background: #dbe7f7; color: #10345f; border-left: 3px solid #1f4e8c; }")
        self.splitter = QSplitter(objectName="main_splitter")
        self.splitter.addWidget(self.nav_list)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([160, 1200])
        self.setCentralWidget(self.splitter)

    def _show_row(self, row: int) -> None:
        if row >= 0 and not self.preparing:
            self.sections[self.nav_list.item(row).data(KEY_ROLE)]
            self.stack.setCurrentIndex(row)

    def _build_section(self, key: str):
        """Build a section on first use (start-up only pays for the one on screen)."""
        section = next(s for s in all_sections() if s.key == key)
        row = [s.key for s in all_sections()].index(key)
        widget = section.factory(self.app)
        self._replace_at(row, widget)
        from desktop.ui.toolkit.keyboard import free_tab, give_mnemonics, mnemonic_of

        free_tab(widget)
        menu_letters = "".join(mnemonic_of(a.text()) for a in self.menuBar().actions())
        if hasattr(widget, "assign_mnemonics"):
            widget.assign_mnemonics(menu_letters)
        else:
            give_mnemonics(widget, menu_letters)
        if hasattr(widget, "status_message"):
            widget.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        if hasattr(widget, "restore_state"):
            widget.restore_state(self._settings())
        if self._shown and hasattr(widget, "reload"):
            widget.reload()
        return widget

    def _replace_at(self, row: int, widget: QWidget) -> None:
        """Put ``widget`` in the stack at ``row``; the one there (a placeholder or a section) is deleted."""
        old = self.stack.widget(row)
        self.stack.insertWidget(row, widget)
        self.stack.removeWidget(old)
        old.deleteLater()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        add = partial(self._add_action, file_menu)
        add(self.tr("&Import dealer roster…"), "import_action", lambda: self._on_dealers("import_roster"), "Ctrl+I")
        add(self.tr("Import &history…"), "import_history_action", lambda: self._on_dealers("import_history"))
        add(self.tr("&Export dealer roster…"), "export_action", lambda: self._on_dealers("export_roster"), "Ctrl+E")
        file_menu.addSeparator()
        add(self.tr("&Back up database…"), "backup_action", self.back_up)
        add(self.tr("&Restore from backup…"), "restore_action", self.restore_from_backup)
        file_menu.addSeparator()
        self.office_menu = OfficeMenu(self, file_menu)
        file_menu.addSeparator()
        self.demo_action = add(self.tr("Load &demo territory…"), "demo_action", self.offer_demo)
        add(self.tr("&Settings…"), "settings_action", self.open_settings, QKeySequence.Preferences)
        add(self.tr("Print &target list…"), "target_list_action", self.print_target_list)
        file_menu.addSeparator()
        add(self.tr("&Quit"), "quit_action", self.close, QKeySequence.Quit)
        self.file_menu = file_menu
        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        for row, section in enumerate(all_sections()):
            action = QAction(section.title(), self)
            if row < 9:
                action.setShortcuts([QKeySequence(f"Ctrl+{row + 1}")])  # setShortcuts: see _add_action
            action.triggered.connect(lambda _c=False, r=row: self.nav_list.setCurrentRow(r))
            go_menu.addAction(action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._add_action(help_menu, self.tr("&Keyboard shortcuts"), "shortcuts_action", self.show_shortcuts,
                         QKeySequence.HelpContents)
        help_menu.addAction(self.tr("&About DealerDesk"), self.about)

    def _add_action(self, menu, text: str, name: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self, objectName=name)
        if shortcut is not None:
            # the same as setShortcut, whose overloads (one takes a Qt.Key) name ``Qt`` (KEY_ROLE)
            action.setShortcuts([QKeySequence(shortcut)])
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    # --- start-up -------------------------------------------------------------------------------
    def after_shown(self) -> None:
        """Load the built sections' data (off the GUI thread), then offer the demo on an empty database."""
        self._shown = True
        for widget in self.sections.built():
            if hasattr(widget, "reload"):
                widget.reload()
        from desktop.ui.demo_offer import maybe_offer_demo

        QTimer.singleShot(300, self, lambda: maybe_offer_demo(self))  # dropped if the window is gone
        from desktop.ui.backup.create_action import AUTO_BACKUP_DELAY_MS, auto_back_up

        QTimer.singleShot(AUTO_BACKUP_DELAY_MS, self, lambda: auto_back_up(self))
        from desktop.ui.worklist.announce import announce_due

        QTimer.singleShot(800, self, lambda: announce_due(self))
        from desktop.ui.aftersales.announce import announce_renewals

        QTimer.singleShot(1200, self, lambda: announce_renewals(self))  # renewal contacts due (续保, issue 16)
        from desktop.ui.rosters.search_keys import complete_later

        QTimer.singleShot(2000, self, lambda: complete_later(self, self.app))  # keys a command-line import left
        from desktop.ui.warmup import load_modules_later

        load_modules_later(self)

    def focus_search(self) -> None:
        """Ctrl+F: the search field of the section on screen, or the dealer search when it has none."""
        if self.preparing:
            return
        current = self.stack.currentWidget()
        if not hasattr(current, "focus_search"):
            current = self.show_section("dealers")
        current.focus_search()

    def show_shortcuts(self) -> None:
        from desktop.ui.toolkit.keyboard import ShortcutsDialog

        self.shortcuts_dialog = ShortcutsDialog(self)
        self.shortcuts_dialog.open()

    def offer_demo(self) -> None:
        from desktop.ui.demo_offer import load_demo

        load_demo(self, ask=True)

    def open_settings(self) -> None:
        from desktop.ui.settings_dialog import SettingsDialog

        SettingsDialog(self.app, self).open()

    def _on_dealers(self, action: str, *args) -> None:
        """Roster import/export act on the dealer list: show it, then run the action there."""
        getattr(self.show_section("dealers"), action)(*args)

    # --- a roster file dropped anywhere on the window opens the import wizard with it -------------
    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        from desktop.ui.rosters.wizard_file import dropped_roster

        if not self.preparing and dropped_roster(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        from desktop.ui.rosters.wizard_file import dropped_roster

        path = dropped_roster(event.mimeData())
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self._on_dealers("import_roster", path)

    def back_up(self) -> None:
        from desktop.ui.backup.create_action import back_up

        back_up(self, self.app.ctx, self.app.lang)

    def restore_from_backup(self) -> None:
        from desktop.ui.backup.restore_action import restore_from_backup

        restore_from_backup(self)

    def has_unsaved_work(self) -> bool:
        """Whether a section holds edits not yet saved (the preparation workspace's pages)."""
        return any(getattr(page, "dirty", False) for widget in self.sections.built() for page in getattr(widget, "pages", ()))

    def rebuild_sections(self) -> None:
        """Throw away every built section and build the one on screen afresh (after the data was replaced)."""
        self.save_layout()
        for widget in self.sections.built():
            self._replace_at(self.stack.indexOf(widget), QWidget())
        self.sections.clear()
        self._shown = True  # the window is up: the section built now loads its data at once
        self._show_row(self.nav_list.currentRow())

    def database_changed(self) -> None:
        """The windows now work on another database or as another person: show it, rebuild every section."""
        self.office_menu.refresh()
        self.live.start()
        self.rebuild_sections()
        self._start_page()

    def print_target_list(self) -> None:
        from desktop.ui.printing import documents

        view = self.sections["dealers"]
        cities = [view.city_combo.itemData(i) for i in range(1, view.city_combo.count())]
        documents.show_target_list(self, self.app, cities)

    def about(self) -> None:
        QMessageBox.about(
            self, self.tr("About DealerDesk"),
            self.tr("<b>DealerDesk 车商渠道工作台</b> {0}<br>The dealer-channel workbench: dealer files, the "
                    "eight preparation steps, negotiation packets and contract packs.<br><br>Database: {1}")
            .format(__version__, self.app.ctx.engine.url.render_as_string(hide_password=True)),
        )

    # --- layout memory ----------------------------------------------------------------------------
    def _settings(self) -> QSettings:
        return window_state()

    def restore_layout(self) -> None:
        settings = self._settings()
        geometry = settings.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            fit_to_screen(self)
        splitter = settings.value("main/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        row = settings.value("main/section", 0, type=int)
        self.nav_list.setCurrentRow(min(max(row, 0), self.nav_list.count() - 1))
        self._start_page()

    def _start_page(self) -> None:
        """Specialists and team managers on an office database start on their own work list."""

        if not self.preparing and worklist_sections.starts_on_my_work(self.app.me):
            self.show_section("my_work")

    def show_section(self, key: str):
        """Bring the section ``key`` on screen (built if need be) and return it."""
        keys = [self.nav_list.item(i).data(KEY_ROLE) for i in range(self.nav_list.count())]
        self.nav_list.setCurrentRow(keys.index(key))
        return self.sections[key]

    def save_layout(self) -> None:
        settings = self._settings()
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/splitter", self.splitter.saveState())
        settings.setValue("main/section", self.nav_list.currentRow())
        for widget in self.sections.built():
            if hasattr(widget, "save_state"):
                widget.save_state(settings)
        settings.sync()

    def closeEvent(self, event) -> None:  # noqa: N802
        dossier = self.sections.get("dossier")  # unsaved preparation edits: ask, and close again once dealt with
        if dossier is not None and not dossier.confirm_leave(self.close):
            event.ignore()
            return
        self.save_layout()
        self.live.stop()
        super().closeEvent(event)


class _Sections(dict):
    """key → section widget, built on first access."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self._window = window

    def __missing__(self, key: str):
        widget = self._window._build_section(key)
        self[key] = widget
        return widget

    def built(self) -> list:
        return list(dict.values(self))

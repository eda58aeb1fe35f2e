"""The dealer list: search (names, address, contact, phone, pinyin), filters, sortable table."""

from __future__ import annotations

import gc

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.rules.dealers.vocab import choices
from desktop.services.dealers import files as dealers
from desktop.services.dealers import listing
from desktop.services.dealers.listing import DealerFilter
from desktop.ui.dealers.batch_print import batch_button
from desktop.ui.appservices import AppServices
from desktop.ui.change_bus import Change
from desktop.ui.toolkit.flow_layout import FlowLayout
from desktop.ui.toolkit.keyboard import SearchKeys
from desktop.ui.toolkit.load_banner import LoadBanner
from desktop.ui.dealers.table_model import DealerTableModel, visible_rows
from desktop.ui.dealers.remote_patch import RemotePatch
from desktop.ui.operations import CollectionOp, QueryOp


class DealersView(QWidget):
    """Section 'Dealers'. Loads every row on a worker thread; filters in memory."""

    status_message = Signal(str)
    loaded = Signal(int)  # number of dealers loaded (tests, benchmarks)

    def __init__(self, app: AppServices, parent=None) -> None:
        super().__init__(parent)
        self.app = app
        self.setObjectName("dealers_view")
        self.model = DealerTableModel(self)
        self._include_archived = False
        self.last_dialog: QWidget | None = None
        self._build()
        self.model.filtered.connect(self._update_count)
        self.model.searching.connect(self._searching)
        self._load_gen = 0  # of the full loads asked for: a patch read before the newest one is dropped
        self._has_rows = False  # a full load has landed: there is a list to patch
        self._reloading = False
        self.remote_patch = RemotePatch(self)  # a colleague's change: only their dealers read again
        app.bus.changed.connect(self._on_changed)

    # --- layout -----------------------------------------------------------------------------
    def _build(self) -> None:
        self.search_edit = QLineEdit(objectName="search_edit")
        self.search_edit.setPlaceholderText(self.tr("Search name, address, contact, phone or pinyin (e.g. hzft)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(self.search_edit.fontMetrics().horizontalAdvance("M") * 16)
        self.search_edit.textChanged.connect(self._apply_filter)
        self.city_combo = QComboBox(objectName="city_combo")
        self.brand_combo = QComboBox(objectName="brand_combo")
        self.type_combo = QComboBox(objectName="type_combo")
        self.verified_combo = QComboBox(objectName="verified_combo")
        self.city_combo.addItem(self.tr("All cities"), "")
        self.brand_combo.addItem(self.tr("All brands"), "")
        self.type_combo.addItem(self.tr("All types"), "")
        for code, text in choices("dealer_type", self.app.lang):
            self.type_combo.addItem(text, code)
        self.verified_combo.addItem(self.tr("Verified or not"), None)
        self.verified_combo.addItem(self.tr("Verified"), True)
        self.verified_combo.addItem(self.tr("Not verified"), False)
        for combo in (self.city_combo, self.brand_combo, self.type_combo, self.verified_combo):
            combo.currentIndexChanged.connect(self._apply_filter)
        # After an import: only its dealers, until the user clears it (the old filters would hide them).
        self.batch_ids: frozenset[int] | None = None
        self.batch_button = QPushButton(objectName="batch_button")
        self.batch_button.setToolTip(self.tr("Only the dealers the last import created or updated are shown. "
                                             "Click to show every dealer again."))
        self.batch_button.setStyleSheet("QPushButton { background: #E3EEFB; border: 1px solid #7FA6D8; padding: 3px 8px; }")
        self.batch_button.clicked.connect(self.clear_batch)
        self.batch_button.hide()
        self.archived_check = QCheckBox(self.tr("Show archived"), objectName="archived_check")
        self.archived_check.toggled.connect(self._toggle_archived)

        self.new_button = QPushButton(self.tr("&New dealer"), objectName="new_button")
        self.new_button.setShortcut(QKeySequence.New)
        self.new_button.setToolTip(self.tr("Create a dealer file (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_dealer)
        self.open_button = QPushButton(self.tr("&Open"), objectName="open_button")
        self.open_button.clicked.connect(self.open_selected)
        # Import, with the import history on its arrow: one button's width, so the search box keeps room.
        self.import_button = QToolButton(objectName="import_button")
        self.import_button.setText(self.tr("&Import roster…"))
        self.import_button.setToolTip(self.tr("Bring dealers in from an Excel, WPS or CSV roster"))
        self.import_button.setPopupMode(QToolButton.MenuButtonPopup)
        self.import_button.clicked.connect(lambda: self.import_roster())
        import_menu = QMenu(self.import_button)
        self.history_action = import_menu.addAction(self.tr("Import history…"))
        self.history_action.setToolTip(self.tr("Past roster imports; undo one of them"))
        self.history_action.triggered.connect(self.import_history)
        self.import_button.setMenu(import_menu)
        self.export_button = QPushButton(self.tr("E&xport…"), objectName="export_button")
        self.export_button.setToolTip(self.tr("Write the dealers shown or selected to an Excel roster"))
        self.export_button.clicked.connect(self.export_roster)

        self.batch_print_button = batch_button(self)
        bar = FlowLayout()  # wraps on a narrow screen instead of widening the window past it
        bar.addWidget(self.search_edit, 1)
        bar.addWidget(self.batch_button)
        for w in (self.city_combo, self.brand_combo, self.type_combo, self.verified_combo, self.archived_check,
                  self.new_button, self.open_button, self.import_button, self.export_button, self.batch_print_button):
            bar.addWidget(w)

        self.table = QTableView(objectName="dealer_table")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)  # no per-row sizing at 100k rows
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.setContextMenuPolicy(Qt.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        for col, width in enumerate((270, 140, 60, 80, 120, 90, 80, 70, 115, 60, 90)):
            self.table.setColumnWidth(col, width)
        open_action = QAction(self.tr("Open"), self.table)
        open_action.setShortcuts([QKeySequence(Qt.Key_Return), QKeySequence(Qt.Key_Enter)])
        open_action.setShortcutContext(Qt.WidgetShortcut)
        open_action.triggered.connect(self.open_selected)
        self.table.addAction(open_action)

        SearchKeys(self.search_edit, self.table, self.open_selected)

        self.count_label = QLabel(objectName="count_label")
        self.load_banner = LoadBanner(self.reload, self, self.count_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.load_banner)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        # Tab from the search goes straight to the results, then through the filters and buttons.
        order = [self.search_edit, self.table, self.city_combo, self.brand_combo, self.type_combo, self.verified_combo,
                 self.archived_check, self.new_button, self.open_button, self.import_button, self.export_button]
        for first, second in zip(order, order[1:]):
            QWidget.setTabOrder(first, second)

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.ShortcutFocusReason)
        self.search_edit.selectAll()

    # --- loading and filtering --------------------------------------------------------------
    def reload(self) -> None:
        include, ctx = self._include_archived, self.app.ctx
        flt, sort = self.current_filter(), self.model.sort_key()
        self.count_label.setText(self.tr("Loading dealers…"))
        self._load_gen += 1
        self._reloading = True

        def work():  # the rows, their search index and the rows to show now: all off the GUI thread
            rows = listing.list_rows(ctx, include_archived=include)
            index = DealerTableModel.build_index(rows)
            return rows, index, dealers.facets(ctx), flt, sort, visible_rows(rows, index, flt, sort)

        QueryOp(self, work, self._loaded).latest("rows").in_place(self.load_banner).run()

    def _loaded(self, result) -> None:
        rows, index, facets, flt, sort, computed = result
        self._has_rows, self._reloading = True, False
        self._fill_combo(self.city_combo, facets["cities"])
        self._fill_combo(self.brand_combo, facets["brands"])
        if flt != self.current_filter() or sort != self.model.sort_key():  # typed, chosen or sorted while loading
            computed, flt = None, self.current_filter()
        self.model.set_filter_state(flt)
        self.model.set_rows(rows, index, computed)  # (filters again itself when not computed)
        if computed is not None:
            self._update_count()
        # The list is long-lived: out of the collector's way, or each full collection would scan its
        # hundreds of thousands of objects holding the GIL (the GUI thread stalled 0.3–1 s each time).
        gc.freeze()
        self.loaded.emit(len(rows))

    def _fill_combo(self, combo: QComboBox, values: list[str]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for value in values:
            combo.addItem(value, value)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def current_filter(self) -> DealerFilter:
        return DealerFilter(
            text=self.search_edit.text(), city=self.city_combo.currentData() or "",
            brand=self.brand_combo.currentData() or "", dealer_type=self.type_combo.currentData() or "",
            verified=self.verified_combo.currentData(), ids=self.batch_ids,
        )

    def show_batch(self, _import_id: int, ids: list) -> None:
        """Show only the dealers an import just wrote, the other filters cleared; a button clears it."""
        for widget in (self.search_edit, self.city_combo, self.brand_combo, self.type_combo, self.verified_combo):
            widget.blockSignals(True)
        self.search_edit.clear()
        for combo in (self.city_combo, self.brand_combo, self.type_combo, self.verified_combo):
            combo.setCurrentIndex(0)
        for widget in (self.search_edit, self.city_combo, self.brand_combo, self.type_combo, self.verified_combo):
            widget.blockSignals(False)
        self.batch_ids = frozenset(ids)
        self.batch_button.setText(self.tr("This import: {0} dealers ✕").format(len(self.batch_ids)))
        self.batch_button.show()
        self._apply_filter()

    def clear_batch(self) -> None:
        self.batch_ids = None
        self.batch_button.hide()
        self._apply_filter()

    def _apply_filter(self, *_args) -> None:
        self.model.set_filter(self.current_filter())  # at once on a small list, else on a worker: see model.filtered

    def _update_count(self) -> None:
        text = self.tr("{0} of {1} dealers").format(f"{self.model.rowCount():,}", f"{self.model.total():,}")
        self.count_label.setText(text)
        self.status_message.emit(text)

    def _searching(self, found: int) -> None:
        self.count_label.setText(self.tr("Searching… {0} found so far").format(f"{found:,}"))

    def _toggle_archived(self, checked: bool) -> None:
        self._include_archived = checked
        self.reload()

    def _on_changed(self, kinds) -> None:
        if Change.DEALERS in kinds:
            if self.remote_patch.covers_announcement():  # the live listener's: patched in instead
                return
            QTimer.singleShot(0, self.reload)

    # --- actions ----------------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.row_at(r).id for r in rows]

    def new_dealer(self) -> None:
        self._open_dialog(None)

    def open_selected(self) -> None:
        for dealer_id in self.selected_ids()[:10]:
            self._open_dialog(dealer_id)

    def _open_dialog(self, dealer_id: int | None) -> None:
        from desktop.ui.dealers.dialog import DealerDialog

        if dealer_id is None:
            dialog = DealerDialog(self.app, None, self.window())
            dialog.show()
        else:
            dialog = self.app.windows.show(("dealer", dealer_id), lambda: DealerDialog(self.app, dealer_id, self.window()))
        self.last_dialog = dialog

    def import_roster(self, path=None) -> None:
        """Open the import wizard (reading ``path`` at once when a file was dropped on the window)."""
        from desktop.ui.rosters.wizard import ImportWizard

        self.import_wizard = ImportWizard(self.window(), self.app)
        self.import_wizard.imported.connect(self.show_batch)
        self.import_wizard.open()
        if path is not None:
            self.import_wizard.file_page.open_file(path)

    def import_history(self) -> None:
        """Show the import history (one window: raised if already open)."""
        from desktop.ui.rosters.history import ImportHistoryDialog

        dialog = getattr(self, "import_history_dialog", None)
        if dialog is None or not dialog.isVisible():
            dialog = self.import_history_dialog = ImportHistoryDialog(self.app, self.window())
            dialog.setAttribute(Qt.WA_DeleteOnClose)
            dialog.destroyed.connect(lambda: setattr(self, "import_history_dialog", None))
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def export_roster(self) -> None:
        from desktop.ui.rosters.export_dialog import ExportDialog

        shown = self.model.visible_ids()
        self.export_dialog = ExportDialog(self.window(), self.app, shown_ids=shown, selected_ids=self.selected_ids())
        self.export_dialog.open()

    def _context_menu(self, pos) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), self.open_selected)
        menu.addSeparator()
        row = self.model.row_at(self.table.currentIndex().row()) if self.table.currentIndex().isValid() else None
        if row is not None:
            from desktop.ui.printing import documents

            name = row.short_name or row.legal_name
            menu.addAction(self.tr("Dealer file card…"), lambda: documents.show_dealer_card(self, self.app, row.id, name))
            menu.addAction(self.tr("Cooperation brochure…"), lambda: documents.show_brochure(self, self.app, row.id, name))
            menu.addSeparator()
        menu.addAction(self.tr("Archive"), lambda: self.set_archived(ids, True))
        menu.addAction(self.tr("Restore from archive"), lambda: self.set_archived(ids, False))
        menu.addAction(self.tr("Delete…"), lambda: self.delete(ids))
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def set_archived(self, ids: list[int], archived: bool) -> None:
        ctx = self.app.ctx

        def work():
            return dealers.set_archived_many(ctx, ids, archived)

        done = self.tr("{0} dealers archived") if archived else self.tr("{0} dealers restored")
        CollectionOp(self, work, lambda n: self.status_message.emit(done.format(n))).announces(self.app.bus, Change.DEALERS).run()

    def delete(self, ids: list[int]) -> None:
        answer = QMessageBox.question(
            self, self.tr("Delete dealers"),
            self.tr("Delete {0} dealer file(s)? This cannot be undone. Dealers with visits or key people "
                    "cannot be deleted; archive them instead.").format(len(ids)),
            QMessageBox.Yes | QMessageBox.Cancel, QMessageBox.Cancel)
        if answer != QMessageBox.Yes:
            return
        ctx = self.app.ctx

        def work():
            return dealers.delete_many(ctx, ids)  # all or none

        CollectionOp(self, work, lambda n: self.status_message.emit(self.tr("{0} dealers deleted").format(n))) \
            .announces(self.app.bus, Change.DEALERS).run()

    # --- layout state -------------------------------------------------------------------------
    def save_state(self, settings: QSettings) -> None:
        settings.setValue("dealers/header", self.table.horizontalHeader().saveState())

    def restore_state(self, settings: QSettings) -> None:
        state = settings.value("dealers/header")
        if state is not None:
            self.table.horizontalHeader().restoreState(state)

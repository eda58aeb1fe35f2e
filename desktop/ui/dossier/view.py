"""Section 'Preparation': the dossier workspace of one dealer, walking SOP steps 1–8 as a checklist.

Left: find a dealer (names, phone, pinyin), the eight steps with their state, and exactly what is
missing — activating an item takes the user there. Right: one page per step and the negotiation.
Every load runs ``services.negotiation.dossier.readiness`` off the GUI thread; pages write through
``desktop.ui.operations`` and the change bus brings the fresh dossier back.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton,
                               QSplitter, QStackedWidget, QTabWidget, QVBoxLayout, QWidget)

from desktop.i18n import t
from desktop.rules.dealers.search import filter_indices, normalise_query
from desktop.services.dealers import listing
from desktop.services.negotiation import dossier, meetings
from desktop.ui.appservices import AppServices
from desktop.ui.change_bus import Change
from desktop.ui.toolkit.keyboard import SearchKeys, give_mnemonics
from desktop.ui.toolkit.load_banner import LoadBanner
from desktop.ui.worklist.step_owners import StepOwners
from desktop.ui.operations import QueryOp
from desktop.ui.dossier import leave
from desktop.ui.dossier.classification import ClassificationPage
from desktop.ui.dossier.common import DONE_COLOR, ERROR_COLOR, PARTIAL_COLOR, STATE_MARK, TODO_COLOR
from desktop.ui.dossier.file import FilePage
from desktop.ui.dossier.holder import page_holder
from desktop.ui.dossier.meeting import TAB_OF, MeetingPage
from desktop.ui.dossier.outcome import OutcomePage
from desktop.ui.dossier.policy import PolicyPage
from desktop.ui.dossier.strategy import StrategyPage

PAGE_OF_STEP = {1: 0, 2: 0, 3: 1, 4: 2, 5: 3, 6: 4, 7: 4, 8: 4, 9: 5}
DEALER_PAGES = {"assessment": 1, "classification": 1, "policies": 2, "strategy": 3, "bottom_lines": 3, "scripts": 3, "meetings": 4}
STATE_COLORS = {"done": DONE_COLOR, "partial": PARTIAL_COLOR, "todo": TODO_COLOR}


class DossierView(QWidget):
    status_message = Signal(str)
    loaded = Signal(object)  # (Dossier, states) after every load

    def __init__(self, app: AppServices, parent=None) -> None:
        super().__init__(parent)
        self.app = app
        self.setObjectName("dossier_view")
        self.dealer_id: int | None = None
        self.meeting_id: int | None = None
        self.dossier = None
        self.states: list = []
        self.rows: list = []
        self.last_dealer_dialog = None
        self._build()
        self.owners = StepOwners(self)  # who owns each step (work assignment)
        self._search_timer = QTimer(self, singleShot=True, interval=200, timeout=self._search)
        self._reload_timer = QTimer(self, singleShot=True, interval=0, timeout=self.reload_dossier)
        app.bus.changed.connect(self._on_changed)

    def _build(self) -> None:
        self.search_edit = QLineEdit(objectName="dossier_search_edit", clearButtonEnabled=True)
        self.search_edit.setPlaceholderText(self.tr("Find a dealer: name, phone or pinyin"))
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self.results_list = QListWidget(objectName="dossier_results_list")
        self.results_list.setMaximumHeight(130)
        self.results_list.hide()
        self.results_list.itemActivated.connect(lambda it: self.open_dealer(it.data(Qt.UserRole)))
        self.results_list.itemClicked.connect(lambda it: self.open_dealer(it.data(Qt.UserRole)))
        self.steps_list = QListWidget(objectName="steps_list")
        self.steps_list.currentRowChanged.connect(self._step_selected)
        self.missing_label = QLabel(self.tr("What is missing (activate an item to go there)"), objectName="missing_label")
        self.missing_list = QListWidget(objectName="missing_list")
        self.missing_list.setWordWrap(True)
        self.missing_list.itemActivated.connect(lambda it: self.go_to(it.data(Qt.UserRole)))
        left = QWidget(objectName="dossier_left")
        side = QVBoxLayout(left)
        side.setContentsMargins(0, 0, 0, 0)
        for w, stretch in ((self.search_edit, 0), (self.results_list, 0), (self.steps_list, 2), (self.missing_label, 0),
                           (self.missing_list, 1)):
            side.addWidget(w, stretch)

        self.title_label = QLabel(self.tr("Choose a dealer on the left"), objectName="dossier_title_label")
        self.title_label.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.meeting_combo = QComboBox(objectName="meeting_combo")
        self.meeting_combo.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self.meeting_combo.activated.connect(self._meeting_chosen)
        self.summary_label = QLabel(objectName="readiness_summary_label")
        self.refresh_button = QPushButton(self.tr("Refresh"), objectName="refresh_button")
        self.refresh_button.clicked.connect(self.reload_dossier)
        top = QHBoxLayout()
        top.addWidget(self.title_label, 1)
        top.addWidget(self.summary_label)
        top.addWidget(QLabel(self.tr("Meeting:")))
        top.addWidget(self.meeting_combo)
        top.addWidget(self.refresh_button)

        self.file_page, self.classification_page = FilePage(self), ClassificationPage(self)
        self.policy_page, self.strategy_page = PolicyPage(self), StrategyPage(self)
        self.meeting_page, self.outcome_page = MeetingPage(self), OutcomePage(self)
        self.pages = [self.file_page, self.classification_page, self.policy_page, self.strategy_page, self.meeting_page,
                      self.outcome_page]
        self.stack = QStackedWidget(objectName="dossier_stack")
        for page in self.pages:
            others = tuple(getattr(page, "bar_buttons", lambda: ())())
            self.stack.addWidget(page_holder(page, leave.save_button(page), others))
        right = QWidget()
        body = QVBoxLayout(right)
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(top)
        body.addWidget(self.stack, 1)
        self.splitter = QSplitter(objectName="dossier_splitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([260, 1000])
        SearchKeys(self.search_edit, self.results_list, self._open_current_result)
        self.load_banner = LoadBanner(self._retry, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.load_banner)
        layout.addWidget(self.splitter)
        self._set_open(False)
        leave.install(self)

    def focus_search(self) -> None:
        """Ctrl+F."""
        self.search_edit.setFocus(Qt.ShortcutFocusReason)
        self.search_edit.selectAll()

    def _open_current_result(self) -> None:
        entry = self.results_list.currentItem()
        if entry is not None:
            self.open_dealer(entry.data(Qt.UserRole))

    def assign_mnemonics(self, taken: str) -> None:
        """The frame's buttons and each page's: only one page is on screen at a time."""
        frame = give_mnemonics(self, taken, exclude=tuple(self.pages))
        for page in self.pages:
            give_mnemonics(page, frame)

    def _set_open(self, on: bool) -> None:
        self.stack.setEnabled(on)
        self.meeting_combo.setEnabled(on)
        self.refresh_button.setEnabled(on)

    # --- finding and opening a dealer ------------------------------------------------------------
    def reload(self) -> None:
        """Load the dealer list for the search (and the open dossier again)."""
        ctx = self.app.ctx
        QueryOp(self, lambda: listing.list_rows(ctx), self._rows_loaded).latest("rows").in_place(self.load_banner).run()
        if self.dealer_id is not None:
            self.reload_dossier()

    def _rows_loaded(self, rows) -> None:
        self.rows = rows
        self._search()

    def _search(self) -> None:
        words = normalise_query(self.search_edit.text())
        self.results_list.clear()
        self.results_list.setVisible(bool(words))
        if not words:
            return
        for i in filter_indices(words, [r.haystack for r in self.rows])[:50]:
            row = self.rows[i]
            entry = QListWidgetItem(f"{row.short_name or row.legal_name} · {row.city}")
            entry.setData(Qt.UserRole, row.id)
            entry.setToolTip(row.legal_name)
            self.results_list.addItem(entry)

    def open_dealer(self, dealer_id: int, meeting_id: int | None = None, on_cancel=None) -> None:
        """Show the dossier of ``dealer_id`` (its next meeting unless ``meeting_id``) once unsaved edits are dealt with."""
        if dealer_id != self.dealer_id:
            pages = self.pages
        else:
            pages = [self.meeting_page, self.outcome_page] if meeting_id not in (None, self.meeting_id) else []

        def show() -> None:
            for page in pages:
                page.dirty = False
            self.dealer_id, self.meeting_id = dealer_id, meeting_id
            self.reload_dossier()

        if self.confirm_leave(show, pages, on_cancel or (lambda: leave.restore_result(self))):
            show()

    def confirm_leave(self, then, pages=None, on_cancel=None) -> bool:
        """True when ``pages`` (all) hold no unsaved edits; otherwise asks Save / Don't save / Cancel and
        calls ``then`` once they are saved or discarded (``on_cancel`` when the user stays)."""
        return leave.confirm(self, then, self.pages if pages is None else pages, on_cancel)

    def reload_dossier(self) -> None:
        if self.dealer_id is None:
            return
        ctx, dealer_id, meeting_id = self.app.ctx, self.dealer_id, self.meeting_id

        def work():
            d, states = dossier.readiness(ctx, dealer_id, meeting_id)
            return d, states, meetings.list_meetings(ctx, dealer_id=dealer_id), StepOwners.fetch(ctx, dealer_id, d)

        QueryOp(self, work, self._loaded).failure(self._load_failed).latest("dossier").in_place(self.load_banner).run()

    def _load_failed(self, _err: BaseException) -> None:
        """The reason is on the load banner; a meeting that went away falls back to the dealer's next one."""
        if self.meeting_id is not None:
            self.meeting_id = None
            self.reload_dossier()

    def _retry(self) -> None:
        ctx = self.app.ctx
        QueryOp(self, lambda: listing.list_rows(ctx), self._rows_loaded).latest("rows").in_place(self.load_banner).run()
        self.reload_dossier()

    def _loaded(self, result) -> None:
        d, states, rows, owners = result
        self.dossier, self.states = d, states
        self.owners.set(owners)
        self.meeting_id = d.meeting.id if d.meeting else None
        self._set_open(True)
        self.title_label.setText(d.dealer.display_name)
        done = sum(s.state == "done" for s in states)
        text = self.tr("Ready for the meeting") if done == 8 else self.tr("{0} of 8 steps done").format(done)
        if d.packet_out_of_date:
            text += " · " + self.tr("printed packet out of date")
        self.summary_label.setText(text)
        self.summary_label.setStyleSheet(f"color: {DONE_COLOR if done == 8 else PARTIAL_COLOR}; font-weight: 600;")
        self._fill_meetings(rows)
        self._fill_steps(states, d)
        for page in self.pages:
            page.show_dossier(d, states)
        self.owners.after_load()
        self.loaded.emit((d, states))

    def _fill_meetings(self, rows) -> None:
        self.meeting_combo.blockSignals(True)
        self.meeting_combo.clear()
        for r in rows:
            when = f"{r.day:%Y-%m-%d} {r.start:%H:%M}" if r.day and r.start else self.tr("date not set")
            self.meeting_combo.addItem(f"{when} · {t(f'meeting.kind.{r.kind}')} · {t(f'meeting.status.{r.status}')}", r.id)
        if not rows:
            self.meeting_combo.addItem(self.tr("no meeting yet"), None)
        self.meeting_combo.setCurrentIndex(max(self.meeting_combo.findData(self.meeting_id), 0))
        self.meeting_combo.blockSignals(False)

    def _meeting_chosen(self, _index: int) -> None:
        chosen = self.meeting_combo.currentData()
        if chosen is not None and chosen != self.meeting_id:
            self.open_dealer(self.dealer_id, chosen, lambda: leave.restore_meeting(self))

    def _fill_steps(self, states, d) -> None:
        current = max(self.steps_list.currentRow(), 0)
        self.steps_list.blockSignals(True)
        self.steps_list.clear()
        for s in states:
            entry = QListWidgetItem(f"{STATE_MARK[s.state]}  {s.step}. {s.title()}")
            entry.setForeground(QColor(STATE_COLORS[s.state]))
            entry.setToolTip(f"{t(f'readiness.state.{s.state}')} — {s.standard()}")
            self.owners.decorate(entry, s.step)
            self.steps_list.addItem(entry)
        outcome = QListWidgetItem("⚑  " + self.tr("The negotiation"))
        if not (d.meeting and d.meeting.id):
            outcome.setFlags(outcome.flags() & ~Qt.ItemIsEnabled)
        self.steps_list.addItem(outcome)
        self.steps_list.blockSignals(False)
        self.steps_list.setCurrentRow(current)
        self._show_missing(current)

    def _step_selected(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(PAGE_OF_STEP[row + 1])
        if row + 1 in (6, 7, 8):
            self.meeting_page.ui.meeting_tabs.setCurrentIndex(TAB_OF[row + 1])
        self._show_missing(row)

    def _show_missing(self, row: int) -> None:
        self.missing_list.clear()
        if not 0 <= row < len(self.states):
            return
        for m in self.states[row].missing:
            entry = QListWidgetItem("• " + m.text())
            entry.setData(Qt.UserRole, m.target)
            entry.setForeground(QColor(ERROR_COLOR))
            self.missing_list.addItem(entry)

    def select_step(self, step: int) -> None:
        self.steps_list.setCurrentRow(step - 1)

    # --- going where something is missing ----------------------------------------------------------
    def go_to(self, target: tuple) -> None:
        """Take the user to the place a missing item names, e.g. ('dealer', 7, 'address') or ('meeting', 3, 'team')."""
        if not target:
            return
        kind, _obj, what, *rest = target
        if kind == "settings":  # a branch setting, e.g. ('settings', 0, 'advantages', 'flash_claims')
            self.open_advantages(rest[0] if rest else "")
        elif kind == "meeting":
            self.select_step({"team": 7, "agenda": 7, "materials": 8, "packet": 8}.get(what, 6))
            self.meeting_page.focus(what, rest[0] if rest else None)
        elif what in DEALER_PAGES:
            page = self.pages[DEALER_PAGES[what]]
            self.select_step({1: 3, 2: 4, 3: 5, 4: 6}[DEALER_PAGES[what]])
            page.focus(what)
        else:
            self.open_dealer_file(what)

    def open_advantages(self, code: str = "") -> None:
        """The negotiation settings at 'Our advantages', the figure ``code`` focused."""
        from desktop.ui.negotiation_settings.dialog import NegotiationSettingsDialog

        dialog = self.app.windows.show("negotiation_settings", lambda: NegotiationSettingsDialog(self.app, self.window()))
        self.last_settings_dialog = dialog
        dialog.show_advantage(code)

    def open_dealer_file(self, field: str = "") -> None:
        from desktop.ui.dealers.dialog import DealerDialog

        dealer_id = self.dealer_id
        dialog = self.app.windows.show(("dealer", dealer_id), lambda: DealerDialog(self.app, dealer_id, self.window()))
        self.last_dealer_dialog = dialog
        names = {"people": "people_table", "visits": "visits_table", "sources": "source_field_check"}
        widget = dialog.findChild(QWidget, names.get(field, f"{field}_edit")) or dialog.findChild(QWidget, f"{field}_combo")
        child, parent = widget, widget.parentWidget() if widget else None
        while parent is not None:  # show the tab holding the field
            if isinstance(parent, QTabWidget):
                parent.setCurrentWidget(next(parent.widget(i) for i in range(parent.count())
                                             if parent.widget(i) is child or parent.widget(i).isAncestorOf(widget)))
            child, parent = parent, parent.parentWidget()
        if widget is not None:
            widget.setFocus()

    def _on_changed(self, kinds) -> None:
        if Change.DEALERS in kinds and self.rows:
            ctx = self.app.ctx
            QueryOp(self, lambda: listing.list_rows(ctx), self._rows_loaded).latest("rows").in_place(self.load_banner).run()
        if kinds & {Change.DOSSIER, Change.DEALERS, Change.RELATIONSHIPS, Change.STAFF, Change.WORK} and self.dealer_id is not None:
            self._reload_timer.start()

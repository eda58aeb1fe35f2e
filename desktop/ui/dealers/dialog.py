"""The dealer file: every tab of SOP steps 1–2 in one window; saves the whole file at once.

Loads and saves through the operations pattern; a stale copy is refused by the service and
the user may reload. Closing with unsaved changes asks first. The key people, visits and
relationships tabs are handled in ``dealer_dialog_people`` (a mixin).
"""

from __future__ import annotations

from dataclasses import replace

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QLineEdit, QMessageBox

from desktop.rules.errors import Problems, RuleError
from desktop.rules.dealers.records import Dealer
from desktop.rules.dealers.vocab import SURVEY_SOURCES, is_verified, label
from desktop.services.dealers import files as dealers
from desktop.services.office import staff
from desktop.errors import ConflictError
from desktop.ui.appservices import AppServices
from desktop.ui.change_bus import Change
from desktop.ui.dealers import form as dealer_form
from desktop.ui.dealers.dialog_people import DealerDialogPeople
from desktop.ui.toolkit.field_errors import FieldErrors
from desktop.ui.generated.ui_dealer_file import Ui_DealerFileDialog
from desktop.ui.toolkit.keyboard import free_tab, give_mnemonics, mnemonic_of
from desktop.ui.operations import CollectionOp, QueryOp
from desktop.ui.toolkit.unsaved import ask_unsaved
from desktop.ui.toolkit.widgets import fill_vocab
from desktop.ui.toolkit.layout_memory import remember_geometry
from desktop.ui.toolkit.first_paint import after_first_paint
from desktop.ui.toolkit.lazy_tabs import LazyTabs
from desktop.ui.office.changed_bar import freeze, watch_dealer


class DealerDialog(DealerDialogPeople, QDialog):
    saved = Signal(object)  # the saved Dealer

    def __init__(self, app: AppServices, dealer_id: int | None, parent=None) -> None:
        super().__init__(parent)
        self.app = app
        self.ui = Ui_DealerFileDialog()
        self.ui.setupUi(self)
        self.setObjectName("dealer_dialog")
        self.setAttribute(Qt.WA_DeleteOnClose)
        self.setWindowFlag(Qt.WindowMaximizeButtonHint, True)
        remember_geometry(self, "dealer_dialog")
        self.dealer = Dealer()
        self.staff: list = []
        self.relationships: list = []
        self._dirty = False
        self._loading = False
        self._close_after_save = False
        self.unsaved_box = None
        self.errors = FieldErrors(self._widget_for)
        self._setup_widgets()
        # The contracts, scorecard and history tabs are built when first shown (or soon after the file
        # has painted, one per turn of the event loop): opening the file builds what its first frame shows.
        self.lazy_tabs = LazyTabs(self.ui.tabs, on_built=self._tab_built)
        if dealer_id is not None:  # the dealer's contracts (contract area, issue 6)
            from desktop.ui.contracts.dealer_contracts import DealerContractsPanel, contracts_tab_title

            self.lazy_tabs.add("contracts", contracts_tab_title(), lambda: DealerContractsPanel(app, dealer_id, self))
            from desktop.ui.aftersales.scorecard_tab import DealerScorecardPanel, scorecard_tab_title

            # how the contract is kept (after signing, issue 16)
            self.lazy_tabs.add("scorecard", scorecard_tab_title(), lambda: DealerScorecardPanel(app, dealer_id, self))
        self.read_only = False
        self.changed_bar = watch_dealer(self, app)  # a colleague's save to this dealer, said at once
        if dealer_id is not None:  # who changed what, when; the file as it was on a date
            from desktop.ui.history.dealer_tab import history_panel, history_tab_title

            self.lazy_tabs.add("history", history_tab_title(), lambda: history_panel(self, app, dealer_id))
        if dealer_id is None:
            self._show(Dealer())
        else:
            self._set_busy(True)
            self.load(dealer_id)
        QueryOp(self, lambda: staff.list_staff(app.ctx), self._staff_loaded).run()
        free_tab(self)
        self._letters = give_mnemonics(self)
        after_first_paint(self, self.lazy_tabs.build_soon)

    # The tabs built when first shown, by the names tests and the tabs' own code use.
    @property
    def contracts_panel(self):
        return self.lazy_tabs.content("contracts")

    @property
    def scorecard_panel(self):
        return self.lazy_tabs.content("scorecard")

    @property
    def history_panel(self):
        return self.lazy_tabs.content("history")

    def _tab_built(self, content) -> None:
        """A tab built late gets what the file gave its own widgets: Tab leaves its tables, an
        Alt-letter on each button from the letters still free."""
        free_tab(content)
        # the button box's letters, whichever its Cancel says (it becomes &Close once the file is loaded)
        box = "".join(mnemonic_of(text) for text in [b.text() for b in self.ui.button_box.buttons()]
                      + [self.tr("&Close"), self.tr("&Cancel")])
        self._letters = give_mnemonics(content, self._letters + box)

    # --- set-up ---------------------------------------------------------------------------
    def _setup_widgets(self) -> None:
        u = self.ui
        fill_vocab(u.dealer_type_combo, "dealer_type", self.app.lang, with_blank=True)
        fill_vocab(u.willingness_combo, "willingness", self.app.lang)
        u.insurers_table.setColumnCount(5)
        u.insurers_table.setHorizontalHeaderLabels([self.tr("Insurer"), self.tr("Share (%)"), self.tr("Their fees"),
                                                    self.tr("Their repair referrals"), self.tr("Other terms and services")])
        u.insurers_table.setToolTip(self.tr("What is known of each insurer's terms with the dealer: the negotiation "
                                            "packet sets them against ours."))
        u.insurers_table.setEditTriggers(u.insurers_table.EditTrigger.AllEditTriggers)
        u.people_table.setColumnCount(5)
        u.people_table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("Position"), self.tr("Phone"), self.tr("Hobbies or background")])
        u.visits_table.setColumnCount(5)
        u.visits_table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Our visitors"), self.tr("Findings"), self.tr("Next step"), self.tr("Next date")])
        u.relationships_table.setColumnCount(4)
        u.relationships_table.setHorizontalHeaderLabels([self.tr("Our staff"), self.tr("Key person"), self.tr("Strength"), self.tr("Note")])
        for table in (u.insurers_table, u.people_table, u.visits_table, u.relationships_table):
            table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
            table.verticalHeader().setVisible(False)
        u.add_insurer_button.clicked.connect(lambda: (dealer_form.add_insurer_row(u), self._mark_dirty()))
        u.remove_insurer_button.clicked.connect(lambda: self._remove_rows(u.insurers_table))
        self._connect_people()
        u.button_box.accepted.connect(self.save)
        u.button_box.rejected.connect(self.reject)
        QShortcut(QKeySequence.Save, self, activated=self.save)
        for code in SURVEY_SOURCES:
            getattr(u, f"source_{code}_check").toggled.connect(self._update_verified)
        for child in self.findChildren(QLineEdit):
            child.textEdited.connect(self._mark_dirty)
        u.title_label.setStyleSheet("font-size: 16pt; font-weight: 600;")
        u.error_summary_label.setStyleSheet("color: #b3261e;")

    def _mark_dirty(self, *_args) -> None:
        self._dirty = True

    def _widget_for(self, field: str):
        u = self.ui
        if field.startswith("people["):
            return u.people_table
        if field.startswith("visits["):
            return u.visits_table
        for suffix in ("_edit", "_combo", "_table"):
            widget = getattr(u, f"{field}{suffix}", None)
            if widget is not None:
                return widget
        return None

    # --- loading ----------------------------------------------------------------------------
    def load(self, dealer_id: int) -> None:
        self._loading = True  # nothing shown yet: nothing the user could have changed
        ctx = self.app.ctx
        QueryOp(self, lambda: (dealers.get(ctx, dealer_id), staff.relationships(ctx, dealer_id=dealer_id)),
                self._loaded).run()

    def reload_saved(self) -> None:
        """Show the dealer as it is saved now (after a colleague's change)."""
        if self.dealer.id is not None:
            self._set_busy(True)
            self.load(self.dealer.id)

    def _loaded(self, result) -> None:
        dealer, rels = result
        self._loading = False
        self._set_busy(False)
        self.relationships = rels
        self._show(dealer)

    def _staff_loaded(self, members) -> None:
        self.staff = members

    def _show(self, d: Dealer) -> None:
        self.dealer = d
        self.errors.clear()
        self.ui.error_summary_label.clear()
        dealer_form.fill(self.ui, d)
        self._fill_people()
        self._fill_visits()
        self._fill_relationships()
        self._update_verified()
        title = d.legal_name or self.tr("New dealer")
        self.ui.title_label.setText(title + (self.tr(" (archived)") if d.archived else ""))
        self.setWindowTitle(self.tr("Dealer file — {0}").format(d.display_name) if d.id else self.tr("New dealer"))
        a = d.audit
        self.ui.audit_label.setText(
            self.tr("Version {0} · last changed by {1} on {2}").format(a.version, self.app.display(a.updated_by),
                                                                       a.updated_at.strftime("%Y-%m-%d %H:%M"))
            if d.id and a.updated_at else "")
        self._dirty = False
        # Nothing to throw away once the file is saved: the way out says Close, not Cancel.
        self.ui.button_box.button(QDialogButtonBox.Cancel).setText(self.tr("&Close") if d.id else self.tr("&Cancel"))

    def _set_busy(self, busy: bool) -> None:
        self.ui.tabs.setEnabled(not busy)
        self.ui.button_box.button(QDialogButtonBox.Save).setEnabled(not busy)

    def _update_verified(self, *_args) -> None:
        verified = is_verified(dealer_form.checked_sources(self.ui))
        self.ui.verified_label.setText(label("verified", "yes" if verified else "no", self.app.lang))
        self.ui.verified_label.setStyleSheet("color: #1e7b34; font-weight: 600;" if verified else "color: #8a6d00;")

    def _remove_rows(self, table) -> None:
        for row in sorted({i.row() for i in table.selectedIndexes()} or {table.currentRow()}, reverse=True):
            if row >= 0:
                table.removeRow(row)
        self._dirty = True

    # --- saving -------------------------------------------------------------------------------------
    def collect(self) -> Dealer:
        problems = Problems()
        record = dealer_form.read(self.ui, self.dealer, problems)
        problems.raise_if_any()
        return record

    def save(self) -> None:
        if self.read_only:
            return
        try:
            record = self.collect()
        except RuleError as err:
            self._close_after_save = False
            self._show_problems(err)
            return
        self._set_busy(True)
        ctx = self.app.ctx
        CollectionOp(self, lambda: dealers.save(ctx, record), self._saved).failure(self._save_failed) \
            .announces(self.app.bus, Change.DEALERS).run()

    def _saved(self, dealer: Dealer) -> None:
        self._set_busy(False)
        if self.dealer.id is None and dealer.id is not None:
            self.app.windows.add(("dealer", dealer.id), self)  # a new file is now that dealer's one window
        self._show(dealer)
        self.saved.emit(dealer)
        self.ui.error_summary_label.setText(self.tr("Saved."))
        self.ui.error_summary_label.setStyleSheet("color: #1e7b34;")
        if self._close_after_save:
            self._close_after_save = False
            super().reject()

    def _show_problems(self, err: RuleError) -> None:
        messages = err.messages()
        orphans = self.errors.show(messages)
        count = len(messages)
        summary = self.tr("{0} field(s) need attention.").format(count)
        self.ui.error_summary_label.setStyleSheet("color: #b3261e;")
        self.ui.error_summary_label.setText(" ".join([summary] + orphans))

    def _save_failed(self, err: BaseException) -> None:
        self._set_busy(False)
        self._close_after_save = False  # not written: stay open with the edits
        if isinstance(err, RuleError):
            self._show_problems(err)
        elif isinstance(err, ConflictError):
            self._conflict(err)
        else:
            from desktop.ui.toolkit.errors import show_error

            show_error(self, err)

    def _conflict(self, err: ConflictError) -> None:
        box = QMessageBox(QMessageBox.Warning, self.tr("Changed by someone else"), err.message(), QMessageBox.NoButton, self)
        box.setObjectName("conflict_box")
        reload_button = box.addButton(self.tr("Reload their version"), QMessageBox.AcceptRole)
        reload_button.setObjectName("reload_button")
        box.addButton(self.tr("Keep my edits open"), QMessageBox.RejectRole).setObjectName("keep_button")
        box.setDefaultButton(reload_button)

        def answered(_result: int) -> None:
            if box.clickedButton() is reload_button and self.dealer.id is not None:
                self._set_busy(True)
                self.load(self.dealer.id)

        box.finished.connect(answered)
        box.open()
        self.conflict_box = box

    def show_read_only(self, record: Dealer, title: str) -> None:
        """A past state of the file (变更记录 ▸ as it was): shown, nothing editable, nothing to save."""
        self.read_only = True
        self._show(record)
        self.setWindowTitle(title)
        self.ui.title_label.setText(title)
        self.ui.audit_label.clear()
        freeze(self)

    def has_unsaved_changes(self) -> bool:
        """People, visits and insurers set the flag; every other field is compared with the record."""
        if self._loading or self.read_only:
            return False
        if self._dirty:
            return True
        try:
            shown = self.collect()
        except RuleError:
            return True  # something typed that does not even parse
        return _comparable(shown) != _comparable(self.dealer)

    def reject(self) -> None:
        if not self.has_unsaved_changes():
            super().reject()
            return
        if self.unsaved_box is not None and shiboken6.isValid(self.unsaved_box) and self.unsaved_box.isVisible():
            return  # one question at a time

        def save() -> None:
            self._close_after_save = True
            self.save()

        name = self.dealer.display_name if self.dealer.id else self.tr("the new dealer")
        self.unsaved_box = ask_unsaved(self, self.tr("Save the changes to the file of {0}?").format(name),
                                       on_save=save, on_discard=lambda: QDialog.reject(self))

    def closeEvent(self, event) -> None:  # noqa: N802
        if self.has_unsaved_changes():
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)


def _comparable(d: Dealer) -> Dealer:
    """The parts of a record the form edits, in a form where equal means unchanged."""
    return replace(d, sources=sorted(d.sources), people=[], visits=[])

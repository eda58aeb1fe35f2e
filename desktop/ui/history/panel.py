"""变更记录 (change history): who changed what, when, in plain words — one entry per save, its field
changes beneath ('王春梅 于 2026-12-07 10:42 修改了车商' › '地址：旧 → 新'). Loads off the GUI thread
when first shown and again when the record changes (a colleague's save included)."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from desktop.ui.change_bus import Change
from desktop.ui.operations import QueryOp


class HistoryPanel(QWidget):
    """``loader(ctx, lang)`` → HistoryRecords, newest first (services.office.history). ``kinds``: the
    change-bus kinds after which it reloads (once it has loaded)."""

    loaded = Signal(int)  # number of entries shown (tests)

    def __init__(self, app, loader: Callable, kinds: frozenset[str], parent=None) -> None:
        super().__init__(parent)
        self.app = app
        self.loader = loader
        self.kinds = kinds
        self.records: list = []
        self._started = False
        self.setObjectName("history_panel")
        self.tree = QTreeWidget(objectName="history_tree")
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.empty_label = QLabel(self.tr("No changes recorded yet."), objectName="history_empty_label")
        self.empty_label.setStyleSheet("color: #5b6675;")
        self.empty_label.hide()
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(4, 4, 4, 4)
        self.layout_.addWidget(self.tree, 1)
        self.layout_.addWidget(self.empty_label)
        app.bus.changed.connect(self._on_changed)

    def set_loader(self, loader: Callable) -> None:
        """Another record (the policy page's selected version): show its history once it is on screen."""
        self.loader = loader
        self.tree.clear()
        if self._started:
            self.reload()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if not self._started:
            self._started = True
            self.reload()

    def _on_changed(self, kinds) -> None:
        if self._started and kinds & self.kinds:
            self.reload()

    def reload(self) -> None:
        ctx, lang, loader = self.app.ctx, self.app.lang, self.loader
        if loader is None:
            return
        QueryOp(self, lambda: loader(ctx, lang), self._loaded).latest("history").run()

    def _loaded(self, records: list) -> None:
        self.records = records
        lang = self.app.lang
        self.tree.clear()
        for record in records:
            top = QTreeWidgetItem([record.title(lang)])
            for line in record.lines(lang):
                top.addChild(QTreeWidgetItem([line]))
            self.tree.addTopLevelItem(top)
        if records:
            self.tree.topLevelItem(0).setExpanded(True)
        self.empty_label.setVisible(not records)
        self.loaded.emit(len(records))

    def entries(self) -> list[tuple[str, list[str]]]:
        """(title, lines) as shown (tests)."""
        out = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            out.append((top.text(0), [top.child(j).text(0) for j in range(top.childCount())]))
        return out


def contract_history(app, contract_id: int) -> HistoryPanel:
    """The contract editor's 变更记录 tab."""
    from desktop.services.office import history

    return HistoryPanel(app, lambda ctx, lang: history.history_of(ctx, "contracts", contract_id, lang), frozenset({Change.CONTRACTS}))


def policy_history(app) -> HistoryPanel:
    """The policy page's 变更记录 tab; ``show_version`` points it at the version on screen."""
    panel = HistoryPanel(app, None, frozenset({Change.DOSSIER}))
    panel.setObjectName("policy_history_panel")
    return panel


def show_version(panel: HistoryPanel, policy_id: int | None) -> None:
    from desktop.services.office import history

    panel.set_loader(None if policy_id is None else
                     (lambda ctx, lang: history.history_of(ctx, "policy_versions", policy_id, lang)))

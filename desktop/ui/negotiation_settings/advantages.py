"""Negotiation settings, tab 'Our advantages' (优势介绍): each figure the SOP names for step 4 of the
negotiation with its source and the month it holds for. A mixin of ``NegotiationSettingsDialog``; its
strings are translated under this class's name. A figure left empty prints as 未填写 in the packet and
is a readiness gap; one given without its source or month is refused, with the message at the field.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QWidget

from desktop.i18n import t
from desktop.rules.errors import RuleError
from desktop.rules.negotiation import advantages as rules
from desktop.rules.negotiation.records import Advantage
from desktop.ui.toolkit.field_errors import FieldErrors

PARTS = ("value", "source", "as_of")


class NegotiationSettingsAdvantages:
    """Builds, shows and reads the advantages tab (mixed into the dialog)."""

    def _advantages_tab(self) -> None:
        layout = self._page(self.tr("Our advantages"))
        self.advantages_page = layout.parentWidget()
        intro = QLabel(self.tr("The figures the main negotiator presents in step 4 (our advantages), printed in every "
                               "packet and on the brochure. Give each its source and the month it holds for "
                               "(e.g. 2026-10); an empty one prints as “not filled in” and keeps the meeting from "
                               "being ready."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        grid_box = QWidget(objectName="advantages_grid")
        grid = QGridLayout(grid_box)
        for column, title in enumerate((self.tr("Advantage"), self.tr("Figure, in the words we print"), self.tr("Source"),
                                        self.tr("As of (month)")), 0):
            grid.addWidget(QLabel(f"<b>{title}</b>"), 0, column)
        self.advantage_edits: dict[tuple[str, str], QLineEdit] = {}
        for row, code in enumerate(rules.CODES, 1):
            label = QLabel(t(f"advantage.{code}"))
            grid.addWidget(label, row, 0)
            for column, part in enumerate(PARTS, 1):
                edit = QLineEdit(objectName=f"advantage_{code}_{part}_edit")
                edit.setMaxLength({"value": rules.MAX_VALUE, "source": rules.MAX_SOURCE, "as_of": 12}[part])
                if part == "as_of":
                    edit.setPlaceholderText("2026-10")
                    edit.setMaximumWidth(110)
                elif part == "source":
                    edit.setPlaceholderText(self.tr("e.g. the branch's claims department"))
                edit.setAccessibleName(f"{t(f'advantage.{code}')} · {grid.itemAtPosition(0, column).widget().text()}")
                grid.addWidget(edit, row, column)
                self.advantage_edits[(code, part)] = edit
            label.setBuddy(self.advantage_edits[(code, "value")])
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 2)
        layout.addWidget(grid_box)
        layout.addStretch(1)
        self.advantage_errors = FieldErrors(lambda name: self.advantage_edits.get(tuple(name.split(".", 1))))
        self.shown_advantages: list[Advantage] = []

    def show_advantage(self, code: str = "") -> None:
        """Bring the tab forward with ``code``'s figure focused (readiness's 'go there')."""
        edit = self.advantage_edits.get((code, "value")) or self.advantage_edits[(rules.CODES[0], "value")]
        self.tabs.setCurrentIndex(self.tabs.indexOf(self.advantages_page))
        edit.setFocus()

    def _show_advantages(self, items: list[Advantage]) -> None:
        self.shown_advantages = list(items)
        self.advantage_errors.clear()
        for a in items:
            for part in PARTS:
                edit = self.advantage_edits[(a.code, part)]
                edit.setText(getattr(a, part))
                edit.setCursorPosition(0)  # a long figure shows its beginning, not its end

    def _collect_advantages(self) -> list[Advantage]:
        """The figures as typed, checked here first: RuleError with the fields at fault marked."""
        given = {a.code: a for a in self.shown_advantages}
        items = [replace(given.get(code) or Advantage(code), **{part: self.advantage_edits[(code, part)].text() for part in PARTS})
                 for code in rules.CODES]
        self.advantage_errors.clear()
        try:
            rules.validate(items)
        except RuleError as err:
            self.advantage_errors.show(err.messages())
            raise
        return items

    def advantage_problems(self, err: RuleError) -> str:
        """Each problem as '闪赔 · 来源：请注明该数据的来源', for the message under the tabs."""
        parts = {"value": self.tr("Figure"), "source": self.tr("Source"), "as_of": self.tr("As of (month)")}
        lines = []
        for name, message in err.messages().items():
            code, _, part = name.partition(".")
            lines.append(f"{t(f'advantage.{code}')} · {parts.get(part, part)}: {message}")
        return "\n".join(lines)

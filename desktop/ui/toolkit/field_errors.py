"""Messages next to the fields at fault: a red line under the field in its form layout."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QTabWidget, QWidget

ERROR_STYLE = "color: #b3261e;"
FIELD_STYLE = "border: 1px solid #b3261e; border-radius: 2px;"


class FieldErrors:
    """Show/clear per-field messages. ``lookup(field) → widget`` maps record fields to widgets."""

    def __init__(self, lookup) -> None:
        self._lookup = lookup
        self._labels: list[tuple[QFormLayout, QLabel]] = []
        self._marked: list[tuple[QWidget, str]] = []

    def clear(self) -> None:
        for form, label in self._labels:
            form.removeRow(label)
        self._labels.clear()
        for widget, style in self._marked:
            widget.setStyleSheet(style)
        self._marked.clear()

    def show(self, messages: dict[str, str]) -> list[str]:
        """Place each message under its field; returns the messages that found no field."""
        self.clear()
        orphans = []
        first = None
        for field, message in messages.items():
            widget = self._lookup(field)
            if widget is None:
                orphans.append(message)
                continue
            first = first or widget
            self._marked.append((widget, widget.styleSheet()))
            widget.setStyleSheet(FIELD_STYLE)
            form = widget.parentWidget().layout() if widget.parentWidget() else None
            if isinstance(form, QFormLayout):
                row, _role = form.getWidgetPosition(widget)
                if row >= 0:
                    label = QLabel(message)
                    label.setObjectName(f"{widget.objectName()}_error")
                    label.setWordWrap(True)
                    label.setStyleSheet(ERROR_STYLE)
                    form.insertRow(row + 1, "", label)
                    self._labels.append((form, label))
                    continue
            widget.setToolTip(message)
        if first is not None:
            _reveal(first)
            first.setFocus()
        return orphans

    def message_for(self, widget_name: str) -> str:
        for _form, label in self._labels:
            if label.objectName() == f"{widget_name}_error":
                return label.text()
        return ""


def _reveal(widget: QWidget) -> None:
    """Switch every enclosing tab widget to the page holding ``widget``."""
    child, parent = widget, widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QTabWidget):
            for i in range(parent.count()):
                page = parent.widget(i)
                if page is child or page.isAncestorOf(widget):
                    parent.setCurrentIndex(i)
                    break
        child, parent = parent, parent.parentWidget()

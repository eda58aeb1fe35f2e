"""Steps 1–2 of the workspace: what the dealer file holds for the survey and the initial visit,
with every missing item marked; the dealer file itself is edited in its own dialog.

GUI thread; read-only (the dealer dialog saves).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from desktop.i18n import t
from desktop.rules.negotiation.readiness import SURVEY_FIELDS, VISIT_FIELDS
from desktop.rules.dealers.vocab import label
from desktop.ui.dossier.common import ERROR_COLOR, Page
from desktop.ui.toolkit.widgets import format_number, join_list


class FilePage(Page):
    steps = (1, 2)

    def __init__(self, view, parent: QWidget | None = None) -> None:
        super().__init__(view, parent)
        self.setObjectName("dossier_file_page")
        self.standard_label = QLabel(objectName="file_standard_label", wordWrap=True)
        self.summary_label = QLabel(objectName="file_summary_label", wordWrap=True, textFormat=Qt.RichText)
        self.summary_label.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        self.summary_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.open_button = QPushButton(self.tr("Open the dealer file…"), objectName="open_file_button")
        self.open_button.clicked.connect(lambda: self.view.go_to(("dealer", self.dealer_id, "legal_name")))
        scroll = QScrollArea(objectName="file_scroll", widgetResizable=True)
        scroll.setWidget(self.summary_label)
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.standard_label)
        layout.addWidget(scroll, 1)
        layout.addLayout(bar)
        self.dealer_id = None

    def show_dossier(self, d, states) -> None:
        self.set_standard(self.standard_label, states)
        dealer = d.dealer
        self.dealer_id = dealer.id

        def shown(field: str) -> str:
            value = getattr(dealer, field)
            if field in ("willingness",):
                return label(field, value) if value else ""
            if isinstance(value, list):
                return join_list(value)
            if field in ("new_car_rate", "renewal_rate") and value is not None:
                return f"{format_number(value)}%"
            return format_number(value) if not isinstance(value, str) else value

        missing = f"<span style='color:{ERROR_COLOR}'>%s</span>" % escape(self.tr("missing"))

        def rows(fields) -> str:
            out = []
            for field in fields:
                text = shown(field)
                out.append(f"<tr><td>{escape(t(f'field.{field}'))}</td><td>{escape(text) if text else missing}</td></tr>")
            return "<table cellspacing='4'>" + "".join(out) + "</table>"

        sources = "、".join(label("source", s) for s in dealer.sources) or self.tr("none")
        no_people = f"<span style='color:{ERROR_COLOR}'>%s</span>" % escape(self.tr("no key people yet"))
        people = "<br>".join(f"{escape(p.name)} — {escape(t(f'role.{p.role}'))} {escape(p.position)}" for p in dealer.people) \
            or no_people
        ties = "<br>".join(f"{escape(r.staff_name)} ↔ {escape(r.person_name)} {'★' * r.strength}" for r in d.relationships) \
            or escape(self.tr("none recorded"))
        heads = [escape(x) for x in (self.tr("Survey (step 1)"), self.tr("Sources"), self.tr("Initial visit (step 2)"),
                                     self.tr("{0} visit(s) recorded").format(len(dealer.visits)), self.tr("Key people"),
                                     self.tr("Our relationships (人脉)"))]
        html = (f"<h3>{escape(dealer.legal_name)}</h3>"
                f"<h4>{heads[0]}</h4>{rows(SURVEY_FIELDS)}"
                f"<p>{heads[1]}: {escape(sources)}</p>"
                f"<h4>{heads[2]}</h4><p>{heads[3]}</p>{rows(VISIT_FIELDS)}"
                f"<h4>{heads[4]}</h4><p>{people}</p>"
                f"<h4>{heads[5]}</h4><p>{ties}</p>")
        self.summary_label.setText(html)

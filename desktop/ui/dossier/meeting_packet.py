"""What the meeting page adds for the packet (issue 14): who of our team leads each agenda step, and
which of the key people's sensitive fields go into this meeting's packet.

Steps get their leaders when the team is chosen: a "Led by" column on the agenda, filled by role with one
click, each cell a choice among the members. The sensitive fields are ticked only by someone who may read
them (the others see the ticks, disabled, with the roles that may). GUI thread; no database work here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QGroupBox, QHBoxLayout, QLabel, QPushButton

from desktop.rules.negotiation.agenda import suggest_owners
from desktop.rules.negotiation.meeting_records import AgendaStep, Meeting, TeamMember
from desktop.rules.negotiation.vocab import PACKET_SENSITIVE
from desktop.rules.office.permissions import Action
from desktop.ui.dossier.common import checked_at, data_at, quiet

OWNER_COLUMN = 3


def _labels() -> dict[str, str]:
    return {"age": QCoreApplication.translate("MeetingPacket", "Age"), "birth_year": QCoreApplication.translate("MeetingPacket", "Birth year"), "background": QCoreApplication.translate("MeetingPacket", "Background"),
            "highlights": QCoreApplication.translate("MeetingPacket", "Career highlights"), "hobbies": QCoreApplication.translate("MeetingPacket", "Hobbies")}


class PacketControls:
    """The "Led by" column of the agenda and the sensitive ticks, on a ``MeetingPage``."""

    def __init__(self, page) -> None:
        self.page = page
        u = page.ui
        self.assign_button = QPushButton(QCoreApplication.translate("MeetingPacket", "Assign agenda steps by role"), objectName="assign_owners_button")
        self.assign_button.setToolTip(QCoreApplication.translate("MeetingPacket", "Each step without a leader gets the member of its line, else the main negotiator"))
        self.assign_button.clicked.connect(self.assign_by_role)
        u.team_buttons.addWidget(self.assign_button)
        self.sensitive_group = QGroupBox(QCoreApplication.translate("MeetingPacket", "Personal details of their key people in this packet"), objectName="sensitive_group")
        row = QHBoxLayout(self.sensitive_group)
        self.checks: dict[str, QCheckBox] = {}
        for code, text in _labels().items():
            box = QCheckBox(text, objectName=f"sensitive_{code}_check")
            box.clicked.connect(lambda *_: page.mark_dirty())
            self.checks[code] = box
            row.addWidget(box)
        row.addStretch(1)
        self.ticked_by_label = QLabel(objectName="sensitive_by_label")
        row.addWidget(self.ticked_by_label)
        u.team_layout.addWidget(self.sensitive_group)
        me = page.app.me
        if not me.may(Action.VIEW_SENSITIVE):
            from desktop.ui.office.permit import refusal_text

            self.sensitive_group.setEnabled(False)
            self.sensitive_group.setToolTip(refusal_text(me, Action.VIEW_SENSITIVE, page.app.lang))

    # --- the meeting in and out -------------------------------------------------------------------
    def show(self, mt: Meeting) -> None:
        with quiet(self.sensitive_group):
            for code, box in self.checks.items():
                box.setChecked(code in mt.packet_sensitive)
        by = mt.packet_sensitive_by
        self.ticked_by_label.setText(QCoreApplication.translate("MeetingPacket", "ticked by {0}").format(self.page.app.display(by)) if by and mt.packet_sensitive else "")

    def ticked(self) -> list[str]:
        return [code for code in PACKET_SENSITIVE if self.checks[code].isChecked()]

    def members(self) -> list[TeamMember]:
        table = self.page.ui.team_table
        out = []
        for r in range(table.rowCount()):
            staff_id = data_at(table, r, 0)[0]
            person = self.page.staff_by_id.get(staff_id)
            out.append(TeamMember(staff_id=staff_id, is_main=checked_at(table, r, 2), staff_name=table.item(r, 0).text(),
                                  line=getattr(person, "line", "")))
        return out

    def owner_cell(self, row: int, owner_staff_id: int | None) -> None:
        """The "Led by" choice of agenda row ``row``, among the members on the team now."""
        combo = QComboBox(objectName=f"step_owner_combo_{row}")
        combo.addItem("—", None)
        for m in self.members():
            combo.addItem(m.staff_name, m.staff_id)
        combo.setCurrentIndex(max(combo.findData(owner_staff_id), 0))
        combo.activated.connect(lambda *_: self.page.mark_dirty())
        self.page.ui.agenda_table.setCellWidget(row, OWNER_COLUMN, combo)

    def owner_at(self, row: int) -> int | None:
        combo = self.page.ui.agenda_table.cellWidget(row, OWNER_COLUMN)
        return combo.currentData() if combo is not None else None

    def team_changed(self) -> None:
        """Members added or removed: every step's choice offers the team as it is now (a leader who left: none)."""
        table = self.page.ui.agenda_table
        for r in range(table.rowCount()):
            self.owner_cell(r, self.owner_at(r))

    def assign_by_role(self) -> None:
        table = self.page.ui.agenda_table
        steps = [AgendaStep(code=(data_at(table, r, 0) or (None, ""))[1], owner_staff_id=self.owner_at(r))
                 for r in range(table.rowCount())]
        for r, step in enumerate(suggest_owners(steps, self.members())):
            self.owner_cell(r, step.owner_staff_id)
        self.page.mark_dirty()

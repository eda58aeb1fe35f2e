"""Steps 6–8 of the workspace: the meeting (when, where, who attends), our team (main negotiator,
scopes, rank check, double bookings), the materials checklist and the agenda; .ics export.

GUI thread; database work through ``desktop.ui.operations``.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem, QWidget

from desktop.i18n import t
from desktop.rules.negotiation.meeting_records import AgendaStep, Attendee, MaterialItem, Meeting, TeamMember
from desktop.rules.negotiation.vocab import MEETING_KINDS, MEETING_STATUSES
from desktop.rules.negotiation.readiness import packet_gaps
from desktop.rules.negotiation.team import our_order
from desktop.services.negotiation import ics, meetings
from desktop.services.negotiation import settings
from desktop.services.office import staff as staff_service
from desktop.ui.generated.ui_dossier_meeting import Ui_DossierMeetingPage
from desktop.ui.operations import QueryOp
from desktop.ui.dossier.meeting_packet import PacketControls
from desktop.ui.dossier.common import (ERROR_COLOR, Page, check_item, checked_at, data_at, fill_combo, item, quiet,
                                       setup_table, text_at, watch_edits)
from desktop.ui.toolkit import file_dialogs, folders
from desktop.ui.toolkit.widgets import optional_date, optional_time, set_optional_date, set_optional_time

TAB_OF = {6: 0, 7: 1, 8: 2, "details": 0, "attendees": 0, "team": 1, "materials": 2, "packet": 2, "agenda": 2}


class MeetingPage(Page):
    steps = (6, 7, 8)

    def __init__(self, view, parent: QWidget | None = None) -> None:
        super().__init__(view, parent)
        self.ui = Ui_DossierMeetingPage()
        self.ui.setupUi(self)
        self.setObjectName("dossier_meeting_page")
        self.meeting: Meeting | None = None
        self.dossier = None
        self.staff_by_id: dict = {}
        u = self.ui
        fill_combo(u.kind_combo, [(t(f"meeting.kind.{k}"), k) for k in MEETING_KINDS])
        fill_combo(u.status_combo, [(t(f"meeting.status.{k}"), k) for k in MEETING_STATUSES])
        set_optional_date(u.day_edit, None)
        set_optional_time(u.start_edit, None)
        setup_table(u.attendees_table, [self.tr("Name"), self.tr("Role"), self.tr("Position"), self.tr("Invited"),
                                        self.tr("Confirmed")], stretch=2)
        setup_table(u.team_table, [self.tr("Member"), self.tr("Rank"), self.tr("Main negotiator"), self.tr("Scope of topics")],
                    stretch=3)
        setup_table(u.agenda_table, [self.tr("Step"), self.tr("Owner"), self.tr("Standard"), self.tr("Led by")], stretch=2)
        for table, widths in ((u.attendees_table, (140, 160)), (u.team_table, (120, 180, 120)), (u.agenda_table, (260, 220))):
            for col, width in enumerate(widths):
                table.setColumnWidth(col, width)
        u.new_meeting_button.clicked.connect(self.new_meeting)
        u.save_meeting_button.clicked.connect(self.save)
        u.export_ics_button.clicked.connect(self.export_ics)
        u.print_packet_button.clicked.connect(self.print_packets)
        u.add_member_button.clicked.connect(self.add_member)
        u.remove_member_button.clicked.connect(lambda: (self._remove_row(u.team_table), self.packet.team_changed()))
        u.add_material_button.clicked.connect(self.add_material)
        u.remove_material_button.clicked.connect(self.remove_material)
        u.add_step_button.clicked.connect(lambda: (self._add_step(AgendaStep()), self.mark_dirty()))
        u.remove_step_button.clicked.connect(lambda: self._remove_row(u.agenda_table))
        u.template_button.clicked.connect(self.use_template)
        u.team_table.itemChanged.connect(self._one_main)
        watch_edits(u.meeting_tabs, self.mark_dirty)
        self.packet = PacketControls(self)  # who leads each step; sensitive fields ticked for the packet
        for w in (u.day_edit, u.start_edit):
            w.dateTimeChanged.connect(lambda *_: self.mark_dirty())
        self._set_enabled(False)

    def bar_buttons(self) -> tuple:
        """Shown beside 保存会谈 under the page, where a narrow window does not clip them."""
        u = self.ui
        return u.new_meeting_button, u.export_ics_button, u.print_packet_button

    def widget_for(self, field: str):
        u = self.ui
        for prefix, widget in (("attendees", u.attendees_table), ("team", u.team_table), ("materials", u.materials_list),
                               ("agenda", u.agenda_table)):
            if field.startswith(prefix):
                return widget
        return {"day": u.day_edit, "start": u.start_edit, "duration_minutes": u.duration_spin, "place": u.place_edit,
                "kind": u.kind_combo, "status": u.status_combo}.get(field)

    def _set_enabled(self, on: bool) -> None:
        self.ui.meeting_tabs.setEnabled(on)
        self.ui.save_meeting_button.setEnabled(on)
        self.ui.export_ics_button.setEnabled(on and bool(self.meeting and self.meeting.id))
        self.ui.print_packet_button.setEnabled(on and bool(self.meeting and self.meeting.id))

    # --- showing ----------------------------------------------------------------------------------
    def show_dossier(self, d, states) -> None:
        self.set_standard(self.ui.meeting_standard_label, states)
        same_dealer = self.dossier is not None and self.dossier.dealer.id == d.dealer.id
        self.dossier = d
        if not self.staff_by_id:
            ctx = self.app.ctx
            QueryOp(self, lambda: staff_service.list_staff(ctx), self._staff_loaded).run()
        if self.dirty and same_dealer:
            return
        if d.meeting is not None:
            self.show_meeting(d.meeting)
        elif not (same_dealer and self.meeting is not None and self.meeting.id is None):
            self.meeting = None
            self.ui.meeting_title_label.setText(self.tr("No meeting yet: press “New meeting”."))
            self._set_enabled(False)
        self._show_checks(d)

    def _staff_loaded(self, members) -> None:
        self.staff_by_id = {m.id: m for m in members}
        fill_combo(self.ui.staff_combo, [(f"{m.name} — {m.title}", m.id) for m in members])

    def _show_checks(self, d) -> None:
        lines = []
        if d.meeting is not None and d.required_rank:
            names = d.rank_names.get(d.required_rank, {})
            lines.append(self.tr("The counterpart calls for at least: {0}").format(names.get(self.app.lang) or names.get("en", "")))
        for b in d.bookings:
            lines.append(f"<span style='color:{ERROR_COLOR}'>" + self.tr("{0} is also in a meeting with {1} at {2}").format(
                b.staff_name, b.dealer_name, b.starts_at.strftime("%Y-%m-%d %H:%M")) + "</span>")
        self.ui.rank_check_label.setText("<br>".join(lines))

    def show_meeting(self, mt: Meeting) -> None:
        self.meeting = mt
        u = self.ui
        people = self.dossier.dealer.people if self.dossier else []
        invited = {a.key_person_id: a for a in mt.attendees}
        with quiet(self):
            u.kind_combo.setCurrentIndex(max(u.kind_combo.findData(mt.kind), 0))
            u.status_combo.setCurrentIndex(max(u.status_combo.findData(mt.status), 0))
            set_optional_date(u.day_edit, mt.day)
            set_optional_time(u.start_edit, mt.start)
            u.duration_spin.setValue(mt.duration_minutes)
            u.place_edit.setText(mt.place)
            u.content_edit.setPlainText(mt.content)
            u.attendees_table.setRowCount(len(people))
            for row, p in enumerate(people):
                a = invited.get(p.id)
                for col, text in enumerate((p.name, t(f"role.{p.role}"), p.position)):
                    u.attendees_table.setItem(row, col, item(text, editable=False, data=p.id if col == 0 else None))
                u.attendees_table.setItem(row, 3, check_item(a is not None))
                u.attendees_table.setItem(row, 4, check_item(bool(a and a.confirmed)))
            u.team_table.setRowCount(0)
            for member in our_order(mt.team):
                self._add_member_row(member)
            u.materials_list.clear()
            for m in mt.materials:
                self._add_material_item(m)
            u.agenda_table.setRowCount(0)
            for step in mt.agenda:
                self._add_step(step)
            self.packet.show(mt)
        when = f"{mt.day:%Y-%m-%d} {mt.start:%H:%M}" if mt.day and mt.start else self.tr("date not set")
        title = self.tr("Meeting {0}: {1}, {2} ({3})").format(mt.id, t(f"meeting.kind.{mt.kind}"), when, t(f"meeting.status.{mt.status}")) \
            if mt.id else self.tr("New meeting (not saved yet)")
        u.meeting_title_label.setText(title)
        self.dirty = mt.id is None
        self.errors.clear()
        self._set_enabled(True)

    def _add_member_row(self, m: TeamMember) -> None:
        table = self.ui.team_table
        row = table.rowCount()
        table.insertRow(row)
        rank = self.dossier.rank_names.get(m.rank_code, {}).get(self.app.lang, m.rank_code) if self.dossier else m.rank_code
        table.setItem(row, 0, item(m.staff_name, editable=False, data=(m.staff_id, m.rank_level)))
        table.setItem(row, 1, item(rank, editable=False))
        table.setItem(row, 2, check_item(m.is_main))
        table.setItem(row, 3, item(m.scope))

    def _add_material_item(self, m: MaterialItem) -> None:
        entry = QListWidgetItem(t(f"meeting.material.{m.code}") if m.code else m.label)
        entry.setFlags(entry.flags() | Qt.ItemIsUserCheckable)
        entry.setCheckState(Qt.Checked if m.ready else Qt.Unchecked)
        entry.setData(Qt.UserRole, (m.id, m.code, m.label))
        self.ui.materials_list.addItem(entry)

    def _add_step(self, step: AgendaStep) -> None:
        table = self.ui.agenda_table
        row = table.rowCount()
        table.insertRow(row)
        table.setItem(row, 0, item(step.shown_title(), data=(step.id, step.code, step.note)))
        table.setItem(row, 1, item(step.shown_owner()))
        table.setItem(row, 2, item(step.shown_standard()))
        self.packet.owner_cell(row, step.owner_staff_id)

    def _one_main(self, cell) -> None:
        """Ticking a main negotiator unticks the others."""
        if cell.column() != 2 or cell.checkState() != Qt.Checked:
            return
        table = self.ui.team_table
        with quiet(table):
            for row in range(table.rowCount()):
                if row != cell.row():
                    table.item(row, 2).setCheckState(Qt.Unchecked)

    def _remove_row(self, table) -> None:
        if table.currentRow() >= 0:
            table.removeRow(table.currentRow())
            self.mark_dirty()

    # --- editing actions ----------------------------------------------------------------------------
    def new_meeting(self) -> None:
        if self.dossier is None:
            return
        ctx, dealer_id = self.app.ctx, self.dossier.dealer.id
        kind = self.ui.kind_combo.currentData() if self.meeting is None else "decision_maker"
        QueryOp(self, lambda: meetings.new_meeting(ctx, dealer_id, kind), self.show_meeting).run()

    def add_member(self) -> None:
        staff_id = self.ui.staff_combo.currentData()
        member = self.staff_by_id.get(staff_id)
        present = {data_at(self.ui.team_table, r, 0)[0] for r in range(self.ui.team_table.rowCount())}
        if member is None or staff_id in present:
            return
        levels = self.dossier.rank_levels if self.dossier else {}
        self._add_member_row(TeamMember(None, member.id, False, "", member.name, member.title, member.rank_code,
                                        levels.get(member.rank_code, 0), member.line))
        self.packet.team_changed()
        self.mark_dirty()

    def add_material(self) -> None:
        text = self.ui.own_material_edit.text().strip()
        if text:
            self._add_material_item(MaterialItem(None, "", text, False))
            self.ui.own_material_edit.clear()
            self.mark_dirty()

    def remove_material(self) -> None:
        row = self.ui.materials_list.currentRow()
        if row >= 0:
            self.ui.materials_list.takeItem(row)
            self.mark_dirty()

    def use_template(self) -> None:
        ctx, kind = self.app.ctx, self.ui.kind_combo.currentData()

        def loaded(template) -> None:
            with quiet(self.ui.agenda_table):
                self.ui.agenda_table.setRowCount(0)
                for step in template.steps:
                    self._add_step(AgendaStep(None, step.code, step.title, step.owner, step.standard))
            self.mark_dirty()

        QueryOp(self, lambda: settings.agenda_template(ctx, kind), loaded).run()

    # --- reading and saving -------------------------------------------------------------------------
    def collect(self) -> Meeting:
        u, base = self.ui, self.meeting
        people = self.dossier.dealer.people
        attendees = [Attendee(people[r].id, checked_at(u.attendees_table, r, 4)) for r in range(u.attendees_table.rowCount())
                     if checked_at(u.attendees_table, r, 3)]
        team = [TeamMember(staff_id=data_at(u.team_table, r, 0)[0], is_main=checked_at(u.team_table, r, 2),
                           scope=text_at(u.team_table, r, 3)) for r in range(u.team_table.rowCount())]
        materials = []
        for r in range(u.materials_list.count()):
            entry = u.materials_list.item(r)
            mid, code, label = entry.data(Qt.UserRole)
            materials.append(MaterialItem(mid, code, label, entry.checkState() == Qt.Checked))
        agenda = []
        for r in range(u.agenda_table.rowCount()):
            sid, code, note = data_at(u.agenda_table, r, 0)
            default = AgendaStep(code=code)
            texts = [text_at(u.agenda_table, r, c) for c in range(3)]
            shown = (default.shown_title(), default.shown_owner(), default.shown_standard())
            # a default step's untouched words stay empty, so they follow the reader's language
            own = [x if not code or x != d else "" for x, d in zip(texts, shown)]
            agenda.append(AgendaStep(sid, code, own[0], own[1], own[2], note, self.packet.owner_at(r)))
        start = optional_time(u.start_edit)
        return replace(base, kind=u.kind_combo.currentData(), status=u.status_combo.currentData(), day=optional_date(u.day_edit),
                       start=start, duration_minutes=u.duration_spin.value(), place=u.place_edit.text(),
                       content=u.content_edit.toPlainText(), attendees=attendees, team=team, materials=materials, agenda=agenda,
                       packet_sensitive=self.packet.ticked())

    def save(self) -> None:
        if self.meeting is None:
            return
        ctx, record = self.app.ctx, self.collect()

        def saved(mt: Meeting) -> None:
            self.view.meeting_id = mt.id
            self.meeting = mt
            self.view.status_message.emit(self.tr("Meeting saved"))

        self.write(lambda: meetings.save(ctx, record), saved)

    def export_ics(self) -> None:
        if not (self.meeting and self.meeting.id):
            return
        suggested = folders.suggested("calendar", f"meeting-{self.meeting.id}.ics")
        path = file_dialogs.save_file_name(self, self.tr("Export to calendar"), suggested, self.tr("Calendar files (*.ics)"))
        if path:
            folders.remember("calendar", path)
            self.export_to(path)

    def export_to(self, path: str) -> None:
        ctx, meeting_id, lang = self.app.ctx, self.meeting.id, self.app.lang
        QueryOp(self, lambda: ics.write_meeting_ics(ctx, meeting_id, path, lang),
                lambda p: self.view.status_message.emit(self.tr("Calendar file written: {0}").format(p))).failure(self.failed).run()

    def print_packets(self) -> None:
        """Every member's copy of the packet (issue 5); the dossier then shows it as printed. A meeting
        that is not ready first lists what is missing, offering to go there or print marked 未就绪 (issue 14)."""
        from desktop.ui.printing import documents
        from desktop.ui.printing.readiness_gate import NotReadyDialog

        if not (self.meeting and self.meeting.id and self.dossier):
            return
        title = self.dossier.dealer.short_name or self.dossier.dealer.legal_name
        meeting_id = self.meeting.id
        gaps = packet_gaps(self.view.states)
        if not gaps:
            documents.print_packet_set(self, self.app, meeting_id, title)
            return
        gate = NotReadyDialog(gaps, self.app.lang, self)
        gate.go_to.connect(self.view.go_to)
        gate.print_anyway.connect(lambda: documents.print_packet_set(self, self.app, meeting_id, title))
        self.last_gate = gate
        gate.open()

    def focus(self, what, index=None) -> None:
        u = self.ui
        u.meeting_tabs.setCurrentIndex(TAB_OF.get(what, 0))
        widget = {"details": u.place_edit, "attendees": u.attendees_table, "team": u.team_table,
                  "materials": u.materials_list, "packet": u.materials_list, "meetings": u.new_meeting_button}.get(what, u.place_edit)
        if what == "materials" and isinstance(index, int) and index < u.materials_list.count():
            u.materials_list.setCurrentRow(index)
        if what == "agenda":
            widget = u.agenda_table
            if isinstance(index, int) and index < u.agenda_table.rowCount():
                u.agenda_table.setCurrentCell(index, 3)
        widget.setFocus()

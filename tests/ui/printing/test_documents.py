"""Printed documents from the windows: rendered off the GUI thread, previewed, printed as one job."""

from __future__ import annotations

from dataclasses import replace

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from desktop.services.dealers import files as dealers
from desktop.services.negotiation import dossier, meetings
from desktop.ui.printing import documents


def _pdf_printer(path):
    printer = QPrinter(QPrinter.ScreenResolution)
    printer.setOutputFormat(QPrinter.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_dealer_card_preview_from_the_list(qtbot, demo_window, demo_ctx):
    view = demo_window.sections["dealers"]
    row = view.model.row_at(0)
    view.last_preview = None
    documents.show_dealer_card(view, demo_window.app, row.id, row.short_name)
    qtbot.waitUntil(lambda: view.last_preview is not None and view.last_preview.page_total == 1, timeout=30000)
    text = PdfReader(view.last_preview.path).pages[0].extract_text()
    assert row.legal_name in text, "the card shows the dealer it was asked for"
    view.last_preview.close()


def test_packet_set_every_copy_printed_as_one_job(qtbot, demo_window, demo_ctx, tmp_path):
    meeting = next(m for m in meetings.list_meetings(demo_ctx) if len(dossier.build(demo_ctx, m.dealer_id, m.id).our_team) >= 2)
    team = dossier.build(demo_ctx, meeting.dealer_id, meeting.id).our_team
    view = demo_window.sections["dealers"]
    view.last_packet_dialog = None
    documents.print_packet_set(view, demo_window.app, meeting.id, "test")
    qtbot.waitUntil(lambda: view.last_packet_dialog is not None, timeout=60000)
    dialog = view.last_packet_dialog
    assert dialog.copies_list.count() == len(team), "one copy for each member of our team"
    for path, member in zip(dialog.paths, team):
        first_page = PdfReader(path).pages[0].extract_text()
        assert member.staff_name in first_page, f"{path.name} names its holder {member.staff_name}"
    expected_pages = sum(len(PdfReader(p).pages) for p in dialog.paths)
    out = tmp_path / "printed.pdf"
    dialog.print_all(printer=_pdf_printer(out))
    qtbot.waitUntil(lambda: "printer" in dialog.status_label.text(), timeout=60000)
    assert len(PdfReader(out).pages) == expected_pages, "every copy went out in one print job"

    printed = dossier.build(demo_ctx, meeting.dealer_id, meeting.id)
    assert printed.meeting.packet_printed_at is not None, "the meeting remembers the packet was printed"
    assert not printed.packet_out_of_date, "fresh after printing"
    dealer = dealers.get(demo_ctx, meeting.dealer_id)
    dealers.save(demo_ctx, replace(dealer, notes=dealer.notes + " 补充"))
    assert dossier.build(demo_ctx, meeting.dealer_id, meeting.id).packet_out_of_date, \
        "a change to the dossier after printing shows the packet as out of date"
    dialog.close()

"""The negotiation's printed documents as use cases: the packet's dossier is read in one unit of work."""

from __future__ import annotations

from contextlib import contextmanager

from pypdf import PdfReader

from desktop.services.negotiation import dossier, meetings, printing


def _count_units(ctx, monkeypatch) -> list[str]:
    """Record every unit of work ``ctx`` opens, plain or writing (the real ones still run)."""
    opened: list[str] = []

    def counting(name: str):
        real = getattr(ctx, name)

        @contextmanager
        def unit():
            opened.append(name)
            with real() as s:
                yield s

        return unit

    for name in ("unit", "write_unit"):
        monkeypatch.setattr(ctx, name, counting(name))
    return opened


def test_a_packet_set_reads_its_dossier_in_one_unit_of_work(demo_ctx, tmp_path, monkeypatch):
    meeting = next(m for m in meetings.list_meetings(demo_ctx) if dossier.build(demo_ctx, m.dealer_id, m.id).our_team)
    team = dossier.build(demo_ctx, meeting.dealer_id, meeting.id).our_team
    opened = _count_units(demo_ctx, monkeypatch)
    paths = printing.packet_set(demo_ctx, meeting.id, "zh_CN", tmp_path)
    assert len(paths) == len(team), f"one copy per member of our team: {paths}"
    assert team[0].staff_name in PdfReader(paths[0]).pages[0].extract_text(), "the first copy names its holder"
    assert len(opened) == 2, f"one unit reads the meeting's whole dossier, one marks it printed; opened {len(opened)}"
    monkeypatch.undo()
    assert meetings.get(demo_ctx, meeting.id).packet_printed_at is not None, "the meeting remembers it was printed"


def test_the_dossier_of_a_meeting_is_the_dossier_of_its_dealer(demo_ctx):
    meeting = meetings.list_meetings(demo_ctx)[0]
    by_meeting = dossier.of_meeting(demo_ctx, meeting.id)
    by_dealer = dossier.build(demo_ctx, meeting.dealer_id, meeting.id)
    assert by_meeting.dealer.id == meeting.dealer_id and by_meeting.meeting.id == meeting.id, "the meeting's own dealer"
    assert by_meeting.our_team == by_dealer.our_team and by_meeting.dossier_changed_at == by_dealer.dossier_changed_at, \
        "the same snapshot either way"

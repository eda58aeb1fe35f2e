"""``dealerdesk dealer-card``: writes the PDF and prints its path; bad ids and paths exit 2 in one line."""

from __future__ import annotations

import pytest

from desktop.cli import main
from tests.documents.pdfcheck import page_count, pdftotext


def _run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_dealer_card_writes_a_pdf(demo_db, tmp_path, capsys):
    target = tmp_path / "card.pdf"
    code, out, err = _run(capsys, "--db", demo_db, "--lang", "zh_CN", "dealer-card", "1", "--out", str(target))
    assert code == 0, f"exit 0 expected, got {code}: {err}"
    assert out.strip() == str(target), f"the command prints the PDF's path: {out!r}"
    assert page_count(target) == 1, "the card is one page"
    assert "车商档案卡" in pdftotext(target), "Chinese card when --lang zh_CN"


def test_dealer_card_in_english_with_sensitive_details(demo_db, tmp_path, capsys):
    target = tmp_path / "card-en.pdf"
    code, _out, err = _run(capsys, "--db", demo_db, "--lang", "en", "dealer-card", "2", "--out", str(target),
                           "--include-sensitive")
    assert code == 0, f"exit 0 expected: {err}"
    text = pdftotext(target)
    assert "Dealer file card" in text and "Contains personal details" in text, "English card with personal details"


def _under_a_file(tmp):
    (tmp / "file.txt").write_text("x")
    return tmp / "file.txt" / "card.pdf"


@pytest.mark.parametrize("make_out, fragment", [
    (lambda tmp: tmp / "missing" / "card.pdf", "does not exist"),
    (lambda tmp: tmp, "it is a folder"),
    (_under_a_file, "is not a folder"),
])
def test_unwritable_paths_exit_2_with_one_line(demo_db, tmp_path, capsys, make_out, fragment):
    target = make_out(tmp_path)
    code, out, err = _run(capsys, "--db", demo_db, "dealer-card", "1", "--out", str(target))
    assert code == 2, f"an unusable --out must exit 2, got {code}"
    assert err.count("\n") == 1 and fragment in err and "Traceback" not in err, f"one clear line expected: {err!r}"
    assert out == "", "nothing on stdout when nothing was written"


def test_unknown_dealer_exits_2_with_one_line(demo_db, tmp_path, capsys):
    target = tmp_path / "card.pdf"
    code, _out, err = _run(capsys, "--db", demo_db, "--lang", "en", "dealer-card", "99999", "--out", str(target))
    assert code == 2, f"an unknown id must exit 2, got {code}"
    assert err == "dealerdesk: No dealer with id 99999\n", f"one clear line expected: {err!r}"
    assert not target.exists(), "no file for an unknown dealer"


def test_broken_company_profile_exits_2(demo_db, tmp_path, capsys, _isolated_home):
    (_isolated_home / "company_profile.json").write_text("{broken", encoding="utf-8")
    code, _out, err = _run(capsys, "--db", demo_db, "dealer-card", "1", "--out", str(tmp_path / "c.pdf"))
    assert code == 2 and "company profile" in err and err.count("\n") == 1, f"one clear line expected: {err!r}"


def _upcoming_meeting(demo_db):
    from desktop.services.negotiation import meetings
    from desktop.services.context import ServiceContext

    ctx = ServiceContext.open(demo_db, "tester")
    try:
        row = next(r for r in meetings.list_meetings(ctx) if r.status in ("proposed", "confirmed"))
        return row, meetings.get(ctx, row.id)
    finally:
        ctx.dispose()


def test_packet_writes_one_pdf_per_member_and_marks_printed(demo_ctx, tmp_path, capsys):
    from desktop.services.negotiation import meetings

    row = next(r for r in meetings.list_meetings(demo_ctx) if r.status in ("proposed", "confirmed"))
    team = meetings.get(demo_ctx, row.id).team
    code, out, err = _run(capsys, "--db", _ctx_url(demo_ctx), "--lang", "zh_CN", "packet", str(row.id),
                          "--out", str(tmp_path / "packets"))
    assert code == 0, f"exit 0 expected: {err}"
    paths = out.splitlines()
    assert len(paths) == len(team), f"one path per member printed: {paths}"
    for path, member in zip(paths, sorted(team, key=lambda m: -m.rank_level)):
        assert f"仅供 {member.staff_name} 使用" in pdftotext(path, page=1), f"{path} is {member.staff_name}'s copy"
    assert meetings.get(demo_ctx, row.id).packet_printed_at is not None, "printing the packet is recorded"


def _ctx_url(ctx) -> str:
    return ctx.engine.url.render_as_string(hide_password=False)


def test_packet_unknown_meeting_and_bad_folder(demo_db, tmp_path, capsys):
    code, _out, err = _run(capsys, "--db", demo_db, "--lang", "en", "packet", "9999", "--out", str(tmp_path))
    assert code == 2 and err == "dealerdesk: No meeting with id 9999\n", f"one clear line expected: {err!r}"
    row, _meeting = _upcoming_meeting(demo_db)
    blocker = tmp_path / "file.txt"
    blocker.write_text("x")
    code, _out, err = _run(capsys, "--db", demo_db, "packet", str(row.id), "--out", str(blocker))
    assert code == 2 and "is a file" in err and err.count("\n") == 1, f"one clear line expected: {err!r}"
    code, _out, err = _run(capsys, "--db", demo_db, "packet", str(row.id), "--out", str(tmp_path / "a" / "b"))
    assert code == 2 and "does not exist" in err, f"a missing parent folder is one clear line: {err!r}"


def test_brochure_command(demo_db, tmp_path, capsys):
    row, _meeting = _upcoming_meeting(demo_db)
    target = tmp_path / "brochure.pdf"
    code, out, err = _run(capsys, "--db", demo_db, "--lang", "zh_CN", "brochure", str(row.dealer_id), "--out", str(target))
    assert code == 0 and out.strip() == str(target), f"the brochure is written and its path printed: {err}"
    assert "战略合作说明书" in pdftotext(target), "it is the brochure"
    code, _out, err = _run(capsys, "--db", demo_db, "--lang", "en", "brochure", "99999", "--out", str(target))
    assert code == 2 and err == "dealerdesk: No dealer with id 99999\n", f"unknown dealer: one line: {err!r}"


def test_target_list_command(demo_db, tmp_path, capsys):
    target = tmp_path / "targets.pdf"
    code, out, err = _run(capsys, "--db", demo_db, "--lang", "zh_CN", "target-list", "--city", "杭州", "--out", str(target))
    assert code == 0 and out.strip() == str(target), f"the list is written: {err}"
    assert "公关目标清单" in pdftotext(target) and "杭州" in pdftotext(target, page=1), "the city's target list"
    code, _out, err = _run(capsys, "--db", demo_db, "target-list", "--city", "火星", "--out", str(target))
    assert code == 2 and "no dealers in the city '火星'" in err and err.count("\n") == 1, f"unknown city: {err!r}"


def test_packet_of_a_meeting_not_ready_lists_the_gaps_and_marks_every_page(demo_ctx, tmp_path, capsys):
    from desktop.rules.negotiation import readiness
    from desktop.services.negotiation import dossier, meetings

    rows = [r for r in meetings.list_meetings(demo_ctx) if r.status in ("proposed", "confirmed")]
    gaps = {r.id: readiness.packet_gaps(readiness.evaluate(dossier.of_meeting(demo_ctx, r.id))) for r in rows}
    row = next(r for r in rows if gaps[r.id])
    code, out, err = _run(capsys, "--db", _ctx_url(demo_ctx), "--lang", "zh_CN", "packet", str(row.id),
                          "--out", str(tmp_path / "packets"))
    assert code == 0, f"printed anyway: {err}"
    assert err.startswith("会谈尚未就绪"), f"stderr says it is not ready: {err!r}"
    assert len(err.splitlines()) == 1 + len(gaps[row.id]), f"one line per gap: {err}"
    for path in out.splitlines():
        texts = [pdftotext(path, page=n) for n in range(1, page_count(path) + 1)]
        assert all("未就绪" in text for text in texts), f"{path}: 未就绪 on every page"
    ready = next((r for r in rows if not gaps[r.id]), None)
    if ready is not None:
        code, out, err = _run(capsys, "--db", _ctx_url(demo_ctx), "--lang", "zh_CN", "packet", str(ready.id),
                              "--out", str(tmp_path / "ready"))
        assert code == 0 and not err, f"a ready meeting prints quietly: {err}"
        assert "未就绪" not in pdftotext(out.splitlines()[0]), "a ready meeting's packet is not marked"

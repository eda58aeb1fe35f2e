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

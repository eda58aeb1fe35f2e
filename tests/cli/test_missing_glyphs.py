"""A character no bundled font has stops ``dealer-card`` with the character and its field named;
``--replace-missing`` prints it anyway as 〓."""

from __future__ import annotations

from desktop.cli import main
from desktop.rules.dealers import records as r
from desktop.services.dealers import files as dealers
from tests.documents.pdfcheck import pdftotext, squash


def _dealer(ctx) -> int:
    saved = dealers.save(ctx, r.Dealer(legal_name="嘉兴𠮷祥汽车销售服务有限公司", city="嘉兴",
                                       people=[r.KeyPerson(name="王😀明", role="decision_maker")]))
    return saved.id


def test_dealer_card_refuses_and_names_character_and_field(ctx, db_url, tmp_path, capsys):
    dealer_id = _dealer(ctx)
    target = tmp_path / "card.pdf"
    code = main(["--db", db_url, "--lang", "zh_CN", "dealer-card", str(dealer_id), "--out", str(target)])
    out, err = capsys.readouterr()
    assert code == 2, f"a character no font has must stop the command: {code} {err!r}"
    assert "“😀”（U+1F600）位于“车商 › 关键人物 1 › 姓名”：王😀明" in err, f"character and field named: {err!r}"
    assert "--replace-missing" in err and err.count("\n") == 1, f"one line that says how to print anyway: {err!r}"
    assert not target.exists() and out == "", "nothing written"


def test_replace_missing_prints_the_mark(ctx, db_url, tmp_path, capsys):
    dealer_id = _dealer(ctx)
    target = tmp_path / "card.pdf"
    code = main(["--db", db_url, "--lang", "zh_CN", "dealer-card", str(dealer_id), "--out", str(target),
                 "--replace-missing"])
    _out, err = capsys.readouterr()
    assert code == 0, f"printed anyway: {err}"
    text = squash(pdftotext(target))
    assert "王〓明" in text, "the emoji shows as a visible mark"
    assert "嘉兴𠮷祥汽车销售服务有限公司" in text, "the rare Hanzi is printed itself, not replaced"

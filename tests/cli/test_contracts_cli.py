"""``contract-pack``, ``verify-pack`` (exit 0 intact, 1 altered or unknown, 2 unusable input) and
``list contracts [--json]`` on a copy of the demo territory."""

from __future__ import annotations

import json

import pytest

from desktop.cli import main
from desktop.rules.contracts.lifecycle import STATUSES
from tests.documents.pdfcheck import page_count, pdftotext


def _run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(demo_ctx) -> str:
    """A private copy of the demo territory (packs are recorded in it)."""
    return demo_ctx.engine.url.render_as_string(hide_password=False)


def _contract_id(capsys, db, status="in_force") -> int:
    code, out, _err = _run(capsys, "--db", db, "list", "contracts", "--json")
    assert code == 0, "list contracts works"
    return next(json.loads(line)["id"] for line in out.splitlines() if json.loads(line)["status"] == status)


def test_list_contracts_as_json_and_table(db, capsys):
    code, out, err = _run(capsys, "--db", db, "list", "contracts", "--json")
    records = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and err == "", f"exit 0 and silent stderr: {err}"
    assert {r["status"] for r in records} == set(STATUSES), "the demo's contracts in every state"
    first = records[0]
    assert set(first) >= {"id", "number", "revision", "dealer_name", "kind", "status", "start", "end", "days_left"}, first
    assert first["start"][:4].isdigit() and first["number"].startswith("ZJ-车商-"), "dates as ISO text, numbers as made"
    code, out, _err = _run(capsys, "--db", db, "--lang", "zh_CN", "list", "contracts", "--search", first["number"])
    lines = out.splitlines()
    assert code == 0 and "合同编号" in lines[0] and "状态" in lines[0], f"a Chinese table header: {lines[0]}"
    assert all(first["number"] in line for line in lines[1:]) and len(lines) >= 2, "filtered by number"


def test_contract_pack_then_verify(db, tmp_path, capsys):
    contract_id = _contract_id(capsys, db)
    target = tmp_path / "合同资料包.pdf"
    code, out, err = _run(capsys, "--db", db, "--lang", "zh_CN", "contract-pack", str(contract_id), "--out", str(target))
    assert code == 0 and err == "", f"exit 0: {err}"
    assert out.startswith(f"{target}：合同 ZJ-车商-") and "SHA-256" in out and out.count("\n") == 1, f"one line: {out!r}"
    assert page_count(target) > 8 and "机动车保险" in pdftotext(target), "a Chinese pack was written"
    code, out, err = _run(capsys, "--db", db, "--lang", "en", "verify-pack", str(target))
    assert code == 0 and out.startswith("Intact: contract ZJ-车商-") and "the contract is now In force" in out, out
    data = bytearray(target.read_bytes())
    data[len(data) // 2] ^= 0x20
    altered = tmp_path / "altered.pdf"
    altered.write_bytes(bytes(data))
    code, out, err = _run(capsys, "--db", db, "--lang", "en", "verify-pack", str(altered))
    assert code == 1 and out.startswith("ALTERED: the file claims to be pack"), f"exit 1 for a changed byte: {code} {out!r}"
    code, out, _err = _run(capsys, "--db", db, "verify-pack", str(altered), "--json")
    finding = json.loads(out)
    assert code == 1 and finding["result"] == "altered" and finding["contract_id"] == contract_id, finding


def test_verify_unknown_and_unusable(db, tmp_path, capsys):
    card = tmp_path / "card.pdf"
    assert _run(capsys, "--db", db, "dealer-card", "1", "--out", str(card))[0] == 0, "some other PDF"
    code, out, _err = _run(capsys, "--db", db, "--lang", "en", "verify-pack", str(card))
    assert code == 1 and out.startswith("Unknown:"), f"a PDF that is no pack of ours: exit 1, {out!r}"
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    for path, fragment in ((tmp_path / "missing.pdf", "does not exist"), (tmp_path, "is a folder"), (text, "is not a PDF file")):
        code, out, err = _run(capsys, "--db", db, "--lang", "en", "verify-pack", str(path))
        assert code == 2 and out == "", f"{path}: unusable input exits 2, got {code}"
        assert err.count("\n") == 1 and fragment in err and "Traceback" not in err, f"one clear line: {err!r}"


def test_contract_pack_refusals_exit_2(db, tmp_path, capsys):
    code, out, err = _run(capsys, "--db", db, "--lang", "en", "contract-pack", "99999", "--out", str(tmp_path / "x.pdf"))
    assert (code, out, err) == (2, "", "dealerdesk: No contract with id 99999\n"), f"unknown id: {err!r}"
    code, _out, err = _run(capsys, "--db", db, "contract-pack", "1", "--out", str(tmp_path / "missing" / "x.pdf"))
    assert code == 2 and "does not exist" in err and err.count("\n") == 1, f"unwritable --out: {err!r}"
    assert not (tmp_path / "x.pdf").exists(), "nothing written"

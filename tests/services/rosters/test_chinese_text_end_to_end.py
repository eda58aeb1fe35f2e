"""The proof of issue 12: a roster the test makes itself — names with CJK Extension A, B and E
characters, full-width brackets and middle dots — imported, searched (by the character and by
pinyin where pypinyin knows it), exported, re-imported (nothing changes), and printed in a dealer
card, a packet and a contract pack: pdftotext gives back exactly the stored strings and pdffonts
shows every font embedded."""

from __future__ import annotations

import subprocess
from datetime import date

from python_calamine import CalamineWorkbook

from desktop.services.dealers.card import dealer_card
from desktop.services.negotiation import printing
from desktop.rules.dealers import records as r
from desktop.rules.negotiation.meeting_records import TeamMember
from desktop.services.contracts import drafts as contracts, pack as contracts_pack
from desktop.services.dealers import files as dealers
from desktop.services.dealers import listing
from desktop.services.negotiation import meetings
from desktop.services.rosters import export as roster_export, read as roster_import, commit as roster_write
from desktop.services.office import staff
from tests.documents.pdfcheck import pdftotext, squash
from tests.services.contracts_support import approved_policy
from tests.spreadsheets import roster_files as rf

EXT_A, EXT_B, EXT_E = "\u4DAE", "\U00020BB7", "\U0002B820"  # 䶮 𠮷 𫠠
HEAD = ["车商名称", "简称", "城市", "地址", "联系人", "联系电话", "年销量（台）"]
ROWS = [
    [f"嘉兴{EXT_B}祥汽车销售服务有限公司（嘉兴分公司）", f"{EXT_B}祥（嘉兴）", "嘉兴", "嘉兴市南湖区《中环》南路１号、二楼",
     "阿依古丽·买买提", "13900000001", "3494台"],
    [f"刘{EXT_A}汽车贸易有限公司", f"刘{EXT_A}汽贸", "湖州", "湖州市吴兴区（北）环城路８８号", f"刘{EXT_A}", "13900000002", "1.2万台"],
    [f"{EXT_E}达（集团）汽车有限公司", f"{EXT_E}达", "绍兴", "绍兴市越城区解放北路·二号楼", "马·阿不都热依木", "13900000003", "800"],
]
STORED = ("legal_name", "short_name", "address", "contact_name")


def _import(ctx, path):
    plan = roster_import.analyse(ctx, roster_import.open_roster(ctx, path), "upsert")
    return plan, roster_write.commit(ctx, plan)


def _by_name(ctx) -> dict[str, r.Dealer]:
    return {d.legal_name: d for d in (dealers.get(ctx, row.id) for row in listing.list_rows(ctx))}


def _found(ctx, text: str) -> list[str]:
    return [row.legal_name for row in listing.search(ctx, listing.DealerFilter(text=text))]


def _fonts_embedded(path) -> list[str]:
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in out.splitlines()[2:] if line.strip()]
    assert rows and all(row[-5:-2] == ["yes", "yes", "yes"] for row in rows), f"every font embedded and subset:\n{out}"
    return [row[0] for row in rows]


def _printed_exactly(path, values, what: str) -> None:
    text = squash(pdftotext(path))
    for value in values:
        assert squash(value) in text, f"{what}: pdftotext gives back {value!r} exactly"


def test_rare_names_from_roster_to_print(ctx, tmp_path):
    # Import: every string stored as typed.
    _plan, result = _import(ctx, rf.write_xlsx(tmp_path / "名录.xlsx", [HEAD, *ROWS]))
    assert result.counts["created"] == 3, f"three dealers created: {result.counts}"
    stored = _by_name(ctx)
    for row in ROWS:
        d = stored[row[0]]
        assert [d.legal_name, d.short_name, d.address, d.contact_name] == [row[0], row[1], row[3], row[4]], \
            f"{row[0]}: stored exactly as the roster typed it"
    assert [stored[row[0]].annual_sales for row in ROWS] == [3494, 12000, 800], "3494台 and 1.2万台 read"

    # Search: by the rare character itself, and by pinyin where pypinyin knows the characters.
    assert _found(ctx, EXT_B) == [ROWS[0][0]] and _found(ctx, EXT_A) == [ROWS[1][0]] and _found(ctx, EXT_E) == [ROWS[2][0]], \
        "each rare character finds its dealer"
    assert _found(ctx, "jiaxing") == [ROWS[0][0]], "嘉兴 by its pinyin"
    assert _found(ctx, "liuyan") == [ROWS[1][0]], "刘䶮 by its pinyin (pypinyin knows 䶮: yan)"
    assert _found(ctx, "(嘉兴分公司)") == [ROWS[0][0]], "a half-width query finds the full-width name"

    # Export and read back: the same strings; re-import changes nothing.
    out = tmp_path / "导出.xlsx"
    roster_export.export(ctx, out, lang="zh_CN")
    sheet = CalamineWorkbook.from_path(str(out)).get_sheet_by_index(0).to_python()
    header = [str(h) for h in sheet[0]]
    exported = {row[header.index("车商名称")]: row for row in sheet[1:] if row[0]}
    for row in ROWS:
        assert exported[row[0]][header.index("地址")] == row[3], f"{row[0]}: the export carries the address as stored"
        assert exported[row[0]][header.index("主要联系人")] == row[4], f"{row[0]}: and the contact's name"
    plan, result = _import(ctx, out)
    assert [p.status for p in plan.rows] == ["unchanged"] * 3 and result.counts["updated"] == 0, \
        f"re-importing the export changes nothing: {[(p.row, p.status, p.changes) for p in plan.rows]}"

    # Print: a dealer card, a packet, a contract pack.
    dealer = stored[ROWS[0][0]]
    values = [getattr(dealer, f) for f in STORED]
    card = dealer_card(ctx, dealer.id, "zh_CN", tmp_path / "card.pdf")
    _printed_exactly(card, values, "dealer card")
    faces = _fonts_embedded(card)
    assert any("HanaMinB" in f for f in faces), f"the card sets 𠮷 in the plane-2 face: {faces}"

    holder = staff.save(ctx, r.Staff(name=f"欧阳{EXT_A}", title="渠道专员", rank_code="specialist", line="channel"))
    lead = staff.save(ctx, r.Staff(name="周建国", title="分公司总经理", rank_code="leadership", line="leadership"))
    meeting = meetings.new_meeting(ctx, dealer.id, "decision_maker")
    meeting.day = date(2026, 12, 7)
    meeting.place = "嘉兴《中环》会议室（二楼）"
    meeting.team = [TeamMember(staff_id=lead.id), TeamMember(staff_id=holder.id, scope="送修资源·理赔")]
    meeting = meetings.save(ctx, meeting)
    copies = printing.packet_set(ctx, meeting.id, "zh_CN", tmp_path / "packet")
    holder_copy = next(p for p in copies if f"欧阳{EXT_A}" in p)
    _printed_exactly(holder_copy, values[:2] + [f"仅供欧阳{EXT_A}使用", meeting.place], "packet")
    assert {"HanaMinA", "HanaMinB"} <= {f.split("+")[-1] for f in _fonts_embedded(holder_copy)}, "both fallback faces"

    approved_policy(ctx, dealer.id)
    contract = contracts.create(ctx, dealer.id, today=date(2026, 11, 26), start=date(2026, 12, 1))
    pack = contracts_pack.generate(ctx, contract.id, tmp_path / "合同包.pdf", "zh_CN", today=date(2026, 11, 26))
    _printed_exactly(pack.path, [dealer.legal_name, "人民币壹拾伍万元整"], "contract pack")
    _fonts_embedded(pack.path)

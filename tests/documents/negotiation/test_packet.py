"""The negotiation packet: every member's copy traceable on every page, complete, robust to long text."""

from __future__ import annotations

import re
from datetime import date

import pytest

from desktop.documents.negotiation.packet import PacketError, file_name, render_packet, render_packet_set
from desktop.rules.negotiation.records import DossierScript, Strategy
from tests.documents import factories as F
from tests.documents.dossier_factory import INTERNAL, dossier, member
from tests.documents.pdfcheck import (
    SUBSET_NAME, fonts, image_count, outside_margins, page_count, page_texts, pdftotext, squash,
)

DAY = date(2026, 11, 26)


def _packet(tmp_path, d, staff_id=100, lang="zh_CN", name="p.pdf"):
    return render_packet(d, staff_id, lang, tmp_path / name, issued_on=DAY)


def test_every_page_names_the_holder_and_is_numbered(tmp_path):
    d = dossier()
    out = _packet(tmp_path, d, staff_id=101)
    texts = page_texts(out)
    total = len(texts)
    assert total >= 6, f"a full packet runs over several pages, got {total}"
    for n, text in enumerate(texts, 1):
        assert "内部资料 · 仅供 林晓燕 使用 · 2026年11月26日 · 第 2 份" in text, f"page {n} must name the holder"
        assert f"第 {n} 页 / 共 {total} 页" in text, f"page {n} must say 第 {n} 页 / 共 {total} 页"
    assert image_count(out) >= 1, "the holder's watermark is on the pages"
    assert all(f["embedded"] and SUBSET_NAME.match(f["base_font"]) for f in fonts(out)), "only embedded subset fonts"


def test_packet_holds_every_section_and_internal_content(tmp_path):
    out = _packet(tmp_path, dossier())
    text = squash(pdftotext(out))
    for heading in ("目录", "一、本人任务：陈志远", "二、会谈安排", "三、双方人员（按介绍顺序）", "四、车商概况与关键数据",
                    "五、目标分类及依据", "六、拟定政策与底线", "七、我司优势（洽谈第四步：优势介绍）",
                    "八、竞争对比：车商现有合作保险公司与我司", "九、谈判策略与话术", "十、决策人档案", "十一、会谈流程与标准",
                    "十二、资料准备清单", "十三、会谈笔记"):
        assert squash(heading) in text, f"the packet must have the section {heading}"
    for key, marker in INTERNAL.items():
        assert marker in text, f"the packet carries the internal {key} ({marker})"
    for wanted in ("底线——严禁向车商透露", "不高于15%", "商业险：16%超过上限15%（杭州）", "人员介绍（按级别由高到低）",
                   "14:00–14:15", "战略合作说明书", "车易保演示账号", "重点公关对象", "50岁"):
        assert squash(wanted) in text, f"{wanted!r} must be in the packet"


def test_contents_page_lists_the_sections_with_pages(tmp_path):
    out = _packet(tmp_path, dossier())
    texts = page_texts(out)
    assert "目　录" in texts[1] or "目 录" in texts[1], "page 2 is the contents"
    listed = dict(re.findall(r"^([一二三四五六七八九十]+、\S+) (\d+)$", texts[1], re.M))
    assert len(listed) == 13, f"thirteen sections listed (the holder's own part first), got {listed}"
    for title, page in listed.items():
        assert title in texts[int(page) - 1], f"{title} is listed on page {page} but is not there"


def test_each_copy_highlights_its_holder_and_scope(tmp_path):
    d = dossier()
    lead = pdftotext(_packet(tmp_path, d, staff_id=100, name="lead.pdf"))
    other = pdftotext(_packet(tmp_path, d, staff_id=101, name="other.pdf"))
    assert "您是本次会谈的主商谈人" in lead, "the main negotiator's copy says so"
    # The team table's name cell is narrow: "陈志远 （本人）" may wrap, so compare without line breaks.
    assert "陈志远（本人）" in squash(lead) and "林晓燕（本人）" not in squash(lead), "the lead's copy marks only the lead"
    assert "林晓燕（本人）" in squash(other), "the member's copy marks the member"
    assert f"负责费用政策沟通{INTERNAL['scope']}" in squash(other.split("本人角色", 1)[1])[:200], "the holder's scope is called out"
    assert "第 1 份 / 共 8 份" in lead and "第 2 份 / 共 8 份" in other, "copy numbers follow the team order"


def test_set_writes_one_file_per_member(tmp_path):
    d = dossier()
    seen = []
    paths = render_packet_set(d, "zh_CN", tmp_path, issued_on=DAY, progress=lambda done, total: seen.append((done, total)))
    assert len(paths) == 8, f"one PDF per member, got {len(paths)}"
    assert seen == [(i, 8) for i in range(1, 9)], f"progress is reported per copy: {seen}"
    for number, (path, m) in enumerate(zip(paths, d.our_team), 1):
        assert f"{number:02d}-{m.staff_name}" in path, f"file name carries copy number and holder: {path}"
        assert f"仅供 {m.staff_name} 使用" in pdftotext(path, page=1), f"{path} is {m.staff_name}'s copy"


def test_set_can_be_stopped(tmp_path):
    paths = render_packet_set(dossier(), "zh_CN", tmp_path, issued_on=DAY, progress=lambda done, total: done < 3)
    assert len(paths) == 3, "returning False from progress stops after that copy"


def test_thirty_members_and_long_texts(tmp_path):
    note = F.long_note(5000)
    long_name = "杭州" + "超长名称汽车销售服务" * 40 + "有限公司"
    d = dossier(members=30)
    d.dealer.legal_name = long_name
    d.dealer.notes = note
    d.strategy.scripts.append(DossierScript(9, None, "很长的情境" * 50, note))
    d.meeting.team[29].scope = note
    out = _packet(tmp_path, d, staff_id=129)
    texts = page_texts(out)
    last = d.our_team[29].staff_name
    for n, text in enumerate(texts, 1):
        assert f"仅供 {last} 使用" in text, f"page {n} names the 30th member"
    body = squash("".join(t for t in texts))
    names = [m.staff_name for m in d.our_team]
    assert all(name in body for name in names), "all thirty members are listed"
    pieces = re.findall(r"备注第(\d{4})段", note)
    assert all(body.count(f"备注第{p}段") >= 3 for p in pieces), "the long note, script and scope are printed whole"
    assert not outside_margins(out, left=56.0, right=56.0), "nothing overflows the text area"


def test_empty_optional_parts_still_render(tmp_path):
    d = dossier(members=1, assessment=None, classification=None, approved_policy=None, economics=None,
                strategy=Strategy(dealer_id=42), cooperation_model=None, decision_makers=[], relationships=[],
                their_team=[], dealer=F.empty_dealer())
    d.meeting.agenda, d.meeting.materials, d.meeting.attendees, d.meeting.place, d.meeting.content = [], [], [], "", ""
    d.meeting.start = None
    out = _packet(tmp_path, d)
    text = pdftotext(out)
    for wanted in ("尚未进行目标分类。", "尚未拟定政策。", "档案中暂无决策人信息。", "暂无。"):
        assert wanted in text, f"an empty part says so: {wanted}"
    assert page_count(out) >= 4, "cover, contents and body pages"


def test_user_markup_is_literal(tmp_path):
    d = dossier()
    d.strategy.scripts = [DossierScript(1, None, "<b>&amp;</b>", "A&B <i>x</i> <font color=red>红</font>")]
    d.meeting.place = "会议室 <3>"
    text = pdftotext(_packet(tmp_path, d))
    for wanted in ("<b>&amp;</b>", "A&B <i>x</i> <font color=red>红</font>", "会议室 <3>"):
        assert wanted in text, f"{wanted!r} must be printed literally"


def test_english_packet(tmp_path):
    texts = page_texts(_packet(tmp_path, dossier(), lang="en"))
    total = len(texts)
    for n, text in enumerate(texts, 1):
        assert f"Page {n} of {total}" in text and "For 陈志远 only" in text, f"English furniture on page {n}"
    assert "Internal negotiation packet" in texts[0] and "Contents" in texts[1], "English cover and contents"


def test_refuses_without_meeting_or_for_an_outsider(tmp_path):
    with pytest.raises(PacketError):
        render_packet(dossier(meeting=None), 100, "zh_CN", tmp_path / "x.pdf")
    with pytest.raises(PacketError):
        render_packet(dossier(), 999, "zh_CN", tmp_path / "x.pdf")
    assert list(tmp_path.iterdir()) == [], "nothing written when refused"


def test_file_names_are_safe(tmp_path):
    d = dossier()
    d.dealer.short_name = 'A/B:C*?"<>|'
    name = file_name(d, member(0, staff_name="王/五"), 3, "zh_CN", DAY)
    assert "/" not in name and ":" not in name and name.endswith(".pdf"), f"unsafe characters replaced: {name}"
    assert name.startswith("内部谈判资料-A_B_C_") and "-03-王_五" in name, f"readable and sortable: {name}"


def test_copies_render_concurrently_on_worker_threads(tmp_path):
    from concurrent.futures import ThreadPoolExecutor

    d = dossier()
    with ThreadPoolExecutor(max_workers=4) as pool:
        paths = list(pool.map(lambda m: _packet(tmp_path, d, m.staff_id, name=f"{m.staff_id}.pdf"), d.our_team[:4]))
    for path, m in zip(paths, d.our_team[:4]):
        texts = page_texts(path)
        assert all(f"仅供 {m.staff_name} 使用" in text for text in texts), f"{path}: every page names {m.staff_name}"
        assert all(SUBSET_NAME.match(f["base_font"]) and f["embedded"] for f in fonts(path)), f"{path}: fonts embedded"

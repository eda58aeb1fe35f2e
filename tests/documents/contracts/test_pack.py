"""The contract pack document, rendered from a snapshot alone: structure, embedded CJK font,
extractable text, page X of Y on every page, escaped user text, metadata naming the pack, and
attachments (rotated PDF pages, images with transparency) placed upright inside the margins."""

from __future__ import annotations

import io
import json
from datetime import date, datetime
from decimal import Decimal

import pypdf
import pytest

from desktop.documents import styles as S
from desktop.documents.contracts.attachments import AttachmentError, inspect
from desktop.documents.contracts.pack import render_contract_pack
from desktop.documents.contracts.pack_parts import cn_number
from desktop.paths import resource
from desktop.rules.contracts import templates as tpl
from desktop.rules.contracts.records import AgreedItem, Attachment, Contract, ContractTerms, Party
from desktop.rules.contracts.snapshot import PackInput
from desktop.rules.negotiation.policy_records import Bonus
from tests.documents.pdfcheck import fonts, outside_margins, page_texts, squash
from tests.services.contracts_support import image_bytes, pdf_bytes

NASTY = "杭州<b>星&月</b>汽车 \"A&B\" <i>有限</i>公司"
# The template's own terms, every one filled (a blank would mark the pack 未就绪).
EXTRA = {"settlement_cycle": "自然月", "invoice_type": "增值税专用发票", "dealer_account_name": "杭州星月汽车有限公司",
         "dealer_bank": "中国工商银行杭州分行", "dealer_account_no": "1202 0211 0900 1234", "branch_contact": "李明",
         "branch_contact_phone": "13900000001", "dealer_contact": "王伟", "dealer_contact_phone": "13800000002",
         "penalty_amount": "50000", "dispute_forum": "甲方所在地有管辖权的人民法院"}


def pack_input(status="in_force", lang="zh_CN", attachments=(), dealer_name=NASTY, revision=1) -> PackInput:
    data = json.loads(resource("templates", "contract_cooperation.json").read_text(encoding="utf-8"))
    template = tpl.from_json(data, "cooperation")
    template.version, template.id = 3, 9
    terms = ContractTerms(
        rates={"compulsory": Decimal("4.00"), "commercial": Decimal("14.50"), "other": Decimal("18.00")},
        bonuses=[Bonus("续保达标奖励", "", None, Decimal("50000"), "续保率达到 60%"), Bonus("商业险增量奖", "commercial", Decimal("0.5"))],
        new_car_ratio=Decimal("0.6"), renewal_ratio=Decimal("1"), min_monthly_premium=Decimal("150000"),
        min_sales_share=Decimal("50"), referral_brands=["丰田"], vehicle_types=["private_car"], max_vehicle_age=8,
        conditions="新车及 8 年以内车辆 <条件>", exclusions=["营业货车"], service=list(template.service_zh),
        target_monthly_premium=Decimal("180000"), target_take_up=Decimal("55"), target_renewal_rate=Decimal("60"),
        agreed=[AgreedItem("新车送修比例", Decimal("0.65"), "×", "", True)], policy_id=4, policy_number=2,
        policy_approved_by="周建国", policy_approved_at=datetime(2026, 11, 20, 9, 0), extra=EXTRA)
    contract = Contract(
        id=5, number="ZJ-车商-2026-0007", revision=revision, dealer_id=3, kind="cooperation", status=status,
        start=date(2026, 12, 1), end=date(2027, 11, 30), dealer=Party(dealer_name, "91330100MA2B7K3Q0E", "王伟", "文三路 1 号"),
        branch=Party("瀚海财产保险股份有限公司浙江分公司", "91330000MA2HH00016", "陈立群", "钱江路 1366 号"), branch_code="ZJ",
        terms=terms, template_id=9, template_version=3, qualification_no="330100123456", qualification_expiry=date(2029, 6, 30),
        signed_on=date(2026, 11, 26) if status != "draft" else None, signed_by="tester")
    return PackInput(uid="0123456789abcdef0123456789abcdef", lang=lang, contract=contract, template=template,
                     attachments=list(attachments), generated_at=datetime(2026, 11, 26, 10, 0), generated_by="tester",
                     organisation="瀚海财产保险股份有限公司 浙江分公司")


def _render(tmp_path, pack, files=(), name="pack.pdf"):
    data, pages = render_contract_pack(pack, list(files))
    path = tmp_path / name
    path.write_bytes(data)
    return path, pages


def test_the_pack_has_every_part_in_chinese(tmp_path):
    path, pages = _render(tmp_path, pack_input())
    texts = page_texts(path)
    assert len(texts) == pages, "the page count returned is the file's"
    for n, text in enumerate(texts, start=1):
        assert f"第 {n} 页 / 共 {pages} 页" in text, f"page {n}: page X of Y"
    whole = squash("".join(texts))
    for wanted in ("机动车保险业务合作协议", "合同编号ZJ-车商-2026-0007·第1版", "目录", "合同正文", "第一条合作双方", "第十八条其他", "第十一条廉洁与反商业贿赂", "第十四条通知与送达", "甲方联系人：李明", "违约金5万元（人民币伍万元整）",
                   "附件一手续费标准", "附件二送修承诺", "附件三服务承诺", "附件四业务目标", "签字盖章", "附送材料清单",
                   "商业险14.5%", "交强险4%", "0.6倍", "15万元（人民币壹拾伍万元整）", "18万元（人民币壹拾捌万元整）", "承保条件", "甲方（保险人）",
                   "（盖章）"):
        assert wanted in whole, f"{wanted!r} must be in the pack"
    assert squash(NASTY) in whole and "<条件>" in whole, "user text printed literally, markup-like text and all"
    assert "草稿" not in whole, "a signed contract carries no draft mark"
    assert [f["embedded"] for f in fonts(path)] and all(f["embedded"] for f in fonts(path)), f"only embedded fonts: {fonts(path)}"
    assert all("WenQuanYi" in f["base_font"] for f in fonts(path)), f"the bundled CJK font only: {fonts(path)}"
    assert outside_margins(path, S.MARGIN_LEFT - 1, S.MARGIN_RIGHT - 1) == [], "nothing strays out of the margins"


def test_metadata_names_contract_revision_and_pack(tmp_path):
    path, _ = _render(tmp_path, pack_input(revision=2))
    meta = pypdf.PdfReader(str(path)).metadata
    assert (meta["/DealerDeskPack"], meta["/DealerDeskContract"], meta["/DealerDeskRevision"]) == (
        "0123456789abcdef0123456789abcdef", "ZJ-车商-2026-0007", "2"), f"metadata: {dict(meta)}"
    assert meta.title.endswith("ZJ-车商-2026-0007/2") and meta.subject == NASTY, "title and subject readable"
    assert "修订第1版" in squash(page_texts(path)[0]), "an amendment says what it amends on its cover"


def test_english_pack_keeps_the_chinese_text_beside(tmp_path):
    path, _ = _render(tmp_path, pack_input(lang="en"))
    whole = "\n".join(page_texts(path))
    for wanted in ("Article 1 — The parties", "Annex 4", "Page 1 of", "Commission (% of premium)", "Express claims",
                   "The Chinese text governs"):
        assert squash(wanted) in squash(whole), f"{wanted!r} in the English pack"
    assert "甲方" in whole and "本协议以中文文本为准" in squash(whole), "the Chinese clause under each English one"


def test_a_draft_is_marked_but_the_mark_stays_out_of_the_text(tmp_path):
    path, _ = _render(tmp_path, pack_input(status="draft"))
    text = "".join(page_texts(path))
    assert "仅供审阅" not in text, "the draft watermark is an image, not scattered text"
    assert "草稿" in squash(page_texts(path)[0]), "the cover says it is a draft"


def test_attachments_are_placed_upright_inside_the_margins(tmp_path):
    files = [pdf_bytes(1, "LANDSCAPE", rotate=90, size=(842, 595)), image_bytes("PNG", (1600, 400), "RGBA"), pdf_bytes(2, "LETTER", size=(612, 792))]
    atts = [Attachment(1, 0, "agency_qualification", "", "rotated.pdf", "application/pdf", len(files[0]), "", 1),
            Attachment(2, 1, "business_licence", "", "wide.png", "image/png", len(files[1]), "", 1),
            Attachment(3, 2, "authorisation", "我方自定<名称>", "letter.pdf", "application/pdf", len(files[2]), "", 2)]
    bare, bare_pages = _render(tmp_path, pack_input(), name="bare.pdf")
    path, pages = _render(tmp_path, pack_input(attachments=atts), files)
    assert pages == bare_pages + 4, f"1 + 1 + 2 attachment pages: {bare_pages} → {pages}"
    texts = page_texts(path)
    assert "LANDSCAPEpage1" in squash(texts[-4]) and "LETTER page 1" in texts[-2] and "LETTER page 2" in texts[-1], "in order"
    assert "我方自定<名称>" in texts[-2], "a user's own label, escaped"
    strays = outside_margins(path, S.MARGIN_LEFT - 1, S.MARGIN_RIGHT - 1, top=10, bottom=10)
    assert strays == [], f"attachment text inside the page: {strays[:3]}"
    rotated = pypdf.PdfReader(str(path)).pages[len(texts) - 4]
    assert rotated.rotation == 0 and float(rotated.mediabox.width) < float(rotated.mediabox.height), "the pack stays A4 upright"


def test_inspect_tells_what_a_file_is():
    assert (inspect("a.pdf", pdf_bytes(3)).media_type, inspect("a.pdf", pdf_bytes(3)).pages) == ("application/pdf", 3), "a PDF"
    rotated = inspect("r.pdf", pdf_bytes(1, rotate=90, size=(842, 595)))
    assert rotated.sizes == [(595.0, 842.0)], f"a landscape page turned by /Rotate is measured as shown: {rotated.sizes}"
    assert inspect("x.jpg", image_bytes("JPEG")).media_type == "image/jpeg", "JPEG by its content"
    assert inspect("named-wrong.pdf", image_bytes("PNG")).media_type == "image/png", "the content decides, not the name"
    with pytest.raises(AttachmentError) as caught:
        inspect("scan.gif", b"GIF89a" + b"\x00" * 50)
    assert caught.value.messages("zh_CN")["attachment"] == "scan.gif 不是 PDF、JPG 或 PNG 文件", "in Chinese too"


def test_a_broken_file_stops_rendering_with_its_name(tmp_path):
    bad = Attachment(1, 0, "business_licence", "", "broken.png", "image/png", 10, "", 1)
    with pytest.raises(AttachmentError) as caught:
        render_contract_pack(pack_input(attachments=[bad]), [image_bytes()[:200]])
    assert caught.value.messages("en")["attachment"].startswith("broken.png is damaged"), caught.value.messages("en")


@pytest.mark.parametrize("n, text", [(1, "一"), (9, "九"), (10, "十"), (12, "十二"), (20, "二十"), (35, "三十五")])
def test_chinese_clause_numbers(n, text):
    assert cn_number(n) == text, f"{n} → {text}"


def test_pack_bytes_stay_in_memory_until_written(tmp_path):
    data, _ = render_contract_pack(pack_input(), [])
    assert data.startswith(b"%PDF-") and len(pypdf.PdfReader(io.BytesIO(data)).pages) > 8, "a whole PDF in memory"
    assert list(tmp_path.iterdir()) == [], "rendering writes no file of its own"

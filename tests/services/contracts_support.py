"""Builders for the contract tests: a dealer with an approved policy (through the real services),
and attachment files (PDF, PNG, JPEG, broken ones) made on the spot."""

from __future__ import annotations

import io
import multiprocessing
from datetime import date
from decimal import Decimal

import pypdf
from PIL import Image, ImageDraw
from reportlab.pdfgen.canvas import Canvas

from desktop.rules.dealers import records as r
from desktop.rules.negotiation.policy_records import Bonus, PolicyVersion
from desktop.rules.dealers.uscc import make_uscc
from desktop.services.contracts import drafts as contracts
from desktop.services.dealers import files as dealers
from desktop.services.negotiation import policies
from desktop.services.negotiation import settings
from desktop.services.context import ServiceContext

DAY = date(2026, 11, 26)


def make_dealer(ctx: ServiceContext, n: int = 1, **fields) -> r.Dealer:
    base = dict(legal_name=f"杭州骏通{n}号丰田汽车销售服务有限公司", short_name=f"骏通{n}号", uscc=make_uscc(f"9133010{n % 10}MA2B7K3Q{n % 10}"),
                province="浙江省", city="杭州", address="杭州市西湖区文三路 1 号", brands=["丰田"], licence_no="330100123456",
                licence_expiry=date(2029, 6, 30), contact_phone="13800000002",
                people=[r.KeyPerson(name="王伟", role="decision_maker", position="董事长", phone="13800000002")])
    base.update(fields)
    return dealers.save(ctx, r.Dealer(**base))


def approved_policy(ctx: ServiceContext, dealer_id: int, commercial: str = "14.5") -> PolicyVersion:
    """A policy drafted, submitted and approved through the negotiation services."""
    settings.set_role_holders(ctx, "approver", [ctx.user])
    draft = policies.save_draft(ctx, PolicyVersion(
        dealer_id=dealer_id, rates={"compulsory": Decimal("4"), "commercial": Decimal(commercial), "other": Decimal("18")},
        bonuses=[Bonus("续保达标奖励", "", None, Decimal("50000"), "续保率达到 60%")], vehicle_types=["private_car", "new_energy"],
        max_vehicle_age=8, conditions="新车及 8 年以内车辆", exclusions=["营业货车"], new_car_ratio=Decimal("0.6"),
        renewal_ratio=Decimal("1"), min_monthly_premium=Decimal("150000"), min_sales_share=Decimal("50"),
        referral_brands=["丰田"], take_up=Decimal("55"), average_premium=Decimal("5200")))
    submitted = policies.submit(ctx, draft.id, draft.audit.version)
    return policies.approve(ctx, submitted.id, submitted.audit.version)


def dealer_with_policy(ctx: ServiceContext, n: int = 1, **fields) -> tuple[r.Dealer, PolicyVersion]:
    dealer = make_dealer(ctx, n, **fields)
    return dealer, approved_policy(ctx, dealer.id)


def new_contract(ctx: ServiceContext, n: int = 1, **create):
    dealer, _pv = dealer_with_policy(ctx, n)
    return contracts.create(ctx, dealer.id, today=DAY, start=create.pop("start", date(2026, 12, 1)), **create)


def pdf_bytes(pages: int = 2, marker: str = "QUALIFICATION", rotate: int = 0, size=(595, 842)) -> bytes:
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=size)
    for page in range(1, pages + 1):
        canvas.drawString(72, size[1] - 100, f"{marker} page {page}")
        canvas.showPage()
    canvas.save()
    if not rotate:
        return buf.getvalue()
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(buf.getvalue())))
    for page in writer.pages:
        page.rotate(rotate)  # a /Rotate entry, as scanners write for landscape scans
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def image_bytes(fmt: str = "PNG", size=(800, 560), mode: str = "RGB") -> bytes:
    image = Image.new(mode, size, "white" if mode != "RGBA" else (255, 255, 255, 0))
    ImageDraw.Draw(image).rectangle((10, 10, size[0] - 10, size[1] - 10), outline="red", width=6)
    buf = io.BytesIO()
    image.save(buf, fmt)
    return buf.getvalue()


def truncated(data: bytes, keep: float = 0.4) -> bytes:
    return data[: int(len(data) * keep)]


def in_two_processes(worker, *args, failure: str = "a worker failed") -> list:
    """Run ``worker(*args, barrier, results)`` in two spawned processes at once (``barrier`` lines them
    up); each puts ("ok", value) or ("error", traceback) on ``results``. Returns the two values and fails
    the test, with ``failure``, if either worker raised."""
    spawn = multiprocessing.get_context("spawn")
    barrier, results = spawn.Barrier(2), spawn.Queue()
    workers = [spawn.Process(target=worker, args=(*args, barrier, results)) for _ in range(2)]
    for w in workers:
        w.start()
    outcomes = [results.get(timeout=300) for _ in workers]
    for w in workers:
        w.join(timeout=60)
    errors = [detail for kind, detail in outcomes if kind == "error"]
    assert not errors, f"{failure}: {errors}"
    return [value for _kind, value in outcomes]


def ready(ctx: ServiceContext, c, today: date = DAY):
    """``c`` with every blank of its text filled (the template's own terms, the renewal target) and the
    three required documents attached: what a contract needs before it can be submitted and signed."""
    from dataclasses import replace

    from desktop.i18n import t
    from desktop.rules.contracts.lifecycle import REQUIRED_ATTACHMENTS
    from desktop.services.contracts import attachments, settings as contract_settings

    template = contract_settings.get_template(ctx, c.template_id)
    filled = {"dealer_bank": "中国工商银行杭州分行", "dealer_account_no": "1202 0211 0900 1234", "branch_contact": "李明",
              "branch_contact_phone": "13900000001", "dealer_contact": "王伟", "dealer_contact_phone": "13800000002"}
    extra = {f.name: c.terms.extra.get(f.name) or filled.get(f.name) or f.default or "已约定" for f in template.fields}
    terms = replace(c.terms, extra=extra, target_renewal_rate=c.terms.target_renewal_rate or Decimal("60"))
    c = contracts.save_draft(ctx, replace(c, terms=terms), today)
    have = {a.doc_type for a in c.attachments}
    for doc_type in REQUIRED_ATTACHMENTS:
        if doc_type not in have:
            name = t(f"contract.attachment.{doc_type}", "zh_CN")
            c = attachments.add(ctx, c.id, c.audit.version, f"{name}.png", image_bytes("PNG"), doc_type)
    return contracts.get(ctx, c.id, today)


def submit_ready(ctx: ServiceContext, c, today: date = DAY):
    """``ready`` and submitted for review."""
    from desktop.services.contracts import lifecycle

    c = ready(ctx, c, today)
    return lifecycle.submit(ctx, c.id, c.audit.version, today=today)

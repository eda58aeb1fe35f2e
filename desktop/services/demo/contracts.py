"""Contract stage data for the demo territory: called by ``services.demo.territory.generate`` after the
negotiation extension, inside the same transaction on the same thread.

Dealers with an approved policy get contracts in every state — draft, under review, signed
(not yet started), in force, expiring, expired, renewed (with its renewal in force), terminated,
amended (superseded revision and the amendment in force), and one in force with an open draft
amendment — numbered through the real sequence, with generated scans attached to some.
Deterministic for a given ``rng``; bounded (a few dozen contracts) whatever the territory's size.
"""

from __future__ import annotations

import hashlib
import io
import random
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from PIL import Image, ImageDraw, ImageFont
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.documents.fonts import FACE_INDEX, font_path
from desktop.persistence.models import contracts as cm
from desktop.persistence.models import dealers as m
from desktop.persistence.models import negotiation as n
from desktop.persistence.models import meetings as mm
from desktop.rules.contracts.records import AgreedItem, Contract, Party
from desktop.rules.negotiation.checks import term_beyond
from desktop.rules.negotiation.records import BottomLine
from desktop.services.contracts.drafts import dealer_party, one_year_on, template_defaults, terms_from
from desktop.services.contracts.common import branch_row, copy_attachments, write_content
from desktop.services.contracts.numbering import allocate_in_session
from desktop.services.contracts.settings import current_row, seed_in_session
from desktop.services.contracts.settings import template_record as settings_record
from desktop.services.negotiation.policies import record as policy_record

# (scenario, kind, start relative to today in days)
SCENARIOS = (
    ("in_force", "cooperation", -120), ("draft", "cooperation", 10), ("under_review", "agency", 5),
    ("signed", "cooperation", 20), ("expiring", "agency", -330), ("expired", "repair_annex", -420),
    ("renewed", "cooperation", -400), ("terminated", "cooperation", -200), ("amended", "framework", -150),
    ("amending", "cooperation", -90),
)
MAX_CONTRACTS = 40


def extend(session: Session, rng: random.Random, dealer_ids: list[int], staff_ids: list[int], today: date) -> None:
    """Add contracts in every state for dealers with an approved policy (same session, same transaction)."""
    policies = list(session.scalars(select(n.PolicyVersionRow).where(n.PolicyVersionRow.status == "approved")
                                    .order_by(n.PolicyVersionRow.dealer_id)))
    if not policies:
        return
    first = session.scalar(select(m.Dealer.created_by).where(m.Dealer.id == dealer_ids[0])) if dealer_ids else None
    user = first or "demo"
    seed_in_session(session, user)
    maker = _Maker(session, rng, today, user, staff_ids)
    count = max(len(SCENARIOS), min(len(policies), MAX_CONTRACTS))
    plans = [(SCENARIOS[i % len(SCENARIOS)], policies[i % len(policies)]) for i in range(count)]
    for (scenario, kind, offset), pv in sorted(plans, key=lambda p: p[0][2]):  # oldest first: numbers run with time
        maker.scenario(pv, scenario, kind, today + timedelta(days=offset))


class _Maker:
    def __init__(self, s: Session, rng: random.Random, today: date, user: str, staff_ids: list[int]) -> None:
        self.s, self.rng, self.today, self.user = s, rng, today, user
        self.staff = [p for p in (s.get(m.Staff, i) for i in staff_ids) if p is not None and p.phone]
        b = branch_row(s)
        self.pattern, self.code = b.number_pattern, b.branch_code
        self.branch = Party(b.name, b.uscc, b.legal_rep, b.address, b.phone)
        self.font = ImageFont.truetype(font_path(), 30, index=FACE_INDEX)

    def scenario(self, pv: n.PolicyVersionRow, scenario: str, kind: str, start: date) -> None:
        day = self.today
        if scenario == "renewed":
            old = self.contract(pv, kind, start, "renewed", signed=start - timedelta(days=12))
            follow = one_year_on(start) + timedelta(days=1)
            self.contract(pv, kind, follow, "in_force", signed=follow - timedelta(days=10), renews=old)
        elif scenario == "amended":
            first = self.contract(pv, kind, start, "superseded", signed=start - timedelta(days=8))
            self.amendment(first, "in_force", signed=day - timedelta(days=30))
        elif scenario == "amending":
            first = self.contract(pv, kind, start, "in_force", signed=start - timedelta(days=6))
            self.amendment(first, "draft", signed=None)
        elif scenario == "terminated":
            row = self.contract(pv, kind, start, "terminated", signed=start - timedelta(days=9))
            row.terminated_on, row.termination_reason = day - timedelta(days=15), "门店经营权转让，双方协商一致提前终止合作。"
        else:
            signed = start - timedelta(days=self.rng.randrange(3, 15)) if scenario not in ("draft", "under_review") else None
            self.contract(pv, kind, start, scenario, signed=signed, scans=scenario in ("in_force", "expiring", "signed",
                                                                                       "under_review"))
        self.s.flush()

    def contract(self, pv: n.PolicyVersionRow, kind: str, start: date, status: str, *, signed: date | None,
                 renews: cm.ContractRow | None = None, scans: bool = False) -> cm.ContractRow:
        dealer = self.s.get(m.Dealer, pv.dealer_id)
        template = current_row(self.s, kind)
        meeting, agreed = self._outcome(dealer.id)
        end = one_year_on(start)
        qualification = (dealer.licence_no or f"{dealer.id:04d}{self.rng.randrange(10**8):08d}",
                         dealer.licence_expiry or end + timedelta(days=self.rng.randrange(-90, 400)))
        terms = terms_from(policy_record(pv), agreed, list(template.service_zh or []), meeting)
        party = dealer_party(dealer)
        terms = replace(terms, extra=self._extra(template, party, dealer, complete=status != "draft"))
        if status != "draft":
            terms = replace(terms, target_renewal_rate=terms.target_renewal_rate or Decimal(self.rng.choice([55, 60, 65])))
        record = Contract(kind=kind, start=start, end=end, dealer=party, branch=self.branch,
                          terms=terms, qualification_no=qualification[0], qualification_expiry=qualification[1])
        created = (signed or start) - timedelta(days=20)
        row = cm.ContractRow(number=allocate_in_session(self.s, self.pattern, self.code, min(created, self.today).year),
                             revision=1, dealer_id=dealer.id, status="draft", branch_code=self.code, policy_version_id=pv.id,
                             meeting_id=meeting, template_id=template.id, template_version=template.template_version,
                             renews_id=renews.id if renews is not None else None)
        write_content(row, record)
        self._stamp(row)
        self.s.add(row)
        self.s.flush()
        if scans or signed is not None:  # a signed contract has every required document (signing needs them)
            self.scan(row, "business_licence", "营业执照", dealer.legal_name)
            self.scan(row, "agency_qualification", "保险兼业代理资质", qualification[0])
            if signed is not None or status == "under_review":
                self.scan(row, "authorisation", "授权委托书", f"{party.legal_rep or dealer.legal_name} 授权签署")
        self._finish(row, status, signed)
        return row

    def _extra(self, template: cm.ContractTemplateRow, party: Party, dealer: m.Dealer, *, complete: bool) -> dict[str, str]:
        """The template's own terms: defaults, our account manager and the dealer's contact; a draft
        still lacks the bank account number (the demo shows a contract not ready to submit)."""
        extra = template_defaults(settings_record(template), party)
        person = next((p for p in dealer.people if p.phone), None)
        ours = self.rng.choice(self.staff) if self.staff else None
        filled = {"dealer_bank": self.rng.choice(["中国工商银行", "中国建设银行", "招商银行", "中国银行"]) + f"{dealer.city}分行",
                  "dealer_account_no": " ".join(f"{self.rng.randrange(10000):04d}" for _ in range(4)) if complete else "",
                  "branch_contact": ours.name if ours else "", "branch_contact_phone": ours.phone if ours else "",
                  "dealer_contact": person.name if person else party.legal_rep,
                  "dealer_contact_phone": person.phone if person else dealer.contact_phone}
        return {k: (filled[k] if k in filled else v) for k, v in extra.items()}

    def amendment(self, first: cm.ContractRow, status: str, signed: date | None) -> cm.ContractRow:
        copy = cm.ContractRow(revision=2, status="draft", amends_id=first.id, signed_by="", termination_reason="")
        for column in cm.ContractRow.__table__.columns:
            if column.key not in ("id", "status", "revision", "amends_id", "renews_id", "signed_on", "signed_by",
                                  "terminated_on", "termination_reason", "version", "created_at", "created_by",
                                  "updated_at", "updated_by"):
                setattr(copy, column.key, getattr(first, column.key))
        terms = dict(copy.terms)
        premium = Decimal(str(terms.get("target_monthly_premium") or 150000)) + Decimal(30000)
        copy.terms = {**terms, "target_monthly_premium": str(premium)}
        copy.note = "补充协议：上调月度保费目标。"
        self._stamp(copy)
        self.s.add(copy)
        self.s.flush()
        copy_attachments(self.s, first.id, copy, self._stamp)
        self._finish(copy, status, signed)
        return copy

    def _finish(self, row: cm.ContractRow, status: str, signed: date | None) -> None:
        if signed is not None:
            row.signed_on, row.signed_by = signed, self.user
        row.status = status
        self.s.flush()

    def _stamp(self, row) -> None:
        row.created_by = row.updated_by = self.user

    def _outcome(self, dealer_id: int) -> tuple[int | None, list[AgreedItem]]:
        found = self.s.execute(select(mm.OutcomeRow).join(mm.MeetingRow, mm.MeetingRow.id == mm.OutcomeRow.meeting_id)
                               .where(mm.MeetingRow.dealer_id == dealer_id).order_by(mm.MeetingRow.id.desc())).scalars().first()
        if found is None:
            return None, []
        lines = {b.id: BottomLine(b.id, b.item, b.direction, b.value, b.unit, b.note)
                 for b in self.s.scalars(select(n.BottomLineRow).where(n.BottomLineRow.dealer_id == dealer_id))}
        return found.meeting_id, [AgreedItem(t.item, t.value, t.unit, t.note, term_beyond(t.value, lines.get(t.bottom_line_id)))
                                  for t in found.terms]

    def scan(self, row: cm.ContractRow, doc_type: str, title: str, line: str) -> None:
        """A plain 'scan' image standing in for the dealer's document (demo only)."""
        image = Image.new("RGB", (900, 620), (250, 247, 238))
        draw = ImageDraw.Draw(image)
        draw.rectangle((18, 18, 882, 602), outline=(160, 40, 40), width=6)
        draw.text((60, 60), title, fill=(160, 40, 40), font=self.font)
        draw.text((60, 150), line, fill=(30, 30, 30), font=self.font)
        draw.text((60, 230), "（演示样例 · 非真实证照）", fill=(110, 110, 110), font=self.font)
        buf = io.BytesIO()
        image.save(buf, "PNG")
        data = buf.getvalue()
        position = self.s.scalar(select(func.count()).select_from(cm.ContractAttachmentRow)
                                 .where(cm.ContractAttachmentRow.contract_id == row.id)) or 0
        item = cm.ContractAttachmentRow(contract_id=row.id, position=position, doc_type=doc_type, label="",
                                        file_name=f"{title}.png", media_type="image/png", size=len(data),
                                        sha256=hashlib.sha256(data).hexdigest(), pages=1, content=data)
        self._stamp(item)
        self.s.add(item)
        self.s.flush()

"""The demo branch's own settings: our advantages with their sources (优势介绍), the branch entity's
address, phone and logo, and what the demo's dealers have told us of their insurers' terms.

Runs last among the demo's extensions, inside its transaction, with its own random generator so
the stages before it come out exactly as they always did.
"""

from __future__ import annotations

import io
import random
from datetime import date

from PIL import Image, ImageDraw, ImageFont
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.documents.fonts import FACE_INDEX, font_path
from desktop.persistence.base import utcnow
from desktop.persistence.models import dealers as m
from desktop.persistence.models import negotiation as n
from desktop.services.contracts.common import branch_row

# (code, figure, source): as a branch's dealer-channel department would state them.
ADVANTAGES = (
    ("brand", "全国性财产保险公司，注册资本 75 亿元，偿付能力充足率 236%", "公司 2026 年三季度偿付能力报告"),
    ("market_rank", "车险保费浙江省内第 4 位，市场份额 9.6%，同比提升 0.8 个百分点", "浙江省保险行业协会月度统计"),
    ("claims_rank", "车险理赔服务评价连续五年 A 级，2026 年全省理赔时效排名第 2", "浙江省保险行业协会理赔服务评价"),
    ("flash_claims", "小额案件（5000 元以下）线上定损，资料齐全后 1 小时内赔付到账", "分公司理赔部"),
    ("dual_dispatch", "车商客户出险后 15 分钟内同时调度我司查勘员与车商救援人员，事故车直接引导回店", "分公司理赔部调度中心"),
    ("central_payment", "送修车辆赔款按月集中支付给车商，每月 10 日前结清上月款项", "分公司财务部"),
    ("info_sharing", "车易保平台实时推送承保、报案、定损与维修进度，已接入省内 312 家车商", "分公司车商渠道部"),
)
AS_OF = "2026-10"

BRANCH = dict(name="瀚海财产保险股份有限公司浙江分公司", address="浙江省杭州市上城区钱江路 1366 号瀚海大厦 18 楼",
              phone="0571-8765 4321", legal_rep="沈国华")

FEES = ("商业险手续费 {c}%，交强险 4%", "商业险 {c}%，季度达标另返 1%", "商业险 {c}%，年底按保费规模返点", "综合费率约 {c}%")
REPAIRS = ("新车保费 1:0.6 送修，按定损金额计", "送修比例约 1:0.8，仅限本品牌车辆", "未承诺送修，按出险客户意愿", "续保 1:1 送修，新车 1:0.5")
OTHERS = ("驻店理赔员 1 名，出单系统直连", "赠送客户道路救援 2 次/年", "续保客户名单每月提供一次", "")


def extend(session: Session, rng: random.Random, dealer_ids: list[int], staff_ids: list[int], today: date) -> None:
    own = random.Random(f"branch-{len(dealer_ids)}-{today.isoformat()}")
    user = session.scalar(select(m.Dealer.created_by).where(m.Dealer.id == dealer_ids[0])) if dealer_ids else None
    user = user or "demo"
    now = utcnow()
    audit = dict(version=1, created_at=now, created_by=user, updated_at=now, updated_by=user)
    for code, value, source in ADVANTAGES:
        session.merge(n.AdvantageRow(code=code, value=value, source=source, as_of=AS_OF, **audit))
    branch = branch_row(session)
    for key, value in BRANCH.items():
        setattr(branch, key, value)
    branch.logo, branch.logo_name = logo_png(), "瀚海财险标志.png"
    for row in session.scalars(select(m.DealerInsurer).where(m.DealerInsurer.dealer_id.in_(list(dealer_ids[:2000])))):
        if own.random() < 0.25:
            continue  # nothing known of this one's terms
        rate = own.choice((16, 18, 20, 22, 25))
        row.fee_terms = own.choice(FEES).format(c=rate)
        row.repair_terms = own.choice(REPAIRS)
        row.other_terms = own.choice(OTHERS)
    session.flush()


def logo_png(size: int = 240) -> bytes:
    """The demo company's mark: a navy disc with 瀚海 and a wave, as a PNG."""
    image = Image.new("RGBA", (size, size), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((4, 4, size - 4, size - 4), fill=(22, 52, 96, 255))
    draw.arc((size * 0.18, size * 0.55, size * 0.82, size * 0.95), 200, 340, fill=(255, 255, 255, 255), width=size // 24)
    font = ImageFont.truetype(font_path(), int(size * 0.3), index=FACE_INDEX)
    text = "瀚海"
    box = draw.textbbox((0, 0), text, font=font)
    draw.text(((size - (box[2] - box[0])) / 2 - box[0], size * 0.22 - box[1]), text, font=font, fill=(255, 255, 255, 255))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()

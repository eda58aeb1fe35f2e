"""Printed documents: page furniture, section headings, labels of the dealer card and packets."""

ENTRIES: dict[str, tuple[str, str]] = {
    # --- page furniture -------------------------------------------------------------------------
    "doc.page_of": ("Page {page} of {total}", "第 {page} 页 / 共 {total} 页"),
    "doc.footer.internal": ("Internal · For {holder} only · {date} · Copy {copy}", "内部资料 · 仅供 {holder} 使用 · {date} · 第 {copy} 份"),
    "doc.watermark.internal": ("INTERNAL · {holder}", "内部资料 · {holder}"),
    "doc.contents": ("Contents", "目　录"),
    "doc.generated": ("Printed {date} by DealerDesk", "{date} 由车商渠道工作台生成"),
    "doc.truncated": ("Some entries are shortened to keep this card on one page; the full file is in DealerDesk.",
                      "部分内容过长，已截断以保持单页；完整内容请查阅系统档案。"),
    "doc.more_rows": ("… and {n} more", "……另有 {n} 条"),
    "doc.none": ("None recorded", "暂无记录"),
    "doc.unit.cars": ("cars / year", "台/年"),
    "doc.organisation_default": ("DealerDesk · Dealer channel", "车商渠道工作台"),
    # --- dealer card ----------------------------------------------------------------------------
    "doc.card.title": ("Dealer file card", "车商档案卡"),
    "doc.card.identity": ("Identity and contact", "基本信息"),
    "doc.card.business": ("Business", "经营情况"),
    "doc.card.findings": ("Visit findings", "走访摸底"),
    "doc.card.people": ("Key people", "关键人员"),
    "doc.card.visits": ("Latest visits", "最近走访"),
    "doc.card.notes": ("Notes", "备注"),
    "doc.card.id": ("File no. {id}", "档案编号 {id}"),
    "doc.card.sources": ("{sources} ({status})", "{sources}（{status}）"),
    "doc.card.sensitive_hidden": ("Personal details (age, background, career, hobbies) are left out of this copy.",
                                  "本卡未载个人敏感信息（年龄、背景、经历、爱好）。"),
    "doc.card.sensitive_shown": ("Contains personal details: handle as confidential.",
                                 "含个人敏感信息，请妥善保管。"),
    "doc.card.visitors": ("Our visitors", "我方人员"),
    "doc.card.region": ("Region", "所在地区"),
    "doc.card.personal": ("Background · career · interests", "背景 · 经历 · 爱好"),
    # --- self-test --------------------------------------------------------------------------------
    "doc.selftest.title": ("DealerDesk print self-test", "车商渠道工作台 打印自检"),
}

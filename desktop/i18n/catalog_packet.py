"""The negotiation packet's own pages (issue 14): readiness, each member's part, sensitive fields,
our advantages and the competition, honest figures."""

ENTRIES: dict[str, tuple[str, str]] = {
    # --- readiness ------------------------------------------------------------------------------
    "doc.packet.not_ready": ("NOT READY", "未就绪"),
    "doc.packet.not_ready_title": ("Printed before the meeting was ready: still missing",
                                   "本资料打印时会谈尚未就绪，仍缺："),
    "doc.packet.gap": ("Step {step} {title}: {text}", "第{step}步 {title}：{text}"),
    "packet.gaps_warning": ("The meeting is not ready; every page is marked NOT READY. Still missing:",
                            "会谈尚未就绪，每页均标注“未就绪”。仍缺："),
}

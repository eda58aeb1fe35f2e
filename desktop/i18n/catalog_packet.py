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
ENTRIES.update({
    # --- honest figures ---------------------------------------------------------------------------
    "doc.packet.not_estimated": ("not estimated", "未测算"),
    "doc.packet.not_estimated_why": ("Not estimated: the economics lack {missing}.", "未测算：经济测算缺少{missing}。"),
    "econ.input.annual_sales": ("the dealer's annual sales", "车商年销量"),
    "econ.input.take_up": ("the expected take-up", "预计承保占比"),
    "econ.input.average_premium": ("the average premium per car", "单车平均保费"),
    "readiness.policy.economics": ("The economics of the approved policy are not estimated: {what} missing",
                                   "已批准政策的经济测算未完成：缺少{what}"),
    "doc.packet.col.bonus_rate": ("Rate", "奖励费率"),
    "doc.packet.col.bonus_amount": ("Amount", "奖励金额"),
    "doc.packet.col.condition": ("Condition", "条件"),
    # --- reasons in sentences --------------------------------------------------------------------
    "cls.why.new_mainstream": ("Classed as {tier}: a newly established dealer of a mainstream brand",
                               "列为{tier}：这是一家新设立的主流品牌车商"),
    "cls.why.good_large": ("Classed as {tier}: good quality and large scale", "列为{tier}：品质好、规模大"),
    "cls.why.good_small": ("Classed as {tier}: good quality, but small scale", "列为{tier}：品质好，但规模较小"),
    "cls.why.poor_changeable": ("Classed as {tier}: quality is poor, but the terms could change or the business could be selected",
                                "列为{tier}：品质欠佳，但核保条件可调整或业务可选择"),
    "cls.why.otherwise": ("Classed as {tier}: no targeting rule applies", "列为{tier}：不符合任何公关对象规则"),
    "cls.say.loss_ratio_good": ("its loss ratio of {value}% is within the {limit}% standard", "赔付率为 {value}%，在 {limit}% 的标准以内"),
    "cls.say.loss_ratio_poor": ("its loss ratio of {value}% is above the {limit}% standard", "赔付率为 {value}%，高于 {limit}% 的标准"),
    "cls.say.rating_good": ("the team manager rates it {value}, meeting the required {limit}", "团队经理评为 {value} 分，达到 {limit} 分的要求"),
    "cls.say.rating_poor": ("the team manager rates it only {value}, below the required {limit}", "团队经理只评了 {value} 分，低于 {limit} 分的要求"),
    "cls.say.sales_large": ("it sells {value} cars a year, reaching the scale line of {limit}", "年销量 {value} 台，达到 {limit} 台的规模标准"),
    "cls.say.sales_small": ("it sells {value} cars a year, short of the scale line of {limit}", "年销量 {value} 台，不足 {limit} 台的规模标准"),
    "cls.say.premium_large": ("its premium scale of {value} reaches the line of {limit}", "保费规模 {value}，达到 {limit} 的规模标准"),
    "cls.say.premium_small": ("its premium scale of {value} is short of the line of {limit}", "保费规模 {value}，不足 {limit} 的规模标准"),
    "cls.manual_sentence": ("Set by hand to {tier}, because {reason}.", "人工调整为{tier}，原因是{reason}。"),
    "cls.computed_was": ("The rules say: ", "按规则测算："),
})

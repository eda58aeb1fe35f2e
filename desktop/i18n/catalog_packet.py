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
ENTRIES.update({
    "meeting.owner_not_on_team": ("The step's owner is not on our team for this meeting", "该议程的负责人不在本次会谈的我方人员中"),
})
ENTRIES.update({
    "readiness.team.step_owner": ("Agenda step {no} ({step}) has no owner on our team", "议程第 {no} 步（{step}）未指定我方负责人"),
})
ENTRIES.update({
    # --- sensitive fields ---------------------------------------------------------------------------
    "doc.packet.sensitive_in": ("Personal details included, ticked by {who}: {fields}. Handle as confidential.",
                                "本资料含个人敏感信息（由{who}勾选）：{fields}。请妥善保管。"),
    "doc.packet.sensitive_out": ("No personal details (age, birth year, background, career highlights, hobbies) in this packet.",
                                 "本资料未收录个人敏感信息（年龄、出生年份、背景、经历、爱好）。"),
    "doc.packet.sensitive_label": ("Personal details", "个人敏感信息"),
    "packet.sensitive.age": ("age", "年龄"),
    "packet.sensitive.birth_year": ("birth year", "出生年份"),
    "packet.sensitive.background": ("background", "背景"),
    "packet.sensitive.highlights": ("career highlights", "职业经历"),
    "packet.sensitive.hobbies": ("hobbies", "爱好"),
    # --- bottom lines ---------------------------------------------------------------------------------
    "doc.packet.bottom_lines_withheld": ("The bottom lines go only to the main negotiator and branch leadership. Ask {names} before you commit to any figure.",
                                         "底线仅发给主商谈人及机构班子成员。如需就任何数字表态，请先询问{names}。"),
    # --- the member's own page ------------------------------------------------------------------------
    "doc.packet.s.mine": ("Your part: {name}", "本人任务：{name}"),
    "doc.packet.mine.role": ("Your role", "本人角色"),
    "doc.packet.mine.face": ("Whom you face", "对方人员"),
    "doc.packet.mine.steps": ("The steps you lead", "本人负责的议程"),
    "doc.packet.mine.no_steps": ("You lead no step of the agenda: support the main negotiator ({name}).",
                                 "本人不负责具体议程，配合主商谈人（{name}）。"),
    "doc.packet.mine.scripts": ("Your scripts", "本人话术"),
    "doc.packet.mine.no_scripts": ("No script is tied to your steps; the full set is in section {n}.",
                                   "暂无与本人议程对应的话术，全部话术见第{n}部分。"),
    "doc.packet.mine.questions": ("Questions you must get answered", "须问清的问题"),
    "doc.packet.mine.no_questions": ("None beyond the standards of your steps.", "除本人议程的标准外，无其他问题。"),
    "doc.packet.mine.you_know": ("You know them: {strength}", "本人与其相识：{strength}"),
    "doc.packet.mine.q_standard": ("{step}: {standard}", "{step}：{standard}"),
    "doc.packet.mine.q_confirm": ("Will {name} ({role}) attend? Not confirmed yet.", "{name}（{role}）是否出席？尚未确认。"),
    "doc.packet.mine.q_field": ("The dealer's {field}: not yet known.", "车商的{field}：尚不清楚。"),
    "doc.packet.mine.q_want": ("Can they agree to: {want}?", "对方能否同意：{want}？"),
    "doc.packet.col.led_by": ("Led by", "负责人"),
    "doc.packet.col.whom": ("Name", "姓名"),
    "doc.packet.col.profile": ("What you should know", "应知情况"),
    # --- the intent step -------------------------------------------------------------------------------
    "doc.packet.want": ("What we want agreed: {terms}", "我方希望达成：{terms}"),
    "doc.packet.want.model": ("the {model} model", "采用{model}"),
    "doc.packet.want.rate": ("{line} commission {rate}", "{line}手续费率 {rate}"),
    "doc.packet.want.new_car_ratio": ("new-car repair referrals at {ratio} of the premium", "新车送修比例 {ratio}"),
    "doc.packet.want.renewal_ratio": ("renewal repair referrals at {ratio}", "续保送修比例 {ratio}"),
    "doc.packet.want.take_up": ("{share} of its new cars insured with us", "新车承保占比 {share}"),
})

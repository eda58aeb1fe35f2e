"""Names in the change history (变更记录): every table and every field a history entry can show.

Fields already named for the forms (``field.*``) keep those names; the others are here. English is
the field name in words; the Chinese is what a user of the branch reads.
"""

_FIELDS_ZH = {
    "action": "行动事项", "active": "启用", "amends_id": "修订的合同", "approved_at": "审批时间", "approved_by": "审批人",
    "approver_role": "审批角色", "archived": "已归档", "average_premium": "平均保费", "based_on": "基于版本",
    "bonuses": "奖励", "bottom_line_id": "对应底线", "branch_address": "我司地址", "branch_code": "机构代码",
    "branch_legal_rep": "我司负责人", "branch_name": "我司名称", "branch_phone": "我司电话", "branch_uscc": "我司统一社会信用代码",
    "brand": "品牌", "business_selectable": "业务可选择", "cap": "上限", "claim_count": "赔案件数", "clauses": "条款",
    "code": "代码", "commercial_rate": "商业险费率", "common_interests": "共同利益", "compulsory_rate": "交强险费率",
    "computed_tier": "规则分类", "conditions": "承保条件", "confirmed": "已确认", "contract_id": "合同", "cooperation_model": "合作模式",
    "created": "新增", "day": "日期", "dealer_address": "车商地址", "dealer_id": "车商", "dealer_legal_rep": "车商负责人",
    "dealer_name": "车商名称", "dealer_phone": "车商电话", "dealer_uscc": "车商统一社会信用代码", "decision_analysis": "决策人分析",
    "description_en": "说明（英文）", "description_zh": "说明", "direction": "方向", "disabled": "已停用", "display_name": "姓名",
    "doc_type": "文件类型", "done": "已完成", "done_on": "完成日期", "due": "期限", "due_on": "截止日期", "duplicates": "重复",
    "duration_minutes": "时长（分钟）", "end_date": "终止日期", "excluded": "排除", "exclusions": "除外项目",
    "exclusions_text": "除外说明", "facts": "依据", "file_name": "文件名", "id": "编号", "imported_at": "导入时间",
    "imported_by": "导入人", "invalid": "错误行", "is_main": "主商谈人", "item": "项目", "key_person_id": "关键人物",
    "kind": "类型", "label": "名称", "lang": "语言", "legal_rep": "负责人", "level": "级别", "library_id": "话术库条目",
    "login": "登录名", "loss_ratio": "赔付率", "loss_ratio_max": "赔付率上限", "manager_rating": "经理评分", "manual": "人工调整",
    "max_vehicle_age": "最高车龄", "media_type": "文件格式", "meeting_id": "会谈", "min_monthly_premium": "月保费下限",
    "min_sales_share": "销售占比下限", "mix_commercial": "商业险占比", "mix_compulsory": "交强险占比", "mode": "方式",
    "model_content": "合作模式内容", "name_en": "名称（英文）", "name_zh": "名称", "network_weight": "人脉权重",
    "new_car_ratio": "新车送修比例", "new_within_months": "新设月数", "note": "备注", "number": "编号",
    "number_pattern": "编号规则", "other_rate": "其他险种费率", "owner": "负责人", "owner_staff_id": "负责人",
    "packet_printed_at": "资料打印时间", "pages": "页数", "people_met": "会见人员", "place": "地点",
    "policy_version_id": "政策版本", "premium_large_min": "大规模保费下限", "profile_name": "用户", "qualification_expiry": "资质有效期",
    "qualification_no": "资质编号", "rank_code": "职级", "rating_min": "评分下限", "ready": "已备齐", "reason": "理由",
    "referral_brands": "送修品牌", "region": "地区", "reminder_days": "提前提醒天数", "renewal_premium": "续保保费",
    "renewal_ratio": "续保送修比例", "renews_id": "续签的合同", "repair_amount": "送修金额", "repair_need_amount": "送修需求金额",
    "repair_weight": "送修资源权重", "repair_years": "送修统计年数", "result": "结果", "revision": "修订版",
    "rule": "规则", "sales_large_min": "大规模销量下限", "scale_rule": "规模规则", "scope": "主谈范围", "script": "话术",
    "service_en": "服务承诺（英文）", "service_zh": "服务承诺", "sha256": "SHA-256 校验值", "sheet": "工作表", "signed_by": "签署人",
    "signed_on": "签署日期", "situation": "情境", "size": "大小", "snapshot": "快照", "source": "来源", "staff_id": "我司人员",
    "standard": "标准", "start": "开始时间", "start_date": "起始日期", "status": "状态", "step": "步骤",
    "submitted_at": "提交时间", "submitted_by": "提交人", "summary": "摘要", "tags": "标签", "take_up": "承保占比",
    "team": "团队", "template_id": "条款模板", "template_version": "模板版本", "terminated_on": "终止日期",
    "termination_reason": "终止原因", "terms": "条款内容", "terms_changeable": "条件可调整", "tier": "分类",
    "title_en": "标题（英文）", "title_zh": "标题", "uid": "唯一编号", "unchanged": "未变", "undone_at": "撤销时间",
    "undone_by": "撤销人", "unit": "单位", "updated": "更新", "uses": "使用次数", "value": "数值",
    "vehicle_types": "车辆类型", "visit_id": "走访", "year": "年份",
    "as_of": "数据截至", "logo_name": "标志文件名", "fields": "填写项", "key": "匹配键", "text": "代码或名称",
    "month": "月份", "units": "新车销量", "fee_terms": "费用条件", "repair_terms": "送修条件", "other_terms": "其他条件",
    "packet_sensitive": "资料中的个人信息", "packet_sensitive_by": "个人信息勾选人", "policy_id": "保单",
    "contacted_on": "联系日期", "channel": "联系方式",
}

_TABLES_ZH = {
    "agenda_templates": "议程模板", "app_users": "用户", "classification_settings": "分类设置", "contract_branch": "我司主体",
    "contract_templates": "合同条款模板", "cooperation_models": "合作模式", "dealers": "车商", "fee_caps": "费用上限",
    "mainstream_brands": "主流品牌", "repair_resources": "送修资源", "roster_imports": "名录导入", "scripts": "话术库",
    "staff_ranks": "职级", "user_roles": "用户角色", "agenda_template_steps": "议程模板步骤", "classifications": "目标分类",
    "dealer_brands": "经营品牌", "dealer_insurers": "合作保险公司", "dealer_sources": "摸底来源", "key_people": "关键人物",
    "meetings": "会谈", "policy_versions": "政策版本", "rank_requirements": "级别对等要求", "staff": "我司人员",
    "strategies": "策略", "target_assessments": "目标评估", "visits": "走访记录", "bottom_lines": "底线",
    "contracts": "合同", "dossier_scripts": "话术", "meeting_agenda_steps": "会谈议程", "meeting_attendees": "对方参会人员",
    "meeting_materials": "会谈资料", "meeting_outcomes": "洽谈结果", "relationships": "人脉", "team_members": "我方人员",
    "visit_staff": "走访人员", "work_assignments": "任务分派", "agreed_terms": "商定条款", "contract_attachments": "合同附件",
    "contract_packs": "合同包", "next_actions": "后续行动",
    "branch_advantages": "我司优势", "aftersales_dealer_codes": "清单代码", "aftersales_new_car_sales": "新车销量",
    "aftersales_renewal_contacts": "续保联系记录", "aftersales_renewals": "续保跟进",
}


def _words(name: str) -> str:
    return name.replace("_", " ").capitalize()


ENTRIES: dict[str, tuple[str, str]] = {
    **{f"history.field.{k}": (_words(k), v) for k, v in _FIELDS_ZH.items()},
    **{f"history.table.{k}": (_words(k), v) for k, v in _TABLES_ZH.items()},
    "history.op.I": ("created", "新建"),
    "history.op.U": ("changed", "修改"),
    "history.op.D": ("deleted", "删除"),
    "history.empty": ("(empty)", "（空）"),
    "history.brand_kind.sold": ("sold", "经营"),
    "history.brand_kind.repaired": ("repaired", "承修"),
    "history.yes": ("yes", "是"),
    "history.no": ("no", "否"),
    "history.hidden": ("(hidden)", "（已隐藏）"),
    "history.change": ("{field}: {old} → {new}", "{field}：{old} → {new}"),
    "history.line": ("{who} {op} {table} on {when}", "{who} 于 {when} {op}了{table}"),
    "history.changed_by": ("{who} changed this {table} at {when} · Reload", "{who} 于 {when} 修改了此{table} · 重新加载"),
    "history.intact": ("History intact: {count} entries, each chained to the one before", "变更记录完好：共 {count} 条，逐条链接无误"),
    "history.broken.chain": ("History broken at entry {id}: an entry before it was removed",
                             "变更记录在第 {id} 条处断开：其前面的记录被删除"),
    "history.broken.altered": ("History altered: entry {id} is not as it was written", "变更记录被改动：第 {id} 条与写入时不符"),
    "history.broken.missing": ("History cut short: the newest entries after {checked} were removed",
                               "变更记录被截断：第 {checked} 条之后的最新记录被删除"),
    "history.pending": ("{count} entries not yet sealed (written by another program)", "{count} 条记录尚未封存（由其他程序写入）"),
}

"""After signing (SOP 2.6–2.7): the policy and claims lists, their import, dealer codes, retention."""

ENTRIES: dict[str, tuple[str, str]] = {
    # --- the lists' columns ---------------------------------------------------------------------
    "aftersales.field.policy_no": ("Policy no.", "保单号"),
    "aftersales.field.plate": ("Plate", "车牌号"),
    "aftersales.field.vin": ("VIN", "车架号"),
    "aftersales.field.holder_name": ("Policyholder", "被保险人"),
    "aftersales.field.holder_phone": ("Policyholder's phone", "被保险人电话"),
    "aftersales.field.coverage": ("Cover", "险种"),
    "aftersales.field.premium": ("Premium (yuan)", "保费（元）"),
    "aftersales.field.starts_on": ("Starts", "起保日期"),
    "aftersales.field.ends_on": ("Ends", "终保日期"),
    "aftersales.field.business": ("New / renewal / transfer", "新车/续保/转保"),
    "aftersales.field.agency_code": ("Agency code", "代理点代码"),
    "aftersales.field.dealer_uscc": ("Dealer's unified social credit code", "车商统一社会信用代码"),
    "aftersales.field.dealer_name": ("Dealer", "车商名称"),
    "aftersales.field.claim_no": ("Claim no.", "报案号"),
    "aftersales.field.loss_on": ("Date of loss", "出险日期"),
    "aftersales.field.loss_amount": ("Assessed loss (yuan)", "定损金额（元）"),
    "aftersales.field.repair_shop": ("Repair shop", "修理厂"),
    "aftersales.field.shop_code": ("Repair shop code", "修理厂代码"),
    "aftersales.field.shop_uscc": ("Repair shop's unified social credit code", "修理厂统一社会信用代码"),
    "aftersales.field.referred": ("Referred by us (送修)", "送修标志"),
    "aftersales.field.status": ("Status", "案件状态"),
    "aftersales.coverage.compulsory": ("Compulsory (交强)", "交强险"),
    "aftersales.coverage.commercial": ("Commercial", "商业险"),
    "aftersales.business.new": ("New car", "新车"),
    "aftersales.business.renewal": ("Renewal", "续保"),
    "aftersales.business.transfer": ("Transfer", "转保"),
    # --- cells and rows -------------------------------------------------------------------------
    "aftersales.value.coverage": ("'{value}' is not a line of cover (交强险 or 商业险)", "“{value}”不是险种（交强险或商业险）"),
    "aftersales.value.business": ("'{value}' is not new car, renewal or transfer (新车/续保/转保)", "“{value}”不是新车、续保或转保"),
    "aftersales.value.flag": ("'{value}' is not yes or no (是/否)", "“{value}”不是“是”或“否”"),
    "aftersales.required": ("{field} is required", "{field}为必填项"),
    "aftersales.ends_before_start": ("The policy ends before it starts", "终保日期早于起保日期"),
    "aftersales.dup.file": ("Same number as row {row} of this file", "与本文件第 {row} 行的编号相同"),
    "aftersales.unmatched": (
        "No dealer has this code, credit code or name (code {code}, credit code {uscc}, name {name}): assign it to a dealer, then import again",
        "没有车商对应此代码、信用代码或名称（代码 {code}，信用代码 {uscc}，名称 {name}）：请先指定所属车商，再重新导入",
    ),
    "aftersales.ambiguous": (
        "{n} dealers have the name {name}: assign its code {code} to one of them, then import again",
        "有 {n} 家车商名为 {name}：请将代码 {code} 指定给其中一家，再重新导入",
    ),
    # --- files ----------------------------------------------------------------------------------
    "aftersales.file.no_header": (
        "No header row found in the first {rows} rows of sheet “{sheet}” of {name} (a list needs columns such as 保单号, 保费, 起保日期)",
        "{name} 的工作表“{sheet}”前 {rows} 行中找不到表头（清单需含保单号、保费、起保日期等列）",
    ),
    "aftersales.file.no_key_column": (
        "Sheet “{sheet}” of {name} has no column for {column} (its headers: {headers})",
        "{name} 的工作表“{sheet}”缺少“{column}”列（现有表头：{headers}）",
    ),
    "aftersales.file.no_rows": ("Sheet “{sheet}” of {name} has a header row but no records below it", "{name} 的工作表“{sheet}”只有表头，没有数据"),
    # --- dealer codes and retention -------------------------------------------------------------
    "aftersales.code.empty": ("Give a code or a name to assign", "请填写要指定的代码或名称"),
    "aftersales.code.taken": ("“{text}” is already assigned to {name} (ID {id})", "“{text}”已指定给 {name}（ID {id}）"),
    "aftersales.code.assigned": ("“{text}” now means {name} (ID {id}) in every import", "今后导入时，“{text}”即对应 {name}（ID {id}）"),
    "aftersales.retention.range": ("Keep personal data 1 to 240 months, not {value}", "个人信息保留期限须为 1–240 个月，而非 {value}"),
    "aftersales.retention.purged": ("Policyholders' names and phones blanked on {n} policies ended before {day}",
                                    "已清除 {n} 份终保日期早于 {day} 的保单的被保险人姓名和电话"),
    # --- CLI summaries --------------------------------------------------------------------------
    "aftersales.summary": (
        "{created} new, {updated} updated, {unchanged} unchanged, {duplicates} duplicates, {invalid} invalid, {unmatched} without a dealer",
        "新增 {created} 条，更新 {updated} 条，无变化 {unchanged} 条，重复 {duplicates} 条，有误 {invalid} 条，未匹配车商 {unmatched} 条",
    ),
    "aftersales.summary.unmatched": ("Without a dealer (assign with dealerdesk assign-dealer-code):", "未匹配车商（可用 dealerdesk assign-dealer-code 指定）："),
    "aftersales.summary.unmatched_line": ("code {code}, credit code {uscc}, name {name}: rows {rows}", "代码 {code}，信用代码 {uscc}，名称 {name}：第 {rows} 行"),
    "aftersales.undo.done": ("{deleted} records deleted, {restored} restored, {kept} kept as they are", "已删除 {deleted} 条记录，恢复 {restored} 条，保留 {kept} 条"),
}

"""Roster import/export messages: unusable files, cell problems, duplicates, summaries, sheet texts."""

ENTRIES: dict[str, tuple[str, str]] = {
    # --- files that cannot be used (CLI exit code 2) ------------------------------------------------
    "roster.file.missing": ("File not found: {path}", "找不到文件：{path}"),
    "roster.file.empty": ("{name} holds no data", "{name} 中没有任何数据"),
    "roster.file.too_big": ("{name} is {mb} MB; a roster file can be at most {max_mb} MB", "{name} 大小为 {mb} MB，名录文件最大 {max_mb} MB"),
    "roster.file.not_spreadsheet": (
        "{name} is not a spreadsheet (Excel .xlsx/.xlsm/.xlsb/.xls, OpenDocument .ods or CSV)",
        "{name} 不是电子表格文件（支持 Excel .xlsx/.xlsm/.xlsb/.xls、OpenDocument .ods 和 CSV）",
    ),
    "roster.file.damaged": ("{name} is damaged or incomplete and cannot be read", "{name} 已损坏或不完整，无法读取"),
    "roster.file.encrypted": (
        "{name} is password-protected: open it in Excel or WPS, remove the password and save it, then import it again",
        "{name} 设有打开密码：请在 Excel 或 WPS 中打开，取消密码并保存后再导入",
    ),
    "roster.file.bomb": (
        "{name} would unpack to an unreasonable size and was refused to protect this computer",
        "{name} 解压后体积异常巨大，为保护本机已拒绝读取",
    ),
    "roster.file.huge_sheet": (
        "Sheet “{sheet}” of {name} spans {rows} rows × {cols} columns, beyond the {max} cells a roster may have",
        "{name} 的工作表“{sheet}”范围为 {rows} 行 × {cols} 列，超过名录允许的 {max} 个单元格",
    ),
    "roster.file.sheet_missing": ("{name} has no sheet named “{sheet}” (its sheets: {sheets})", "{name} 中没有名为“{sheet}”的工作表（现有：{sheets}）"),
    "roster.file.only_hidden": (
        "The visible sheets of {name} are empty; hidden sheets ({sheets}) are read only when chosen by name",
        "{name} 的可见工作表均为空；隐藏的工作表（{sheets}）需按名称指定才会读取",
    ),
    "roster.file.encoding": (
        "{name}: the text is neither UTF-8 nor GB18030/GBK; save it again as “CSV UTF-8”",
        "{name}：文本编码既不是 UTF-8 也不是 GB18030/GBK，请另存为“CSV UTF-8”后再导入",
    ),
    "roster.file.no_header": (
        "No header row in sheet “{sheet}” of {name}: none of its first {rows} rows names two roster columns (such as 车商名称, 城市, 联系电话)",
        "{name} 的工作表“{sheet}”中找不到表头：前 {rows} 行中没有一行包含两个以上的名录列名（如 车商名称、城市、联系电话）",
    ),
    "roster.file.no_name_column": (
        "Sheet “{sheet}” of {name} has no column for the dealer name (车商名称); its columns: {headers}",
        "{name} 的工作表“{sheet}”中没有车商名称列；现有列：{headers}",
    ),
    "roster.file.no_rows": ("Sheet “{sheet}” of {name} has a header row but no dealers below it", "{name} 的工作表“{sheet}”只有表头，没有车商数据"),
    # --- cells and rows -----------------------------------------------------------------------------
    "roster.value.source": (
        "'{value}' is not a survey source (government, association, media, web, magazine, newspaper, field visit)",
        "“{value}”不是有效的摸底来源（政府部门、行业协会、媒体、网络、杂志、报刊、实地走访）",
    ),
    "roster.value.insurer": ("'{value}' is not an insurer with an optional share (e.g. 人保财险 60%)", "“{value}”不是“保险公司 份额”的格式（如 人保财险 60%）"),
    "roster.dup.file_uscc": ("Same unified social credit code as row {row} of this file", "与本文件第 {row} 行的统一社会信用代码相同"),
    "roster.dup.file_name": ("Same dealer name and city as row {row} of this file", "与本文件第 {row} 行的车商名称和城市相同"),
    "roster.dup.exists": ("Already in the dealer files as {name} (ID {id}); create-only mode leaves it as it is", "车商档案中已有此车商：{name}（ID {id}）；“仅新增”模式不作修改"),
    "roster.dup.same_dealer": ("Row {row} of this file already updates {name}", "本文件第 {row} 行已对应车商 {name}"),
    "roster.dup.ambiguous": ("Matches {n} dealers of the same name in this city ({names}); add the unified social credit code", "与本市 {n} 家同名车商相符（{names}），请补充统一社会信用代码"),
    "roster.dup.uscc_mismatch": (
        "Same name and city as {name} (ID {id}) but a different unified social credit code (stored: {uscc})",
        "与 {name}（ID {id}）名称、城市相同，但统一社会信用代码不同（档案中为 {uscc}）",
    ),
    "roster.near.db": ("Looks like the existing dealer {name} (ID {id}, {city}); left out until a person decides", "疑似与已有车商 {name}（ID {id}，{city}）重复，待人工确认，暂不导入"),
    "roster.near.file": ("Looks like row {row} of this file; left out until a person decides", "疑似与本文件第 {row} 行重复，待人工确认，暂不导入"),
    "roster.not_found": ("No existing dealer matches this row; update-only mode creates none", "档案中没有与此行对应的车商；“仅更新”模式不新增车商"),
    # --- committing and undoing ---------------------------------------------------------------------
    "roster.cancelled": ("Import cancelled; nothing was written", "导入已取消，未写入任何数据"),
    "roster.conflict.changed": (
        "Dealers changed since the preview ({n}); nothing was written — preview the import again",
        "预览之后车商档案已被修改（{n} 家），未写入任何数据，请重新预览",
    ),
    "roster.conflict.taken": (
        "{n} of these dealers were added by someone else since the preview (rows {rows}); nothing was written — preview the import again",
        "预览之后，其中 {n} 家车商已由他人导入或新建（第 {rows} 行），未写入任何数据，请重新预览",
    ),
    "roster.conflict.refused": (
        "The database refused the import because of a change made at the same moment; nothing was written — preview the import again",
        "数据库因同一时刻的其他修改拒绝了本次导入，未写入任何数据，请重新预览",
    ),
    "roster.undo.already": ("This import was already undone on {when} by {user}", "此次导入已于 {when} 由 {user} 撤销"),
    "roster.undo.gone": ("deleted since the import", "导入后已被删除"),
    "roster.undo.changed_since": ("changed since the import, kept as it is", "导入后已被修改，保持不变"),
    "roster.undo.has_history": ("has key people or visits now, kept", "已有关键人物或走访记录，予以保留"),
    "kind.roster_import": ("roster import", "名录导入记录"),
    "roster.undo.done": ("{deleted} dealers deleted, {restored} restored, {kept} kept as they are", "已删除 {deleted} 家车商，恢复 {restored} 家，保留 {kept} 家"),
    # --- command line -----------------------------------------------------------------------------
    "roster.summary": (
        "{created} created, {updated} updated, {unchanged} unchanged, {duplicates} duplicates, {invalid} invalid",
        "新增 {created}，更新 {updated}，未变 {unchanged}，重复 {duplicates}，无效 {invalid}",
    ),
    "roster.summary.dry": ("Dry run, nothing written — would be: ", "试运行，未写入任何数据，预计："),
    "roster.summary.strict": ("Strict mode: {n} rows rejected, nothing written", "严格模式：{n} 行未通过，未写入任何数据"),
    "roster.summary.batch": ("Import #{id} recorded (dealerdesk can undo it as a batch)", "已记录为第 {id} 次导入（可整批撤销）"),
    "roster.summary.skipped": ("Lines that are not dealers, skipped: {n} (rows {rows})", "跳过非车商数据 {n} 行（第 {rows} 行）"),
    "roster.summary.errors_file": ("Rejected rows written to {path}", "未导入的行已写入 {path}"),
    "roster.summary.more": ("… and {n} more (write them all with --errors FILE.xlsx)", "……另有 {n} 条（可用 --errors 文件.xlsx 全部导出）"),
    "roster.exported": ("{n} dealers written to {path}", "已将 {n} 家车商写入 {path}"),
    "roster.template_written": ("Roster template written to {path}", "名录模板已写入 {path}"),
    # --- sheets the app writes ----------------------------------------------------------------------
    "roster.sheet.dealers": ("Dealers", "车商名录"),
    "roster.sheet.people": ("Key people", "关键人物"),
    "roster.sheet.notes": ("Notes", "说明"),
    "roster.sheet.instructions": ("Instructions", "填写说明"),
    "roster.sheet.rejected": ("Rejected rows", "未导入行"),
    "roster.col.problems": ("Import problems", "导入问题"),
    "roster.col.source_row": ("Row in original file", "原文件行号"),
    "roster.col.dealer": ("Belongs to dealer", "所属车商"),
    "roster.col.dealer_uscc": ("Dealer's credit code", "所属车商信用代码"),
    "roster.notes.column": ("Column", "列名"),
    "roster.notes.meaning": ("What it holds", "含义"),
    "roster.notes.format": ("How to fill it", "填写方法"),
    "roster.notes.title": ("Dealer roster exported by DealerDesk on {date} by {user}: {n} dealers", "车商名录，由车商渠道工作台于 {date} 导出（{user}），共 {n} 家"),
    "roster.notes.sensitive_out": (
        "Key people's phones and sensitive personal fields (birth year, background, highlights, hobbies) are left out.",
        "关键人物的电话和敏感个人信息（出生年份、专业背景、职业亮点、兴趣爱好）未导出。",
    ),
    "roster.cut": (
        "{n} texts are longer than an Excel cell holds ({limit} characters) and are cut in this file: {where}. "
        "The full texts stay in DealerDesk, and importing this file back does not shorten them.",
        "有 {n} 处文字超过 Excel 单元格的上限（{limit} 个字符），在本文件中被截断：{where}。"
        "完整内容仍保存在车商渠道工作台中，将本文件重新导入也不会截短。",
    ),
    "roster.notes.sensitive_in": (
        "This file contains key people's phones and sensitive personal fields: keep it confidential.",
        "本文件含关键人物的电话和敏感个人信息，请妥善保管、勿外传。",
    ),
    "roster.format.text": ("Text", "文本"),
    "roster.format.name": ("Full registered name, as on the business licence", "营业执照上的完整名称"),
    "roster.format.short_name": ("The short name people use for the dealer (e.g. 宏达丰田), not the full registered name",
                                 "人们常用的简短名称（如“宏达丰田”），不是营业执照上的全称"),
    "roster.format.code": ("Letters and digits as issued", "按证照原样填写字母和数字"),
    "roster.format.phone": ("Mobile (13812345678) or landline with area code (0571-88886666, extension after -)", "手机号（13812345678）或带区号的固定电话（0571-88886666，分机号用 - 连接）"),
    "roster.format.note": ("Free text", "自由文本"),
    "roster.format.count": ("Whole number (1.2万 is read as 12000)", "整数（“1.2万”按 12000 读取）"),
    "roster.format.amount": ("Amount in yuan (1.5亿, 3,000万 and ¥ are understood; a 万元 header multiplies)", "金额，单位元（可写 1.5亿、3,000万、¥；列名含“万元”时按万元计）"),
    "roster.format.percent": ("Percentage: 85%, 0.85 or 85", "百分比：85%、0.85 或 85 均可"),
    "roster.format.date": ("Date: 2026-11-26, 2026/11/26, 2026年11月26日 or an Excel date", "日期：2026-11-26、2026/11/26、2026年11月26日或 Excel 日期"),
    "roster.format.choice": ("One of: {values}", "可选：{values}"),
    "roster.format.list": ("Several values separated by 、", "多个值用“、”分隔"),
    "roster.format.sources": ("Several of: {values}, separated by 、 (added to the sources already recorded)", "可多选：{values}，用“、”分隔（与已记录的来源合并）"),
    "roster.format.insurers": ("Insurer and share, separated by 、 (人保财险 60%、平安产险 30%)", "保险公司及份额，用“、”分隔（人保财险 60%、平安产险 30%）"),
    "roster.format.required": ("Required. ", "必填。"),
    "roster.format.key": ("Identifies the dealer when importing. ", "导入时用于识别车商。"),
    "roster.instructions": (
        "How to fill in this roster\n"
        "1. One dealer per row on the first sheet; keep the header row as it is. Only the dealer name is required.\n"
        "2. The unified social credit code identifies a dealer; without it, the same name in the same city does.\n"
        "3. Blank cells leave what is already recorded unchanged.\n"
        "4. The row marked 【示例】 is an example and is never imported; delete it or leave it.\n"
        "5. Import: DealerDesk › Dealers › Import roster, or: dealerdesk import-roster FILE.xlsx --dry-run\n"
        "6. Rows with problems come back in an error report you can correct and import again.",
        "名录填写说明\n"
        "1. 在第一个工作表中每行填写一家车商，请勿修改表头。只有车商名称为必填。\n"
        "2. 以统一社会信用代码识别车商；未填写时，以同一城市内的相同名称识别。\n"
        "3. 留空的单元格不会改动档案中已有的内容。\n"
        "4. 标有【示例】的行仅为示例，导入时会被跳过，可删除也可保留。\n"
        "5. 导入：车商渠道工作台 › 车商 › 导入名录，或命令行：dealerdesk import-roster 文件.xlsx --dry-run\n"
        "6. 有问题的行会生成错误报告，修改后可再次导入。",
    ),
}

# What each roster column holds (the notes sheet of exports and templates).
_HELP = {
    "legal_name": ("Registered name of the dealer company", "车商企业的注册全称"),
    "short_name": ("The name people use for it", "常用简称"),
    "uscc": ("统一社会信用代码, 18 characters", "统一社会信用代码，18 位"),
    "province": ("Province of its premises", "经营场所所在省份"),
    "city": ("City of its premises", "经营场所所在城市"),
    "district": ("District or county", "所在区县"),
    "address": ("Street address of the premises", "经营场所详细地址"),
    "brands": ("Brands it is authorised to sell", "授权销售的品牌"),
    "main_models": ("Models that sell most", "主要销售车型"),
    "annual_sales": ("New cars sold last year", "上一年度新车销量（台）"),
    "dealer_type": ("Kind of dealer", "车商类型"),
    "founded_on": ("Date the company was founded", "企业成立日期"),
    "contact_name": ("Our main contact there", "主要联系人"),
    "contact_phone": ("The contact's phone", "联系人电话"),
    "sources": ("Where the record was confirmed (two sources make it verified)", "信息来源（两个及以上来源即为已核实）"),
    "premium_scale": ("Insurance premium it brings per year", "车商自有年保费规模"),
    "business_structure": ("Mix of new-car and renewal business", "新车与续保业务构成"),
    "new_car_rate": ("Share of its new cars insured through it", "新车承保率"),
    "renewal_rate": ("Share of policies renewed", "续保率"),
    "repair_needs": ("Accident repairs it wants referred", "送修需求"),
    "brands_repaired": ("Brands its workshop repairs", "可承修的品牌"),
    "entity_structure": ("Which legal entity would sign", "合作签约主体结构"),
    "willingness": ("How keen it is to work with us", "与我司合作的意愿"),
    "licence_no": ("Insurance agency licence number", "保险兼业代理资质证号"),
    "licence_expiry": ("Date the agency licence expires", "代理资质有效期截止日"),
    "insurers": ("Insurers it works with now, with their shares", "目前合作的保险公司及业务份额"),
    "notes": ("Anything else worth knowing", "其他说明"),
}
ENTRIES.update({f"roster.help.{field}": texts for field, texts in _HELP.items()})

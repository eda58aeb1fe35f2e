"""The command line's own words in Simplified Chinese: every command's and option's help, and
argparse's messages (usage, errors). Keyed by the English text the parsers are built with, so a
command module keeps one literal per help; ``tests/cli/test_cli_chinese.py`` fails when a help has
no entry here. Plain data: ``dealerdesk --help`` imports nothing else for it.
"""

from __future__ import annotations

ARGPARSE = {
    "usage: ": "用法：",
    "positional arguments": "位置参数",
    "options": "选项",
    "show this help message and exit": "显示本帮助并退出",
    "show program's version number and exit": "显示版本号并退出",
    "%(prog)s: error: %(message)s\n": "%(prog)s：错误：%(message)s\n",
    "the following arguments are required: %s": "缺少必需的参数：%s",
    "unrecognized arguments: %s": "无法识别的参数：%s",
    "invalid choice: %(value)r (choose from %(choices)s)": "无效的选项：%(value)r（可选：%(choices)s）",
    "invalid %(type)s value: %(value)r": "无效的值：%(value)r（应为%(type)s）",
    "expected one argument": "需要一个值",
    "expected at least one argument": "至少需要一个值",
    "expected at most one argument": "最多只能有一个值",
    "expected %s argument": "需要 %s 个值",
    "expected %s arguments": "需要 %s 个值",
    "ambiguous option: %(option)s could match %(matches)s": "选项有歧义：%(option)s 可以是 %(matches)s",
    "argument %(argument_name)s: %(message)s": "参数 %(argument_name)s：%(message)s",
    "not allowed with argument %s": "不能与参数 %s 同时使用",
    "one of the arguments %s is required": "参数 %s 必须给出其中之一",
    "ignored explicit argument %r": "忽略了显式给出的值 %r",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "未知的命令 %(parser_name)r（可选：%(choices)s）",
    "can't open '%(filename)s': %(error)s": "无法打开“%(filename)s”：%(error)s",
}

# the names of the types argparse puts into "invalid %(type)s value" (a converter's __name__)
TYPE_NAMES = {"int": "整数", "float": "数字"}

SEE_HELP = {"en": " (see dealerdesk --help)", "zh_CN": "（请看 dealerdesk --help）"}

HELP = {
    "DealerDesk 车商渠道工作台": "车商渠道工作台 DealerDesk",
    "SQLAlchemy database URL (default: SQLite in the user data folder)":
        "数据库地址（SQLAlchemy URL；默认：用户数据文件夹中的 SQLite 数据库）",
    "language: zh_CN or en": "界面语言：zh_CN（中文）或 en（英文）",
    "check this installation and exit": "检查本机安装是否完好，然后退出",
    # commands
    "fill an empty database with a realistic demo territory": "在空数据库中生成一个逼真的演示辖区",
    "list dealers, staff, meetings or contracts": "列出车商、员工、谈判会议或合同",
    "import dealers from a roster spreadsheet or CSV": "从车商名册（Excel 或 CSV）导入车商",
    "write the dealer roster to an Excel workbook": "把车商名册导出为 Excel 工作簿",
    "write an empty roster workbook with headers, drop-downs and instructions":
        "生成空白名册模板（含表头、下拉选项和填写说明）",
    "list past roster imports (newest first)": "列出历次名册导入（最新的在前）",
    "undo one roster import: delete the dealers it created, restore what it updated":
        "撤销一次名册导入：删除它新建的车商，恢复它修改过的内容",
    "the eight preparation steps of a dealer: state and exactly what is missing":
        "车商的八个准备步骤：每步的状态和具体缺少的内容",
    "export a meeting to an iCalendar (.ics) file in Asia/Shanghai time":
        "把谈判会议导出为 iCalendar（.ics）日历文件（北京时间）",
    "print a dealer's one-page file card as a PDF": "打印车商的一页档案卡（PDF）",
    "print the negotiation packet of a meeting: one PDF per member of our team":
        "打印谈判会议的谈判资料包：我方每位成员一份 PDF",
    "print the strategic-cooperation brochure for a dealer (no internal content)":
        "为车商打印战略合作推介册（不含任何内部内容）",
    "print the ranked target list of the territory or one city": "打印辖区或某个城市的目标车商排名清单",
    "write a contract's pack (agreement, annexes, signature page, documents) as a PDF":
        "生成合同文本包（协议、附件、签署页、证照资料）PDF",
    "check a contract pack PDF: which contract and revision it is, or that it was altered":
        "核验合同文本包 PDF：属于哪份合同、第几版，或是否被改动过",
    "copy the embedded database to a file (checked; open it with --db sqlite:///FILE)":
        "把本机数据库备份到文件（备份后校验；可用 --db sqlite:///文件 打开）",
    "replace the embedded database's contents with a backup (the current data is saved beside it first)":
        "用备份替换本机数据库的内容（当前数据会先另存在旁边）",
    "set up and run a branch office's PostgreSQL database (users, roles, history)":
        "建立和管理分公司的机构数据库（PostgreSQL：用户、角色、变更记录）",
    "map a code or name of the insurer's lists to a dealer (for every later import)":
        "把核心系统清单中的代码或名称对应到车商（以后每次导入都沿用）",
    "list the codes and names mapped to dealers": "列出已对应到车商的代码和名称",
    "blank policyholders' names and phones kept longer than the retention setting":
        "清除超过保留期限的投保人姓名和电话",
    "import the monthly new-car sales sheet (one row per dealer and month) for the new-car rate":
        "导入每月新车销量表（每行一个车商一个月份），作为新车承保率的基数",
    "import the insurer's policy list (保单清单) and match each policy to its dealer":
        "导入核心系统的保单清单，并把每张保单匹配到所属车商",
    "import the insurer's claims list (赔案清单) and match each claim to the dealer repairing it":
        "导入核心系统的赔案清单，并把每个赔案匹配到承修车商",
    "list past imports of policy and claims lists (newest first)": "列出历次保单清单和赔案清单导入（最新的在前）",
    "undo one import of a policy or claims list": "撤销一次保单清单或赔案清单导入",
    "the renewal worklist: policies expiring within DAYS, their owner and contacts":
        "续保工作清单：DAYS 天内到期的保单、负责人和联系记录",
    "make one of our staff the owner of these policies' renewals": "指定我方员工负责这些保单的续保",
    "log an attempt to reach a policyholder about the renewal": "记录一次就续保联系投保人的情况",
    "repair referrals per dealer against its contract's commitment, the most owed first":
        "各车商的送修情况与合同承诺对比，欠得最多的在前",
    "print the repair guidance list (送修引导) for the claims dispatch desk (internal)":
        "为理赔调度打印送修引导清单（内部）",
    "write a dealer's renewal worklist to an Excel workbook for its renewal desk":
        "把车商的续保清单导出为 Excel 工作簿，交给其续保专员",
    "print a dealer's monthly review for the dealer meeting (external, or --internal)":
        "打印车商月度回顾，供与车商会谈使用（对外版，或加 --internal 打印内部版）",
    "a dealer's scorecard: premium, referrals, new-car and renewal rates against its contract":
        "车商经营指标卡：保费、送修、新车承保率和续保率，对照合同条款",
    "the branch-wide scorecard table for a month": "全分公司某月的车商经营指标表",
    "record a dealer's new-car sales for a month (the base of the new-car rate)":
        "登记车商某月的新车销量（新车承保率的分母）",
    # options
    "number of dealers (default 300)": "车商数量（默认 300）",
    "random seed (same seed, same territory)": "随机种子（种子相同，生成的辖区相同）",
    "what to list": "要列出的内容",
    "search text (names, phone, pinyin or initials)": "搜索内容（名称、电话、拼音或拼音首字母）",
    "only this city": "只看这个城市",
    "one JSON object per record": "每条记录输出一个 JSON 对象",
    "at most N records": "最多列出 N 条",
    "roster: .xlsx .xlsm .xlsb .xls .ods or .csv": "名册文件：.xlsx .xlsm .xlsb .xls .ods 或 .csv",
    "sheet to read (default: the first visible one with data)": "要读取的工作表（默认：第一个有数据的可见工作表）",
    "create: only new dealers; update: only existing ones; upsert: both (default)":
        "create：只新建车商；update：只更新已有车商；upsert：两者都做（默认）",
    "check and count, write nothing": "只检查和统计，不写入任何数据",
    "write nothing unless every row is accepted": "只要有一行不通过，就什么都不写入",
    "write the rejected rows with their problems to this workbook": "把未通过的行及其问题写入这个工作簿",
    "print one JSON object with the counts and every problem": "输出一个 JSON 对象：各项计数和每个问题",
    "workbook to write": "要写入的工作簿",
    "only dealers in this city": "只导出这个城市的车商",
    "only dealers selling this brand": "只导出经营这个品牌的车商",
    "also write key people's phones and sensitive fields (birth year, background, highlights, hobbies)":
        "同时导出关键人的电话和敏感信息（出生年份、背景、亮点、爱好）",
    "one JSON object per import": "每次导入输出一个 JSON 对象",
    "the import to undo (see roster-imports)": "要撤销的导入（编号见 roster-imports）",
    "the dealer's id (see: dealerdesk list dealers)": "车商编号（见：dealerdesk list dealers）",
    "judge this meeting (default: the next one)": "评估这次会议（默认：下一次会议）",
    "one JSON object": "输出一个 JSON 对象",
    "the meeting's id (see: dealerdesk list meetings)": "会议编号（见：dealerdesk list meetings）",
    "the calendar file to write": "要写入的日历文件",
    "the PDF to write": "要写入的 PDF 文件",
    "also print key people's personal details (age, background, career, hobbies)":
        "同时打印关键人的个人信息（年龄、背景、经历、爱好）",
    "print characters no bundled font has (emoji, private-use) as 〓 instead of stopping":
        "内置字体没有的字符（表情符号、自造字）印成〓，而不是停止打印",
    "the folder for the PDFs (one per team member)": "存放 PDF 的文件夹（每位成员一份）",
    "only the targets in this city (default: the whole territory)": "只列这个城市的目标（默认：整个辖区）",
    "the contract's id (see: dealerdesk list contracts)": "合同编号（见：dealerdesk list contracts）",
    "the PDF to check": "要核验的 PDF 文件",
    "print the finding as one JSON object": "把核验结果输出为一个 JSON 对象",
    "where the copy goes (default: a dated file in the current folder); a folder works too":
        "备份存放位置（默认：当前文件夹中带日期的文件）；也可以给一个文件夹",
    "the backup to put back": "要恢复的备份文件",
    "replace the current data (without it, only say what the backup holds)":
        "确认替换当前数据（不加此项时只显示备份里有什么）",
    "check that no history entry was removed or altered (exit 0 intact, 1 altered)":
        "检查变更记录是否有条目被删除或篡改（完好返回 0，被改动返回 1）",
    "who changed a record, what and when (newest first)": "谁在什么时候改了记录的什么内容（最新的在前）",
    "copy a single-user database into the office database in one transaction (run as the owner)":
        "把单机数据库整体复制进机构数据库（一次事务完成；须由数据库所有者执行）",
    "create or upgrade the office database: schema, roles, grants, row-level security, history, first administrator":
        "创建或升级机构数据库：表结构、角色、授权、行级安全、变更记录和首位管理员",
    "add a person: a PostgreSQL login in the given group role(s)": "添加人员：在指定角色组中建立一个 PostgreSQL 登录名",
    "replace a person's roles": "重新设定人员的角色",
    "change a person's shown name or team": "修改人员的显示姓名或所属团队",
    "stop a person signing in (their history stays)": "停用人员的登录（其变更记录保留）",
    "let a disabled person sign in again": "恢复已停用人员的登录",
    "set a person's password (read from standard input, or typed twice)": "设置人员密码（从标准输入读取，或输入两次）",
    "list the people, their roles and teams": "列出人员及其角色和团队",
    "let another role sign, activate or terminate contracts (or --revoke it)":
        "授权其他角色签署、生效或终止合同（或用 --revoke 收回）",
    "the office database (postgresql+psycopg://…)": "机构数据库地址（postgresql+psycopg://…）",
    "language": "语言",
    "print the verdict as one JSON object": "把结论输出为一个 JSON 对象",
    "e.g. dealers, contracts, policy_versions; 'dealer' for a whole dealer file":
        "例如 dealers、contracts、policy_versions；用 dealer 查看整份车商档案",
    "one JSON object per entry": "每个条目输出一个 JSON 对象",
    "the single-user database, e.g. sqlite:///C:/Users/me/dealerdesk.sqlite3":
        "单机数据库，例如 sqlite:///C:/Users/me/dealerdesk.sqlite3",
    "the office login the records belong to (stamps, history, team)": "这些记录归属的机构登录名（经办人、变更记录、团队）",
    "the first administrator's login (created once)": "首位管理员的登录名（只创建一次）",
    "the administrator's name as shown, e.g. 王春梅": "管理员的显示姓名，例如 王春梅",
    "the administrator's team": "管理员所属团队",
    "no password: the company directory (LDAP/GSSAPI in pg_hba.conf) authenticates the login":
        "不设密码：由公司目录服务（pg_hba.conf 中的 LDAP/GSSAPI）验证登录",
    "the name shown in the app and the history, e.g. 王春梅": "在软件和变更记录中显示的姓名，例如 王春梅",
    "one or more of: specialist, team_manager, channel_dept, operations_claims, leadership, admin":
        "一个或多个角色：specialist（渠道专员）、team_manager（团队经理）、channel_dept（车商渠道部）、"
        "operations_claims（运营理赔）、leadership（分公司领导）、admin（管理员）",
    "the team whose dealers the person works on": "该人员负责哪个团队的车商",
    "no password: the company directory authenticates the login": "不设密码：由公司目录服务验证登录",
    "the person's roles from now on: specialist, team_manager, channel_dept, operations_claims, leadership, admin":
        "该人员今后的角色：specialist、team_manager、channel_dept、operations_claims、leadership、admin",
    "one JSON object per person": "每位人员输出一个 JSON 对象",
    "take the grant back": "收回授权",
    "an agency code or repair-shop code of the core system": "核心系统中的代理机构代码或修理厂代码",
    "a name the core system uses for the dealer": "核心系统中对该车商使用的名称",
    "only this dealer's": "只看这家车商的",
    "one JSON object per code": "每个代码输出一个 JSON 对象",
    "set the retention (months after a policy ends) first": "先设定保留期限（保单终止后的月数）",
    "the list: .xlsx .xlsm .xlsb .xls .ods or .csv": "清单文件：.xlsx .xlsm .xlsb .xls .ods 或 .csv",
    "the sales sheet: .xlsx .xlsm .xlsb .xls .ods or .csv": "销量表文件：.xlsx .xlsm .xlsb .xls .ods 或 .csv",
    "print one JSON object with the counts, every problem and the unmatched dealers":
        "输出一个 JSON 对象：各项计数、每个问题和未匹配到的车商",
    "the import to undo (see list-imports)": "要撤销的导入（编号见 list-imports）",
    "policies expiring within DAYS of today (default 90)": "今天起 DAYS 天内到期的保单（默认 90）",
    "also the policies that have lapsed (脱保) in the last 90 days": "同时列出近 90 天内脱保的保单",
    "also the policyholders' names and phones": "同时列出投保人姓名和电话",
    "one JSON object per policy": "每张保单输出一个 JSON 对象",
    "the owner among our staff (0: nobody)": "我方负责人（0：不指定）",
    "the day (default today)": "日期（默认今天）",
    "one JSON object per dealer": "每家车商输出一个 JSON 对象",
    "who it is printed for (the internal footer names them)": "为谁打印（内部版页脚会写明）",
    "the month (default: this month)": "月份（默认：本月）",
    "the internal version: fees, terms judged, owners' notes": "内部版：费用、条款达成情况、负责人备注",
    "who the internal version is printed for": "内部版为谁打印",
    "new cars the dealer sold that month": "车商当月的新车销量",
    "the record's id (a dealer's id with 'dealer')": "记录编号（用 dealer 时为车商编号）",
    "the person's login": "人员的登录名",
    "one of: sign_contract, activate_contract, terminate_contract":
        "以下之一：sign_contract（签署合同）、activate_contract（合同生效）、terminate_contract（终止合同）",
    "the role given the right: specialist, team_manager, channel_dept, operations_claims, leadership, admin":
        "获得授权的角色：specialist、team_manager、channel_dept、operations_claims、leadership、admin",
    "the policies (see: dealerdesk renewals)": "保单编号（见：dealerdesk renewals）",
    "the policy (see: dealerdesk renewals)": "保单编号（见：dealerdesk renewals）",
    "how the policyholder was reached: phone, wechat, sms or visit (default phone)":
        "联系方式：phone（电话）、wechat（微信）、sms（短信）或 visit（上门）；默认 phone",
    "what came of it: no_answer, call_back, quoted, renewed_us, renewed_elsewhere, car_sold or lapsed":
        "联系结果：no_answer（未接通）、call_back（约定回访）、quoted（已报价）、renewed_us（已在我司续保）、"
        "renewed_elsewhere（已在他司续保）、car_sold（车辆已出售）或 lapsed（脱保）",
    "a note on the contact": "本次联系的备注",
    "the month": "月份",
}

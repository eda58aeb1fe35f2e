<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AftersalesPrint</name>
        <message>
            <source>Reading the figures…</source>
            <translation>正在读取数据…</translation>
        </message>
        <message>
            <source>Repair guidance list</source>
            <translation>送修引导清单</translation>
        </message>
        <message>
            <source>Save the repair guidance list</source>
            <translation>保存送修引导清单</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>PDF 文档 (*.pdf)</translation>
        </message>
        <message>
            <source>Rendering the repair guidance list…</source>
            <translation>正在生成送修引导清单…</translation>
        </message>
        <message>
            <source>internal</source>
            <translation>内部版</translation>
        </message>
        <message>
            <source>for the dealer</source>
            <translation>车商版</translation>
        </message>
        <message>
            <source>Monthly review {0} {1} ({2})</source>
            <translation>月度经营回顾 {0} {1}（{2}）</translation>
        </message>
        <message>
            <source>Save the monthly review</source>
            <translation>保存月度经营回顾</translation>
        </message>
        <message>
            <source>Rendering the monthly review…</source>
            <translation>正在生成月度经营回顾…</translation>
        </message>
    </context>
    <context>
        <name>Application</name>
        <message>
            <source>DealerDesk</source>
            <translation>车商渠道工作台</translation>
        </message>
    </context>
    <context>
        <name>AssignDealersDialog</name>
        <message>
            <source>Assign dealers to unmatched rows</source>
            <translation>为未匹配的行指定车商</translation>
        </message>
        <message>
            <source>These rows name no dealer we know. Pick a line, find its dealer and assign: the code (or credit code, or name) is kept for that dealer, and this and every later import match it.</source>
            <translation>这些行对应的车商未能识别。请选中一行，查找其车商并指定：该代码（或统一社会信用代码、名称）将记在该车商名下，本次及以后的导入都会据此匹配。</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>代码</translation>
        </message>
        <message>
            <source>Credit code</source>
            <translation>统一社会信用代码</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>行数</translation>
        </message>
        <message>
            <source>Assigned to</source>
            <translation>已指定给</translation>
        </message>
        <message>
            <source>Rows {0}</source>
            <translation>第 {0} 行</translation>
        </message>
        <message>
            <source>Name, short name, pinyin or city</source>
            <translation>名称、简称、拼音或城市</translation>
        </message>
        <message>
            <source>&amp;Find the dealer:</source>
            <translation>查找车商(&amp;F)：</translation>
        </message>
        <message>
            <source>F&amp;ind</source>
            <translation>查找(&amp;I)</translation>
        </message>
        <message>
            <source>&amp;Assign to this dealer</source>
            <translation>指定给该车商(&amp;A)</translation>
        </message>
        <message>
            <source>No dealer found: try part of the name, or pinyin initials.</source>
            <translation>未找到车商：请尝试名称的一部分或拼音首字母。</translation>
        </message>
        <message>
            <source>“{0}” now means {1} in every import.</source>
            <translation>今后导入时，“{0}”即对应 {1}。</translation>
        </message>
        <message>
            <source>Assigning to {0}…</source>
            <translation>正在指定给 {0}…</translation>
        </message>
    </context>
    <context>
        <name>AssignDialog</name>
        <message>
            <source>Assign — {0}</source>
            <translation>分派任务 — {0}</translation>
        </message>
        <message>
            <source>{0}. {1} of {2}</source>
            <translation>{2}：第 {0} 步 {1}</translation>
        </message>
        <message>
            <source> (this meeting's task)</source>
            <translation>（本次会谈的任务）</translation>
        </message>
        <message>
            <source>The SOP gives this step to: {0}</source>
            <translation>按工作规范，此步骤由{0}负责</translation>
        </message>
        <message>
            <source>(nobody)</source>
            <translation>（无人）</translation>
        </message>
        <message>
            <source>Person:</source>
            <translation>负责人：</translation>
        </message>
        <message>
            <source>Due:</source>
            <translation>截止日期：</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>备注：</translation>
        </message>
        <message>
            <source>{0} ({1})</source>
            <comment>a name and its login</comment>
            <translation>{0}（{1}）</translation>
        </message>
    </context>
    <context>
        <name>Backup</name>
        <message>
            <source>DealerDesk-backup</source>
            <translation>车商渠道工作台备份</translation>
        </message>
        <message>
            <source>Back up database</source>
            <translation>备份数据库</translation>
        </message>
        <message>
            <source>DealerDesk database (*.sqlite3)</source>
            <translation>车商渠道工作台数据库 (*.sqlite3)</translation>
        </message>
        <message>
            <source>Backup cancelled; nothing was written.</source>
            <translation>备份已取消，未写入任何文件。</translation>
        </message>
        <message>
            <source>Backing up the database…</source>
            <translation>正在备份数据库…</translation>
        </message>
        <message>
            <source>Everything is in this one file, contract scans included. Keep it somewhere safe, away from this computer.</source>
            <translation>全部数据（含合同扫描件）都在这一个文件中。请将其妥善保存在本机以外的地方。</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>打开所在文件夹</translation>
        </message>
        <message>
            <source>Daily backup made: {0}</source>
            <translation>已完成每日自动备份：{0}</translation>
        </message>
        <message>
            <source>The daily backup could not be made: {0}</source>
            <translation>每日自动备份未能完成：{0}</translation>
        </message>
    </context>
    <context>
        <name>BatchPrint</name>
        <message>
            <source>Print for the dealers shown</source>
            <translation>为所列车商批量打印</translation>
        </message>
        <message>
            <source>Dealer file cards or brochures for every dealer the current filter shows, in one PDF</source>
            <translation>为当前筛选出的每家车商打印档案卡或合作说明书，合成一个 PDF</translation>
        </message>
        <message>
            <source>Dealer file cards…</source>
            <translation>车商档案卡…</translation>
        </message>
        <message>
            <source>Cooperation brochures…</source>
            <translation>合作说明书…</translation>
        </message>
        <message>
            <source>No dealer is shown: change the filter first.</source>
            <translation>当前没有列出任何车商，请先调整筛选条件。</translation>
        </message>
        <message>
            <source>Rendering {0} dealer file cards…</source>
            <translation>正在生成 {0} 份车商档案卡…</translation>
        </message>
        <message>
            <source>Rendering {0} brochures…</source>
            <translation>正在生成 {0} 份合作说明书…</translation>
        </message>
        <message>
            <source>{0} documents</source>
            <translation>共 {0} 份</translation>
        </message>
        <message>
            <source>{0} of {1} could not be made:</source>
            <translation>{1} 份中有 {0} 份未能生成：</translation>
        </message>
    </context>
    <context>
        <name>BehindDialog</name>
        <message>
            <source>Behind the figure: {0}</source>
            <translation>数据明细：{0}</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Plate</source>
            <translation>车牌号</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>{0} rows, {1} in all</source>
            <translation>共 {0} 条，合计 {1}</translation>
        </message>
    </context>
    <context>
        <name>BranchScorecardView</name>
        <message>
            <source>&amp;Month:</source>
            <translation>月份(&amp;M)：</translation>
        </message>
        <message>
            <source>Import new-car &amp;sales…</source>
            <translation>导入新车销量(&amp;S)…</translation>
        </message>
        <message>
            <source>Dealer</source>
            <translation>车商</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>团队</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>合同</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>状态灯</translation>
        </message>
        <message>
            <source>Colum&amp;ns</source>
            <translation>显示列(&amp;N)</translation>
        </message>
        <message>
            <source>Choose the sheet of new-car sales</source>
            <translation>选择新车销量表</translation>
        </message>
        <message>
            <source>On track</source>
            <translation>达成</translation>
        </message>
        <message>
            <source>At risk</source>
            <translation>有风险</translation>
        </message>
        <message>
            <source>Missed</source>
            <translation>未达成</translation>
        </message>
        <message>
            <source>{0} dealers, {1} missing a term</source>
            <translation>共 {0} 家车商，{1} 家有条款未达成</translation>
        </message>
        <message>
            <source>Import &amp;policy list…</source>
            <translation>导入保单清单(&amp;P)…</translation>
        </message>
        <message>
            <source>Import c&amp;laims list…</source>
            <translation>导入赔案清单(&amp;L)…</translation>
        </message>
        <message>
            <source>Import hist&amp;ory…</source>
            <translation>导入记录(&amp;O)…</translation>
        </message>
        <message>
            <source>Print repair g&amp;uidance list…</source>
            <translation>打印送修引导清单(&amp;U)…</translation>
        </message>
        <message>
            <source>Our share</source>
            <translation>我司份额</translation>
        </message>
        <message>
            <source>Double-click a figure to see the policies or claims behind it. Right-click the headings (or Columns) to show or hide columns.</source>
            <translation>双击数字可查看其对应的保单或赔案明细。右击表头（或“显示列”）可显示或隐藏列。</translation>
        </message>
        <message>
            <source>Choose the list exported from the core system</source>
            <translation>选择从核心系统导出的清单</translation>
        </message>
        <message>
            <source>Spreadsheets (*.xlsx *.xlsm *.xlsb *.xls *.ods *.csv)</source>
            <translation>电子表格 (*.xlsx *.xlsm *.xlsb *.xls *.ods *.csv)</translation>
        </message>
        <message>
            <source>Double-click a figure to see the policies or claims behind it.</source>
            <translation>双击数字可查看其对应的保单或赔案明细。</translation>
        </message>
    </context>
    <context>
        <name>CapCheck</name>
        <message>
            <source>Cap: {0}% ({1})</source>
            <translation>上限：{0}%（{1}）</translation>
        </message>
        <message>
            <source>No cap for this line</source>
            <translation>该险种未设上限</translation>
        </message>
        <message>
            <source>Above the cap — cannot be submitted: {0}</source>
            <translation>超过上限，不能提交审批：{0}</translation>
        </message>
        <message>
            <source>every region</source>
            <translation>所有地区</translation>
        </message>
        <message>
            <source>{0} ≤ {1}% ({2})</source>
            <translation>{0} ≤ {1}%（{2}）</translation>
        </message>
        <message>
            <source>, </source>
            <translation>，</translation>
        </message>
        <message>
            <source>none set</source>
            <translation>未设置</translation>
        </message>
        <message>
            <source>Caps for this dealer: {0}. A line's rate plus the bonus points paid on it may not exceed its cap. The region in brackets is where the cap comes from; (*) marks a cap that applies in every region.</source>
            <translation>本车商适用的上限：{0}。各险种手续费率加上该险种的奖励点数不得超过上限。括号内为上限所属地区；（*）表示适用于所有地区的上限。</translation>
        </message>
    </context>
    <context>
        <name>ChangedBar</name>
        <message>
            <source>Reload</source>
            <translation>重新加载</translation>
        </message>
        <message>
            <source>{0} changed this dealer at {1}</source>
            <translation>{0} 于 {1} 修改了此车商</translation>
        </message>
        <message>
            <source>Reload the dealer file as it is now saved? Your changes not yet saved are lost.</source>
            <translation>按当前已保存的内容重新加载车商档案？您尚未保存的修改将丢失。</translation>
        </message>
    </context>
    <context>
        <name>ClassificationPage</name>
        <message>
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>By</source>
            <translation>操作人</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>依据</translation>
        </message>
        <message>
            <source>Not classified yet</source>
            <translation>尚未分类</translation>
        </message>
        <message>
            <source>Today's data says: {0}</source>
            <translation>按最新数据：{0}</translation>
        </message>
        <message>
            <source> (set by hand)</source>
            <translation>（人工调整）</translation>
        </message>
        <message>
            <source>Assessment saved</source>
            <translation>评估已保存</translation>
        </message>
        <message>
            <source>Classified: {0}</source>
            <translation>已分类：{0}</translation>
        </message>
        <message>
            <source>Classification set by hand</source>
            <translation>已人工调整分类</translation>
        </message>
    </context>
    <context>
        <name>ClausePreview</name>
        <message>
            <source>Article {0}: {1}</source>
            <translation>第{0}条　{1}</translation>
        </message>
    </context>
    <context>
        <name>ConnectDialog</name>
        <message>
            <source>Connect to office database</source>
            <translation>连接机构数据库</translation>
        </message>
        <message>
            <source>Sign in to the branch's shared database with your own login. Your administrator gives you the server address and your login.</source>
            <translation>用您本人的登录名登录分公司共用的数据库。服务器地址和登录名由管理员提供。</translation>
        </message>
        <message>
            <source>e.g. db.branch.local or 10.0.0.5</source>
            <translation>例如 db.branch.local 或 10.0.0.5</translation>
        </message>
        <message>
            <source>Optional: the CA certificate your IT department gives you</source>
            <translation>可选：信息技术部门提供的 CA 证书</translation>
        </message>
        <message>
            <source>With a CA file the connection is encrypted and the server's certificate must match its name (TLS verify-full).</source>
            <translation>提供 CA 文件后，连接将加密，且服务器证书必须与其名称相符（TLS verify-full）。</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <source>Remember the password in this computer's credential store</source>
            <translation>在本机的凭据存储中记住密码</translation>
        </message>
        <message>
            <source>Kept by the operating system (Windows Credential Manager, macOS Keychain, the Secret Service on Linux), never in DealerDesk's settings file.</source>
            <translation>由操作系统保管（Windows 凭据管理器、macOS 钥匙串、Linux 的 Secret Service），绝不写入车商渠道工作台的设置文件。</translation>
        </message>
        <message>
            <source>Server:</source>
            <translation>服务器：</translation>
        </message>
        <message>
            <source>Port:</source>
            <translation>端口：</translation>
        </message>
        <message>
            <source>Database:</source>
            <translation>数据库：</translation>
        </message>
        <message>
            <source>Login:</source>
            <translation>登录名：</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>密码：</translation>
        </message>
        <message>
            <source>CA file:</source>
            <translation>CA 文件：</translation>
        </message>
        <message>
            <source>Connect</source>
            <translation>连接</translation>
        </message>
        <message>
            <source>Use the local database</source>
            <translation>使用本机数据库</translation>
        </message>
        <message>
            <source>CA certificate</source>
            <translation>CA 证书</translation>
        </message>
        <message>
            <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
            <translation>证书 (*.crt *.pem *.cer);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Connecting to {0}…</source>
            <translation>正在连接 {0}…</translation>
        </message>
        <message>
            <source>Required.</source>
            <translation>必填。</translation>
        </message>
        <message>
            <source>No such file.</source>
            <translation>文件不存在。</translation>
        </message>
    </context>
    <context>
        <name>ConnectionBanner</name>
        <message>
            <source>The connection to the office database is lost. Reconnecting by itself… Until it is back, changes cannot be saved; what you see may be out of date.</source>
            <translation>与机构数据库的连接已中断，正在自动重连……恢复之前无法保存修改，所显示的内容可能不是最新的。</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <source>Contact about policy {0}</source>
            <translation>联系保单 {0} 的客户</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>日期(&amp;D)：</translation>
        </message>
        <message>
            <source>&amp;Channel:</source>
            <translation>方式(&amp;C)：</translation>
        </message>
        <message>
            <source>&amp;Result:</source>
            <translation>结果(&amp;R)：</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>备注(&amp;N)：</translation>
        </message>
    </context>
    <context>
        <name>ContractActions</name>
        <message>
            <source>{0} submitted for review</source>
            <translation>{0} 已提交审核</translation>
        </message>
        <message>
            <source>{0} returned to draft</source>
            <translation>{0} 已退回草稿</translation>
        </message>
        <message>
            <source>{0} is in force</source>
            <translation>{0} 已生效</translation>
        </message>
        <message>
            <source>{0} signed</source>
            <translation>{0} 已签署</translation>
        </message>
        <message>
            <source>{0} terminated</source>
            <translation>{0} 已终止</translation>
        </message>
        <message>
            <source>Amendment of {0} drafted</source>
            <translation>已起草 {0} 的修订版</translation>
        </message>
        <message>
            <source>Renewal of {0} drafted</source>
            <translation>已起草 {0} 的续签合同</translation>
        </message>
        <message>
            <source>Delete draft</source>
            <translation>删除草稿</translation>
        </message>
        <message>
            <source>Delete the draft {0}? Its number is not given out again.</source>
            <translation>删除草稿 {0}？其合同编号不会再次使用。</translation>
        </message>
        <message>
            <source>Draft {0} deleted</source>
            <translation>草稿 {0} 已删除</translation>
        </message>
        <message>
            <source>Contract drafted</source>
            <translation>合同草稿已创建</translation>
        </message>
        <message>
            <source>Pack of {0} written: {1} pages, SHA-256 {2}</source>
            <translation>{0} 的合同资料包已生成：共 {1} 页，SHA-256 {2}</translation>
        </message>
        <message>
            <source>Contract pack — {0}</source>
            <translation>合同资料包 — {0}</translation>
        </message>
        <message>
            <source>Rendering the contract pack…</source>
            <translation>正在生成合同资料包…</translation>
        </message>
        <message>
            <source>Verify a contract pack</source>
            <translation>核验合同资料包</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>ContractBranchDialog</name>
        <message>
            <source>Contract numbering and our branch</source>
            <translation>合同编号与我方机构</translation>
        </message>
        <message>
            <source>Branch code</source>
            <translation>机构代码</translation>
        </message>
        <message>
            <source>Legal name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Unified social credit code</source>
            <translation>统一社会信用代码</translation>
        </message>
        <message>
            <source>Principal</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Number pattern</source>
            <translation>编号规则</translation>
        </message>
        <message>
            <source> days before the end</source>
            <translation> 天（到期前）</translation>
        </message>
        <message>
            <source>Expiry reminder</source>
            <translation>到期提醒</translation>
        </message>
        <message>
            <source>Next numbers look like</source>
            <translation>编号示例</translation>
        </message>
        <message>
            <source>Pattern fields: {branch}, {yyyy}, {yy} and one counter such as {nnnn}. Numbers are never reused; a new pattern applies to new contracts only.</source>
            <translation>可用字段：{branch}（机构代码）、{yyyy}、{yy}（年份）及一个序号如 {nnnn}。编号永不重复使用；新规则只用于新建合同。</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>未保存</translation>
        </message>
        <message>
            <source>Logo (on the brochure)</source>
            <translation>标志（印于合作说明书）</translation>
        </message>
        <message>
            <source>No logo</source>
            <translation>未设置标志</translation>
        </message>
        <message>
            <source>&amp;Choose logo…</source>
            <translation>选择标志(&amp;C)…</translation>
        </message>
        <message>
            <source>&amp;Remove logo</source>
            <translation>移除标志(&amp;R)</translation>
        </message>
        <message>
            <source>Choose the branch's logo</source>
            <translation>选择分公司标志</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>图片 (*.png *.jpg *.jpeg)</translation>
        </message>
    </context>
    <context>
        <name>ContractDialog</name>
        <message>
            <source>Contract</source>
            <translation>合同</translation>
        </message>
        <message>
            <source>This contract is past draft and never changes. To change it, use Amend in the contract list: the amendment is a new revision.</source>
            <translation>此合同已不是草稿，内容不能再修改。如需变更，请在合同列表中点击“修订”：修订将生成新的版本。</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>合同编号</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>合同类型</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>起始日期</translation>
        </message>
        <message>
            <source>End</source>
            <translation>终止日期</translation>
        </message>
        <message>
            <source>Agency qualification no.</source>
            <translation>代理资质证号</translation>
        </message>
        <message>
            <source>Qualification valid until</source>
            <translation>资质有效期至</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Parties</source>
            <translation>合同双方</translation>
        </message>
        <message>
            <source>Party B — the dealer</source>
            <translation>乙方 — 车商</translation>
        </message>
        <message>
            <source>Legal name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Unified social credit code</source>
            <translation>统一社会信用代码</translation>
        </message>
        <message>
            <source>Legal representative</source>
            <translation>法定代表人</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Party A — our branch</source>
            <translation>甲方 — 我司机构</translation>
        </message>
        <message>
            <source>Principal</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>Terms</source>
            <translation>合同条款</translation>
        </message>
        <message>
            <source>From the approved policy (not edited here)</source>
            <translation>来自已批准的政策（此处不可修改）</translation>
        </message>
        <message>
            <source>Take terms from the newest approved policy</source>
            <translation>按最新批准的政策更新条款</translation>
        </message>
        <message>
            <source>Targets and services</source>
            <translation>业务目标与服务</translation>
        </message>
        <message>
            <source>Monthly premium (yuan)</source>
            <translation>月度保费（元）</translation>
        </message>
        <message>
            <source>e.g. 150000</source>
            <translation>如 150000</translation>
        </message>
        <message>
            <source>New-car take-up (%)</source>
            <translation>新车承保率（%）</translation>
        </message>
        <message>
            <source>e.g. 55</source>
            <translation>如 55</translation>
        </message>
        <message>
            <source>Renewal rate (%)</source>
            <translation>续保率（%）</translation>
        </message>
        <message>
            <source>e.g. 60</source>
            <translation>如 60</translation>
        </message>
        <message>
            <source>Service commitments</source>
            <translation>服务承诺</translation>
        </message>
        <message>
            <source>One service commitment per line</source>
            <translation>每行一项服务承诺</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>附送材料</translation>
        </message>
        <message>
            <source>Merged into the pack in this order (PDF, JPG or PNG):</source>
            <translation>按以下顺序并入资料包（PDF、JPG 或 PNG）：</translation>
        </message>
        <message>
            <source>Document type</source>
            <translation>材料类型</translation>
        </message>
        <message>
            <source>Add files…</source>
            <translation>添加文件…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>上移</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>下移</translation>
        </message>
        <message>
            <source>Packs generated (with their SHA-256):</source>
            <translation>已生成的资料包（含 SHA-256）：</translation>
        </message>
        <message>
            <source>{0} · revision {1} · {2} pages · {3} · SHA-256 {4}</source>
            <translation>{0} · 第 {1} 版 · {2} 页 · {3} · SHA-256 {4}</translation>
        </message>
        <message>
            <source>Contract {0} — {1}</source>
            <translation>合同 {0} — {1}</translation>
        </message>
        <message>
            <source>Saved {0} time(s) · last changed by {1} on {2} · template version {3}</source>
            <translation>已保存 {0} 次 · 最后由 {1} 于 {2} 修改 · 模板第 {3} 版</translation>
        </message>
        <message>
            <source>Amends revision {0} of this number</source>
            <translation>修订本编号的第 {0} 版</translation>
        </message>
        <message>
            <source>Renews an earlier contract</source>
            <translation>续签此前的合同</translation>
        </message>
        <message>
            <source>Signed on {0} by {1}</source>
            <translation>{1} 于 {0} 登记签署</translation>
        </message>
        <message>
            <source>Terminated on {0}: {1}</source>
            <translation>于 {0} 终止：{1}</translation>
        </message>
        <message>
            <source>{0} · {1} · {2} page(s)</source>
            <translation>{0} · {1} · {2} 页</translation>
        </message>
        <message>
            <source>Add documents</source>
            <translation>添加附送材料</translation>
        </message>
        <message>
            <source>Scans (*.pdf *.jpg *.jpeg *.png)</source>
            <translation>扫描件 (*.pdf *.jpg *.jpeg *.png)</translation>
        </message>
        <message>
            <source>Cannot save</source>
            <translation>无法保存</translation>
        </message>
        <message>
            <source>Changed by someone else</source>
            <translation>已被他人修改</translation>
        </message>
        <message>
            <source>Reload it now? Your changes here are lost.</source>
            <translation>现在重新加载吗？您在此处的修改将丢失。</translation>
        </message>
        <message>
            <source>Change history</source>
            <translation>变更记录</translation>
        </message>
        <message>
            <source>Text terms</source>
            <translation>文本条款</translation>
        </message>
        <message>
            <source>{0} term(s) still blank: {1}</source>
            <translation>尚有 {0} 项条款空白：{1}</translation>
        </message>
    </context>
    <context>
        <name>ContractForm</name>
        <message>
            <source>{0} · revision {1}</source>
            <translation>{0} · 版次 {1}</translation>
        </message>
        <message>
            <source>Policy version {0}, approved by {1}</source>
            <translation>政策第 {0} 版，由 {1} 批准</translation>
        </message>
        <message>
            <source>Commission: {0}</source>
            <translation>手续费：{0}</translation>
        </message>
        <message>
            <source>Repair referral: {0} of new-car premium, {1} of renewal premium</source>
            <translation>送修：新车保费的 {0}，续保保费的 {1}</translation>
        </message>
        <message>
            <source>Agreed: {0} {1} {2}</source>
            <translation>洽谈约定：{0} {1} {2}</translation>
        </message>
    </context>
    <context>
        <name>ContractTableModel</name>
        <message>
            <source>Number</source>
            <translation>合同编号</translation>
        </message>
        <message>
            <source>Rev.</source>
            <translation>版次</translation>
        </message>
        <message>
            <source>Dealer</source>
            <translation>车商</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>合同类型</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>起始日期</translation>
        </message>
        <message>
            <source>End</source>
            <translation>终止日期</translation>
        </message>
        <message>
            <source>Days left</source>
            <translation>剩余天数</translation>
        </message>
        <message>
            <source>Warnings (count)</source>
            <translation>提示条数</translation>
        </message>
        <message>
            <source>{0} warning(s) about this contract: open it to read them</source>
            <translation>本合同有 {0} 条提示：打开合同查看</translation>
        </message>
        <message>
            <source>Kept so far</source>
            <translation>履约情况</translation>
        </message>
        <message>
            <source>● Met</source>
            <translation>● 达成</translation>
        </message>
        <message>
            <source>● At risk</source>
            <translation>● 有风险</translation>
        </message>
        <message>
            <source>● Missed</source>
            <translation>● 未达成</translation>
        </message>
    </context>
    <context>
        <name>ContractTemplateDialog</name>
        <message>
            <source>Contract templates</source>
            <translation>合同模板</translation>
        </message>
        <message>
            <source>What changed in this version</source>
            <translation>本版修改说明</translation>
        </message>
        <message>
            <source>Add clause</source>
            <translation>添加条款</translation>
        </message>
        <message>
            <source>Remove clause</source>
            <translation>删除条款</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>上移</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>下移</translation>
        </message>
        <message>
            <source>Contract type</source>
            <translation>合同类型</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>版本</translation>
        </message>
        <message>
            <source>Title (Chinese)</source>
            <translation>标题（中文）</translation>
        </message>
        <message>
            <source>Title (English)</source>
            <translation>标题（英文）</translation>
        </message>
        <message>
            <source>Service commitments, one per line (Chinese · English):</source>
            <translation>服务承诺，每行一项（中文 · 英文）：</translation>
        </message>
        <message>
            <source>Placeholders filled from the contract: {0}</source>
            <translation>可用占位符（按合同内容填入）：{0}</translation>
        </message>
        <message>
            <source>Save as new version</source>
            <translation>另存为新版本</translation>
        </message>
        <message>
            <source>edited</source>
            <translation>已修改</translation>
        </message>
        <message>
            <source>bundled</source>
            <translation>内置</translation>
        </message>
        <message>
            <source>Version {0} ({1}, {2})</source>
            <translation>第 {0} 版（{1}，{2}）</translation>
        </message>
        <message>
            <source>New clause</source>
            <translation>新条款</translation>
        </message>
        <message>
            <source>Template not saved</source>
            <translation>模板未保存</translation>
        </message>
        <message>
            <source>Clause {0}: </source>
            <translation>第 {0} 条：</translation>
        </message>
        <message>
            <source>Preview of the clause, placeholders filled:</source>
            <translation>条款预览（占位符已填入）：</translation>
        </message>
        <message>
            <source>Terms this template names itself (placeholders in braces in its clauses):</source>
            <translation>本模板自定的条款项（在条款中以花括号引用）：</translation>
        </message>
        <message>
            <source>Term {0}: </source>
            <translation>条款项 {0}：</translation>
        </message>
    </context>
    <context>
        <name>ContractsView</name>
        <message>
            <source>Search contract number or dealer</source>
            <translation>搜索合同编号或车商</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <source>All types</source>
            <translation>全部类型</translation>
        </message>
        <message>
            <source>&amp;New contract…</source>
            <translation>新建合同(&amp;N)…</translation>
        </message>
        <message>
            <source>Templates…</source>
            <translation>合同模板…</translation>
        </message>
        <message>
            <source>Verify a PDF…</source>
            <translation>核验 PDF…</translation>
        </message>
        <message>
            <source>Numbering…</source>
            <translation>编号与提醒…</translation>
        </message>
        <message>
            <source>Expiring soon</source>
            <translation>即将到期</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>打开(&amp;O)</translation>
        </message>
        <message>
            <source>Submit for review</source>
            <translation>提交审核</translation>
        </message>
        <message>
            <source>Return to draft</source>
            <translation>退回草稿</translation>
        </message>
        <message>
            <source>Sign…</source>
            <translation>签署…</translation>
        </message>
        <message>
            <source>Put in force</source>
            <translation>生效</translation>
        </message>
        <message>
            <source>Amend</source>
            <translation>修订</translation>
        </message>
        <message>
            <source>Renew</source>
            <translation>续签</translation>
        </message>
        <message>
            <source>Terminate…</source>
            <translation>终止…</translation>
        </message>
        <message>
            <source>Delete draft…</source>
            <translation>删除草稿…</translation>
        </message>
        <message>
            <source>Contract &amp;pack…</source>
            <translation>合同资料包(&amp;P)…</translation>
        </message>
        <message>
            <source>Loading contracts…</source>
            <translation>正在加载合同…</translation>
        </message>
        <message>
            <source>{0} contracts moved on by date</source>
            <translation>{0} 份合同已按日期更新状态</translation>
        </message>
        <message>
            <source>{0} days · {1}
{2}</source>
            <translation>{0} 天 · {1}
{2}</translation>
        </message>
        <message>
            <source>Binding contracts ending within {0} days: {1}</source>
            <translation>{0} 天内到期的有效合同：{1} 份</translation>
        </message>
        <message>
            <source>No contract ends within {0} days.</source>
            <translation>{0} 天内没有合同到期。</translation>
        </message>
        <message>
            <source>{0} of {1} contracts</source>
            <translation>共 {1} 份合同，显示 {0} 份</translation>
        </message>
    </context>
    <context>
        <name>DealerCodesDialog</name>
        <message>
            <source>Codes and names of {0} in the insurer's lists</source>
            <translation>{0} 在核心系统清单中的代码与名称</translation>
        </message>
        <message>
            <source>Rows of policy, claims and sales lists giving one of these are matched to this dealer.</source>
            <translation>保单、赔案及销量清单中带有下列任一代码或名称的行，都会匹配到该车商。</translation>
        </message>
        <message>
            <source>e.g. 3301A0012 or the name in the core system</source>
            <translation>例如 3301A0012，或核心系统中的名称</translation>
        </message>
        <message>
            <source>Co&amp;de or name:</source>
            <translation>代码或名称(&amp;D)：</translation>
        </message>
        <message>
            <source>A&amp;dd</source>
            <translation>添加(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Save the change</source>
            <translation>保存修改(&amp;S)</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Code or name</source>
            <translation>代码或名称</translation>
        </message>
        <message>
            <source>&amp;Remove…</source>
            <translation>删除(&amp;R)…</translation>
        </message>
        <message>
            <source>“{0}” added.</source>
            <translation>已添加“{0}”。</translation>
        </message>
        <message>
            <source>“{0}” changed to “{1}”.</source>
            <translation>已将“{0}”改为“{1}”。</translation>
        </message>
        <message>
            <source>Remove a code</source>
            <translation>删除代码</translation>
        </message>
        <message>
            <source>Remove “{0}” from this dealer? Rows already imported keep their dealer; later imports no longer match rows by it.</source>
            <translation>从该车商删除“{0}”？已导入的行仍归属该车商；以后的导入不再据此匹配。</translation>
        </message>
        <message>
            <source>“{0}” removed.</source>
            <translation>已删除“{0}”。</translation>
        </message>
    </context>
    <context>
        <name>DealerContractsPanel</name>
        <message>
            <source>Number</source>
            <translation>合同编号</translation>
        </message>
        <message>
            <source>Rev.</source>
            <translation>版次</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>合同类型</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Term</source>
            <translation>合同期限</translation>
        </message>
        <message>
            <source>Days left</source>
            <translation>剩余天数</translation>
        </message>
        <message>
            <source>New contract…</source>
            <translation>新建合同…</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <source>Contracts</source>
            <translation>合同管理</translation>
        </message>
        <message>
            <source>{0} contracts, {1} binding</source>
            <translation>共 {0} 份合同，{1} 份有效</translation>
        </message>
    </context>
    <context>
        <name>DealerDialog</name>
        <message>
            <source>Insurer</source>
            <translation>保险公司</translation>
        </message>
        <message>
            <source>Share (%)</source>
            <translation>份额（%）</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>职务</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Hobbies or background</source>
            <translation>兴趣爱好／背景</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Our visitors</source>
            <translation>我司走访人员</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>走访发现</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>下一步</translation>
        </message>
        <message>
            <source>Next date</source>
            <translation>下一步日期</translation>
        </message>
        <message>
            <source>Our staff</source>
            <translation>我司人员</translation>
        </message>
        <message>
            <source>Key person</source>
            <translation>关键人物</translation>
        </message>
        <message>
            <source>Strength</source>
            <translation>关系强度</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>New dealer</source>
            <translation>新建车商</translation>
        </message>
        <message>
            <source> (archived)</source>
            <translation>（已归档）</translation>
        </message>
        <message>
            <source>Dealer file — {0}</source>
            <translation>车商档案 — {0}</translation>
        </message>
        <message>
            <source>Version {0} · last changed by {1} on {2}</source>
            <translation>版本 {0} · {1} 最后修改于 {2}</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>关闭(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>取消(&amp;C)</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>已保存。</translation>
        </message>
        <message>
            <source>{0} field(s) need attention.</source>
            <translation>有 {0} 处需要修改。</translation>
        </message>
        <message>
            <source>Changed by someone else</source>
            <translation>记录已被他人修改</translation>
        </message>
        <message>
            <source>Reload their version</source>
            <translation>重新加载对方版本</translation>
        </message>
        <message>
            <source>Keep my edits open</source>
            <translation>保留我的修改</translation>
        </message>
        <message>
            <source>the new dealer</source>
            <translation>新车商</translation>
        </message>
        <message>
            <source>Save the changes to the file of {0}?</source>
            <translation>保存对“{0}”档案的修改吗？</translation>
        </message>
        <message>
            <source>Their fees</source>
            <translation>其手续费</translation>
        </message>
        <message>
            <source>Their repair referrals</source>
            <translation>其送修条件</translation>
        </message>
        <message>
            <source>Other terms and services</source>
            <translation>其他条件与服务</translation>
        </message>
        <message>
            <source>What is known of each insurer's terms with the dealer: the negotiation packet sets them against ours.</source>
            <translation>已掌握的各保险公司与该车商的合作条件：谈判资料会将其与我司条件对比。</translation>
        </message>
    </context>
    <context>
        <name>DealerDialogPeople</name>
        <message>
            <source>Relationships</source>
            <translation>人脉</translation>
        </message>
        <message>
            <source>Save the dealer with at least one key person first.</source>
            <translation>请先保存车商，并至少录入一位关键人物。</translation>
        </message>
    </context>
    <context>
        <name>DealerFileDialog</name>
        <message>
            <source>Dealer file</source>
            <translation>车商档案</translation>
        </message>
        <message>
            <source>New dealer</source>
            <translation>新建车商</translation>
        </message>
        <message>
            <source>Basics</source>
            <translation>基本信息</translation>
        </message>
        <message>
            <source>Legal name *</source>
            <translation>车商名称 *</translation>
        </message>
        <message>
            <source>e.g. 杭州骏通丰田汽车销售服务有限公司</source>
            <translation>如 杭州骏通丰田汽车销售服务有限公司</translation>
        </message>
        <message>
            <source>Short name</source>
            <translation>简称</translation>
        </message>
        <message>
            <source>Unified social credit code</source>
            <translation>统一社会信用代码</translation>
        </message>
        <message>
            <source>18 characters</source>
            <translation>18 位</translation>
        </message>
        <message>
            <source>Dealer type</source>
            <translation>车商类型</translation>
        </message>
        <message>
            <source>Founded</source>
            <translation>成立日期</translation>
        </message>
        <message>
            <source>yyyy-MM-dd</source>
            <translation>yyyy-MM-dd</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>省份</translation>
        </message>
        <message>
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <source>District</source>
            <translation>区县</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Brands sold</source>
            <translation>经营品牌</translation>
        </message>
        <message>
            <source>separate with 、 or commas</source>
            <translation>以“、”或逗号分隔</translation>
        </message>
        <message>
            <source>Main models</source>
            <translation>主销车型</translation>
        </message>
        <message>
            <source>Annual new-car sales</source>
            <translation>年新车销量</translation>
        </message>
        <message>
            <source>e.g. 2400 or 1.2万</source>
            <translation>如 2400 或 1.2万</translation>
        </message>
        <message>
            <source>Main contact</source>
            <translation>主要联系人</translation>
        </message>
        <message>
            <source>Contact phone</source>
            <translation>联系电话</translation>
        </message>
        <message>
            <source>mobile or landline with area code</source>
            <translation>手机号，或带区号的固定电话</translation>
        </message>
        <message>
            <source>Survey sources (SOP step 1: verified when two or more agree)</source>
            <translation>摸底来源（SOP 第一步：两个及以上来源一致即为已核实）</translation>
        </message>
        <message>
            <source>Government department</source>
            <translation>政府部门</translation>
        </message>
        <message>
            <source>Industry association</source>
            <translation>行业协会</translation>
        </message>
        <message>
            <source>Media</source>
            <translation>媒体</translation>
        </message>
        <message>
            <source>Web</source>
            <translation>网络</translation>
        </message>
        <message>
            <source>Magazine</source>
            <translation>杂志</translation>
        </message>
        <message>
            <source>Newspaper</source>
            <translation>报刊</translation>
        </message>
        <message>
            <source>Field visit</source>
            <translation>实地走访</translation>
        </message>
        <message>
            <source>Not verified</source>
            <translation>未核实</translation>
        </message>
        <message>
            <source>Visit findings</source>
            <translation>初访信息</translation>
        </message>
        <message>
            <source>Own premium scale (¥)</source>
            <translation>自有保费规模（元）</translation>
        </message>
        <message>
            <source>e.g. 8,500,000 or 850万</source>
            <translation>如 8,500,000 或 850万</translation>
        </message>
        <message>
            <source>Business structure</source>
            <translation>业务结构</translation>
        </message>
        <message>
            <source>New-car insurance rate (%)</source>
            <translation>新车承保率（%）</translation>
        </message>
        <message>
            <source>e.g. 85%</source>
            <translation>如 85%</translation>
        </message>
        <message>
            <source>Renewal rate (%)</source>
            <translation>续保率（%）</translation>
        </message>
        <message>
            <source>e.g. 45%</source>
            <translation>如 45%</translation>
        </message>
        <message>
            <source>Repair-referral needs</source>
            <translation>送修需求</translation>
        </message>
        <message>
            <source>Brands repaired</source>
            <translation>承修品牌</translation>
        </message>
        <message>
            <source>Contracting-entity structure</source>
            <translation>合作主体结构</translation>
        </message>
        <message>
            <source>Willingness to cooperate</source>
            <translation>合作意愿</translation>
        </message>
        <message>
            <source>Agency licence number</source>
            <translation>代理资质证号</translation>
        </message>
        <message>
            <source>Agency licence expiry</source>
            <translation>代理资质有效期至</translation>
        </message>
        <message>
            <source>Current insurers and shares</source>
            <translation>现合作保险公司及份额</translation>
        </message>
        <message>
            <source>Add insurer</source>
            <translation>添加保险公司</translation>
        </message>
        <message>
            <source>Remove insurer</source>
            <translation>移除保险公司</translation>
        </message>
        <message>
            <source>Key people</source>
            <translation>关键人物</translation>
        </message>
        <message>
            <source>Add person…</source>
            <translation>添加人员…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>走访记录</translation>
        </message>
        <message>
            <source>Add visit…</source>
            <translation>添加走访…</translation>
        </message>
        <message>
            <source>Relationships</source>
            <translation>人脉</translation>
        </message>
        <message>
            <source>Who in our company knows this dealer's key people (人脉). Saved at once.</source>
            <translation>我司哪些人员与该车商的关键人物相熟（人脉）。修改即时保存。</translation>
        </message>
        <message>
            <source>Add relationship…</source>
            <translation>添加人脉…</translation>
        </message>
        <message>
            <source>Remove relationship</source>
            <translation>移除人脉</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>DealerHistory</name>
        <message>
            <source>Show this file as it was</source>
            <translation>查看当时的档案</translation>
        </message>
        <message>
            <source>The dealer file as it stood at the end of the chosen day, read-only</source>
            <translation>所选日期结束时的车商档案（只读）</translation>
        </message>
        <message>
            <source>On:</source>
            <translation>日期：</translation>
        </message>
        <message>
            <source>Change history</source>
            <translation>变更记录</translation>
        </message>
        <message>
            <source>This dealer was not in the database yet on {0}.</source>
            <translation>{0} 时数据库中还没有此车商。</translation>
        </message>
        <message>
            <source>{0} — as it was on {1}</source>
            <translation>{0} — {1} 时的档案</translation>
        </message>
    </context>
    <context>
        <name>DealerScorecardPanel</name>
        <message>
            <source>&amp;Month:</source>
            <translation>月份(&amp;M)：</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>本月</translation>
        </message>
        <message>
            <source>Year to date</source>
            <translation>本年累计</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>目标</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Double-click a figure to see the policies or claims behind it.</source>
            <translation>双击数字可查看其对应的保单或赔案明细。</translation>
        </message>
        <message>
            <source>New cars &amp;sold this month:</source>
            <translation>本月新车销量(&amp;S)：</translation>
        </message>
        <message>
            <source>Save sales</source>
            <translation>保存销量</translation>
        </message>
        <message>
            <source>Sales by mon&amp;th…</source>
            <translation>逐月销量(&amp;T)…</translation>
        </message>
        <message>
            <source>Co&amp;des in the lists…</source>
            <translation>清单代码(&amp;D)…</translation>
        </message>
        <message>
            <source>&amp;Review for the dealer…</source>
            <translation>车商版回顾(&amp;R)…</translation>
        </message>
        <message>
            <source>The monthly review to hand the dealer: its figures and our referrals, nothing internal</source>
            <translation>交给车商的月度回顾：其经营数据与我司送修，不含内部信息</translation>
        </message>
        <message>
            <source>&amp;Internal review…</source>
            <translation>内部版回顾(&amp;I)…</translation>
        </message>
        <message>
            <source>The monthly review for our own team: plus fees, each term, the referral balance, owners' notes</source>
            <translation>供我方团队使用的月度回顾：另含手续费、各条款达成、送修差额与跟进人备注</translation>
        </message>
        <message>
            <source>Premium, last twelve months</source>
            <translation>近十二个月保费</translation>
        </message>
        <message>
            <source>Scorecard</source>
            <translation>记分卡</translation>
        </message>
        <message>
            <source>Judged against contract {0}</source>
            <translation>对照合同 {0} 考核</translation>
        </message>
        <message>
            <source>No contract binding this month: figures only</source>
            <translation>本月无生效合同，仅列数据</translation>
        </message>
        <message>
            <source>● On track</source>
            <translation>● 达成</translation>
        </message>
        <message>
            <source>● At risk</source>
            <translation>● 有风险</translation>
        </message>
        <message>
            <source>● Missed</source>
            <translation>● 未达成</translation>
        </message>
        <message>
            <source>Unknown: the dealer file has no premium scale (自有保费规模, the dealer's insurance premium a year with every insurer). Enter it on the Visit findings tab.</source>
            <translation>无法计算：车商档案中没有自有保费规模（该车商在所有保险公司的年保费）。请在“初访信息”页填写。</translation>
        </message>
        <message>
            <source>Our premium ÷ the dealer's insurance premium in the period: its premium scale {0} a year, {1} a month (from the dealer file).</source>
            <translation>我司保费 ÷ 该车商同期全部保费：其自有保费规模每年 {0}，每月 {1}（取自车商档案）。</translation>
        </message>
    </context>
    <context>
        <name>DealerTableModel</name>
        <message>
            <source>Legal name</source>
            <translation>车商名称</translation>
        </message>
        <message>
            <source>Short name</source>
            <translation>简称</translation>
        </message>
        <message>
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <source>District</source>
            <translation>区县</translation>
        </message>
        <message>
            <source>Brands</source>
            <translation>品牌</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Annual sales</source>
            <translation>年销量</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>已核实</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>更新日期</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>No</source>
            <translation>否</translation>
        </message>
    </context>
    <context>
        <name>DealersView</name>
        <message>
            <source>Search name, address, contact, phone or pinyin (e.g. hzft)</source>
            <translation>搜索名称、地址、联系人、电话或拼音（如 hzft）</translation>
        </message>
        <message>
            <source>All cities</source>
            <translation>全部城市</translation>
        </message>
        <message>
            <source>All brands</source>
            <translation>全部品牌</translation>
        </message>
        <message>
            <source>All types</source>
            <translation>全部类型</translation>
        </message>
        <message>
            <source>Verified or not</source>
            <translation>核实状态不限</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>已核实</translation>
        </message>
        <message>
            <source>Not verified</source>
            <translation>未核实</translation>
        </message>
        <message>
            <source>Only the dealers the last import created or updated are shown. Click to show every dealer again.</source>
            <translation>只显示本次导入新建或更新的车商。点击可重新显示全部车商。</translation>
        </message>
        <message>
            <source>Show archived</source>
            <translation>显示已归档</translation>
        </message>
        <message>
            <source>&amp;New dealer</source>
            <translation>新建车商(&amp;N)</translation>
        </message>
        <message>
            <source>Create a dealer file (Ctrl+N)</source>
            <translation>新建车商档案（Ctrl+N）</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>打开(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Import roster…</source>
            <translation>导入名录(&amp;I)…</translation>
        </message>
        <message>
            <source>Bring dealers in from an Excel, WPS or CSV roster</source>
            <translation>从 Excel、WPS 或 CSV 车商名录导入</translation>
        </message>
        <message>
            <source>Import history…</source>
            <translation>导入记录…</translation>
        </message>
        <message>
            <source>Past roster imports; undo one of them</source>
            <translation>查看以往的名录导入，可撤销其中任意一次</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>导出(&amp;X)…</translation>
        </message>
        <message>
            <source>Write the dealers shown or selected to an Excel roster</source>
            <translation>将当前显示或选中的车商导出为 Excel 名录</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <source>Loading dealers…</source>
            <translation>正在载入车商…</translation>
        </message>
        <message>
            <source>This import: {0} dealers ✕</source>
            <translation>本次导入：{0} 家 ✕</translation>
        </message>
        <message>
            <source>{0} of {1} dealers</source>
            <translation>显示 {0} 家，共 {1} 家车商</translation>
        </message>
        <message>
            <source>Searching… {0} found so far</source>
            <translation>正在搜索…已找到 {0} 家</translation>
        </message>
        <message>
            <source>Dealer file card…</source>
            <translation>车商档案卡…</translation>
        </message>
        <message>
            <source>Cooperation brochure…</source>
            <translation>战略合作说明书…</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>归档</translation>
        </message>
        <message>
            <source>Restore from archive</source>
            <translation>从归档恢复</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>删除…</translation>
        </message>
        <message>
            <source>{0} dealers archived</source>
            <translation>已归档 {0} 家车商</translation>
        </message>
        <message>
            <source>{0} dealers restored</source>
            <translation>已恢复 {0} 家车商</translation>
        </message>
        <message>
            <source>Delete dealers</source>
            <translation>删除车商</translation>
        </message>
        <message>
            <source>Delete {0} dealer file(s)? This cannot be undone. Dealers with visits or key people cannot be deleted; archive them instead.</source>
            <translation>确定删除 {0} 份车商档案？删除后无法恢复。已有走访记录或关键人物的车商不能删除，请改为归档。</translation>
        </message>
        <message>
            <source>{0} dealers deleted</source>
            <translation>已删除 {0} 家车商</translation>
        </message>
    </context>
    <context>
        <name>DemoOffer</name>
        <message>
            <source>Welcome to DealerDesk</source>
            <translation>欢迎使用车商渠道工作台</translation>
        </message>
        <message>
            <source>This database is empty. Load a demo territory of {0} dealers, with key people, visits and our staff, to explore the application?</source>
            <translation>当前数据库为空。是否载入一个包含 {0} 家车商（含关键人物、走访记录和我司人员）的演示辖区，以便熟悉本软件？</translation>
        </message>
        <message>
            <source>Load demo territory</source>
            <translation>载入演示辖区</translation>
        </message>
        <message>
            <source>Start empty</source>
            <translation>从空白开始</translation>
        </message>
        <message>
            <source>Demo territory</source>
            <translation>演示辖区</translation>
        </message>
        <message>
            <source>Number of dealers:</source>
            <translation>车商数量：</translation>
        </message>
        <message>
            <source>Demo territory loaded: {0} dealers</source>
            <translation>演示辖区已载入：{0} 家车商</translation>
        </message>
        <message>
            <source>The demo territory can only be loaded into an empty database.</source>
            <translation>演示辖区只能载入空数据库。</translation>
        </message>
        <message>
            <source>Creating the demo territory…</source>
            <translation>正在生成演示辖区…</translation>
        </message>
    </context>
    <context>
        <name>Documents</name>
        <message>
            <source>Dealer file card — {0}</source>
            <translation>车商档案卡 — {0}</translation>
        </message>
        <message>
            <source>Cooperation brochure — {0}</source>
            <translation>战略合作说明书 — {0}</translation>
        </message>
        <message>
            <source>The whole territory</source>
            <translation>整个辖区</translation>
        </message>
        <message>
            <source>Target list</source>
            <translation>公关对象清单</translation>
        </message>
        <message>
            <source>Print the ranked targets of:</source>
            <translation>打印以下范围的公关对象排序：</translation>
        </message>
        <message>
            <source>Target list — {0}</source>
            <translation>公关对象清单 — {0}</translation>
        </message>
        <message>
            <source>Rendering every member's copy…</source>
            <translation>正在为每位成员生成谈判资料…</translation>
        </message>
    </context>
    <context>
        <name>Dossier</name>
        <message>
            <source>Standard</source>
            <translation>标准</translation>
        </message>
        <message>
            <source>Please check</source>
            <translation>请检查</translation>
        </message>
        <message>
            <source>Changed by someone else</source>
            <translation>已被他人修改</translation>
        </message>
    </context>
    <context>
        <name>DossierClassificationPage</name>
        <message>
            <source>Target classification</source>
            <translation>目标分类</translation>
        </message>
        <message>
            <source>Quality assessment</source>
            <translation>品质评估</translation>
        </message>
        <message>
            <source>Loss ratio (%)</source>
            <translation>赔付率（%）</translation>
        </message>
        <message>
            <source>e.g. 62%</source>
            <translation>如 62%</translation>
        </message>
        <message>
            <source>Manager's rating (1–5)</source>
            <translation>经理评级（1–5）</translation>
        </message>
        <message>
            <source>Not rated</source>
            <translation>未评级</translation>
        </message>
        <message>
            <source>Underwriting terms could be changed</source>
            <translation>核保条件可调整</translation>
        </message>
        <message>
            <source>Its business could be selected</source>
            <translation>业务可选择</translation>
        </message>
        <message>
            <source>Repair need (¥ a year)</source>
            <translation>送修需求（元/年）</translation>
        </message>
        <message>
            <source>e.g. 300万</source>
            <translation>如 300万</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Save assessment</source>
            <translation>保存评估</translation>
        </message>
        <message>
            <source>Classification</source>
            <translation>分类结果</translation>
        </message>
        <message>
            <source>Not classified yet</source>
            <translation>尚未分类</translation>
        </message>
        <message>
            <source>Classify now</source>
            <translation>立即分类</translation>
        </message>
        <message>
            <source>Apply the branch's rules to today's data and record the result</source>
            <translation>按分公司规则对最新数据分类并记录结果</translation>
        </message>
        <message>
            <source>Manual override</source>
            <translation>人工调整</translation>
        </message>
        <message>
            <source>Reason (required)</source>
            <translation>原因（必填）</translation>
        </message>
        <message>
            <source>Override</source>
            <translation>调整</translation>
        </message>
        <message>
            <source>History</source>
            <translation>历史记录</translation>
        </message>
    </context>
    <context>
        <name>DossierLeave</name>
        <message>
            <source>Save this page ({0})</source>
            <translation>保存本页（{0}）</translation>
        </message>
        <message>
            <source>Save the changes to the preparation for {0}?</source>
            <translation>是否保存对“{0}”洽谈准备的修改？</translation>
        </message>
        <message>
            <source>Not saved yet: {0}</source>
            <translation>尚未保存：{0}</translation>
        </message>
        <message>
            <source>The changes could not be saved, so you stay here.</source>
            <translation>修改未能保存，仍停留在当前页面。</translation>
        </message>
        <message>
            <source>Nothing to save on this page</source>
            <translation>本页没有需要保存的修改</translation>
        </message>
    </context>
    <context>
        <name>DossierMeetingPage</name>
        <message>
            <source>The meeting</source>
            <translation>会谈</translation>
        </message>
        <message>
            <source>No meeting yet</source>
            <translation>尚无会谈</translation>
        </message>
        <message>
            <source>New meeting</source>
            <translation>新建会谈</translation>
        </message>
        <message>
            <source>Export to calendar…</source>
            <translation>导出到日历…</translation>
        </message>
        <message>
            <source>One copy of the negotiation packet for every member of our team</source>
            <translation>为我方每位成员各打印一份内部谈判资料</translation>
        </message>
        <message>
            <source>Print packets…</source>
            <translation>打印谈判资料…</translation>
        </message>
        <message>
            <source>Save meeting</source>
            <translation>保存会谈</translation>
        </message>
        <message>
            <source>When and where</source>
            <translation>时间地点</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Start time</source>
            <translation>开始时间</translation>
        </message>
        <message>
            <source>Duration (minutes)</source>
            <translation>时长（分钟）</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>地点</translation>
        </message>
        <message>
            <source>Content</source>
            <translation>内容</translation>
        </message>
        <message>
            <source>What the meeting is to settle</source>
            <translation>本次会谈要解决的问题</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Their side: invite and confirm</source>
            <translation>对方人员：邀请并确认</translation>
        </message>
        <message>
            <source>Our team</source>
            <translation>我方人员</translation>
        </message>
        <message>
            <source>Add member</source>
            <translation>添加成员</translation>
        </message>
        <message>
            <source>Remove member</source>
            <translation>移除成员</translation>
        </message>
        <message>
            <source>Materials and agenda</source>
            <translation>资料与议程</translation>
        </message>
        <message>
            <source>Materials checklist (tick when ready)</source>
            <translation>资料清单（准备好后勾选）</translation>
        </message>
        <message>
            <source>An item of our own</source>
            <translation>自定义物品</translation>
        </message>
        <message>
            <source>Add item</source>
            <translation>添加物品</translation>
        </message>
        <message>
            <source>Remove item</source>
            <translation>移除物品</translation>
        </message>
        <message>
            <source>Agenda (with each step's standard)</source>
            <translation>议程（含各步骤标准）</translation>
        </message>
        <message>
            <source>Add step</source>
            <translation>添加步骤</translation>
        </message>
        <message>
            <source>Remove step</source>
            <translation>移除步骤</translation>
        </message>
        <message>
            <source>Use the kind's template</source>
            <translation>使用该类型的模板</translation>
        </message>
    </context>
    <context>
        <name>DossierOutcomePage</name>
        <message>
            <source>The negotiation</source>
            <translation>洽谈商议</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>概述</translation>
        </message>
        <message>
            <source>Notes per agenda step</source>
            <translation>各议程步骤记录</translation>
        </message>
        <message>
            <source>Agreed terms against the bottom lines</source>
            <translation>约定条款与底线对照</translation>
        </message>
        <message>
            <source>Add term</source>
            <translation>添加条款</translation>
        </message>
        <message>
            <source>Remove term</source>
            <translation>移除条款</translation>
        </message>
        <message>
            <source>Next actions</source>
            <translation>后续行动</translation>
        </message>
        <message>
            <source>Add action</source>
            <translation>添加行动</translation>
        </message>
        <message>
            <source>Remove action</source>
            <translation>移除行动</translation>
        </message>
        <message>
            <source>Save outcome</source>
            <translation>保存结果</translation>
        </message>
    </context>
    <context>
        <name>DossierPolicyPage</name>
        <message>
            <source>Draft policies</source>
            <translation>拟定政策</translation>
        </message>
        <message>
            <source>New draft</source>
            <translation>新建草稿</translation>
        </message>
        <message>
            <source>Save draft</source>
            <translation>保存草稿</translation>
        </message>
        <message>
            <source>Submit for approval</source>
            <translation>提交审批</translation>
        </message>
        <message>
            <source>Return to draft</source>
            <translation>退回草稿</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>批准</translation>
        </message>
        <message>
            <source>Delete draft</source>
            <translation>删除草稿</translation>
        </message>
        <message>
            <source>Fee policy</source>
            <translation>费用政策</translation>
        </message>
        <message>
            <source>Compulsory (交强险) rate (%)</source>
            <translation>交强险手续费率（%）</translation>
        </message>
        <message>
            <source>e.g. 4</source>
            <translation>如 4</translation>
        </message>
        <message>
            <source>Commercial rate (%)</source>
            <translation>商业险手续费率（%）</translation>
        </message>
        <message>
            <source>e.g. 15</source>
            <translation>如 15</translation>
        </message>
        <message>
            <source>Other lines rate (%)</source>
            <translation>其他险种费率（%）</translation>
        </message>
        <message>
            <source>Region for caps</source>
            <translation>上限适用地区</translation>
        </message>
        <message>
            <source>blank: the dealer's city, then province</source>
            <translation>留空：依次按车商所在城市、省份</translation>
        </message>
        <message>
            <source>Bonuses (a rate on a line counts toward its cap; or a fixed amount a year)</source>
            <translation>奖励（按险种费率计的计入该险种上限；或每年固定金额）</translation>
        </message>
        <message>
            <source>Add bonus</source>
            <translation>添加奖励</translation>
        </message>
        <message>
            <source>Remove bonus</source>
            <translation>移除奖励</translation>
        </message>
        <message>
            <source>Underwriting policy</source>
            <translation>核保政策</translation>
        </message>
        <message>
            <source>Accepted vehicle types</source>
            <translation>承保车辆类型</translation>
        </message>
        <message>
            <source>Private cars</source>
            <translation>家庭自用车</translation>
        </message>
        <message>
            <source>Commercial passenger vehicles</source>
            <translation>营业客车</translation>
        </message>
        <message>
            <source>Trucks</source>
            <translation>货车</translation>
        </message>
        <message>
            <source>New-energy vehicles</source>
            <translation>新能源汽车</translation>
        </message>
        <message>
            <source>Special vehicles</source>
            <translation>特种车</translation>
        </message>
        <message>
            <source>Maximum vehicle age (years)</source>
            <translation>最高车龄（年）</translation>
        </message>
        <message>
            <source>Conditions</source>
            <translation>承保条件</translation>
        </message>
        <message>
            <source>Exclusions (one per line)</source>
            <translation>除外事项（每行一项）</translation>
        </message>
        <message>
            <source>Other exclusions</source>
            <translation>其他除外事项</translation>
        </message>
        <message>
            <source>Repair-referral policy</source>
            <translation>送修政策</translation>
        </message>
        <message>
            <source>New-car referral ratio</source>
            <translation>新车送修比例</translation>
        </message>
        <message>
            <source>referral value ÷ premium, e.g. 0.6</source>
            <translation>送修产值 ÷ 保费，如 0.6</translation>
        </message>
        <message>
            <source>Renewal referral ratio</source>
            <translation>续保送修比例</translation>
        </message>
        <message>
            <source>e.g. 1:1</source>
            <translation>如 1:1</translation>
        </message>
        <message>
            <source>Minimum monthly premium (¥)</source>
            <translation>最低月度保费（元）</translation>
        </message>
        <message>
            <source>e.g. 15万</source>
            <translation>如 15万</translation>
        </message>
        <message>
            <source>Minimum share of sales (%)</source>
            <translation>最低销量占比（%）</translation>
        </message>
        <message>
            <source>e.g. 50%</source>
            <translation>如 50%</translation>
        </message>
        <message>
            <source>Brands</source>
            <translation>品牌</translation>
        </message>
        <message>
            <source>e.g. 丰田、雷克萨斯</source>
            <translation>如 丰田、雷克萨斯</translation>
        </message>
        <message>
            <source>Economics</source>
            <translation>效益测算</translation>
        </message>
        <message>
            <source>Expected take-up (%)</source>
            <translation>预计承保率（%）</translation>
        </message>
        <message>
            <source>share of its new cars we insure</source>
            <translation>我司承保其新车的比例</translation>
        </message>
        <message>
            <source>Average premium per car (¥)</source>
            <translation>单车平均保费（元）</translation>
        </message>
        <message>
            <source>Renewal premium a year (¥)</source>
            <translation>年续保保费（元）</translation>
        </message>
        <message>
            <source>Compulsory share of premium (%)</source>
            <translation>交强险保费占比（%）</translation>
        </message>
        <message>
            <source>default 15</source>
            <translation>默认 15</translation>
        </message>
        <message>
            <source>Commercial share of premium (%)</source>
            <translation>商业险保费占比（%）</translation>
        </message>
        <message>
            <source>default 80</source>
            <translation>默认 80</translation>
        </message>
        <message>
            <source>Calculate</source>
            <translation>测算</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>DossierStrategyPage</name>
        <message>
            <source>Research strategy</source>
            <translation>研究策略</translation>
        </message>
        <message>
            <source>Decision-makers</source>
            <translation>决定性人员</translation>
        </message>
        <message>
            <source>Edit key people…</source>
            <translation>编辑关键人物…</translation>
        </message>
        <message>
            <source>Decision-maker analysis</source>
            <translation>决策者分析</translation>
        </message>
        <message>
            <source>How they think, what they value</source>
            <translation>其思路与关注点</translation>
        </message>
        <message>
            <source>Cooperation model</source>
            <translation>合作模式</translation>
        </message>
        <message>
            <source>Model content</source>
            <translation>模式内容</translation>
        </message>
        <message>
            <source>For a win-win model: what is traded, prepared early</source>
            <translation>共赢模式：提前准备互换内容</translation>
        </message>
        <message>
            <source>Common interests</source>
            <translation>共同利益</translation>
        </message>
        <message>
            <source>Bottom lines (the worst acceptable value of each negotiable item)</source>
            <translation>底线（各可谈条款可接受的最差值）</translation>
        </message>
        <message>
            <source>Add bottom line</source>
            <translation>添加底线</translation>
        </message>
        <message>
            <source>Remove bottom line</source>
            <translation>移除底线</translation>
        </message>
        <message>
            <source>Scripts of this dossier</source>
            <translation>本档案话术</translation>
        </message>
        <message>
            <source>Add script</source>
            <translation>添加话术</translation>
        </message>
        <message>
            <source>Remove script</source>
            <translation>移除话术</translation>
        </message>
        <message>
            <source>Improve the library from this</source>
            <translation>以此完善话术库</translation>
        </message>
        <message>
            <source>Script library (话术库)</source>
            <translation>话术库</translation>
        </message>
        <message>
            <source>Search situations, scripts, tags or pinyin</source>
            <translation>搜索情境、话术、标签或拼音</translation>
        </message>
        <message>
            <source>Copy into this dossier</source>
            <translation>复制到本档案</translation>
        </message>
        <message>
            <source>Save strategy</source>
            <translation>保存策略</translation>
        </message>
    </context>
    <context>
        <name>DossierView</name>
        <message>
            <source>Find a dealer: name, phone or pinyin</source>
            <translation>查找车商：名称、电话或拼音</translation>
        </message>
        <message>
            <source>What is missing (activate an item to go there)</source>
            <translation>缺少的内容（双击前往）</translation>
        </message>
        <message>
            <source>Choose a dealer on the left</source>
            <translation>请在左侧选择车商</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Meeting:</source>
            <translation>会谈：</translation>
        </message>
        <message>
            <source>Ready for the meeting</source>
            <translation>会谈准备就绪</translation>
        </message>
        <message>
            <source>{0} of 8 steps done</source>
            <translation>已完成 {0}/8 步</translation>
        </message>
        <message>
            <source>printed packet out of date</source>
            <translation>打印资料包已过期</translation>
        </message>
        <message>
            <source>date not set</source>
            <translation>未定日期</translation>
        </message>
        <message>
            <source>no meeting yet</source>
            <translation>尚无会谈</translation>
        </message>
        <message>
            <source>The negotiation</source>
            <translation>洽谈商议</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>The database cannot be used: {0}</source>
            <translation>数据库无法使用：{0}</translation>
        </message>
        <message>
            <source>Something went wrong. The details were written to the log in {0}</source>
            <translation>操作出错。详细信息已写入日志（{0}）</translation>
        </message>
        <message>
            <source>DealerDesk</source>
            <translation>车商渠道工作台</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export dealer roster</source>
            <translation>导出车商名录</translation>
        </message>
        <message>
            <source>All dealers</source>
            <translation>全部车商</translation>
        </message>
        <message>
            <source>The dealers the list shows ({0})</source>
            <translation>列表当前显示的车商（{0} 家）</translation>
        </message>
        <message>
            <source>The selected dealers ({0})</source>
            <translation>选中的车商（{0} 家）</translation>
        </message>
        <message>
            <source>dealer-roster</source>
            <translation>车商名录</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>浏览(&amp;B)…</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>导出(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>打开(&amp;O)</translation>
        </message>
        <message>
            <source>Open &amp;folder</source>
            <translation>打开所在文件夹(&amp;F)</translation>
        </message>
        <message>
            <source>Save as:</source>
            <translation>保存为：</translation>
        </message>
        <message>
            <source>Export roster</source>
            <translation>导出名录</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>The file name must end in .xlsx</source>
            <translation>文件名须以 .xlsx 结尾</translation>
        </message>
        <message>
            <source>Writing {0}…</source>
            <translation>正在写入 {0}…</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>关闭(&amp;C)</translation>
        </message>
        <message>
            <source>Export cancelled; no file was written.</source>
            <translation>导出已取消，未生成文件。</translation>
        </message>
        <message>
            <source>Exporting dealers…</source>
            <translation>正在导出车商…</translation>
        </message>
        <message>
            <source>Include key people's phones and sensitive fields (birth year, background, highlights, hobbies)</source>
            <translation>包含关键人物的电话和敏感信息（出生年份、专业背景、职业亮点、兴趣爱好）</translation>
        </message>
        <message>
            <source>Some texts were cut</source>
            <translation>部分文字已截断</translation>
        </message>
    </context>
    <context>
        <name>FieldsTable</name>
        <message>
            <source>Placeholder</source>
            <translation>占位符</translation>
        </message>
        <message>
            <source>Name (Chinese)</source>
            <translation>中文名称</translation>
        </message>
        <message>
            <source>Name (English)</source>
            <translation>英文名称</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Starts as</source>
            <translation>新合同默认值</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>文字</translation>
        </message>
        <message>
            <source>Amount (yuan)</source>
            <translation>金额（元）</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>Open the dealer file…</source>
            <translation>打开车商档案…</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>缺少</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>no key people yet</source>
            <translation>尚无关键人物</translation>
        </message>
        <message>
            <source>none recorded</source>
            <translation>暂无记录</translation>
        </message>
        <message>
            <source>Survey (step 1)</source>
            <translation>全面摸底（第 1 步）</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Initial visit (step 2)</source>
            <translation>初步走访（第 2 步）</translation>
        </message>
        <message>
            <source>{0} visit(s) recorded</source>
            <translation>已记录 {0} 次走访</translation>
        </message>
        <message>
            <source>Key people</source>
            <translation>关键人物</translation>
        </message>
        <message>
            <source>Our relationships (人脉)</source>
            <translation>我方人脉</translation>
        </message>
        <message>
            <source>Choose the roster file</source>
            <translation>选择名录文件</translation>
        </message>
        <message>
            <source>Excel (.xlsx, .xlsm, .xlsb, .xls), OpenDocument (.ods) or CSV in UTF-8 or GBK. Title rows above the header are fine.</source>
            <translation>支持 Excel（.xlsx、.xlsm、.xlsb、.xls）、OpenDocument（.ods）以及 UTF-8 或 GBK 编码的 CSV。表头上方可以有标题行。</translation>
        </message>
        <message>
            <source>Roster file</source>
            <translation>名录文件</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>浏览(&amp;B)…</translation>
        </message>
        <message>
            <source>Save an empty &amp;template…</source>
            <translation>保存空白模板(&amp;T)…</translation>
        </message>
        <message>
            <source>Recently imported (double-click to open again):</source>
            <translation>最近导入（双击可再次打开）：</translation>
        </message>
        <message>
            <source>Or drag a roster file here from the desktop or a folder</source>
            <translation>或将名录文件从桌面或文件夹拖到此处</translation>
        </message>
        <message>
            <source>Open roster</source>
            <translation>打开名录</translation>
        </message>
        <message>
            <source>Rosters (*.xlsx *.xlsm *.xlsb *.xls *.ods *.csv *.txt)</source>
            <translation>名录文件 (*.xlsx *.xlsm *.xlsb *.xls *.ods *.csv *.txt)</translation>
        </message>
        <message>
            <source>Save roster template</source>
            <translation>保存名录模板</translation>
        </message>
        <message>
            <source>roster-template.xlsx</source>
            <translation>车商名录模板.xlsx</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>Template written to {0}</source>
            <translation>模板已保存到 {0}</translation>
        </message>
        <message>
            <source>Reading {0}…</source>
            <translation>正在读取 {0}…</translation>
        </message>
        <message>
            <source>Reading the roster…</source>
            <translation>正在读取名录…</translation>
        </message>
    </context>
    <context>
        <name>HistoryPanel</name>
        <message>
            <source>No changes recorded yet.</source>
            <translation>尚无变更记录。</translation>
        </message>
    </context>
    <context>
        <name>IdentityLabel</name>
        <message>
            <source>no role</source>
            <translation>无角色</translation>
        </message>
        <message>
            <source>Office database {0}</source>
            <translation>机构数据库 {0}</translation>
        </message>
        <message>
            <source>Team {0}</source>
            <translation>团队 {0}</translation>
        </message>
        <message>
            <source>Signed in as {0} (login {1}) to the office database {2}</source>
            <translation>已以 {0}（登录名 {1}）登录机构数据库 {2}</translation>
        </message>
        <message>
            <source>Local database</source>
            <translation>本机数据库</translation>
        </message>
        <message>
            <source>The embedded single-user database on this computer; you hold every role.</source>
            <translation>本机内置的单用户数据库；您拥有全部角色。</translation>
        </message>
    </context>
    <context>
        <name>ImportHistoryDialog</name>
        <message>
            <source>Import history</source>
            <translation>导入记录</translation>
        </message>
        <message>
            <source>All roster imports, newest first. Undoing one deletes the dealers it created and restores the ones it updated.</source>
            <translation>历次名录导入，最新的在前。撤销某次导入会删除该次新建的车商，并把该次更新过的车商恢复原样。</translation>
        </message>
        <message>
            <source>No roster has been imported yet.

Rosters brought in with File ▸ Import dealer roster… are listed here, and each one can be undone.</source>
            <translation>还没有导入过车商名录。

通过“文件 ▸ 导入车商名录…”导入的名录都会列在这里，每一次都可以撤销。</translation>
        </message>
        <message>
            <source>&amp;Undo this import</source>
            <translation>撤销这次导入(&amp;U)</translation>
        </message>
        <message>
            <source>Delete the dealers the selected import created and restore the ones it updated</source>
            <translation>删除所选导入新建的车商，并恢复它更新过的车商</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>{0} (sheet {1}), imported {2} by {3}.</source>
            <translation>{0}（工作表 {1}），由 {3} 于 {2} 导入。</translation>
        </message>
        <message>
            <source>Undoing the import…</source>
            <translation>正在撤销导入…</translation>
        </message>
    </context>
    <context>
        <name>ImportHistoryModel</name>
        <message>
            <source>Imported</source>
            <translation>导入时间</translation>
        </message>
        <message>
            <source>By</source>
            <translation>导入人</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>工作表</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>方式</translation>
        </message>
        <message>
            <source>New</source>
            <translation>新增</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>更新</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>未变</translation>
        </message>
        <message>
            <source>Duplicates</source>
            <translation>重复</translation>
        </message>
        <message>
            <source>Invalid</source>
            <translation>无效</translation>
        </message>
        <message>
            <source>Undone</source>
            <translation>撤销时间 · 撤销人</translation>
        </message>
        <message>
            <source>Create and update</source>
            <translation>新增并更新</translation>
        </message>
        <message>
            <source>Only create</source>
            <translation>仅新增</translation>
        </message>
        <message>
            <source>Only update</source>
            <translation>仅更新</translation>
        </message>
        <message>
            <source>Undone on {0} by {1}</source>
            <translation>已于 {0} 由 {1} 撤销</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Import dealer roster</source>
            <translation>导入车商名录</translation>
        </message>
        <message>
            <source>-rejected</source>
            <translation>-未导入</translation>
        </message>
        <message>
            <source>Save rejected rows</source>
            <translation>保存未导入的行</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>{0} rejected rows written to {1}</source>
            <translation>已将 {0} 行未导入数据写入 {1}</translation>
        </message>
    </context>
    <context>
        <name>Keyboard</name>
        <message>
            <source>Find a dealer</source>
            <translation>查找车商</translation>
        </message>
    </context>
    <context>
        <name>ListHistory</name>
        <message>
            <source>{0} policy(ies)</source>
            <translation>{0} 份保单</translation>
        </message>
        <message>
            <source>{0} claim(s)</source>
            <translation>{0} 件赔案</translation>
        </message>
    </context>
    <context>
        <name>ListHistoryDialog</name>
        <message>
            <source>Policy and claims list imports</source>
            <translation>保单与赔案清单导入记录</translation>
        </message>
        <message>
            <source>Every policy and claims list imported, newest first. Undoing one deletes the policies or claims it created and restores the ones it updated.</source>
            <translation>所有导入过的保单与赔案清单，最新的在前。撤销一次导入会删除它新建的保单或赔案，并恢复它更新过的记录。</translation>
        </message>
        <message>
            <source>No policy or claims list has been imported yet.

Lists brought in with Import policy list… or Import claims list… are listed here, and each one can be undone.</source>
            <translation>还没有导入过保单或赔案清单。

通过“导入保单清单…”或“导入赔案清单…”导入的清单会列在这里，每次导入都可以撤销。</translation>
        </message>
        <message>
            <source>Delete the records the selected import created and restore the ones it updated</source>
            <translation>删除所选导入新建的记录，并恢复它更新过的记录</translation>
        </message>
        <message>
            <source>The {0} it created will be deleted.</source>
            <translation>它新建的 {0}将被删除。</translation>
        </message>
        <message>
            <source>The {0} it updated will be restored to what they were before the import.</source>
            <translation>它更新过的 {0}将恢复为导入前的内容。</translation>
        </message>
        <message>
            <source>Records changed since the import (by a later import, say) are kept as they are.</source>
            <translation>导入后又被修改过的记录（例如被后来的导入修改）保持不变。</translation>
        </message>
        <message>
            <source>Undo import</source>
            <translation>撤销导入</translation>
        </message>
        <message>
            <source>Undo this import?</source>
            <translation>撤销这次导入？</translation>
        </message>
        <message>
            <source>Undone: {0} deleted, {1} restored, {2} kept.</source>
            <translation>已撤销：删除 {0} 条，恢复 {1} 条，保留 {2} 条。</translation>
        </message>
    </context>
    <context>
        <name>ListHistoryModel</name>
        <message>
            <source>List</source>
            <translation>清单</translation>
        </message>
        <message>
            <source>Policy list</source>
            <translation>保单清单</translation>
        </message>
        <message>
            <source>Claims list</source>
            <translation>赔案清单</translation>
        </message>
    </context>
    <context>
        <name>ListImportDialog</name>
        <message>
            <source>Import a policy list</source>
            <translation>导入保单清单</translation>
        </message>
        <message>
            <source>Import a claims list</source>
            <translation>导入赔案清单</translation>
        </message>
        <message>
            <source>Reading {0} …</source>
            <translation>正在读取 {0} …</translation>
        </message>
        <message>
            <source>Save the rejected rows…</source>
            <translation>保存未导入的行…</translation>
        </message>
        <message>
            <source>Assign &amp;dealers to unmatched rows…</source>
            <translation>为未匹配行指定车商(&amp;D)…</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>导入(&amp;I)</translation>
        </message>
        <message>
            <source>{0}: {1} new, {2} updated, {3} unchanged, {4} duplicates, {5} invalid, {6} without a dealer</source>
            <translation>{0}：新增 {1} 条，更新 {2} 条，无变化 {3} 条，重复 {4} 条，有误 {5} 条，未匹配车商 {6} 条</translation>
        </message>
        <message>
            <source>No dealer for code {0}, credit code {1}, name {2}: rows {3}</source>
            <translation>代码 {0}、信用代码 {1}、名称 {2} 未匹配车商：第 {3} 行</translation>
        </message>
        <message>
            <source>Save the rejected rows</source>
            <translation>保存未导入的行</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>{0} rejected rows saved to {1}</source>
            <translation>已将 {0} 行未导入的数据保存到 {1}</translation>
        </message>
        <message>
            <source>Imported as batch {0}: {1} new, {2} updated</source>
            <translation>已作为第 {0} 批导入：新增 {1} 条，更新 {2} 条</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
    </context>
    <context>
        <name>LoadBanner</name>
        <message>
            <source>&amp;Retry</source>
            <translation>重试(&amp;R)</translation>
        </message>
        <message>
            <source>The data could not be loaded: {0}</source>
            <translation>数据未能加载：{0}</translation>
        </message>
        <message>
            <source>Not loaded</source>
            <translation>未加载</translation>
        </message>
        <message>
            <source>Trying again…</source>
            <translation>正在重试…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Import dealer roster…</source>
            <translation>导入车商名录(&amp;I)…</translation>
        </message>
        <message>
            <source>Import &amp;history…</source>
            <translation>导入记录(&amp;H)…</translation>
        </message>
        <message>
            <source>&amp;Export dealer roster…</source>
            <translation>导出车商名录(&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;Back up database…</source>
            <translation>备份数据库(&amp;B)…</translation>
        </message>
        <message>
            <source>&amp;Restore from backup…</source>
            <translation>从备份恢复(&amp;R)…</translation>
        </message>
        <message>
            <source>Load &amp;demo territory…</source>
            <translation>载入演示辖区(&amp;D)…</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>设置(&amp;S)…</translation>
        </message>
        <message>
            <source>Print &amp;target list…</source>
            <translation>打印公关对象清单(&amp;T)…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>转到(&amp;G)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>快捷键(&amp;K)</translation>
        </message>
        <message>
            <source>&amp;About DealerDesk</source>
            <translation>关于车商渠道工作台(&amp;A)</translation>
        </message>
        <message>
            <source>About DealerDesk</source>
            <translation>关于车商渠道工作台</translation>
        </message>
        <message>
            <source>&lt;b&gt;DealerDesk 车商渠道工作台&lt;/b&gt; {0}&lt;br&gt;The dealer-channel workbench: dealer files, the eight preparation steps, negotiation packets and contract packs.&lt;br&gt;&lt;br&gt;Database: {1}</source>
            <translation>&lt;b&gt;车商渠道工作台 DealerDesk&lt;/b&gt; {0}&lt;br&gt;车商档案、洽谈前八步准备、谈判资料与签约合同包，一站完成。&lt;br&gt;&lt;br&gt;数据库：{1}</translation>
        </message>
        <message>
            <source>Connected to the office database again; everything shown is up to date.</source>
            <translation>已重新连接机构数据库，显示的内容均已更新。</translation>
        </message>
        <message>
            <source>Preparing the database…</source>
            <translation>正在准备数据库…</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <source>Sheet and columns</source>
            <translation>工作表和列</translation>
        </message>
        <message>
            <source>Check which dealer field each column holds. Columns set to “ignore” are not imported.</source>
            <translation>请核对每一列对应的车商字段。设为“忽略”的列不会导入。</translation>
        </message>
        <message>
            <source>Sheet:</source>
            <translation>工作表：</translation>
        </message>
        <message>
            <source>Header row:</source>
            <translation>表头行：</translation>
        </message>
        <message>
            <source> (hidden)</source>
            <translation>（隐藏）</translation>
        </message>
        <message>
            <source>The mapping used last time for files with these headers was applied.</source>
            <translation>已套用上次对相同表头文件所用的列对应关系。</translation>
        </message>
        <message>
            <source>(no header)</source>
            <translation>（无表头）</translation>
        </message>
        <message>
            <source>— ignore —</source>
            <translation>— 忽略 —</translation>
        </message>
        <message>
            <source>Choose the column that holds the dealer name (车商名称).</source>
            <translation>请指定车商名称所在的列。</translation>
        </message>
        <message>
            <source>{0} of {1} columns will be imported.</source>
            <translation>共 {1} 列，将导入其中 {0} 列。</translation>
        </message>
    </context>
    <context>
        <name>MeetingPacket</name>
        <message>
            <source>Age</source>
            <translation>年龄</translation>
        </message>
        <message>
            <source>Birth year</source>
            <translation>出生年份</translation>
        </message>
        <message>
            <source>Background</source>
            <translation>背景</translation>
        </message>
        <message>
            <source>Career highlights</source>
            <translation>职业经历</translation>
        </message>
        <message>
            <source>Hobbies</source>
            <translation>爱好</translation>
        </message>
        <message>
            <source>Assign agenda steps by role</source>
            <translation>按条线分配议程负责人</translation>
        </message>
        <message>
            <source>Each step without a leader gets the member of its line, else the main negotiator</source>
            <translation>尚无负责人的议程交给对应条线的成员，没有则交给主商谈人</translation>
        </message>
        <message>
            <source>Personal details of their key people in this packet</source>
            <translation>本次资料收录对方关键人物的个人敏感信息</translation>
        </message>
        <message>
            <source>ticked by {0}</source>
            <translation>由{0}勾选</translation>
        </message>
    </context>
    <context>
        <name>MeetingPage</name>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>职务</translation>
        </message>
        <message>
            <source>Invited</source>
            <translation>已邀请</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>已确认</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>成员</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>职级</translation>
        </message>
        <message>
            <source>Main negotiator</source>
            <translation>主商谈人</translation>
        </message>
        <message>
            <source>Scope of topics</source>
            <translation>主谈范围</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>步骤</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>标准</translation>
        </message>
        <message>
            <source>Led by</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>No meeting yet: press “New meeting”.</source>
            <translation>尚无会谈：请点击“新建会谈”。</translation>
        </message>
        <message>
            <source>The counterpart calls for at least: {0}</source>
            <translation>对方级别要求我方至少：{0}</translation>
        </message>
        <message>
            <source>{0} is also in a meeting with {1} at {2}</source>
            <translation>{0}在 {2} 另有与{1}的会谈</translation>
        </message>
        <message>
            <source>date not set</source>
            <translation>未定日期</translation>
        </message>
        <message>
            <source>Meeting {0}: {1}, {2} ({3})</source>
            <translation>会谈 {0}：{1}，{2}（{3}）</translation>
        </message>
        <message>
            <source>New meeting (not saved yet)</source>
            <translation>新会谈（尚未保存）</translation>
        </message>
        <message>
            <source>Meeting saved</source>
            <translation>会谈已保存</translation>
        </message>
        <message>
            <source>Export to calendar</source>
            <translation>导出到日历</translation>
        </message>
        <message>
            <source>Calendar files (*.ics)</source>
            <translation>日历文件 (*.ics)</translation>
        </message>
        <message>
            <source>Calendar file written: {0}</source>
            <translation>已写入日历文件：{0}</translation>
        </message>
    </context>
    <context>
        <name>MissingGlyphs</name>
        <message>
            <source>Characters that cannot be printed</source>
            <translation>无法打印的字符</translation>
        </message>
        <message>
            <source>No bundled font has these characters, so they would print as blanks:</source>
            <translation>内置字体中没有以下字符，打印出来会是空白：</translation>
        </message>
        <message>
            <source>Correct the fields, or print anyway with each such character shown as {0}.</source>
            <translation>请修改相应字段，或仍然打印：这些字符将以“{0}”标出。</translation>
        </message>
        <message>
            <source>Print anyway</source>
            <translation>仍然打印</translation>
        </message>
    </context>
    <context>
        <name>MyWork</name>
        <message>
            <source>{0} item(s) of your work are due, {1} of them overdue.</source>
            <translation>您有 {0} 项待办已到期，其中 {1} 项已逾期。</translation>
        </message>
        <message>
            <source>DealerDesk — my work</source>
            <translation>车商渠道工作台 — 我的待办</translation>
        </message>
    </context>
    <context>
        <name>MyWorkView</name>
        <message>
            <source>Due</source>
            <translation>截止日期</translation>
        </message>
        <message>
            <source>Dealer</source>
            <translation>车商</translation>
        </message>
        <message>
            <source>Step or task</source>
            <translation>步骤或任务</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>打开(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Done</source>
            <translation>完成(&amp;D)</translation>
        </message>
        <message>
            <source>Take the selected item off your list: it is finished</source>
            <translation>所选事项已完成，将其移出待办</translation>
        </message>
        <message>
            <source>My work — {0}</source>
            <translation>我的待办 — {0}</translation>
        </message>
        <message>
            <source>no date</source>
            <translation>未定日期</translation>
        </message>
        <message>
            <source>{0} (overdue {1} d)</source>
            <translation>{0}（已逾期 {1} 天）</translation>
        </message>
        <message>
            <source>{0} (today)</source>
            <translation>{0}（今天）</translation>
        </message>
        <message>
            <source>the meeting's task</source>
            <translation>本次会谈的任务</translation>
        </message>
        <message>
            <source>{0} item(s), {1} overdue</source>
            <translation>共 {0} 项，{1} 项逾期</translation>
        </message>
        <message>
            <source>Nothing assigned to you. Well done.</source>
            <translation>暂无分派给您的事项。</translation>
        </message>
        <message>
            <source>Done: {0}</source>
            <translation>已完成：{0}</translation>
        </message>
    </context>
    <context>
        <name>NameDialog</name>
        <message>
            <source>Welcome to DealerDesk</source>
            <translation>欢迎使用车商渠道工作台</translation>
        </message>
        <message>
            <source>What is your name? It is recorded with every change you make and printed on the documents you prepare. You can change it later in Settings.</source>
            <translation>请输入您的姓名。您所做的每项修改都会记录此姓名，您准备的文件上也会印出。以后可在“设置”中修改。</translation>
        </message>
        <message>
            <source>e.g. 王春梅</source>
            <translation>例如 王春梅</translation>
        </message>
        <message>
            <source>Your name:</source>
            <translation>您的姓名：</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>开始</translation>
        </message>
    </context>
    <context>
        <name>NegotiationSettingsAgenda</name>
        <message>
            <source>Agenda templates</source>
            <translation>议程模板</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>步骤</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>标准</translation>
        </message>
        <message>
            <source>Add step</source>
            <translation>添加步骤</translation>
        </message>
        <message>
            <source>Remove step</source>
            <translation>移除步骤</translation>
        </message>
        <message>
            <source>Back to the SOP</source>
            <translation>恢复 SOP 默认</translation>
        </message>
    </context>
    <context>
        <name>NegotiationSettingsCaps</name>
        <message>
            <source>Fee caps</source>
            <translation>费用上限</translation>
        </message>
        <message>
            <source>报行合一: a rate above its cap is flagged and cannot be approved. Region: a city or province; blank applies everywhere.</source>
            <translation>报行合一：费率超过上限将被标记且不能批准。地区：城市或省份；留空适用于所有地区。</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>地区</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>险种</translation>
        </message>
        <message>
            <source>Cap (%)</source>
            <translation>上限（%）</translation>
        </message>
        <message>
            <source>Add cap</source>
            <translation>添加上限</translation>
        </message>
        <message>
            <source>Remove cap</source>
            <translation>移除上限</translation>
        </message>
    </context>
    <context>
        <name>NegotiationSettingsClassification</name>
        <message>
            <source>Either figure reaches its threshold</source>
            <translation>任一指标达到门槛</translation>
        </message>
        <message>
            <source>Both figures reach</source>
            <translation>两项指标均达到</translation>
        </message>
        <message>
            <source>Good quality: loss ratio at most (%)</source>
            <translation>品质好：赔付率不高于（%）</translation>
        </message>
        <message>
            <source>Good quality: manager's rating at least</source>
            <translation>品质好：经理评级不低于</translation>
        </message>
        <message>
            <source>Large scale: annual sales at least</source>
            <translation>规模大：年销量不低于</translation>
        </message>
        <message>
            <source>Large scale: premium scale at least (¥)</source>
            <translation>规模大：保费规模不低于（元）</translation>
        </message>
        <message>
            <source>Large scale when</source>
            <translation>规模大的判定</translation>
        </message>
        <message>
            <source>Newly established: founded within (months)</source>
            <translation>新设立：成立不超过（月）</translation>
        </message>
        <message>
            <source>Mainstream brands</source>
            <translation>主流品牌</translation>
        </message>
        <message>
            <source>Priority weight of repair resources</source>
            <translation>送修资源优先权重</translation>
        </message>
        <message>
            <source>Priority weight of relationships</source>
            <translation>人脉优先权重</translation>
        </message>
        <message>
            <source>Repair resources of the last N full years</source>
            <translation>送修资源统计最近 N 个完整年度</translation>
        </message>
        <message>
            <source>Classification</source>
            <translation>分类结果</translation>
        </message>
    </context>
    <context>
        <name>NegotiationSettingsDialog</name>
        <message>
            <source>Negotiation settings</source>
            <translation>洽谈设置</translation>
        </message>
        <message>
            <source>Thresholds must be numbers.</source>
            <translation>门槛须为数字。</translation>
        </message>
        <message>
            <source>Settings saved.</source>
            <translation>设置已保存。</translation>
        </message>
    </context>
    <context>
        <name>NegotiationSettingsModels</name>
        <message>
            <source>Cooperation models</source>
            <translation>合作模式</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>代码</translation>
        </message>
        <message>
            <source>English</source>
            <translation>英文</translation>
        </message>
        <message>
            <source>Chinese</source>
            <translation>中文</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>启用</translation>
        </message>
        <message>
            <source>Add model</source>
            <translation>添加模式</translation>
        </message>
    </context>
    <context>
        <name>NegotiationSettingsRanks</name>
        <message>
            <source>Approvers and ranks</source>
            <translation>审批人与级别</translation>
        </message>
        <message>
            <source>Profile names, separated by 、 or commas</source>
            <translation>用户名，以、或逗号分隔</translation>
        </message>
        <message>
            <source>May approve policies</source>
            <translation>可批准政策</translation>
        </message>
        <message>
            <source>Ranks matched (级别对等): the rank our most senior member needs for each counterpart</source>
            <translation>级别对等：对方各类人员出席时我方最高级别成员须达到的职级</translation>
        </message>
        <message>
            <source>Counterpart</source>
            <translation>对方人员</translation>
        </message>
        <message>
            <source>Our rank at least</source>
            <translation>我方职级不低于</translation>
        </message>
    </context>
    <context>
        <name>NegotiationSettingsResources</name>
        <message>
            <source>Repair resources</source>
            <translation>送修资源</translation>
        </message>
        <message>
            <source>Brand</source>
            <translation>品牌</translation>
        </message>
        <message>
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>年度</translation>
        </message>
        <message>
            <source>Claims</source>
            <translation>案件数</translation>
        </message>
        <message>
            <source>Repair amount (¥)</source>
            <translation>送修金额（元）</translation>
        </message>
        <message>
            <source>Import from Excel…</source>
            <translation>从 Excel 导入…</translation>
        </message>
        <message>
            <source>Import repair resources</source>
            <translation>导入送修资源</translation>
        </message>
        <message>
            <source>Workbooks (*.xlsx *.xls *.xlsm *.ods *.csv)</source>
            <translation>工作簿 (*.xlsx *.xls *.xlsm *.ods *.csv)</translation>
        </message>
        <message>
            <source>Rows added: {0}; updated: {1}.</source>
            <translation>新增 {0} 行；更新 {1} 行。</translation>
        </message>
        <message>
            <source>Skipped: {0}</source>
            <translation>已跳过：{0}</translation>
        </message>
    </context>
    <context>
        <name>NewContractDialog</name>
        <message>
            <source>New contract</source>
            <translation>新建合同</translation>
        </message>
        <message>
            <source>The draft takes its terms from the dealer's approved policy and the latest negotiation outcome; its number is given when it is created.</source>
            <translation>草稿条款取自该车商已批准的政策及最近一次洽谈结果；合同编号在创建时生成。</translation>
        </message>
        <message>
            <source>{0} (policy version {1})</source>
            <translation>{0}（政策第 {1} 版）</translation>
        </message>
        <message>
            <source>Dealer</source>
            <translation>车商</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>合同类型</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>起始日期</translation>
        </message>
        <message>
            <source>End</source>
            <translation>终止日期</translation>
        </message>
        <message>
            <source>No dealer has an approved policy yet: approve a policy first.</source>
            <translation>尚无车商有已批准的政策：请先审批政策。</translation>
        </message>
    </context>
    <context>
        <name>NotReadyDialog</name>
        <message>
            <source>The meeting is not ready</source>
            <translation>会谈尚未就绪</translation>
        </message>
        <message>
            <source>This meeting is not ready yet. Printed now, every page of every copy is marked “NOT READY” beside its holder's name. Still missing:</source>
            <translation>本次会谈尚未就绪。现在打印，每一份的每一页都会在持有人姓名旁标注“未就绪”。仍缺：</translation>
        </message>
        <message>
            <source>&amp;Go there</source>
            <translation>前往补齐(&amp;G)</translation>
        </message>
        <message>
            <source>&amp;Print anyway, marked not ready</source>
            <translation>仍然打印，标注未就绪(&amp;P)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>Office</name>
        <message>
            <source>Switch database</source>
            <translation>切换数据库</translation>
        </message>
        <message>
            <source>Close these windows first, so that nothing in them is saved to the wrong database:
{0}</source>
            <translation>请先关闭以下窗口，以免其中内容保存到错误的数据库：
{0}</translation>
        </message>
    </context>
    <context>
        <name>OfficeMenu</name>
        <message>
            <source>Connect to &amp;office database…</source>
            <translation>连接机构数据库(&amp;O)…</translation>
        </message>
        <message>
            <source>Use the &amp;local database</source>
            <translation>使用本机数据库(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Users and permissions…</source>
            <translation>用户与权限(&amp;U)…</translation>
        </message>
        <message>
            <source>Logins, roles and teams of the office database</source>
            <translation>机构数据库的登录名、角色与团队</translation>
        </message>
        <message>
            <source>Users and roles live in an office database; connect to one first.</source>
            <translation>用户与角色在机构数据库中管理，请先连接机构数据库。</translation>
        </message>
        <message>
            <source>Switch database</source>
            <translation>切换数据库</translation>
        </message>
        <message>
            <source>Save or discard the edits in the preparation workspace first.</source>
            <translation>请先保存或放弃准备工作区中的修改。</translation>
        </message>
        <message>
            <source>Signed in to the office database {0}</source>
            <translation>已登录机构数据库 {0}</translation>
        </message>
        <message>
            <source>The password could not be kept in this computer's credential store; you will be asked for it next time.</source>
            <translation>未能将密码保存到本机的凭据存储中，下次启动时会再次询问。</translation>
        </message>
        <message>
            <source>Working on the local database</source>
            <translation>正在使用本机数据库</translation>
        </message>
    </context>
    <context>
        <name>Operations</name>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>OutcomePage</name>
        <message>
            <source>Step</source>
            <translation>步骤</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>标准</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>会谈情况</translation>
        </message>
        <message>
            <source>Bottom line</source>
            <translation>底线</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>条款</translation>
        </message>
        <message>
            <source>Agreed value</source>
            <translation>约定值</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>检查</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>行动</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>Due (yyyy-mm-dd)</source>
            <translation>期限（yyyy-mm-dd）</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>Principle: hold the bottom line, adapt to the situation, reach consensus (坚持底线、随机应变、达成共识).</source>
            <translation>原则：坚持底线、随机应变、达成共识。</translation>
        </message>
        <message>
            <source>(no bottom line)</source>
            <translation>（无底线）</translation>
        </message>
        <message>
            <source>Beyond the bottom line</source>
            <translation>突破底线</translation>
        </message>
        <message>
            <source>Outcome saved</source>
            <translation>结果已保存</translation>
        </message>
        <message>
            <source>beyond the bottom line: {0}</source>
            <translation>突破底线：{0}</translation>
        </message>
    </context>
    <context>
        <name>OwnTermsBox</name>
        <message>
            <source>Terms of the contract text (settlement, contacts, penalty …)</source>
            <translation>合同文本条款（结算、联系人、违约金等）</translation>
        </message>
        <message>
            <source>Amount in yuan, e.g. 50000</source>
            <translation>金额（元），如 50000</translation>
        </message>
        <message>
            <source>Blank: to be filled in before the contract is submitted</source>
            <translation>空白：提交审核前须填写</translation>
        </message>
    </context>
    <context>
        <name>OwnerDialog</name>
        <message>
            <source>Owner of {0} renewal(s)</source>
            <translation>指定 {0} 份保单的续保跟进人</translation>
        </message>
        <message>
            <source>(nobody)</source>
            <translation>（不指定）</translation>
        </message>
        <message>
            <source>&amp;Owner:</source>
            <translation>跟进人(&amp;O)：</translation>
        </message>
    </context>
    <context>
        <name>PacketDialog</name>
        <message>
            <source>Negotiation packet — {0}</source>
            <translation>内部谈判资料 — {0}</translation>
        </message>
        <message>
            <source>One copy for each member of our team, most senior first. Every page names its holder.</source>
            <translation>我方每位成员一份，按职级从高到低排列。每页均注明持有人。</translation>
        </message>
        <message>
            <source>Preview copy…</source>
            <translation>预览此份…</translation>
        </message>
        <message>
            <source>Print every copy…</source>
            <translation>打印全部份数…</translation>
        </message>
        <message>
            <source>Save copies to folder…</source>
            <translation>全部保存到文件夹…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>{0} copies in {1}</source>
            <translation>共 {0} 份，保存在 {1}</translation>
        </message>
        <message>
            <source>Every copy sent to the printer.</source>
            <translation>全部份数已发送到打印机。</translation>
        </message>
        <message>
            <source>Printing stopped.</source>
            <translation>打印已停止。</translation>
        </message>
        <message>
            <source>Save copies to</source>
            <translation>保存到</translation>
        </message>
        <message>
            <source>Saved to {0}</source>
            <translation>已保存至 {0}</translation>
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <source>Reset password</source>
            <translation>重设密码</translation>
        </message>
        <message>
            <source>New password for {0}</source>
            <translation>{0} 的新密码</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>密码：</translation>
        </message>
        <message>
            <source>Password again:</source>
            <translation>再次输入密码：</translation>
        </message>
    </context>
    <context>
        <name>PdfPreviewDialog</name>
        <message>
            <source>Rendering…</source>
            <translation>正在生成预览…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>打印(&amp;P)…</translation>
        </message>
        <message>
            <source>&amp;Save as…</source>
            <translation>另存为(&amp;S)…</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>放大</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>缩小</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>{0} pages</source>
            <translation>共 {0} 页</translation>
        </message>
        <message>
            <source>Save PDF</source>
            <translation>保存 PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <source>Saved to {0}</source>
            <translation>已保存至 {0}</translation>
        </message>
    </context>
    <context>
        <name>Permissions</name>
        <message>
            <source>{0}: only {1} may do this.</source>
            <translation>{0}：仅{1}可以操作。</translation>
        </message>
    </context>
    <context>
        <name>PersonDialog</name>
        <message>
            <source>Key person</source>
            <translation>关键人物</translation>
        </message>
        <message>
            <source>Name *</source>
            <translation>姓名 *</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>性别</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>职务</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Sensitive — left out of documents and exports unless deliberately included</source>
            <translation>敏感信息 — 除非特意勾选，不会出现在打印资料和导出文件中</translation>
        </message>
        <message>
            <source>Birth year or age</source>
            <translation>出生年份或年龄</translation>
        </message>
        <message>
            <source>e.g. 1978 or 47</source>
            <translation>如 1978 或 47</translation>
        </message>
        <message>
            <source>Professional background</source>
            <translation>专业背景</translation>
        </message>
        <message>
            <source>Career highlights</source>
            <translation>职业亮点</translation>
        </message>
        <message>
            <source>Hobbies and interests</source>
            <translation>兴趣爱好</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Hidden</source>
            <translation>已隐藏</translation>
        </message>
        <message>
            <source>Sensitive — readable only by {0}</source>
            <translation>敏感信息 — 仅{0}可查看</translation>
        </message>
    </context>
    <context>
        <name>PipelineChart</name>
        <message>
            <source>No dealers yet</source>
            <translation>尚无车商</translation>
        </message>
    </context>
    <context>
        <name>PipelineView</name>
        <message>
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <source>At this stage</source>
            <translation>处于此阶段</translation>
        </message>
        <message>
            <source>Reached</source>
            <translation>已达到</translation>
        </message>
        <message>
            <source>Share reached</source>
            <translation>达到比例</translation>
        </message>
        <message>
            <source>Dealer</source>
            <translation>车商</translation>
        </message>
        <message>
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Negotiation settings…</source>
            <translation>洽谈设置…</translation>
        </message>
        <message>
            <source>All targets</source>
            <translation>全部目标</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Rank in tier</source>
            <translation>排名</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>得分</translation>
        </message>
        <message>
            <source>Why this rank</source>
            <translation>排名依据</translation>
        </message>
        <message>
            <source>Tier:</source>
            <translation>类别：</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>进展漏斗</translation>
        </message>
        <message>
            <source>Ranked targets</source>
            <translation>目标排序</translation>
        </message>
        <message>
            <source>The territory by stage of the SOP</source>
            <translation>辖区车商按 SOP 阶段分布</translation>
        </message>
        <message>
            <source>{0} dealers in the territory</source>
            <translation>辖区共 {0} 家车商</translation>
        </message>
        <message>
            <source>At “{0}”: {1} dealers</source>
            <translation>处于“{0}”：{1} 家车商</translation>
        </message>
        <message>
            <source> (first {0} listed)</source>
            <translation>（列出前 {0} 家）</translation>
        </message>
    </context>
    <context>
        <name>PolicyPage</name>
        <message>
            <source>Version</source>
            <translation>版本</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>提交</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>批准</translation>
        </message>
        <message>
            <source>Cap check</source>
            <translation>上限检查</translation>
        </message>
        <message>
            <source>Bonus</source>
            <translation>奖励</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>险种</translation>
        </message>
        <message>
            <source>Rate (points)</source>
            <translation>费率（百分点）</translation>
        </message>
        <message>
            <source>Amount (¥ a year)</source>
            <translation>金额（元/年）</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>条件</translation>
        </message>
        <message>
            <source>Submitted for approval</source>
            <translation>已提交审批</translation>
        </message>
        <message>
            <source>Returned to draft</source>
            <translation>已退回草稿</translation>
        </message>
        <message>
            <source>Draft deleted</source>
            <translation>草稿已删除</translation>
        </message>
        <message>
            <source>Within caps</source>
            <translation>未超上限</translation>
        </message>
        <message>
            <source>{0} · in force</source>
            <translation>{0} · 现行有效</translation>
        </message>
        <message>
            <source>{0} · superseded</source>
            <translation>{0} · 已被取代</translation>
        </message>
        <message>
            <source>A new draft: save it to keep it.</source>
            <translation>新草稿：保存后生效。</translation>
        </message>
        <message>
            <source>Version {0} is approved by {1} and never changes; saving makes a new draft.</source>
            <translation>第 {0} 版已由{1}批准，不可更改；保存将生成新草稿。</translation>
        </message>
        <message>
            <source>Version {0}: {1}</source>
            <translation>第 {0} 版：{1}</translation>
        </message>
        <message>
            <source>Fixed amount</source>
            <translation>固定金额</translation>
        </message>
        <message>
            <source>Version {0} saved</source>
            <translation>第 {0} 版已保存</translation>
        </message>
        <message>
            <source>Expected premium</source>
            <translation>预计保费</translation>
        </message>
        <message>
            <source>of which new-car</source>
            <translation>其中新车</translation>
        </message>
        <message>
            <source>Commission cost</source>
            <translation>手续费成本</translation>
        </message>
        <message>
            <source>Fixed bonuses</source>
            <translation>固定奖励</translation>
        </message>
        <message>
            <source>Effective cost rate</source>
            <translation>综合费用率</translation>
        </message>
        <message>
            <source>Referral value</source>
            <translation>送修产值</translation>
        </message>
        <message>
            <source>Dealer's own premium scale</source>
            <translation>车商自有保费规模</translation>
        </message>
        <message>
            <source>Share of its premium scale</source>
            <translation>占其保费规模</translation>
        </message>
        <message>
            <source>Its new-car insurance rate now</source>
            <translation>其现新车承保率</translation>
        </message>
        <message>
            <source>Referral minimums met</source>
            <translation>满足送修最低要求</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <source>Expected take-up (%)</source>
            <translation>预计承保率（%）</translation>
        </message>
        <message>
            <source>Average premium per car (¥)</source>
            <translation>单车平均保费（元）</translation>
        </message>
        <message>
            <source>Missing for the estimate: {0}</source>
            <translation>测算缺少：{0}</translation>
        </message>
        <message>
            <source>Change history</source>
            <translation>变更记录</translation>
        </message>
    </context>
    <context>
        <name>PreviewModel</name>
        <message>
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>行号</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Dealer</source>
            <translation>车商</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>详情</translation>
        </message>
        <message>
            <source>New</source>
            <translation>新增</translation>
        </message>
        <message>
            <source>Will update</source>
            <translation>将更新</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>未变</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>重复</translation>
        </message>
        <message>
            <source>Possible duplicate</source>
            <translation>疑似重复</translation>
        </message>
        <message>
            <source>Invalid</source>
            <translation>无效</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <source>Preview</source>
            <translation>预览</translation>
        </message>
        <message>
            <source>Nothing has been written yet. Untick rows to leave them out; tick a possible duplicate to import it as a new dealer.</source>
            <translation>尚未写入任何数据。取消勾选可排除某行；勾选疑似重复的行则将其作为新车商导入。</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>导入(&amp;I)</translation>
        </message>
        <message>
            <source>Create new and update existing</source>
            <translation>新增并更新已有车商</translation>
        </message>
        <message>
            <source>Only create new dealers</source>
            <translation>仅新增车商</translation>
        </message>
        <message>
            <source>Only update existing dealers</source>
            <translation>仅更新已有车商</translation>
        </message>
        <message>
            <source>All rows</source>
            <translation>全部行</translation>
        </message>
        <message>
            <source>New</source>
            <translation>新增</translation>
        </message>
        <message>
            <source>Will update</source>
            <translation>将更新</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>未变</translation>
        </message>
        <message>
            <source>Duplicates</source>
            <translation>重复</translation>
        </message>
        <message>
            <source>Invalid</source>
            <translation>无效</translation>
        </message>
        <message>
            <source>Save &amp;rejected rows…</source>
            <translation>保存未导入的行(&amp;R)…</translation>
        </message>
        <message>
            <source>Mode:</source>
            <translation>方式：</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>显示：</translation>
        </message>
        <message>
            <source>Checking every row…</source>
            <translation>正在逐行检查…</translation>
        </message>
        <message>
            <source>Checking the roster…</source>
            <translation>正在检查名录…</translation>
        </message>
        <message>
            <source>New: {0}   Will update: {1}   Unchanged: {2}   Duplicates: {3}   Invalid: {4}   Left out: {5}</source>
            <translation>新增：{0}　将更新：{1}　未变：{2}　重复：{3}　无效：{4}　已排除：{5}</translation>
        </message>
        <message>
            <source>Lines that are not dealers, skipped: rows {0}</source>
            <translation>已跳过非车商数据：第 {0} 行</translation>
        </message>
        <message>
            <source>Writing…</source>
            <translation>正在写入…</translation>
        </message>
        <message>
            <source>Importing dealers…</source>
            <translation>正在导入车商…</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>Printing {0} pages to {1}…</source>
            <translation>正在将 {0} 页打印到 {1}…</translation>
        </message>
    </context>
    <context>
        <name>QPrintDialog</name>
        <message>
            <source>Printing…</source>
            <translation>正在打印…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>RanksDialog</name>
        <message>
            <source>Rank scale</source>
            <translation>职级体系</translation>
        </message>
        <message>
            <source>Most senior first. Rank matching in meetings compares positions on this scale.</source>
            <translation>按级别从高到低排列。会谈中的“级别对等”按此顺序比较。</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>代码</translation>
        </message>
        <message>
            <source>Chinese name</source>
            <translation>中文名称</translation>
        </message>
        <message>
            <source>English name</source>
            <translation>英文名称</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>上移</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>下移</translation>
        </message>
    </context>
    <context>
        <name>RelationshipDialog</name>
        <message>
            <source>Relationship</source>
            <translation>人脉关系</translation>
        </message>
        <message>
            <source>Our staff member</source>
            <translation>我司人员</translation>
        </message>
        <message>
            <source>Dealer's key person</source>
            <translation>车商关键人物</translation>
        </message>
        <message>
            <source>Strength (1–5)</source>
            <translation>关系强度（1–5）</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>Renewals</name>
        <message>
            <source>{0} renewal contact(s) are due, {1} of them for lapsed policies (脱保).</source>
            <translation>有 {0} 项续保联系到期，其中 {1} 项为脱保保单。</translation>
        </message>
        <message>
            <source>DealerDesk — renewals</source>
            <translation>车商渠道工作台 — 续保</translation>
        </message>
    </context>
    <context>
        <name>RenewalsView</name>
        <message>
            <source>Within {0} days</source>
            <translation>{0} 天内到期</translation>
        </message>
        <message>
            <source>Show &amp;lapsed (脱保)</source>
            <translation>显示脱保(&amp;L)</translation>
        </message>
        <message>
            <source>Policy</source>
            <translation>保单号</translation>
        </message>
        <message>
            <source>Dealer</source>
            <translation>车商</translation>
        </message>
        <message>
            <source>Plate</source>
            <translation>车牌号</translation>
        </message>
        <message>
            <source>Premium</source>
            <translation>保费</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>终保日期</translation>
        </message>
        <message>
            <source>Days left</source>
            <translation>剩余天数</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>跟进人</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>联系次数</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>最近联系</translation>
        </message>
        <message>
            <source>Colum&amp;ns</source>
            <translation>显示列(&amp;N)</translation>
        </message>
        <message>
            <source>Set &amp;owner…</source>
            <translation>指定跟进人(&amp;O)…</translation>
        </message>
        <message>
            <source>Log &amp;contact…</source>
            <translation>登记联系(&amp;C)…</translation>
        </message>
        <message>
            <source>&amp;Export this dealer's list…</source>
            <translation>导出该车商清单(&amp;E)…</translation>
        </message>
        <message>
            <source>Yellow: a contact is due. Red: lapsed.</source>
            <translation>黄色：待联系；红色：已脱保。</translation>
        </message>
        <message>
            <source>{0} policies, {1} contacts due, {2} lapsed</source>
            <translation>共 {0} 份保单，待联系 {1} 份，脱保 {2} 份</translation>
        </message>
        <message>
            <source>Export the renewal list</source>
            <translation>导出续保清单</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>{0} policies written to {1}</source>
            <translation>已将 {0} 份保单写入 {1}</translation>
        </message>
    </context>
    <context>
        <name>Restore</name>
        <message>
            <source>Restore from backup</source>
            <translation>从备份恢复</translation>
        </message>
        <message>
            <source>Close these windows before restoring, so that nothing in them is saved over the restored data:
{0}</source>
            <translation>恢复前请先关闭以下窗口，以免其中的内容覆盖恢复后的数据：
{0}</translation>
        </message>
        <message>
            <source>DealerDesk database (*.sqlite3 *.db);;All files (*)</source>
            <translation>DealerDesk 数据库 (*.sqlite3 *.db);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Replace all the current data with this backup?</source>
            <translation>用这个备份替换当前的全部数据吗？</translation>
        </message>
        <message>
            <source>The current data is saved first, in the database's folder:
{0}
Restoring that copy the same way undoes this.</source>
            <translation>恢复前会先把当前数据另存在数据库所在的文件夹中：
{0}
如需撤销，用同样的方法恢复那份副本即可。</translation>
        </message>
        <message>
            <source>The backup was made by an earlier version; it is brought up to date after restoring.</source>
            <translation>此备份由较早的版本生成，恢复后会自动升级到当前版本。</translation>
        </message>
        <message>
            <source>Unsaved edits in the preparation workspace will be lost.</source>
            <translation>谈判准备中尚未保存的修改将会丢失。</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>恢复</translation>
        </message>
        <message>
            <source>Restore cancelled; the data is unchanged.</source>
            <translation>已取消恢复，数据未作任何改动。</translation>
        </message>
        <message>
            <source>Restoring the database…</source>
            <translation>正在恢复数据库…</translation>
        </message>
        <message>
            <source>The backup has been restored.</source>
            <translation>备份已恢复。</translation>
        </message>
        <message>
            <source>Backup: {0}</source>
            <translation>备份：{0}</translation>
        </message>
        <message>
            <source>The data as it was before is kept in: {0}</source>
            <translation>恢复前的数据已另存为：{0}</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>打开所在文件夹</translation>
        </message>
    </context>
    <context>
        <name>ResultPage</name>
        <message>
            <source>Import finished</source>
            <translation>导入完成</translation>
        </message>
        <message>
            <source>new</source>
            <translation>新增</translation>
        </message>
        <message>
            <source>updated</source>
            <translation>更新</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>未变</translation>
        </message>
        <message>
            <source>duplicates</source>
            <translation>重复</translation>
        </message>
        <message>
            <source>invalid</source>
            <translation>无效</translation>
        </message>
        <message>
            <source>left out</source>
            <translation>手动排除</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>行</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>列</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>内容</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>问题</translation>
        </message>
        <message>
            <source>&amp;Undo this import</source>
            <translation>撤销本次导入(&amp;U)</translation>
        </message>
        <message>
            <source>Save &amp;rejected rows…</source>
            <translation>保存未导入的行(&amp;R)…</translation>
        </message>
        <message>
            <source>Import #{0} is written: {1} new dealers, {2} updated, {3} unchanged. {4} duplicates and {5} invalid rows were not imported; {6} rows were left out by hand.</source>
            <translation>第 {0} 次导入已写入：新增 {1} 家，更新 {2} 家，未变 {3} 家。{4} 行重复、{5} 行无效，未导入；手动排除 {6} 行。</translation>
        </message>
        <message>
            <source>Every row of the file was taken in.</source>
            <translation>文件中的每一行都已导入。</translation>
        </message>
        <message>
            <source>Rows not imported — fix them in the saved workbook and import it again:</source>
            <translation>以下行未导入——可保存为工作簿，改正后重新导入：</translation>
        </message>
    </context>
    <context>
        <name>SalesGridDialog</name>
        <message>
            <source>New-car sales of {0}</source>
            <translation>{0} 的新车销量</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>年份(&amp;Y)：</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <source>New cars sold</source>
            <translation>新车销量</translation>
        </message>
        <message>
            <source>Type the cars sold each month; leave a month empty when it is not known.</source>
            <translation>填写每月新车销量；不清楚的月份留空。</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <source>Not a whole number of cars in {0}: correct the red cells.</source>
            <translation>{0} 填写的不是整数台数：请更正标红的单元格。</translation>
        </message>
        <message>
            <source>Nothing changed.</source>
            <translation>没有改动。</translation>
        </message>
        <message>
            <source>{0} month(s) saved.</source>
            <translation>已保存 {0} 个月。</translation>
        </message>
    </context>
    <context>
        <name>SalesImportDialog</name>
        <message>
            <source>Import new-car sales</source>
            <translation>导入新车销量</translation>
        </message>
        <message>
            <source>Reading {0} …</source>
            <translation>正在读取 {0} …</translation>
        </message>
        <message>
            <source>Columns of the sheet and what they hold (correct any that is wrong):</source>
            <translation>表中各列及其内容（如有不对请更正）：</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>行</translation>
        </message>
        <message>
            <source>Dealer</source>
            <translation>车商</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <source>New cars sold</source>
            <translation>新车销量</translation>
        </message>
        <message>
            <source>What happens</source>
            <translation>处理结果</translation>
        </message>
        <message>
            <source>Assign &amp;dealers to unmatched rows…</source>
            <translation>为未匹配行指定车商(&amp;D)…</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>导入(&amp;I)</translation>
        </message>
        <message>
            <source>{0} (sheet {1}): {2} new, {3} changed, {4} unchanged, {5} with an error, {6} without a dealer</source>
            <translation>{0}（工作表 {1}）：新增 {2}，修改 {3}，不变 {4}，有错误 {5}，无对应车商 {6}</translation>
        </message>
        <message>
            <source>{0} “{1}”: {2}</source>
            <translation>{0}“{1}”：{2}</translation>
        </message>
        <message>
            <source>Changed (was {0})</source>
            <translation>修改（原为 {0}）</translation>
        </message>
        <message>
            <source>New</source>
            <translation>新增</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>不变</translation>
        </message>
        <message>
            <source>(not imported)</source>
            <translation>（不导入）</translation>
        </message>
        <message>
            <source>{0} month(s) of sales imported.</source>
            <translation>已导入 {0} 个月的销量。</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
    </context>
    <context>
        <name>Sections</name>
        <message>
            <source>Dealers</source>
            <translation>车商档案</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>员工</translation>
        </message>
        <message>
            <source>Preparation</source>
            <translation>洽谈准备</translation>
        </message>
        <message>
            <source>Pipeline</source>
            <translation>进展漏斗</translation>
        </message>
        <message>
            <source>Contracts</source>
            <translation>合同管理</translation>
        </message>
        <message>
            <source>My work</source>
            <translation>我的待办</translation>
        </message>
        <message>
            <source>Scorecards</source>
            <translation>记分卡</translation>
        </message>
        <message>
            <source>Renewals</source>
            <translation>续保管理</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>You</source>
            <translation>个人</translation>
        </message>
        <message>
            <source>The name recorded with every change you make and on the documents you generate.</source>
            <translation>您所做的每项修改以及生成的文件上都会记录这个名字。</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <source>A new language applies the next time DealerDesk starts.</source>
            <translation>界面语言将在下次启动时生效。</translation>
        </message>
        <message>
            <source>Profile name:</source>
            <translation>用户名称：</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>界面语言：</translation>
        </message>
        <message>
            <source>Data and backups</source>
            <translation>数据与备份</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>打开所在文件夹</translation>
        </message>
        <message>
            <source>Database:</source>
            <translation>数据库：</translation>
        </message>
        <message>
            <source>Back up the database automatically once a day</source>
            <translation>每天自动备份一次数据库</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <source> copies</source>
            <translation> 份</translation>
        </message>
        <message>
            <source>Backup folder:</source>
            <translation>备份文件夹：</translation>
        </message>
        <message>
            <source>Keep the newest:</source>
            <translation>保留最近：</translation>
        </message>
        <message>
            <source>A server database is backed up by its administrator.</source>
            <translation>服务器上的数据库由数据库管理员负责备份。</translation>
        </message>
        <message>
            <source>Backup folder</source>
            <translation>选择备份文件夹</translation>
        </message>
        <message>
            <source>On the office database your name comes with your login; the administrator changes it.</source>
            <translation>在机构数据库中，您的姓名随登录名而定，由管理员修改。</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>快捷键</translation>
        </message>
        <message>
            <source>Search field: go down into the results</source>
            <translation>搜索框：进入搜索结果</translation>
        </message>
        <message>
            <source>Search field or results: open the dealer</source>
            <translation>搜索框或结果：打开车商</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>回车</translation>
        </message>
        <message>
            <source>Leave a table or list</source>
            <translation>离开表格或列表</translation>
        </message>
        <message>
            <source>Tab / Shift+Tab</source>
            <translation>Tab / Shift+Tab</translation>
        </message>
        <message>
            <source>Save the page or file on screen</source>
            <translation>保存当前页面或档案</translation>
        </message>
        <message>
            <source>Press a button</source>
            <translation>按下按钮</translation>
        </message>
        <message>
            <source>Alt + its underlined letter</source>
            <translation>Alt + 带下划线的字母</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>按键</translation>
        </message>
        <message>
            <source>Every button can also be pressed with Alt and its underlined letter.</source>
            <translation>每个按钮都可以用 Alt 加其带下划线的字母按下。</translation>
        </message>
    </context>
    <context>
        <name>SignDialog</name>
        <message>
            <source>Sign contract {0}</source>
            <translation>签署合同 {0}</translation>
        </message>
        <message>
            <source>Once signed, the contract never changes: a later change is an amendment.</source>
            <translation>合同一经签署即不再修改：之后的变更须通过修订。</translation>
        </message>
        <message>
            <source>Signed on</source>
            <translation>签署日期</translation>
        </message>
    </context>
    <context>
        <name>SignIn</name>
        <message>
            <source>The login or password is not right. Check both, mind the keyboard's Caps Lock, and ask your administrator to reset the password if needed.</source>
            <translation>登录名或密码不正确。请检查两者，注意键盘大写锁定键；如有需要，请管理员重设密码。</translation>
        </message>
        <message>
            <source>This login is disabled. Ask your administrator.</source>
            <translation>此登录账号已停用，请联系管理员。</translation>
        </message>
        <message>
            <source>The server cannot be reached. Check the server name and port, and that this computer is on the office network (or VPN).</source>
            <translation>无法连接服务器。请检查服务器地址和端口，并确认本机已接入办公网络（或 VPN）。</translation>
        </message>
        <message>
            <source>A secure (TLS) connection could not be made: the server does not offer TLS, or its certificate does not match the CA file or the server name. Ask your IT department.</source>
            <translation>无法建立安全（TLS）连接：服务器未启用 TLS，或其证书与 CA 文件或服务器名称不符。请联系信息技术部门。</translation>
        </message>
        <message>
            <source>The server has no database of that name. Check the database name.</source>
            <translation>服务器上没有此名称的数据库，请检查数据库名。</translation>
        </message>
        <message>
            <source>The server does not accept connections from this computer with this login. Ask your administrator.</source>
            <translation>服务器不接受本机以此登录名连接，请联系管理员。</translation>
        </message>
        <message>
            <source>That database is not set up for DealerDesk yet. Your administrator sets it up with 'dealerdesk office init'.</source>
            <translation>该数据库尚未为车商渠道工作台完成设置。请管理员运行“dealerdesk office init”进行设置。</translation>
        </message>
        <message>
            <source>The office database is older than this version of DealerDesk. Your administrator upgrades it with 'dealerdesk office init'.</source>
            <translation>机构数据库的版本低于本版车商渠道工作台。请管理员运行“dealerdesk office init”升级。</translation>
        </message>
        <message>
            <source>The office database is newer than this version of DealerDesk. Install the version your office uses.</source>
            <translation>机构数据库的版本高于本版车商渠道工作台。请安装本单位使用的版本。</translation>
        </message>
        <message>
            <source>The office database could not be opened. The details were written to the log.</source>
            <translation>无法打开机构数据库，详细信息已写入日志。</translation>
        </message>
    </context>
    <context>
        <name>StaffDialog</name>
        <message>
            <source>Version {0} · last changed by {1} on {2}</source>
            <translation>版本 {0} · {1} 最后修改于 {2}</translation>
        </message>
        <message>
            <source>Staff member — {0}</source>
            <translation>员工 — {0}</translation>
        </message>
        <message>
            <source>New staff member</source>
            <translation>新建员工</translation>
        </message>
        <message>
            <source>Changed by someone else</source>
            <translation>记录已被他人修改</translation>
        </message>
        <message>
            <source>Staff member</source>
            <translation>员工</translation>
        </message>
        <message>
            <source>Name *</source>
            <translation>姓名 *</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>职务</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>职级</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>条线</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Archived (no longer active)</source>
            <translation>已归档（不再在岗）</translation>
        </message>
    </context>
    <context>
        <name>StaffView</name>
        <message>
            <source>Search name, title, phone or pinyin</source>
            <translation>搜索姓名、职务、电话或拼音</translation>
        </message>
        <message>
            <source>Show archived</source>
            <translation>显示已归档</translation>
        </message>
        <message>
            <source>New staff member</source>
            <translation>新建员工</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <source>Rank scale…</source>
            <translation>职级体系…</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>职务</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>职级</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>条线</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Relationships (人脉)</source>
            <translation>人脉关系</translation>
        </message>
        <message>
            <source>Dealer</source>
            <translation>车商</translation>
        </message>
        <message>
            <source>Key person</source>
            <translation>关键人物</translation>
        </message>
        <message>
            <source>Strength</source>
            <translation>关系强度</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>编辑</translation>
        </message>
        <message>
            <source>{0} staff members</source>
            <translation>共 {0} 名员工</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>DealerDesk cannot start</source>
            <translation>车商渠道工作台无法启动</translation>
        </message>
        <message>
            <source>The database cannot be opened.

{0}</source>
            <translation>无法打开数据库。

{0}</translation>
        </message>
    </context>
    <context>
        <name>StepOwners</name>
        <message>
            <source>Assign…</source>
            <translation>分派…</translation>
        </message>
        <message>
            <source>Give the selected step to a person with a due date</source>
            <translation>将所选步骤分派给某人并设定截止日期</translation>
        </message>
        <message>
            <source>Assigned to {0}</source>
            <translation>负责人：{0}</translation>
        </message>
        <message>
            <source>, due {0}</source>
            <translation>，截止 {0}</translation>
        </message>
        <message>
            <source> (overdue)</source>
            <translation>（已逾期）</translation>
        </message>
    </context>
    <context>
        <name>StrategyPage</name>
        <message>
            <source>Item</source>
            <translation>条款</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>方向</translation>
        </message>
        <message>
            <source>Worst acceptable value</source>
            <translation>可接受的最差值</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Situation</source>
            <translation>情境</translation>
        </message>
        <message>
            <source>Script</source>
            <translation>话术</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>标签</translation>
        </message>
        <message>
            <source>Used</source>
            <translation>使用次数</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>缺少</translation>
        </message>
        <message>
            <source>All tags</source>
            <translation>全部标签</translation>
        </message>
        <message>
            <source>Copied into the dossier; save the strategy to keep it</source>
            <translation>已复制到档案；保存策略后生效</translation>
        </message>
        <message>
            <source>Save the strategy first, then improve the library from a saved script</source>
            <translation>请先保存策略，再以已保存的话术完善话术库</translation>
        </message>
        <message>
            <source>The library now holds: {0}</source>
            <translation>话术库已收录：{0}</translation>
        </message>
        <message>
            <source>Strategy saved</source>
            <translation>策略已保存</translation>
        </message>
    </context>
    <context>
        <name>TerminateDialog</name>
        <message>
            <source>Terminate contract {0}</source>
            <translation>终止合同 {0}</translation>
        </message>
        <message>
            <source>The contract ends early on the day you give; the reason is kept with it.</source>
            <translation>合同将于所填日期提前终止，终止原因随合同保存。</translation>
        </message>
        <message>
            <source>e.g. the store changed hands; ended by mutual agreement</source>
            <translation>例如：门店经营权转让，双方协商一致提前终止</translation>
        </message>
        <message>
            <source>Terminated on</source>
            <translation>终止日期</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>终止原因</translation>
        </message>
    </context>
    <context>
        <name>UndoImport</name>
        <message>
            <source>Undo this import? The {0} dealer(s) it created will be deleted, and the {1} dealer(s) it updated will be restored to what they were before the import.</source>
            <translation>确定撤销本次导入？将删除本次新建的 {0} 家车商，并把 {1} 家被更新的车商恢复为导入前的内容。</translation>
        </message>
        <message>
            <source>Undo this import? The {0} dealer(s) it created will be deleted.</source>
            <translation>确定撤销本次导入？将删除本次新建的 {0} 家车商。</translation>
        </message>
        <message>
            <source>Undo this import? The {0} dealer(s) it updated will be restored to what they were before the import.</source>
            <translation>确定撤销本次导入？将把 {0} 家被更新的车商恢复为导入前的内容。</translation>
        </message>
        <message>
            <source>Dealers edited since the import, and new ones that already have visits, key people or other records, are kept as they are.</source>
            <translation>导入后又被修改过的车商，以及已有走访、关键人物或其他记录的新建车商，将保持不变。</translation>
        </message>
        <message>
            <source>Undo import</source>
            <translation>撤销导入</translation>
        </message>
        <message>
            <source>{0}: {1}</source>
            <translation>{0}：{1} 家</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source> and {0} more</source>
            <translation>，另有 {0} 家</translation>
        </message>
        <message>
            <source> ({0})</source>
            <translation>（{0}）</translation>
        </message>
    </context>
    <context>
        <name>Unsaved</name>
        <message>
            <source>Unsaved changes</source>
            <translation>有未保存的修改</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <source>Do&amp;n't save</source>
            <translation>不保存(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>取消(&amp;C)</translation>
        </message>
    </context>
    <context>
        <name>UserDialog</name>
        <message>
            <source>New user</source>
            <translation>新用户</translation>
        </message>
        <message>
            <source>User {0}</source>
            <translation>用户 {0}</translation>
        </message>
        <message>
            <source>e.g. wangcm (lower-case letters and digits)</source>
            <translation>例如 wangcm（小写字母和数字）</translation>
        </message>
        <message>
            <source>e.g. 王春梅</source>
            <translation>例如 王春梅</translation>
        </message>
        <message>
            <source>e.g. 杭州一组 (empty: the whole branch)</source>
            <translation>例如 杭州一组（留空：全分公司）</translation>
        </message>
        <message>
            <source>Login:</source>
            <translation>登录名：</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>姓名：</translation>
        </message>
        <message>
            <source>Team:</source>
            <translation>团队：</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Signs in through the company directory (no password here)</source>
            <translation>通过公司目录登录（此处不设密码）</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>密码：</translation>
        </message>
        <message>
            <source>Password again:</source>
            <translation>再次输入密码：</translation>
        </message>
        <message>
            <source>At least {0} characters. Tell the person their password in person; they can keep it in their computer's credential store.</source>
            <translation>至少 {0} 个字符。请当面告知本人密码；本人可将其保存在自己电脑的凭据存储中。</translation>
        </message>
        <message>
            <source>Required.</source>
            <translation>必填。</translation>
        </message>
    </context>
    <context>
        <name>UsersWindow</name>
        <message>
            <source>Users and permissions</source>
            <translation>用户与权限</translation>
        </message>
        <message>
            <source>Everyone who signs in to the office database {0}. Roles decide what each person may do; the database itself enforces them.</source>
            <translation>登录机构数据库 {0} 的所有人员。角色决定每个人可以做什么，并由数据库本身强制执行。</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>登录名</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>团队</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>&amp;Add user…</source>
            <translation>添加用户(&amp;A)…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>编辑(&amp;E)…</translation>
        </message>
        <message>
            <source>Reset &amp;password…</source>
            <translation>重设密码(&amp;P)…</translation>
        </message>
        <message>
            <source>&amp;Disable</source>
            <translation>停用(&amp;D)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Disabled</source>
            <translation>已停用</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>正常</translation>
        </message>
        <message>
            <source>(whole branch)</source>
            <translation>（全分公司）</translation>
        </message>
        <message>
            <source>&amp;Enable</source>
            <translation>启用(&amp;E)</translation>
        </message>
        <message>
            <source>User {0} added</source>
            <translation>已添加用户 {0}</translation>
        </message>
        <message>
            <source>User {0} changed</source>
            <translation>已修改用户 {0}</translation>
        </message>
        <message>
            <source>Password of {0} reset</source>
            <translation>已重设 {0} 的密码</translation>
        </message>
        <message>
            <source>{0} may sign in again</source>
            <translation>{0} 已可再次登录</translation>
        </message>
        <message>
            <source>{0} can no longer sign in</source>
            <translation>{0} 已不能登录</translation>
        </message>
    </context>
    <context>
        <name>VisitDialog</name>
        <message>
            <source>Visit</source>
            <translation>走访</translation>
        </message>
        <message>
            <source>Visit date *</source>
            <translation>走访日期 *</translation>
        </message>
        <message>
            <source>yyyy-MM-dd</source>
            <translation>yyyy-MM-dd</translation>
        </message>
        <message>
            <source>Our visitors</source>
            <translation>我司走访人员</translation>
        </message>
        <message>
            <source>People met</source>
            <translation>会见人员</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>走访发现</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>下一步</translation>
        </message>
        <message>
            <source>Next step date</source>
            <translation>下一步日期</translation>
        </message>
    </context>
    <context>
        <name>NegotiationSettingsAdvantages</name>
        <message>
            <source>Our advantages</source>
            <translation>我司优势</translation>
        </message>
        <message>
            <source>The figures the main negotiator presents in step 4 (our advantages), printed in every packet and on the brochure. Give each its source and the month it holds for (e.g. 2026-10); an empty one prints as “not filled in” and keeps the meeting from being ready.</source>
            <translation>主商谈人在第四步（优势介绍）中介绍的数据，印于每份谈判资料和合作说明书。每项请注明来源及截至月份（如 2026-10）；空缺项打印为“未填写”，会谈不能就绪。</translation>
        </message>
        <message>
            <source>Advantage</source>
            <translation>优势项目</translation>
        </message>
        <message>
            <source>Figure, in the words we print</source>
            <translation>数据（按打印措辞填写）</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>As of (month)</source>
            <translation>截至月份</translation>
        </message>
        <message>
            <source>e.g. the branch's claims department</source>
            <translation>如：分公司理赔部</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>数据</translation>
        </message>
    </context>
</TS>

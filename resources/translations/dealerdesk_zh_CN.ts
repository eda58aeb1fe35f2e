<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
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
        <source>Profile</source>
        <translation>画像</translation>
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
        <source>Relationships</source>
        <translation>人脉</translation>
    </message>
    <message>
        <source>Save the dealer with at least one key person first.</source>
        <translation>请先保存车商，并至少录入一位关键人物。</translation>
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
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>Discard the changes to this dealer file?</source>
        <translation>放弃对此车商档案的修改？</translation>
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
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Loading dealers…</source>
        <translation>正在载入车商…</translation>
    </message>
    <message>
        <source>{0} of {1} dealers</source>
        <translation>显示 {0} 家，共 {1} 家车商</translation>
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
    <name>Errors</name>
    <message>
        <source>The database cannot be used: {0}</source>
        <translation>数据库无法使用：{0}</translation>
    </message>
    <message>
        <source>A file could not be read or written: {0}</source>
        <translation>文件无法读取或写入：{0}</translation>
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
    <name>MainWindow</name>
    <message>
        <source>DealerDesk — dealer-channel workbench</source>
        <translation>车商渠道工作台 DealerDesk</translation>
    </message>
    <message>
        <source>User: {0}</source>
        <translation>当前用户：{0}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
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
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
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
    <name>Sections</name>
    <message>
        <source>Dealers</source>
        <translation>车商档案</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
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
</TS>
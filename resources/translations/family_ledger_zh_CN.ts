<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChildDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/child_form.py" line="37" />
        <source>Child</source>
        <translation>子女</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/child_form.py" line="37" />
        <source>Edit child</source>
        <translation>编辑子女</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/child_form.py" line="60" />
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/child_form.py" line="61" />
        <source>&amp;Sex</source>
        <translation>性别(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/child_form.py" line="62" />
        <source>&amp;Birth date</source>
        <translation>出生日期(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/child_form.py" line="63" />
        <source>&amp;ID number</source>
        <translation>身份证号码(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/child_form.py" line="64" />
        <source>Birth &amp;registration date</source>
        <translation>生育登记日期(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/child_form.py" line="65" />
        <source>Date re&amp;ported</source>
        <translation>上报日期(&amp;P)</translation>
    </message>
</context>
<context>
    <name>ChildrenModel</name>
    <message>
        <location filename="../../desktop/gui/dialogs/children.py" line="75" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/children.py" line="75" />
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/children.py" line="75" />
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/children.py" line="75" />
        <source>Birth order</source>
        <translation>孩次</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/children.py" line="76" />
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/children.py" line="76" />
        <source>Birth registered</source>
        <translation>生育登记</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/children.py" line="76" />
        <source>Reported</source>
        <translation>上报日期</translation>
    </message>
</context>
<context>
    <name>ChildrenPanel</name>
    <message>
        <location filename="../../desktop/gui/dialogs/children.py" line="116" />
        <source>&amp;Add child…</source>
        <translation>添加子女(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/children.py" line="117" />
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/children.py" line="118" />
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/children.py" line="167" />
        <source>this child</source>
        <translation>该子女</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/children.py" line="168" />
        <source>Remove child</source>
        <translation>删除子女</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/children.py" line="169" />
        <source>Remove {name} from this record?</source>
        <translation>从档案中删除 {name}？</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../desktop/gui/widgets/date_field.py" line="52" />
        <source>YYYY-MM-DD</source>
        <translation>年-月-日</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/date_field.py" line="58" />
        <source>Pick a date from the calendar</source>
        <translation>从日历中选择日期</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/first_run.py" line="48" />
        <source>Welcome to Family Ledger</source>
        <translation>欢迎使用人口家庭服务台账</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/first_run.py" line="51" />
        <source>Before you start, please tell the ledger about your office. The office name and your name are printed on reports; you can change them later.</source>
        <translation>开始之前，请填写本单位的基本信息。单位名称和您的姓名会印在报表上，以后可以修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/first_run.py" line="56" />
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/first_run.py" line="59" />
        <source>One sub-unit per line (may stay empty)</source>
        <translation>每行一个下级单位（可以不填）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/first_run.py" line="64" />
        <source>Load sample data to try the app</source>
        <translation>载入示例数据试用</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/first_run.py" line="65" />
        <source>Adds {count} made-up persons. Use a fresh data file for real work.</source>
        <translation>将添加 {count} 名虚构人员。正式使用时请换一个新的数据文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/first_run.py" line="72" />
        <source>&amp;Office name</source>
        <translation>单位名称(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/first_run.py" line="73" />
        <source>&amp;Sub-units</source>
        <translation>下级单位(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/first_run.py" line="74" />
        <source>Your &amp;name</source>
        <translation>您的姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/first_run.py" line="75" />
        <source>Your &amp;phone</source>
        <translation>您的电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/first_run.py" line="80" />
        <source>&amp;Start</source>
        <translation>开始使用(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/first_run.py" line="94" />
        <source>Please enter the name of your office.</source>
        <translation>请输入本单位的名称。</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../desktop/gui/dialogs/history.py" line="45" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/history.py" line="45" />
        <source>User</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/history.py" line="45" />
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/history.py" line="45" />
        <source>Field</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/history.py" line="46" />
        <source>Old → new</source>
        <translation>原值 → 新值</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/history.py" line="66" />
        <source>Person</source>
        <translation>本人</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/history.py" line="69" />
        <source>Child</source>
        <translation>子女</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/history.py" line="84" />
        <source>Moved to the recycle bin</source>
        <translation>移入回收站</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/history.py" line="85" />
        <source>Removed ({name})</source>
        <translation>已删除（{name}）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/history.py" line="87" />
        <source>Restored from the recycle bin</source>
        <translation>从回收站恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/history.py" line="91" />
        <source>Entered: {new}</source>
        <translation>录入：{new}</translation>
    </message>
</context>
<context>
    <name>IdNumberField</name>
    <message>
        <location filename="../../desktop/gui/widgets/id_number_field.py" line="38" />
        <source>18 characters, e.g. 330102199003071246</source>
        <translation>18位，例如 330102199003071246</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/id_number_field.py" line="39" />
        <source>Convert to 18 digits</source>
        <translation>转换为18位</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/id_number_field.py" line="55" />
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/id_number_field.py" line="55" />
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/id_number_field.py" line="56" />
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/widgets/id_number_field.py" line="106" />
        <source>%n of 18 characters typed.</source>
        <translation><numerusform>已输入 %n 位，共18位。</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/id_number_field.py" line="122" />
        <source>Valid ID number ({region}).</source>
        <translation>身份证号码有效（{region}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/id_number_field.py" line="126" />
        <source>Click “Convert to 18 digits” to use it.</source>
        <translation>请点击“转换为18位”后使用。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="38" />
        <source>Family Ledger</source>
        <translation>人口家庭服务台账</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="53" />
        <source>Persons</source>
        <translation>人员档案</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="55" />
        <source>Data file: {path}</source>
        <translation>数据文件：{path}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="88" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="89" />
        <source>&amp;New person…</source>
        <translation>新建人员(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="90" />
        <source>&amp;Units…</source>
        <translation>单位管理(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="91" />
        <source>&amp;Recycle bin…</source>
        <translation>回收站(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="92" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="98" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="99" />
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="102" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="103" />
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="156" />
        <source>About Family Ledger</source>
        <translation>关于人口家庭服务台账</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="160" />
        <source>&lt;b&gt;Family Ledger&lt;/b&gt;&lt;br&gt;Version {version}&lt;br&gt;Offline registers for a family-services clerk.&lt;br&gt;&lt;br&gt;Data file:&lt;br&gt;{path}</source>
        <translation>&lt;b&gt;人口家庭服务台账&lt;/b&gt;&lt;br&gt;版本 {version}&lt;br&gt;供计生专干离线使用的台账软件。&lt;br&gt;&lt;br&gt;数据文件：&lt;br&gt;{path}</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../desktop/gui/dialogs/person_editor.py" line="54" />
        <source>Basic data</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/person_editor.py" line="55" />
        <source>Marriage</source>
        <translation>婚姻</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/person_editor.py" line="56" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/person_editor.py" line="57" />
        <source>Children</source>
        <translation>子女</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/person_editor.py" line="58" />
        <source>History</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/person_editor.py" line="65" />
        <source>Save and close</source>
        <translation>保存并关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/person_editor.py" line="67" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/person_editor.py" line="70" />
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/person_editor.py" line="118" />
        <source>New person</source>
        <translation>新建人员</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/person_editor.py" line="118" />
        <source>Person</source>
        <translation>人员档案</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/person_editor.py" line="141" />
        <source>Old ID number</source>
        <translation>旧身份证号码</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/person_editor.py" line="142" />
        <source>This is an old 15-digit ID number. Convert it to the 18-character form {number} and save?</source>
        <translation>这是旧的15位身份证号码。转换为18位号码 {number} 并保存吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/person_editor.py" line="157" />
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/person_editor.py" line="182" />
        <source>Delete person</source>
        <translation>删除人员</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/person_editor.py" line="183" />
        <source>Move the record of {name} to the recycle bin? It can be restored from there.</source>
        <translation>把 {name} 的档案移入回收站吗？以后可以从回收站恢复。</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../desktop/gui/dialogs/person_form.py" line="86" />
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/person_form.py" line="87" />
        <source>&amp;ID number</source>
        <translation>身份证号码(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/person_form.py" line="88" />
        <source>E&amp;thnicity</source>
        <translation>民族(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/person_form.py" line="89" />
        <source>&amp;Phone</source>
        <translation>联系电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/person_form.py" line="90" />
        <source>&amp;Household address</source>
        <translation>户籍地址(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/person_form.py" line="91" />
        <source>C&amp;urrent address</source>
        <translation>现居住地址(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/person_form.py" line="92" />
        <source>U&amp;nit</source>
        <translation>单位(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/person_form.py" line="93" />
        <source>&amp;Category</source>
        <translation>类别(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/person_form.py" line="94" />
        <source>&amp;Registration date</source>
        <translation>登记日期(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/person_form.py" line="95" />
        <source>Migrant</source>
        <translation>流动人口</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/person_form.py" line="97" />
        <source>&amp;Origin (household registration)</source>
        <translation>户籍地(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/person_form.py" line="98" />
        <source>&amp;Arrival date</source>
        <translation>流入日期(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/person_form.py" line="99" />
        <source>&amp;Employer or landlord</source>
        <translation>用工单位或房东(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/person_form.py" line="109" />
        <source>&amp;Marital status</source>
        <translation>婚姻状况(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/person_form.py" line="110" />
        <source>Marriage &amp;date</source>
        <translation>结婚日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/person_form.py" line="111" />
        <source>&amp;Spouse's name</source>
        <translation>配偶姓名(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/person_form.py" line="112" />
        <source>Spouse's &amp;ID number</source>
        <translation>配偶身份证号码(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/person_form.py" line="113" />
        <source>Spouse's &amp;work unit</source>
        <translation>配偶工作单位(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/person_form.py" line="114" />
        <source>Spouse's &amp;phone</source>
        <translation>配偶电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/person_form.py" line="118" />
        <source>Check-up &amp;group</source>
        <translation>三查分组(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/person_form.py" line="119" />
        <source>One-child certificate &amp;number</source>
        <translation>独生子女父母光荣证号(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/person_form.py" line="120" />
        <source>One-child certificate &amp;date</source>
        <translation>光荣证发证日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/person_form.py" line="121" />
        <source>N&amp;otes</source>
        <translation>备注(&amp;O)</translation>
    </message>
</context>
<context>
    <name>PersonTableModel</name>
    <message>
        <location filename="../../desktop/gui/models/person_table.py" line="66" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/person_table.py" line="66" />
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/person_table.py" line="66" />
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/person_table.py" line="66" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/person_table.py" line="67" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/person_table.py" line="67" />
        <source>Marital status</source>
        <translation>婚姻状况</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/person_table.py" line="67" />
        <source>Children</source>
        <translation>子女数</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/person_table.py" line="67" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>PersonsPage</name>
    <message>
        <location filename="../../desktop/gui/pages/persons_page.py" line="61" />
        <source>Search by name, pinyin, initials, ID number or phone</source>
        <translation>按姓名、拼音、首字母、身份证号码或电话查找</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/persons_page.py" line="64" />
        <source>Unit (sub-units included)</source>
        <translation>单位（含下级单位）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/persons_page.py" line="66" />
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/persons_page.py" line="73" />
        <source>New person…</source>
        <translation>新建人员…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/persons_page.py" line="180" />
        <source>%n person(s)</source>
        <translation><numerusform>共 %n 人</numerusform></translation>
    </message>
</context>
<context>
    <name>RecycleBinDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/recycle_bin.py" line="37" />
        <source>Recycle bin</source>
        <translation>回收站</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/recycle_bin.py" line="40" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/recycle_bin.py" line="40" />
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/recycle_bin.py" line="41" />
        <source>Deleted at</source>
        <translation>删除时间</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/recycle_bin.py" line="50" />
        <source>The recycle bin is empty.</source>
        <translation>回收站是空的。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/recycle_bin.py" line="51" />
        <source>Show &amp;more</source>
        <translation>显示更多(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/recycle_bin.py" line="53" />
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
</context>
<context>
    <name>UnitCombo</name>
    <message>
        <location filename="../../desktop/gui/widgets/unit_combo.py" line="22" />
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
</context>
<context>
    <name>UnitsDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/units_dialog.py" line="44" />
        <source>Units</source>
        <translation>单位管理</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/units_dialog.py" line="53" />
        <source>&amp;Add sub-unit…</source>
        <translation>添加下级单位(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/units_dialog.py" line="54" />
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/units_dialog.py" line="55" />
        <source>&amp;Move…</source>
        <translation>移动(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/units_dialog.py" line="56" />
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/units_dialog.py" line="128" />
        <source>Add sub-unit</source>
        <translation>添加下级单位</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/units_dialog.py" line="128" />
        <source>Name of the new unit:</source>
        <translation>新单位的名称：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/units_dialog.py" line="138" />
        <source>Rename unit</source>
        <translation>重命名单位</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/units_dialog.py" line="138" />
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/units_dialog.py" line="151" />
        <source>(top level)</source>
        <translation>（最上级）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/units_dialog.py" line="152" />
        <source>Move unit</source>
        <translation>移动单位</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/units_dialog.py" line="152" />
        <source>Move it under:</source>
        <translation>移到以下单位之下：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/units_dialog.py" line="162" />
        <source>Delete unit</source>
        <translation>删除单位</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/units_dialog.py" line="163" />
        <source>Delete the unit {name}?</source>
        <translation>删除单位“{name}”吗？</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../desktop/cli_commands.py" line="31" />
        <source>The file cannot be written: {reason}</source>
        <translation>无法写入文件：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_commands.py" line="47" />
        <source>--persons must be at least 1.</source>
        <translation>--persons 至少为 1。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_commands.py" line="62" />
        <source>Added {persons} demo persons with {children} children in {seconds:.1f} s to {path}.</source>
        <translation>已向 {path} 添加 {persons} 名演示人员及 {children} 名子女，用时 {seconds:.1f} 秒。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_commands.py" line="77" />
        <source>{path}: a Family Ledger data file, schema version {revision}, {persons} persons, integrity check passed.</source>
        <translation>{path}：人口家庭服务台账数据文件，结构版本 {revision}，共 {persons} 人，完整性检查通过。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_commands.py" line="85" />
        <source>It was written by an older version and will be upgraded (after a copy) when the app opens it.</source>
        <translation>该文件由旧版本写入，程序打开时会先复制一份，再升级。</translation>
    </message>
</context>
<context>
    <name>enums</name>
    <message>
        <location filename="../../desktop/domain/enums.py" line="59" />
        <source>Resident</source>
        <translation>常住</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="60" />
        <source>Inflow</source>
        <translation>流入</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="61" />
        <source>Outflow</source>
        <translation>流出</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="62" />
        <source>Single</source>
        <translation>未婚</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="63" />
        <source>First marriage</source>
        <translation>初婚</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="64" />
        <source>Remarried</source>
        <translation>再婚</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="65" />
        <source>Divorced</source>
        <translation>离婚</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="66" />
        <source>Widowed</source>
        <translation>丧偶</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="67" />
        <source>Key</source>
        <translation>重点</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="68" />
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="69" />
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="70" />
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="71" />
        <source>Registered</source>
        <translation>在册</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="72" />
        <location filename="../../desktop/domain/enums.py" line="178" />
        <source>Moved away</source>
        <translation>迁出</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="73" />
        <location filename="../../desktop/domain/enums.py" line="180" />
        <source>Deceased</source>
        <translation>死亡</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="74" />
        <source>Aged out</source>
        <translation>已出育龄</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="75" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="148" />
        <source>Live birth</source>
        <translation>活产</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="149" />
        <source>Stillbirth</source>
        <translation>死产</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="150" />
        <source>Miscarriage</source>
        <translation>自然流产</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="151" />
        <source>Termination</source>
        <translation>终止妊娠</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="152" />
        <source>IUD</source>
        <translation>上环</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="153" />
        <source>Tubal ligation</source>
        <translation>女扎</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="154" />
        <source>Vasectomy</source>
        <translation>男扎</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="155" />
        <source>Implant</source>
        <translation>皮埋</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="156" />
        <source>Injectable</source>
        <translation>注射</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="157" />
        <source>Pill</source>
        <translation>口服药</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="158" />
        <source>Condom</source>
        <translation>避孕套</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="159" />
        <source>Other method</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="160" />
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="161" />
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="162" />
        <source>Abnormal</source>
        <translation>异常</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="163" />
        <source>Service station</source>
        <translation>服务站</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="164" />
        <source>Other hospital</source>
        <translation>其他医院</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="165" />
        <source>Mailed certificate</source>
        <translation>寄回证明</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="166" />
        <source>Consultation</source>
        <translation>咨询</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="167" />
        <source>Contraceptive supplies</source>
        <translation>发放避孕药具</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="168" />
        <source>Follow-up visit</source>
        <translation>随访</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="169" />
        <source>Health education</source>
        <translation>宣传教育</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="170" />
        <source>Referral</source>
        <translation>转诊</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="171" />
        <source>Pre-pregnancy check-up</source>
        <translation>孕前优生健康检查</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="172" />
        <source>Other service</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="173" />
        <source>One-child health fee</source>
        <translation>独生子女保健费</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="174" />
        <source>Reward support</source>
        <translation>奖励扶助</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="175" />
        <source>Special support</source>
        <translation>特别扶助</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="176" />
        <source>Monthly</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="177" />
        <source>Yearly</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="179" />
        <source>Returned</source>
        <translation>迁回</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../desktop/domain/idnumber.py" line="54" />
        <source>A 15-digit ID number must consist of 15 digits.</source>
        <translation>15位身份证号码应由15位数字组成。</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/idnumber.py" line="85" />
        <source>Please enter the ID number.</source>
        <translation>请输入身份证号码。</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/idnumber.py" line="90" />
        <source>This is an old 15-digit ID number. Its 18-character form is {converted}.</source>
        <translation>这是旧的15位身份证号码，对应的18位号码是 {converted}。</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/idnumber.py" line="100" />
        <source>An ID number has 18 characters; this one has {length}.</source>
        <translation>身份证号码应为18位，现在是 {length} 位。</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/idnumber.py" line="108" />
        <source>An ID number consists of 17 digits and a last character that is a digit or X.</source>
        <translation>身份证号码由17位数字和1位校验码（数字或X）组成。</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/idnumber.py" line="120" />
        <source>The birth date in the ID number ({digits}) is not a valid date.</source>
        <translation>身份证号码中的出生日期（{digits}）不是有效日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/idnumber.py" line="129" />
        <source>The check character of the ID number is wrong: please compare it with the card.</source>
        <translation>身份证号码的校验码不正确，请与身份证核对。</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/idnumber.py" line="138" />
        <source>The area code {code} at the start of the ID number does not exist.</source>
        <translation>身份证号码开头的地区码 {code} 不存在。</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/idnumber.py" line="153" />
        <source>This ID number belongs to a man (the 17th digit is odd); the register is for women. Please check the number.</source>
        <translation>该身份证号码属于男性（第17位为奇数），本档案只登记女性，请核对号码。</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/person_rules.py" line="30" />
        <source>The date {date} is in the future.</source>
        <translation>日期 {date} 晚于今天。</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/person_rules.py" line="39" />
        <source>A phone number holds digits, spaces, + and - only.</source>
        <translation>电话号码只能包含数字、空格、+ 和 -。</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/person_rules.py" line="51" />
        <source>This field holds at most {limit} characters.</source>
        <translation>此项最多 {limit} 个字。</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/person_rules.py" line="65" />
        <source>Please enter the name.</source>
        <translation>请输入姓名。</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/person_rules.py" line="69" />
        <location filename="../../desktop/services/persons.py" line="165" />
        <source>Please choose the unit.</source>
        <translation>请选择单位。</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/person_rules.py" line="71" />
        <source>Please choose the category.</source>
        <translation>请选择人员类别。</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/person_rules.py" line="74" />
        <source>Please choose the marital status.</source>
        <translation>请选择婚姻状况。</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/person_rules.py" line="78" />
        <source>Please choose the check-up group.</source>
        <translation>请选择三查分组。</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/person_rules.py" line="86" />
        <source>The date {date} is before her birth date ({birth}).</source>
        <translation>日期 {date} 早于她的出生日期（{birth}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/person_rules.py" line="93" />
        <source>A marriage date is given but the status is single.</source>
        <translation>填写了结婚日期，但婚姻状况是未婚。</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/person_rules.py" line="112" />
        <source>Child {number}: please enter the birth date.</source>
        <translation>第 {number} 个子女：请输入出生日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/person_rules.py" line="117" />
        <source>Child {number}: please choose the sex.</source>
        <translation>第 {number} 个子女：请选择性别。</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/person_rules.py" line="124" />
        <source>Child {number}: the birth date must be after the mother's 12th birthday.</source>
        <translation>第 {number} 个子女：出生日期必须晚于母亲12周岁生日。</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/person_rules.py" line="132" />
        <source>Child {number}: a date is before the child's birth.</source>
        <translation>第 {number} 个子女：有日期早于子女的出生日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/person_rules.py" line="143" />
        <source>Child {number}: the ID number does not match the birth date or sex entered.</source>
        <translation>第 {number} 个子女：身份证号码与填写的出生日期或性别不符。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/child_form.py" line="28" />
        <source>Please enter the child's birth date.</source>
        <translation>请输入子女的出生日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="22" />
        <source>Family Ledger</source>
        <translation>人口家庭服务台账</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/date_field.py" line="29" />
        <source>{text} is not a valid date. Type it like 2025-03-13.</source>
        <translation>“{text}”不是有效日期，请按 2025-03-13 的格式输入。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="43" />
        <source>An unexpected error occurred: {kind}. Nothing was saved.</source>
        <translation>发生意外错误（{kind}），没有保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/lock.py" line="36" />
        <source>The data file is already open in another window (program {app}, process {pid} on {host}). Close that window first; only one may write the file.</source>
        <translation>数据文件已在另一个窗口中打开（程序 {app}，计算机 {host} 上的进程 {pid}）。请先关闭那个窗口；同一时间只能有一个窗口写入数据文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/lock.py" line="44" />
        <source>The lock file beside the data file cannot be created; check that the folder is writable.</source>
        <translation>无法在数据文件旁创建锁定文件，请检查该文件夹是否可写。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/demo.py" line="94" />
        <source>The database already holds records; demo data is only written into an empty database (use --force to add it anyway).</source>
        <translation>数据库中已有记录；演示数据只写入空数据库（如仍要添加，请使用 --force）。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/persons.py" line="45" />
        <location filename="../../desktop/services/persons.py" line="95" />
        <location filename="../../desktop/services/persons.py" line="114" />
        <source>This person's record no longer exists.</source>
        <translation>此人的档案已不存在。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/persons.py" line="123" />
        <source>This record is not in the recycle bin.</source>
        <translation>此档案不在回收站中。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/persons.py" line="176" />
        <source>The ID number {id} already belongs to {name}, whose record is in the recycle bin. Restore that record instead of entering her again.</source>
        <translation>身份证号码 {id} 已属于 {name}，其档案在回收站中。请从回收站恢复该档案，不要重复录入。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/persons.py" line="184" />
        <source>The ID number {id} is already registered for {name}.</source>
        <translation>身份证号码 {id} 已登记在 {name} 的档案中。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/units.py" line="75" />
        <source>The parent unit no longer exists.</source>
        <translation>上级单位已不存在。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/units.py" line="103" />
        <source>A unit cannot be moved under itself or one of its sub-units.</source>
        <translation>单位不能移到它自己或它的下级单位之下。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/units.py" line="115" />
        <source>The unit {name} still has {count} sub-units; delete or move them first.</source>
        <translation>单位“{name}”还有 {count} 个下级单位，请先删除或移走它们。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/units.py" line="121" />
        <source>The unit {name} still has {count} persons (the recycle bin included); move them to another unit first.</source>
        <translation>单位“{name}”还有 {count} 名人员（含回收站），请先把他们移到其他单位。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/units.py" line="137" />
        <source>Please enter the unit's name.</source>
        <translation>请输入单位名称。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/units.py" line="139" />
        <source>A unit's name has at most 100 characters.</source>
        <translation>单位名称最多100个字。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/units.py" line="146" />
        <source>The unit no longer exists.</source>
        <translation>该单位已不存在。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/units.py" line="154" />
        <source>There is already a unit named {name}.</source>
        <translation>已有名为“{name}”的单位。</translation>
    </message>
    <message>
        <location filename="../../desktop/store/check.py" line="26" />
        <source>The data file {path} does not exist.</source>
        <translation>数据文件 {path} 不存在。</translation>
    </message>
    <message>
        <location filename="../../desktop/store/check.py" line="30" />
        <source>{path} holds no Family Ledger data (no schema version).</source>
        <translation>{path} 中没有台账数据（缺少版本信息）。</translation>
    </message>
    <message>
        <location filename="../../desktop/store/check.py" line="42" />
        <source>The data file {path} is damaged ({reason}).</source>
        <translation>数据文件 {path} 已损坏（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/store/check.py" line="47" />
        <source>The data file {path} is damaged: {reason}</source>
        <translation>数据文件 {path} 已损坏：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/store/db.py" line="111" />
        <source>{path} is a folder, not a data file.</source>
        <translation>{path} 是文件夹，不是数据文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/store/db.py" line="118" />
        <source>The data file {path} cannot be read: {reason}</source>
        <translation>无法读取数据文件 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/store/db.py" line="124" />
        <source>The data file {path} is empty (0 bytes). It was not changed; please restore a backup or choose another file.</source>
        <translation>数据文件 {path} 是空的（0 字节），文件未作任何改动；请恢复备份或选择其他文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/store/db.py" line="133" />
        <source>{path} is not a Family Ledger data file. It was not changed.</source>
        <translation>{path} 不是人口家庭服务台账的数据文件，文件未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../desktop/store/db.py" line="151" />
        <source>The data file {path} is damaged and cannot be opened ({reason}). It was not changed.</source>
        <translation>数据文件 {path} 已损坏，无法打开（{reason}），文件未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../desktop/store/db.py" line="162" />
        <source>{path} is a database of another program, not a Family Ledger data file. It was not changed.</source>
        <translation>{path} 是其他程序的数据库，不是台账数据文件，文件未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../desktop/store/db.py" line="171" />
        <source>The data file {path} was written by a newer version of Family Ledger. Your data is safe and was not changed; please install the newer version to open it.</source>
        <translation>数据文件 {path} 由更新版本的人口家庭服务台账写入。您的数据是安全的，未作任何改动；请安装新版本后再打开。</translation>
    </message>
    <message>
        <location filename="../../desktop/store/db.py" line="202" />
        <source>The folder {folder} does not exist.</source>
        <translation>文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <location filename="../../desktop/store/db.py" line="222" />
        <source>The data file {path} could not be prepared ({reason}). It was not changed.</source>
        <translation>无法准备数据文件 {path}（{reason}），文件未作任何改动。</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="12" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="13" />
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="14" />
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="15" />
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="16" />
        <source>Household address</source>
        <translation>户籍地址</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="17" />
        <source>Current address</source>
        <translation>现居住地址</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="18" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="19" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="20" />
        <source>Registration date</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="21" />
        <source>Origin (household registration)</source>
        <translation>户籍地</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="22" />
        <source>Arrival date</source>
        <translation>流入日期</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="23" />
        <source>Employer or landlord</source>
        <translation>用工单位或房东</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="24" />
        <source>Marital status</source>
        <translation>婚姻状况</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="25" />
        <source>Marriage date</source>
        <translation>结婚日期</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="26" />
        <source>Spouse's name</source>
        <translation>配偶姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="27" />
        <source>Spouse's ID number</source>
        <translation>配偶身份证号码</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="28" />
        <source>Spouse's work unit</source>
        <translation>配偶工作单位</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="29" />
        <source>Spouse's phone</source>
        <translation>配偶电话</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="30" />
        <source>Check-up group</source>
        <translation>三查分组</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="31" />
        <source>One-child certificate number</source>
        <translation>独生子女父母光荣证号</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="32" />
        <source>One-child certificate date</source>
        <translation>光荣证发证日期</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="33" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="34" />
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="35" />
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="36" />
        <source>Birth order</source>
        <translation>孩次</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="37" />
        <source>Birth registration date</source>
        <translation>生育登记日期</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="38" />
        <source>Date reported</source>
        <translation>上报日期</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="39" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="40" />
        <source>Parent unit</source>
        <translation>上级单位</translation>
    </message>
</context>
<context>
    <name>prompts</name>
    <message>
        <location filename="../../desktop/gui/dialogs/prompts.py" line="21" />
        <source>Unsaved changes</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/prompts.py" line="22" />
        <source>This record has changes that are not saved yet.</source>
        <translation>此档案有尚未保存的修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/prompts.py" line="23" />
        <source>Do you want to save them?</source>
        <translation>要保存吗？</translation>
    </message>
</context>
</TS>
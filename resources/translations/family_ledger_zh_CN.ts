<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/about_dialog.py" line="80"/>
        <source>About Family Ledger</source>
        <translation>关于人口家庭服务台账</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/about_dialog.py" line="86"/>
        <source>Version {version}</source>
        <translation>版本 {version}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/about_dialog.py" line="89"/>
        <source>Offline registers for a family-services clerk.</source>
        <translation>供计生专干离线使用的台账软件。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/about_dialog.py" line="102"/>
        <source>Open data folder</source>
        <translation>打开数据文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/about_dialog.py" line="105"/>
        <source>Data file:</source>
        <translation>数据文件：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/about_dialog.py" line="106"/>
        <source>Data folder:</source>
        <translation>数据文件夹：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/about_dialog.py" line="107"/>
        <source>Backup folder:</source>
        <translation>备份文件夹：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/about_dialog.py" line="119"/>
        <source>Third-party components and their licences:</source>
        <translation>第三方组件及其许可证：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/about_dialog.py" line="135"/>
        <source>Family Ledger is free software under the MIT licence. It includes these components, each under its own licence:</source>
        <translation>人口家庭服务台账是以 MIT 许可证发布的自由软件。它包含以下组件，各自遵循其许可证：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/about_dialog.py" line="140"/>
        <source>Qt and PySide6 are used under the GNU LGPL version 3: their libraries are separate files in the program folder and may be replaced by compatible versions. Their source code is at https://download.qt.io and https://code.qt.io/cgit/pyside/pyside-setup.git.</source>
        <translation>Qt 和 PySide6 按 GNU LGPL 第 3 版使用：它们的库是程序文件夹中的独立文件，可以替换为兼容的版本。其源代码见 https://download.qt.io 和 https://code.qt.io/cgit/pyside/pyside-setup.git。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/about_dialog.py" line="149"/>
        <source>The font&apos;s licence file is missing: {path}</source>
        <translation>缺少字体的许可证文件：{path}</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/accounts_dialog.py" line="49"/>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/accounts_dialog.py" line="51"/>
        <source>Any clerk who is signed in may add an account, set a new password for any account, and disable or enable one, as on the command line. The last account that can sign in cannot be disabled. Once the ledger has an account, everyone signs in at start.</source>
        <translation>与命令行相同：任何已登录的文书都可以添加账户、为任一账户设置新密码、停用或恢复账户。最后一个能登录的账户不能停用。台账一旦有了账户，每个人启动时都须登录。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/accounts_dialog.py" line="58"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/accounts_dialog.py" line="58"/>
        <source>Added on</source>
        <translation>添加日期</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/accounts_dialog.py" line="58"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/accounts_dialog.py" line="58"/>
        <source>Last sign-in</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/accounts_dialog.py" line="66"/>
        <source>No accounts yet: the ledger opens without signing in.</source>
        <translation>还没有账户：打开台账无需登录。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/accounts_dialog.py" line="74"/>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/accounts_dialog.py" line="75"/>
        <source>New &amp;password</source>
        <translation>新密码(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/accounts_dialog.py" line="76"/>
        <source>&amp;Repeat the password</source>
        <translation>再次输入密码(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/accounts_dialog.py" line="77"/>
        <source>&amp;Add account</source>
        <translation>添加账户(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/accounts_dialog.py" line="79"/>
        <source>&amp;Change password</source>
        <translation>修改密码(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/accounts_dialog.py" line="81"/>
        <location filename="../../desktop/gui/dialogs/accounts_dialog.py" line="131"/>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/accounts_dialog.py" line="87"/>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/accounts_dialog.py" line="107"/>
        <source>Can sign in</source>
        <translation>可以登录</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/accounts_dialog.py" line="108"/>
        <source>Disabled on {date}</source>
        <translation>{date} 已停用</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/accounts_dialog.py" line="110"/>
        <source>Never</source>
        <translation>从未登录</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/accounts_dialog.py" line="132"/>
        <source>&amp;Enable</source>
        <translation>恢复(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/accounts_dialog.py" line="143"/>
        <source>Added the account {name}; from now on everyone signs in.</source>
        <translation>已添加账户 {name}；今后每个人都须登录。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/accounts_dialog.py" line="154"/>
        <source>The password of {name} was changed.</source>
        <translation>{name} 的密码已修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/accounts_dialog.py" line="166"/>
        <source>The account {name} can no longer sign in.</source>
        <translation>账户 {name} 已停用，不能再登录。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/accounts_dialog.py" line="167"/>
        <source>The account {name} can sign in again.</source>
        <translation>账户 {name} 已恢复，可以重新登录。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/accounts_dialog.py" line="174"/>
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>BehindDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/gui/reports/behind_dialog.py" line="39"/>
        <source>{title}: %n person(s). Double-click one to open her record.</source>
        <translation>
            <numerusform>{title}：%n 人。双击一人打开其档案。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BehindTableModel</name>
    <message>
        <location filename="../../desktop/gui/reports/behind_model.py" line="26"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/behind_model.py" line="27"/>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/behind_model.py" line="28"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/behind_model.py" line="29"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/behind_model.py" line="30"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>BenefitDialog</name>
    <message>
        <location filename="../../desktop/gui/records/benefit_forms.py" line="36"/>
        <source>Benefit enrolment</source>
        <translation>扶助项目</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/benefit_forms.py" line="37"/>
        <source>Edit benefit enrolment</source>
        <translation>编辑扶助项目</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/benefit_forms.py" line="40"/>
        <source>yuan per period, e.g. 10.00</source>
        <translation>每期金额（元），例如 10.00</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/benefit_forms.py" line="47"/>
        <source>&amp;Programme</source>
        <translation>扶助项目(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/benefit_forms.py" line="48"/>
        <source>Standard &amp;amount (yuan)</source>
        <translation>标准金额（元）(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/benefit_forms.py" line="49"/>
        <source>Paid &amp;every</source>
        <translation>发放周期(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/benefit_forms.py" line="50"/>
        <source>&amp;Start date</source>
        <translation>开始日期(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/benefit_forms.py" line="51"/>
        <source>&amp;End date</source>
        <translation>结束日期(&amp;E)</translation>
    </message>
</context>
<context>
    <name>BenefitTab</name>
    <message>
        <location filename="../../desktop/gui/records/benefit_tab.py" line="45"/>
        <source>Add &amp;payment…</source>
        <translation>添加发放记录(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/benefit_tab.py" line="46"/>
        <source>Edit pa&amp;yment…</source>
        <translation>编辑发放记录(&amp;Y)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/benefit_tab.py" line="47"/>
        <source>Delete payme&amp;nt</source>
        <translation>删除发放记录(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/benefit_tab.py" line="56"/>
        <source>Payments of the selected enrolment</source>
        <translation>所选扶助项目的发放记录</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/benefit_tab.py" line="63"/>
        <source>Benefits</source>
        <translation>扶助项目</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/benefit_tab.py" line="66"/>
        <source>&amp;Add enrolment…</source>
        <translation>添加扶助项目(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/benefit_tab.py" line="69"/>
        <source>Programme</source>
        <translation>扶助项目</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/benefit_tab.py" line="69"/>
        <source>Standard amount</source>
        <translation>标准金额</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/benefit_tab.py" line="69"/>
        <source>Cycle</source>
        <translation>周期</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/benefit_tab.py" line="70"/>
        <source>Start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/benefit_tab.py" line="70"/>
        <source>End</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/benefit_tab.py" line="70"/>
        <source>Payments</source>
        <translation>发放次数</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/benefit_tab.py" line="70"/>
        <source>Paid in total</source>
        <translation>累计发放</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/benefit_tab.py" line="101"/>
        <source>the enrolment in {program} from {start} with its payments</source>
        <translation>{start} 起的{program}及其全部发放记录</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/benefit_tab.py" line="107"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/benefit_tab.py" line="107"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/benefit_tab.py" line="107"/>
        <source>Date paid</source>
        <translation>发放日期</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/benefit_tab.py" line="144"/>
        <source>Move the payment for {period} to the recycle bin? It can be restored from there.</source>
        <translation>把 {period} 的发放记录移入回收站吗？以后可以从回收站恢复。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/benefit_tab.py" line="147"/>
        <source>Delete payment</source>
        <translation>删除发放记录</translation>
    </message>
</context>
<context>
    <name>ChangeLogDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/change_log_dialog.py" line="47"/>
        <source>Change log</source>
        <translation>修改日志</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/change_log_dialog.py" line="52"/>
        <source>All records</source>
        <translation>全部记录</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/change_log_dialog.py" line="56"/>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/change_log_dialog.py" line="59"/>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/change_log_dialog.py" line="79"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/change_log_dialog.py" line="79"/>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/change_log_dialog.py" line="80"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/change_log_dialog.py" line="81"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/change_log_dialog.py" line="111"/>
        <source>The first day is after the last day.</source>
        <translation>开始日期晚于结束日期。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/dialogs/change_log_dialog.py" line="115"/>
        <source>%Ln entries</source>
        <translation>
            <numerusform>共 %Ln 条</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeLogModel</name>
    <message>
        <location filename="../../desktop/gui/models/change_log_table.py" line="30"/>
        <source>Created</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/change_log_table.py" line="30"/>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/change_log_table.py" line="31"/>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/change_log_table.py" line="31"/>
        <source>Restored</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/change_log_table.py" line="32"/>
        <source>Full ID number shown</source>
        <translation>查看完整身份证号</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/change_log_table.py" line="33"/>
        <source>Automatic backup</source>
        <translation>自动备份</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/change_log_table.py" line="37"/>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/change_log_table.py" line="37"/>
        <source>Exported</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/change_log_table.py" line="38"/>
        <source>Backed up</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/change_log_table.py" line="38"/>
        <source>Demo data added</source>
        <translation>添加演示数据</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/change_log_table.py" line="39"/>
        <source>Postponed</source>
        <translation>推迟提醒</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/change_log_table.py" line="51"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/change_log_table.py" line="53"/>
        <source>Password and lock</source>
        <translation>密码与锁屏</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/change_log_table.py" line="97"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/change_log_table.py" line="97"/>
        <source>User</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/change_log_table.py" line="97"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/change_log_table.py" line="97"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/change_log_table.py" line="98"/>
        <source>Field</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/change_log_table.py" line="98"/>
        <source>Old value</source>
        <translation>原值</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/change_log_table.py" line="98"/>
        <source>New value</source>
        <translation>新值</translation>
    </message>
</context>
<context>
    <name>CheckupDialog</name>
    <message>
        <location filename="../../desktop/gui/records/checkup_tab.py" line="33"/>
        <source>Check-up</source>
        <translation>三查记录</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/checkup_tab.py" line="33"/>
        <source>Edit check-up</source>
        <translation>编辑三查记录</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/checkup_tab.py" line="36"/>
        <source>P&amp;regnancy</source>
        <translation>查孕(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/checkup_tab.py" line="37"/>
        <source>&amp;IUD</source>
        <translation>查环(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/checkup_tab.py" line="38"/>
        <source>&amp;Gynaecological</source>
        <translation>查病(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/checkup_tab.py" line="48"/>
        <source>Pregna&amp;nt</source>
        <translation>已怀孕(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/checkup_tab.py" line="57"/>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/checkup_tab.py" line="58"/>
        <source>Items checked</source>
        <translation>检查项目</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/checkup_tab.py" line="59"/>
        <source>Pregnancy check</source>
        <translation>查孕结果</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/checkup_tab.py" line="60"/>
        <source>Res&amp;ult</source>
        <translation>结果(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/checkup_tab.py" line="61"/>
        <source>Findings / &amp;note</source>
        <translation>检查所见/备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/checkup_tab.py" line="62"/>
        <source>&amp;Place</source>
        <translation>地点(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/checkup_tab.py" line="63"/>
        <source>&amp;Source</source>
        <translation>来源(&amp;S)</translation>
    </message>
</context>
<context>
    <name>CheckupTab</name>
    <message>
        <location filename="../../desktop/gui/records/checkup_tab.py" line="102"/>
        <source>Check-ups</source>
        <translation>三查</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/checkup_tab.py" line="105"/>
        <source>&amp;Add check-up…</source>
        <translation>添加三查记录(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/checkup_tab.py" line="108"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/checkup_tab.py" line="108"/>
        <source>Items</source>
        <translation>检查项目</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/checkup_tab.py" line="108"/>
        <source>Pregnant</source>
        <translation>怀孕</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/checkup_tab.py" line="108"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/checkup_tab.py" line="109"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/checkup_tab.py" line="109"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/checkup_tab.py" line="109"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/checkup_tab.py" line="112"/>
        <source>Pregnancy</source>
        <translation>查孕</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/checkup_tab.py" line="112"/>
        <source>IUD</source>
        <translation>查环</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/checkup_tab.py" line="113"/>
        <source>Gynaecological</source>
        <translation>查病</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/checkup_tab.py" line="114"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/checkup_tab.py" line="122"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/checkup_tab.py" line="140"/>
        <source>the check-up of {date}</source>
        <translation>{date} 的三查记录</translation>
    </message>
</context>
<context>
    <name>ChildDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/child_form.py" line="38"/>
        <source>Child</source>
        <translation>子女</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/child_form.py" line="38"/>
        <source>Edit child</source>
        <translation>编辑子女</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/child_form.py" line="59"/>
        <source>Not linked</source>
        <translation>未关联</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/child_form.py" line="61"/>
        <source>Registered {registered}, LMP {lmp}</source>
        <translation>登记 {registered}，末次月经 {lmp}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/child_form.py" line="71"/>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/child_form.py" line="72"/>
        <source>&amp;Sex</source>
        <translation>性别(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/child_form.py" line="73"/>
        <source>&amp;Birth date</source>
        <translation>出生日期(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/child_form.py" line="74"/>
        <source>&amp;ID number</source>
        <translation>身份证号码(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/child_form.py" line="75"/>
        <source>Birth &amp;registration date</source>
        <translation>生育登记日期(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/child_form.py" line="76"/>
        <source>Date re&amp;ported</source>
        <translation>上报日期(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/child_form.py" line="77"/>
        <source>Her &amp;pregnancy</source>
        <translation>所属孕情(&amp;P)</translation>
    </message>
</context>
<context>
    <name>ChildrenModel</name>
    <message>
        <location filename="../../desktop/gui/dialogs/children.py" line="75"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/children.py" line="75"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/children.py" line="75"/>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/children.py" line="75"/>
        <source>Birth order</source>
        <translation>孩次</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/children.py" line="76"/>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/children.py" line="76"/>
        <source>Birth registered</source>
        <translation>生育登记</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/children.py" line="76"/>
        <source>Reported</source>
        <translation>上报日期</translation>
    </message>
</context>
<context>
    <name>ChildrenPanel</name>
    <message>
        <location filename="../../desktop/gui/dialogs/children.py" line="118"/>
        <source>&amp;Add child…</source>
        <translation>添加子女(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/children.py" line="119"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/children.py" line="120"/>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/children.py" line="174"/>
        <source>this child</source>
        <translation>该子女</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/children.py" line="175"/>
        <source>Remove child</source>
        <translation>删除子女</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/children.py" line="176"/>
        <source>Remove {name} from this record?</source>
        <translation>从档案中删除 {name}？</translation>
    </message>
</context>
<context>
    <name>ClosedWarning</name>
    <message>
        <location filename="../../desktop/gui/dialogs/closed_warning.py" line="49"/>
        <source>This changes the closed report of {period}: {figure} {old} → {new}</source>
        <translation>这会改变已结账的 {period}报表：{figure} {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/closed_warning.py" line="60"/>
        <source>This changes the per-unit figures of the closed report of {period}</source>
        <translation>这会改变已结账的 {period}报表的分单位数字</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/closed_warning.py" line="70"/>
        <source>Save anyway? The closed report keeps its figures and lists this correction beside them.</source>
        <translation>仍然保存吗？已结账的报表保留原数字，并在其下列出这条更正。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/closed_warning.py" line="73"/>
        <source>A closed report changes</source>
        <translation>已结账报表将被更正</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/closed_warning.py" line="82"/>
        <source>{year}-{month:02d}</source>
        <translation>{year}年{month:02d}月</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/closed_check.py" line="89"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/closed_check.py" line="90"/>
        <source>This may change the closed report of {period}: {figures}</source>
        <translation>这可能改变已结账的 {period}报表：{figures}</translation>
    </message>
</context>
<context>
    <name>ClosingPanel</name>
    <message>
        <location filename="../../desktop/gui/reports/closing_panel.py" line="96"/>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/closing_panel.py" line="97"/>
        <source>deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/closing_panel.py" line="98"/>
        <source>restored</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/closing_panel.py" line="107"/>
        <source>{rate}, numerator</source>
        <translation>{rate}分子</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/closing_panel.py" line="108"/>
        <source>{rate}, denominator</source>
        <translation>{rate}分母</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/closing_panel.py" line="122"/>
        <source>{year}-{month:02d}</source>
        <translation>{year}年{month:02d}月</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/closing_panel.py" line="141"/>
        <source>Close this period…</source>
        <translation>结账…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/closing_panel.py" line="143"/>
        <source>After printing the report you hand in: its figures and the persons behind them are stored and print the same whatever is corrected later.</source>
        <translation>打印并上报报表后结账：本期数字及其对应人员将被保存，之后无论如何更正，打印的都是结账时的数字。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/closing_panel.py" line="145"/>
        <source>Reopen…</source>
        <translation>反结账…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/closing_panel.py" line="146"/>
        <source>Show today&apos;s figures instead</source>
        <translation>显示按当前数据计算的数字</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/closing_panel.py" line="157"/>
        <source>Open her record</source>
        <translation>打开她的档案</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/closing_panel.py" line="189"/>
        <source>This period is not closed.</source>
        <translation>本期尚未结账。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/closing_panel.py" line="194"/>
        <source>Closed on {at} by {by}: the figures above are the ones handed in.</source>
        <translation>已于 {at} 结账（结账人：{by}）：上面显示的是上报时的数字。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/closing_panel.py" line="196"/>
        <source>Closed on {at}; the figures above are today&apos;s, not the ones handed in.</source>
        <translation>已于 {at} 结账；上面显示的是按当前数据计算的数字，不是上报时的数字。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/closing_panel.py" line="199"/>
        <source>Closed periods: {list}</source>
        <translation>已结账期间：{list}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/closing_panel.py" line="201"/>
        <source>No period is closed yet.</source>
        <translation>尚无已结账的期间。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/closing_panel.py" line="211"/>
        <source>Statistical error: {rate} ({count} corrections since closing)</source>
        <translation>统计误差率：{rate}（结账后更正 {count} 人）</translation>
    </message>
</context>
<context>
    <name>ContraceptionDialog</name>
    <message>
        <location filename="../../desktop/gui/records/contraception_tab.py" line="33"/>
        <source>Contraception</source>
        <translation>节育措施</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/contraception_tab.py" line="34"/>
        <source>Edit contraception</source>
        <translation>编辑节育措施</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/contraception_tab.py" line="42"/>
        <source>&amp;Method</source>
        <translation>措施(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/contraception_tab.py" line="43"/>
        <source>&amp;Start date</source>
        <translation>开始日期(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/contraception_tab.py" line="44"/>
        <source>&amp;End date</source>
        <translation>结束日期(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/contraception_tab.py" line="45"/>
        <source>&amp;Place</source>
        <translation>地点(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/contraception_tab.py" line="67"/>
        <source>{method}, started on {start}, is still in use. End it on {date} and record the new method?</source>
        <translation>{start} 开始的{method}仍在使用。要将其结束日期定为 {date}，并登记新的措施吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/contraception_tab.py" line="72"/>
        <source>End the current method</source>
        <translation>结束当前措施</translation>
    </message>
</context>
<context>
    <name>ContraceptionTab</name>
    <message>
        <location filename="../../desktop/gui/records/contraception_tab.py" line="84"/>
        <source>Contraception</source>
        <translation>节育措施</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/contraception_tab.py" line="87"/>
        <source>&amp;Add method…</source>
        <translation>添加节育措施(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/contraception_tab.py" line="90"/>
        <source>Method</source>
        <translation>措施</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/contraception_tab.py" line="90"/>
        <source>Start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/contraception_tab.py" line="90"/>
        <source>End</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/contraception_tab.py" line="90"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/contraception_tab.py" line="91"/>
        <location filename="../../desktop/gui/records/contraception_tab.py" line="102"/>
        <source>Current</source>
        <translation>当前</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/contraception_tab.py" line="116"/>
        <source>{method} from {start}</source>
        <translation>{start} 起的{method}</translation>
    </message>
</context>
<context>
    <name>CorrectionsModel</name>
    <message>
        <location filename="../../desktop/gui/reports/closing_panel.py" line="62"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/closing_panel.py" line="62"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/closing_panel.py" line="62"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/closing_panel.py" line="63"/>
        <source>Field: old → new</source>
        <translation>字段：原值 → 新值</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/closing_panel.py" line="63"/>
        <source>Figures it moves</source>
        <translation>影响的数字</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/closing_panel.py" line="87"/>
        <source>{field}: {old} → {new}</source>
        <translation>{field}：{old} → {new}</translation>
    </message>
</context>
<context>
    <name>DataCheckPage</name>
    <message>
        <location filename="../../desktop/gui/pages/data_check_page.py" line="74"/>
        <source>Run again</source>
        <translation>重新核查</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/data_check_page.py" line="108"/>
        <source>Data checks</source>
        <translation>数据核查</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/data_check_page.py" line="145"/>
        <source>Checking the records…</source>
        <translation>正在核查档案…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/data_check_page.py" line="185"/>
        <source>All checks</source>
        <translation>全部核查项目</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/data_check_page.py" line="214"/>
        <source>{count} findings in all; checked in {seconds:.1f} s.</source>
        <translation>共发现 {count} 个问题，核查用时 {seconds:.1f} 秒。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/data_check_page.py" line="217"/>
        <source>Showing the first {shown} of {count} here.</source>
        <translation>此处只显示前 {shown} 个，共 {count} 个。</translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/database_dialog.py" line="65"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/database_dialog.py" line="74"/>
        <source>Open now</source>
        <translation>当前打开的台账</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/database_dialog.py" line="81"/>
        <source>&amp;Test the connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/database_dialog.py" line="85"/>
        <source>A database server</source>
        <translation>数据库服务器</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/database_dialog.py" line="87"/>
        <source>Server &amp;address</source>
        <translation>服务器地址(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/database_dialog.py" line="88"/>
        <source>Pass&amp;word</source>
        <translation>密码(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/database_dialog.py" line="94"/>
        <source>&amp;Use this server from the next start</source>
        <translation>下次启动时使用此服务器(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/database_dialog.py" line="96"/>
        <source>Use the data &amp;file again</source>
        <translation>改回使用本机数据文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/database_dialog.py" line="98"/>
        <source>At the next start</source>
        <translation>下次启动时</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/database_dialog.py" line="106"/>
        <source>A ledger given at start (--db or FAMILY_LEDGER_DB) is opened instead of the one chosen here.</source>
        <translation>启动时指定的台账（--db 或 FAMILY_LEDGER_DB）优先于这里的选择。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/database_dialog.py" line="127"/>
        <source>The server database {address}</source>
        <translation>服务器数据库 {address}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/database_dialog.py" line="128"/>
        <source>The data file {path}</source>
        <translation>本机数据文件 {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/database_dialog.py" line="133"/>
        <source>The server database {address} is opened.</source>
        <translation>打开服务器数据库 {address}。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/database_dialog.py" line="134"/>
        <source>The data file in your data folder is opened.</source>
        <translation>打开本机数据文件夹中的数据文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/database_dialog.py" line="141"/>
        <source>Type an address of the form postgresql://user@server/database.</source>
        <translation>请输入形如 postgresql://用户名@服务器/数据库 的地址。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/database_dialog.py" line="156"/>
        <source>From the next start the app opens this server database.</source>
        <translation>下次启动起，程序将打开这个服务器数据库。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/database_dialog.py" line="162"/>
        <source>From the next start the app opens the data file again.</source>
        <translation>下次启动起，程序将重新打开本机数据文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/database_dialog.py" line="170"/>
        <source>Connecting to {address}…</source>
        <translation>正在连接 {address}…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/database_dialog.py" line="182"/>
        <source>Connected: PostgreSQL {version}; the database holds a ledger of this version.</source>
        <translation>连接成功：PostgreSQL {version}；该数据库中是本版本的台账。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/database_dialog.py" line="184"/>
        <source>Connected: PostgreSQL {version}; the database holds a ledger of an older version, upgraded when it is opened.</source>
        <translation>连接成功：PostgreSQL {version}；该数据库中是旧版本的台账，打开时将自动升级。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/database_dialog.py" line="186"/>
        <source>Connected: PostgreSQL {version}; the database is empty and becomes a new ledger when it is opened.</source>
        <translation>连接成功：PostgreSQL {version}；该数据库为空，打开时将建立新台账。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/database_dialog.py" line="188"/>
        <source>Connected: PostgreSQL {version}; but the database was upgraded by a newer version of Family Ledger: install it first.</source>
        <translation>连接成功：PostgreSQL {version}；但该数据库已被更新版本的人口家庭服务台账升级，请先安装新版本。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/database_dialog.py" line="197"/>
        <source>The connection failed: {reason}</source>
        <translation>连接失败：{reason}</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../desktop/gui/widgets/date_field.py" line="52"/>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/date_field.py" line="58"/>
        <source>Pick a date from the calendar</source>
        <translation>从日历中选择日期</translation>
    </message>
</context>
<context>
    <name>DateNoteDialog</name>
    <message>
        <location filename="../../desktop/gui/records/events_tab.py" line="42"/>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
</context>
<context>
    <name>DeletedPersonModel</name>
    <message>
        <location filename="../../desktop/gui/models/bin_tables.py" line="97"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/bin_tables.py" line="97"/>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/bin_tables.py" line="97"/>
        <source>Deleted at</source>
        <translation>删除时间</translation>
    </message>
</context>
<context>
    <name>DeletedRecordModel</name>
    <message>
        <location filename="../../desktop/gui/models/bin_tables.py" line="119"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/bin_tables.py" line="119"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/bin_tables.py" line="119"/>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/bin_tables.py" line="120"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/bin_tables.py" line="120"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/bin_tables.py" line="120"/>
        <source>Deleted at</source>
        <translation>删除时间</translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <location filename="../../desktop/gui/reports/print_documents.py" line="134"/>
        <source>Roster</source>
        <translation>花名册</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/print_documents.py" line="143"/>
        <source>Archive card</source>
        <translation>档案卡</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/print_documents.py" line="155"/>
        <source>Full ID numbers</source>
        <translation>完整身份证号码</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/print_documents.py" line="156"/>
        <source>The PDF will hold complete ID numbers, which are sensitive personal information. The document is noted in the change log. Continue?</source>
        <translation>PDF 将包含完整的身份证号码，属于敏感个人信息。此次打印会记入修改日志。是否继续？</translation>
    </message>
</context>
<context>
    <name>EventsTab</name>
    <message>
        <location filename="../../desktop/gui/records/events_tab.py" line="73"/>
        <source>&amp;Moved away…</source>
        <translation>迁出(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/events_tab.py" line="74"/>
        <source>&amp;Returned…</source>
        <translation>迁回(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/events_tab.py" line="75"/>
        <source>D&amp;eceased…</source>
        <translation>死亡(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/events_tab.py" line="76"/>
        <source>&amp;Delete latest…</source>
        <translation>删除最近一条(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/events_tab.py" line="77"/>
        <source>Record &amp;death…</source>
        <translation>登记死亡(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/events_tab.py" line="78"/>
        <source>&amp;Clear death…</source>
        <translation>清除死亡(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/events_tab.py" line="93"/>
        <source>Her children</source>
        <translation>她的子女</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/events_tab.py" line="99"/>
        <source>Life events</source>
        <translation>人员变动</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/events_tab.py" line="102"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/events_tab.py" line="102"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/events_tab.py" line="102"/>
        <source>Destination or note</source>
        <translation>去向或备注</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/events_tab.py" line="109"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/events_tab.py" line="109"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/events_tab.py" line="109"/>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/events_tab.py" line="109"/>
        <source>Date of death</source>
        <translation>死亡日期</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/events_tab.py" line="155"/>
        <source>Status: {status}</source>
        <translation>状态：{status}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/events_tab.py" line="157"/>
        <source>since {date}</source>
        <translation>自 {date} 起</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/events_tab.py" line="181"/>
        <source>Moved away</source>
        <translation>迁出</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/events_tab.py" line="181"/>
        <source>De&amp;stination</source>
        <translation>去向(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/events_tab.py" line="184"/>
        <source>Returned</source>
        <translation>迁回</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/events_tab.py" line="184"/>
        <location filename="../../desktop/gui/records/events_tab.py" line="187"/>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/events_tab.py" line="187"/>
        <source>Deceased</source>
        <translation>死亡</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/events_tab.py" line="203"/>
        <source>Delete event</source>
        <translation>删除事件</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/events_tab.py" line="204"/>
        <source>Move the event “{event}” of {date} to the recycle bin? Her status goes back to what it was before it.</source>
        <translation>把 {date} 的“{event}”事件移入回收站吗？她的状态将恢复为该事件之前的状态。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/events_tab.py" line="221"/>
        <source>Death of {name}</source>
        <translation>{name}的死亡登记</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/events_tab.py" line="221"/>
        <location filename="../../desktop/gui/records/events_tab.py" line="234"/>
        <source>the child</source>
        <translation>该子女</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/events_tab.py" line="232"/>
        <source>Clear death</source>
        <translation>清除死亡</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/events_tab.py" line="233"/>
        <source>Remove the date of death of {name}?</source>
        <translation>删除{name}的死亡日期吗？</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <location filename="../../desktop/gui/exchange/export_actions.py" line="59"/>
        <source>&amp;Import / export</source>
        <translation>导入/导出(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/export_actions.py" line="60"/>
        <source>&amp;Import from Excel…</source>
        <translation>从 Excel 导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/export_actions.py" line="61"/>
        <source>Import &amp;another kind of table…</source>
        <translation>导入其他格式的表格(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/export_actions.py" line="63"/>
        <source>&amp;Export all data…</source>
        <translation>导出全部数据(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/export_actions.py" line="64"/>
        <source>Import &amp;template…</source>
        <translation>导入模板(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/export_actions.py" line="65"/>
        <source>&amp;Undo last import…</source>
        <translation>撤销上次导入(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/export_actions.py" line="141"/>
        <source>Import another kind of table</source>
        <translation>导入其他格式的表格</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/export_actions.py" line="142"/>
        <source>A mapping was saved for a table with the same sheets and headers. Use it?</source>
        <translation>以前为工作表和表头都相同的表格保存过对应表。要用它吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/export_actions.py" line="151"/>
        <location filename="../../desktop/gui/exchange/export_actions.py" line="218"/>
        <source>Export all data</source>
        <translation>导出全部数据</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/export_actions.py" line="152"/>
        <source>Family Ledger data.xlsx</source>
        <translation>台账全部数据.xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/export_actions.py" line="156"/>
        <source>Full ID numbers</source>
        <translation>完整身份证号码</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/export_actions.py" line="157"/>
        <source>The file will hold complete ID numbers of every person, which are sensitive personal information. Keep it on this PC or a safe USB stick; the export is noted in the change log. Continue?</source>
        <translation>该文件将包含所有人员的完整身份证号码，属于敏感个人信息。请只保存在本机或安全的U盘中；此次导出会记入修改记录。要继续吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/export_actions.py" line="163"/>
        <source>Writing {name}…</source>
        <translation>正在写入 {name}…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/export_actions.py" line="167"/>
        <location filename="../../desktop/gui/exchange/export_actions.py" line="176"/>
        <source>Import template</source>
        <translation>导入模板</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/export_actions.py" line="168"/>
        <source>Import template.xlsx</source>
        <translation>导入模板.xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/export_actions.py" line="177"/>
        <source>The blank template was saved as {path}.
Fill in the sheets you need (columns marked * are required) and import it with File › Import / export › Import from Excel….</source>
        <translation>空白模板已保存为 {path}。
请填写需要的工作表（带 * 的列为必填），然后通过“文件 › 导入/导出 › 从 Excel 导入…”导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/export_actions.py" line="191"/>
        <location filename="../../desktop/gui/exchange/export_actions.py" line="223"/>
        <source>Undo last import</source>
        <translation>撤销上次导入</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/export_actions.py" line="193"/>
        <source>There is no import to undo.</source>
        <translation>没有可以撤销的导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/export_actions.py" line="198"/>
        <source>Undoing the import…</source>
        <translation>正在撤销导入…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/export_actions.py" line="203"/>
        <source>Undo the import of {file} made on {time} by {user}?</source>
        <translation>要撤销 {user} 于 {time} 导入的 {file} 吗？</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/exchange/export_actions.py" line="206"/>
        <source>%Ln record(s) it added will be removed</source>
        <translation>
            <numerusform>这次导入新增的 %Ln 条记录将被删除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/exchange/export_actions.py" line="219"/>
        <source>%Ln row(s) written to {path}</source>
        <translation>
            <numerusform>已将 %Ln 行写入 {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/exchange/export_actions.py" line="207"/>
        <source> and %n record(s) it updated will get their earlier values back.</source>
        <translation>
            <numerusform>，更新过的 %n 条记录将恢复为导入前的内容。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/exchange/export_actions.py" line="224"/>
        <source>The import was undone: %n record(s) removed</source>
        <translation>
            <numerusform>导入已撤销：删除了 %n 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/exchange/export_actions.py" line="225"/>
        <source>, %n put back as they were.</source>
        <translation>
            <numerusform>，%n 条记录已恢复原样。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FiguresView</name>
    <message>
        <location filename="../../desktop/gui/reports/figures_view.py" line="73"/>
        <source>Open her record to correct it</source>
        <translation>打开她的档案进行更正</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/figures_view.py" line="74"/>
        <location filename="../../desktop/gui/reports/figures_view.py" line="134"/>
        <source>Click a number to list the persons behind it.</source>
        <translation>点击数字即可列出对应的人员。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/figures_view.py" line="97"/>
        <source>By unit (sub-units included)</source>
        <translation>分单位情况（含下级单位）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/reports/figures_view.py" line="145"/>
        <source>{what}: %n person(s)</source>
        <translation>
            <numerusform>{what}：%n 人</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/figures_view.py" line="154"/>
        <source>{rate}, below its target: in the denominator, not in the numerator</source>
        <translation>{rate}，未达标：计入分母而未计入分子的人员</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/figures_view.py" line="156"/>
        <source>{rate}, numerator</source>
        <translation>{rate}（分子）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/figures_view.py" line="157"/>
        <source>{rate}, denominator</source>
        <translation>{rate}（分母）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/figures_view.py" line="191"/>
        <source>WRA at start {start} + entries {entries} − exits {exits} = {total}; WRA at end {end}</source>
        <translation>期初 {start} + 增加 {entries} − 减少 {exits} = {total}；期末 {end}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/figures_view.py" line="198"/>
        <source>Balance holds: {line}</source>
        <translation>人数平衡：{line}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/figures_view.py" line="202"/>
        <source>Warning: the balance does not hold ({line}). A record was probably changed without a date or behind the period; check the persons below.</source>
        <translation>注意：人数不平衡（{line}）。可能有记录的变动没有日期或改在了本期之前，请核对下列人员。</translation>
    </message>
</context>
<context>
    <name>FindingTableModel</name>
    <message>
        <location filename="../../desktop/gui/models/finding_table.py" line="44"/>
        <source>Check</source>
        <translation>核查项目</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/finding_table.py" line="44"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/finding_table.py" line="44"/>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/finding_table.py" line="44"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/finding_table.py" line="45"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/first_run.py" line="80"/>
        <source>Welcome to Family Ledger</source>
        <translation>欢迎使用人口家庭服务台账</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/first_run.py" line="83"/>
        <source>Before you start, please tell the ledger about your office. The office name and your name are printed on reports; you can change them later.</source>
        <translation>开始之前，请填写本单位的基本信息。单位名称和您的姓名会印在报表上，以后可以修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/first_run.py" line="88"/>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/first_run.py" line="91"/>
        <source>One sub-unit per line (may stay empty)</source>
        <translation>每行一个下级单位（可以不填）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/first_run.py" line="96"/>
        <source>Load sample data to try the app</source>
        <translation>载入示例数据试用</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/first_run.py" line="97"/>
        <source>Adds {count} made-up persons. Use a fresh data file for real work.</source>
        <translation>将添加 {count} 名虚构人员。正式使用时请换一个新的数据文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/first_run.py" line="103"/>
        <source>Optional; asked at every start</source>
        <translation>可不填；填写后每次启动都要输入</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/first_run.py" line="104"/>
        <source>&amp;Encrypt the data file with the password</source>
        <translation>用密码加密数据文件(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/first_run.py" line="111"/>
        <source>&amp;Office name</source>
        <translation>单位名称(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/first_run.py" line="112"/>
        <source>&amp;Sub-units</source>
        <translation>下级单位(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/first_run.py" line="113"/>
        <source>Your &amp;name</source>
        <translation>您的姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/first_run.py" line="114"/>
        <source>Your &amp;phone</source>
        <translation>您的电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/first_run.py" line="115"/>
        <source>Pass&amp;word</source>
        <translation>密码(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/first_run.py" line="116"/>
        <source>&amp;Repeat password</source>
        <translation>再次输入密码(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/first_run.py" line="122"/>
        <source>&amp;Start</source>
        <translation>开始使用(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/first_run.py" line="136"/>
        <source>Please enter the name of your office.</source>
        <translation>请输入本单位的名称。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/first_run.py" line="141"/>
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>FollowupDialog</name>
    <message>
        <location filename="../../desktop/gui/records/pregnancy_forms.py" line="102"/>
        <source>Follow-up</source>
        <translation>随访</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/pregnancy_forms.py" line="107"/>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/pregnancy_forms.py" line="108"/>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
</context>
<context>
    <name>FontChoice</name>
    <message>
        <location filename="../../desktop/gui/dialogs/font_choice.py" line="17"/>
        <source>Bundled font (Droid Sans Fallback)</source>
        <translation>内置字体（Droid Sans Fallback）</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../desktop/gui/dialogs/history.py" line="45"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/history.py" line="45"/>
        <source>User</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/history.py" line="45"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/history.py" line="45"/>
        <source>Field</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/history.py" line="46"/>
        <source>Old → new</source>
        <translation>原值 → 新值</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/history.py" line="66"/>
        <source>Person</source>
        <translation>本人</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/history.py" line="69"/>
        <source>Child</source>
        <translation>子女</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/history.py" line="82"/>
        <source>Moved to the recycle bin</source>
        <translation>移入回收站</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/history.py" line="83"/>
        <source>Removed ({name})</source>
        <translation>已删除（{name}）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/history.py" line="85"/>
        <source>Restored from the recycle bin</source>
        <translation>从回收站恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/history.py" line="87"/>
        <source>Full ID number shown</source>
        <translation>查看了完整身份证号码</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/history.py" line="91"/>
        <source>Entered: {new}</source>
        <translation>录入：{new}</translation>
    </message>
</context>
<context>
    <name>IdNumberField</name>
    <message>
        <location filename="../../desktop/gui/widgets/id_number_field.py" line="39"/>
        <source>18 characters, e.g. 330102199003071246</source>
        <translation>18位，例如 330102199003071246</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/id_number_field.py" line="40"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/id_number_field.py" line="41"/>
        <source>Show the full ID number (noted in the change log)</source>
        <translation>显示完整身份证号码（会记入修改日志）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/id_number_field.py" line="45"/>
        <source>Convert to 18 digits</source>
        <translation>转换为18位</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/id_number_field.py" line="62"/>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/id_number_field.py" line="62"/>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/id_number_field.py" line="63"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/widgets/id_number_field.py" line="133"/>
        <source>%n of 18 characters typed.</source>
        <translation>
            <numerusform>已输入 %n 位，共18位。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/id_number_field.py" line="149"/>
        <source>Valid ID number ({region}).</source>
        <translation>身份证号码有效（{region}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/id_number_field.py" line="153"/>
        <source>Click “Convert to 18 digits” to use it.</source>
        <translation>请点击“转换为18位”后使用。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/gui/exchange/import_dialog.py" line="65"/>
        <source>Import from Excel</source>
        <translation>从 Excel 导入</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/import_dialog.py" line="67"/>
        <source>No file chosen.</source>
        <translation>尚未选择文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/import_dialog.py" line="69"/>
        <source>&amp;Choose file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/import_dialog.py" line="70"/>
        <source>&amp;Update persons already in the ledger with the values in the file</source>
        <translation>用文件中的内容更新台账中已有的人员(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/import_dialog.py" line="73"/>
        <source>Without this, rows of persons whose ID number is already in the ledger are rejected as duplicates.</source>
        <translation>不勾选时，身份证号码已在台账中的人员行将作为重复数据不予导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/import_dialog.py" line="79"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/import_dialog.py" line="80"/>
        <source>&amp;Save rejected rows…</source>
        <translation>保存未导入的行(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/import_dialog.py" line="81"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/import_dialog.py" line="82"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/import_dialog.py" line="128"/>
        <source>File: {path}</source>
        <translation>文件：{path}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/import_dialog.py" line="137"/>
        <source>Reading and checking the file…</source>
        <translation>正在读取并检查文件…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/import_dialog.py" line="145"/>
        <source>Importing… Cancel leaves the ledger as it was.</source>
        <translation>正在导入…点“取消”则台账保持原样。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/import_dialog.py" line="153"/>
        <source>{name} rejected rows.xlsx</source>
        <translation>{name}-未导入的行.xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/import_dialog.py" line="154"/>
        <source>Save rejected rows</source>
        <translation>保存未导入的行</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/import_dialog.py" line="159"/>
        <source>Writing the rejected rows to {name}…</source>
        <translation>正在把未导入的行写入 {name}…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/import_dialog.py" line="170"/>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/exchange/import_dialog.py" line="216"/>
        <source>%Ln rejected row(s) saved.</source>
        <translation>
            <numerusform>已保存 %Ln 行未导入的数据。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/import_dialog.py" line="227"/>
        <source>There is nothing in this file to import.</source>
        <translation>这个文件中没有可以导入的数据。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/exchange/import_dialog.py" line="230"/>
        <source>Ready: %n row(s) to add</source>
        <translation>
            <numerusform>检查完毕：新增 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/exchange/import_dialog.py" line="231"/>
        <source>, %n to update</source>
        <translation>
            <numerusform>，更新 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/exchange/import_dialog.py" line="232"/>
        <source>, %n rejected.</source>
        <translation>
            <numerusform>，不予导入 %n 行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/exchange/import_dialog.py" line="237"/>
        <source>Imported: %n row(s) added</source>
        <translation>
            <numerusform>导入完成：新增 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/exchange/import_dialog.py" line="238"/>
        <source>, %n updated.</source>
        <translation>
            <numerusform>，更新 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/import_dialog.py" line="241"/>
        <source>Added: {sheets}</source>
        <translation>新增：{sheets}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/import_dialog.py" line="244"/>
        <source>Updated: {sheets}</source>
        <translation>更新：{sheets}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/import_dialog.py" line="245"/>
        <source>File › Import / export › Undo last import… takes it back.</source>
        <translation>如需撤回，请用“文件 › 导入/导出 › 撤销上次导入…”。</translation>
    </message>
</context>
<context>
    <name>LedgerNote</name>
    <message>
        <location filename="../../desktop/gui/widgets/empty_note.py" line="68"/>
        <source>Import a workbook…</source>
        <translation>导入表格…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/empty_note.py" line="69"/>
        <source>New person…</source>
        <translation>新建人员…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/empty_note.py" line="73"/>
        <source>The ledger is empty. Import the workbook of the women you look after, or enter them one by one.</source>
        <translation>台账中还没有人员。可以导入所管育龄妇女的表格，也可以逐个新建。</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../desktop/gui/lock_screen.py" line="76"/>
        <location filename="../../desktop/gui/lock_screen.py" line="81"/>
        <source>Family Ledger is locked</source>
        <translation>人口家庭服务台账已锁定</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/lock_screen.py" line="82"/>
        <source>Family Ledger</source>
        <translation>人口家庭服务台账</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/lock_screen.py" line="84"/>
        <source>Enter the password to continue.</source>
        <translation>请输入密码后继续。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/lock_screen.py" line="87"/>
        <source>{name} is signed in. Type her password to continue, or sign in as another clerk.</source>
        <translation>当前登录的是 {name}。请输入其密码继续，或换一位文书登录。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/lock_screen.py" line="91"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/lock_screen.py" line="96"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/lock_screen.py" line="99"/>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/lock_screen.py" line="99"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/lock_screen.py" line="104"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/lock_screen.py" line="151"/>
        <source>The password is not correct. Please try again.</source>
        <translation>密码不正确，请重新输入。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="88"/>
        <source>Family Ledger</source>
        <translation>人口家庭服务台账</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="90"/>
        <source>{title} — signed in as {name}</source>
        <translation>{title} — 当前登录：{name}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="74"/>
        <source>Persons</source>
        <translation>人员档案</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="80"/>
        <source>Data file: {path}</source>
        <translation>数据文件：{path}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="126"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="127"/>
        <source>&amp;New person…</source>
        <translation>新建人员(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="128"/>
        <source>&amp;Units…</source>
        <translation>单位管理(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="129"/>
        <source>&amp;Recycle bin…</source>
        <translation>回收站(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="130"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="153"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="154"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="157"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="158"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="243"/>
        <source>&lt;b&gt;Family Ledger&lt;/b&gt;&lt;br&gt;Version {version}&lt;br&gt;Offline registers for a family-services clerk.&lt;br&gt;&lt;br&gt;Data file:&lt;br&gt;{path}</source>
        <translation>&lt;b&gt;人口家庭服务台账&lt;/b&gt;&lt;br&gt;版本 {version}&lt;br&gt;供计生专干离线使用的台账软件。&lt;br&gt;&lt;br&gt;数据文件：&lt;br&gt;{path}</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../../desktop/gui/exchange/mapping_dialog.py" line="83"/>
        <source>Import another kind of table</source>
        <translation>导入其他格式的表格</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/mapping_dialog.py" line="103"/>
        <source>File: {path}</source>
        <translation>文件：{path}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/mapping_dialog.py" line="106"/>
        <location filename="../../desktop/gui/exchange/mapping_dialog.py" line="258"/>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/mapping_dialog.py" line="114"/>
        <source>2 when a row of group names (such as 基本情况 over 姓名 and 身份证号) is above the column names: her columns are then named like 基本情况/姓名.</source>
        <translation>列名上面还有一行分组名称（例如“基本情况”跨在“姓名”“身份证号”上面）时填 2：她的列名就成为“基本情况/姓名”这样。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/mapping_dialog.py" line="120"/>
        <source>One more way her dates are written, in Python strptime codes: %Y%m%d reads 20260305. The usual forms (2026-03-05, 2026/3/5, 2026.3.5, 2026年3月5日) and Excel date cells are always read.</source>
        <translation>表格里日期的另一种写法，用 Python strptime 代码表示：%Y%m%d 可读 20260305。常用写法（2026-03-05、2026/3/5、2026.3.5、2026年3月5日）和 Excel 日期单元格总能读取。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/mapping_dialog.py" line="124"/>
        <source>Her &amp;sheet:</source>
        <translation>她的工作表(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/mapping_dialog.py" line="125"/>
        <source>&amp;Imported as:</source>
        <translation>导入为(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/mapping_dialog.py" line="126"/>
        <source>&amp;Headers on row:</source>
        <translation>表头所在行(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/mapping_dialog.py" line="127"/>
        <source>Header rows (with &amp;group names above):</source>
        <translation>表头行数（含上面的分组行）(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/mapping_dialog.py" line="128"/>
        <source>Extra &amp;date form:</source>
        <translation>另一种日期写法(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/mapping_dialog.py" line="129"/>
        <source>Her column</source>
        <translation>她的列</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/mapping_dialog.py" line="129"/>
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/mapping_dialog.py" line="130"/>
        <source>First value</source>
        <translation>第一行的值</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/mapping_dialog.py" line="131"/>
        <source>Choose a column to translate its values.</source>
        <translation>选中一列，可翻译它的取值。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/mapping_dialog.py" line="133"/>
        <source>Her value</source>
        <translation>她的取值</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/mapping_dialog.py" line="133"/>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/mapping_dialog.py" line="133"/>
        <source>Becomes</source>
        <translation>导入为</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/mapping_dialog.py" line="137"/>
        <source>&amp;Load mapping…</source>
        <translation>读取对应表(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/mapping_dialog.py" line="138"/>
        <source>Sa&amp;ve mapping…</source>
        <translation>保存对应表(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/mapping_dialog.py" line="139"/>
        <source>&amp;Next: check and import…</source>
        <translation>下一步：检查并导入(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/mapping_dialog.py" line="141"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/mapping_dialog.py" line="172"/>
        <source>The first rows as they will be stored:</source>
        <translation>前几行导入后的样子：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/mapping_dialog.py" line="246"/>
        <source>{form} is not a date form: it needs %Y, %m and %d (20260305 is %Y%m%d).</source>
        <translation>{form} 不是日期写法：须含 %Y、%m 和 %d（20260305 写作 %Y%m%d）。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/mapping_dialog.py" line="309"/>
        <source>Choose a column imported as a list of fixed values (such as 婚姻状况), yes/no or 单位 to translate its values.</source>
        <translation>选中导入为固定取值（如 婚姻状况）、是/否 或 单位 的列，可翻译它的取值。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/mapping_dialog.py" line="312"/>
        <source>Values of {column} and what each becomes (blank: as written):</source>
        <translation>{column} 的各个取值及导入为（空白：按原样）：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/mapping_dialog.py" line="366"/>
        <source>This sheet is not imported.</source>
        <translation>这个工作表不导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/mapping_dialog.py" line="383"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/mapping_dialog.py" line="383"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/mapping_dialog.py" line="411"/>
        <source>{name} mapping.json</source>
        <translation>{name} 对应表.json</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/mapping_dialog.py" line="413"/>
        <source>Save mapping</source>
        <translation>保存对应表</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/mapping_dialog.py" line="414"/>
        <source>Mappings (*.json)</source>
        <translation>对应表 (*.json)</translation>
    </message>
</context>
<context>
    <name>MaskedField</name>
    <message>
        <location filename="../../desktop/gui/widgets/masked_edit.py" line="55"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/masked_edit.py" line="56"/>
        <source>Show the full ID number (noted in the change log)</source>
        <translation>显示完整身份证号码（会记入修改日志）</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../desktop/gui/records/pregnancy_forms.py" line="141"/>
        <source>Record outcome</source>
        <translation>登记结局</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/pregnancy_forms.py" line="147"/>
        <source>Babies</source>
        <translation>婴儿</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/pregnancy_forms.py" line="149"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/pregnancy_forms.py" line="149"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/pregnancy_forms.py" line="149"/>
        <source>ID number (optional)</source>
        <translation>身份证号码（可不填）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/pregnancy_forms.py" line="152"/>
        <source>&amp;Add baby</source>
        <translation>添加婴儿(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/pregnancy_forms.py" line="153"/>
        <source>&amp;Remove last baby</source>
        <translation>删除最后一名婴儿(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/pregnancy_forms.py" line="161"/>
        <source>&amp;Outcome</source>
        <translation>结局(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/pregnancy_forms.py" line="162"/>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/pregnancy_forms.py" line="203"/>
        <source>Baby {number}: {problem}</source>
        <translation>第 {number} 名婴儿：{problem}</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../desktop/gui/pages/overview_page.py" line="137"/>
        <source>Women of reproductive age</source>
        <translation>育龄妇女</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/overview_page.py" line="137"/>
        <source>Married WRA</source>
        <translation>已婚育龄妇女</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/overview_page.py" line="138"/>
        <location filename="../../desktop/gui/pages/overview_page.py" line="300"/>
        <source>Check-up coverage</source>
        <translation>三查率</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/overview_page.py" line="139"/>
        <source>Contraceptive prevalence</source>
        <translation>节育率</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/overview_page.py" line="139"/>
        <source>Benefit payments</source>
        <translation>扶助金发放</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/overview_page.py" line="141"/>
        <source>Births per month (last 12 months)</source>
        <translation>每月出生人数（近12个月）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/overview_page.py" line="142"/>
        <source>Check-up coverage by month (%)</source>
        <translation>每月三查率（%）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/overview_page.py" line="143"/>
        <source>Contraception of married WRA</source>
        <translation>已婚育龄妇女节育措施构成</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/overview_page.py" line="178"/>
        <source>Overview</source>
        <translation>概况</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/overview_page.py" line="192"/>
        <source>Computing the overview for {period}…</source>
        <translation>正在计算 {period}概况…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/overview_page.py" line="208"/>
        <source>{period}: {start} to {end}</source>
        <translation>{period}：{start} 至 {end}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/overview_page.py" line="212"/>
        <source>This month has not ended yet</source>
        <translation>本月尚未结束</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/overview_page.py" line="216"/>
        <source>Births per month (since {month})</source>
        <translation>每月出生人数（自 {month} 起）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/overview_page.py" line="218"/>
        <source>Check-up coverage by month (%, since {month})</source>
        <translation>每月三查率（%，自 {month} 起）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/overview_page.py" line="221"/>
        <source>at the start: {n}</source>
        <translation>月初：{n}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/overview_page.py" line="224"/>
        <source>boys {boys}, girls {girls}</source>
        <translation>男 {boys}，女 {girls}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/overview_page.py" line="231"/>
        <source>{amount} yuan</source>
        <translation>{amount} 元</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/overview_page.py" line="245"/>
        <source>Below target this month (double-click one to list the persons that keep it below):</source>
        <translation>本月未达标指标（双击一项列出影响达标的人员）：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/overview_page.py" line="246"/>
        <source>Every rate with a target meets it this month.</source>
        <translation>本月设有考核目标的指标全部达标。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/overview_page.py" line="250"/>
        <source>{rate}: {value} ({num} / {den}), target {target}</source>
        <translation>{rate}：{value}（{num} / {den}），目标 {target}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/overview_page.py" line="268"/>
        <source>{rate}, below its target</source>
        <translation>{rate}，未达标人员</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/overview_page.py" line="288"/>
        <location filename="../../desktop/gui/pages/overview_page.py" line="308"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/overview_page.py" line="138"/>
        <location filename="../../desktop/gui/pages/overview_page.py" line="278"/>
        <source>Births</source>
        <translation>出生</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../desktop/gui/records/benefit_forms.py" line="81"/>
        <source>Payment</source>
        <translation>发放记录</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/benefit_forms.py" line="81"/>
        <source>Edit payment</source>
        <translation>编辑发放记录</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/benefit_forms.py" line="88"/>
        <source>{program}, {amount} {cycle}</source>
        <translation>{program}，每{cycle} {amount}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/benefit_forms.py" line="95"/>
        <source>YYYY-MM</source>
        <translation>年-月</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/benefit_forms.py" line="95"/>
        <source>YYYY</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/benefit_forms.py" line="99"/>
        <source>Enrolment</source>
        <translation>扶助项目</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/benefit_forms.py" line="100"/>
        <source>Pe&amp;riod</source>
        <translation>期间(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/benefit_forms.py" line="101"/>
        <source>&amp;Amount (yuan)</source>
        <translation>金额（元）(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/benefit_forms.py" line="102"/>
        <source>&amp;Date paid</source>
        <translation>发放日期(&amp;D)</translation>
    </message>
</context>
<context>
    <name>PdfDialog</name>
    <message>
        <location filename="../../desktop/gui/reports/print_documents.py" line="76"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/print_documents.py" line="77"/>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/print_documents.py" line="78"/>
        <source>Open in viewer</source>
        <translation>用阅读器打开</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/print_documents.py" line="97"/>
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/print_documents.py" line="98"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../desktop/gui/reports/pdf_preview.py" line="32"/>
        <source>◀ Previous</source>
        <translation>◀ 上一页</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/pdf_preview.py" line="33"/>
        <source>Next ▶</source>
        <translation>下一页 ▶</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/pdf_preview.py" line="51"/>
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/pdf_preview.py" line="78"/>
        <source>No preview yet: press Preview PDF.</source>
        <translation>尚无预览：请点击“预览 PDF”。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/pdf_preview.py" line="116"/>
        <source>Page {page} of {count}</source>
        <translation>第 {page} 页 共 {count} 页</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../../desktop/gui/reports/period_picker.py" line="22"/>
        <source>Monthly report</source>
        <translation>月报</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/period_picker.py" line="23"/>
        <source>Quarterly report</source>
        <translation>季报</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/period_picker.py" line="24"/>
        <source>Half-year report</source>
        <translation>半年报</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/period_picker.py" line="25"/>
        <source>Annual report</source>
        <translation>年报</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/period_picker.py" line="26"/>
        <source>Statistical year report</source>
        <translation>统计年报</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/period_picker.py" line="27"/>
        <source>Custom period</source>
        <translation>自定义期间</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/period_picker.py" line="28"/>
        <source>Register printout</source>
        <translation>登记簿打印</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/period_picker.py" line="49"/>
        <source> (year)</source>
        <translation> 年</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/period_picker.py" line="53"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/period_picker.py" line="114"/>
        <source>Type both dates like 2025-03-13.</source>
        <translation>请按 2025-03-13 的格式输入两个日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/period_picker.py" line="116"/>
        <source>The start date is after the end date.</source>
        <translation>开始日期晚于结束日期。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/reports/period_picker.py" line="139"/>
        <source>Quarter %n</source>
        <translation>
            <numerusform>第 %n 季度</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/period_picker.py" line="141"/>
        <source>First half</source>
        <translation>上半年</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/period_picker.py" line="142"/>
        <source>Second half</source>
        <translation>下半年</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/reports/period_picker.py" line="145"/>
        <source>Month %n</source>
        <translation>
            <numerusform>%n 月</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/period_picker.py" line="160"/>
        <source>{start} to {end}</source>
        <translation>{start} 至 {end}</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../desktop/gui/dialogs/person_editor.py" line="63"/>
        <source>Basic data</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/person_editor.py" line="64"/>
        <source>Marriage</source>
        <translation>婚姻</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/person_editor.py" line="65"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/person_editor.py" line="66"/>
        <source>Children</source>
        <translation>子女</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/person_editor.py" line="73"/>
        <source>History</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/person_editor.py" line="75"/>
        <source>Save the basic data to record pregnancies, check-ups, contraception and the other records.</source>
        <translation>保存基本信息后可以登记孕情、三查、节育措施等记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/person_editor.py" line="85"/>
        <source>Save and close</source>
        <translation>保存并关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/person_editor.py" line="87"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/person_editor.py" line="90"/>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/person_editor.py" line="92"/>
        <source>Print card…</source>
        <translation>打印档案卡…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/person_editor.py" line="173"/>
        <source>New person</source>
        <translation>新建人员</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/person_editor.py" line="173"/>
        <source>Person</source>
        <translation>人员档案</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/person_editor.py" line="249"/>
        <source>Move to another unit</source>
        <translation>单位调动</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/person_editor.py" line="250"/>
        <source>She moves to another unit. On which day?</source>
        <translation>她调到另一个单位。调动日期是哪一天？</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/person_editor.py" line="270"/>
        <source>Old ID number</source>
        <translation>旧身份证号码</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/person_editor.py" line="271"/>
        <source>This is an old 15-digit ID number. Convert it to the 18-character form {number} and save?</source>
        <translation>这是旧的15位身份证号码。转换为18位号码 {number} 并保存吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/person_editor.py" line="286"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/person_editor.py" line="313"/>
        <source>Delete person</source>
        <translation>删除人员</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/person_editor.py" line="314"/>
        <source>Move the record of {name} to the recycle bin? It can be restored from there.</source>
        <translation>把 {name} 的档案移入回收站吗？以后可以从回收站恢复。</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../desktop/gui/dialogs/person_form.py" line="87"/>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/person_form.py" line="88"/>
        <source>&amp;ID number</source>
        <translation>身份证号码(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/person_form.py" line="89"/>
        <source>E&amp;thnicity</source>
        <translation>民族(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/person_form.py" line="90"/>
        <source>&amp;Phone</source>
        <translation>联系电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/person_form.py" line="91"/>
        <source>&amp;Household address</source>
        <translation>户籍地址(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/person_form.py" line="92"/>
        <source>C&amp;urrent address</source>
        <translation>现居住地址(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/person_form.py" line="93"/>
        <source>U&amp;nit</source>
        <translation>单位(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/person_form.py" line="94"/>
        <source>&amp;Category</source>
        <translation>类别(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/person_form.py" line="95"/>
        <source>&amp;Registration date</source>
        <translation>登记日期(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/person_form.py" line="96"/>
        <source>Migrant</source>
        <translation>流动人口</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/person_form.py" line="98"/>
        <source>&amp;Origin (household registration)</source>
        <translation>户籍地(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/person_form.py" line="99"/>
        <source>&amp;Arrival date</source>
        <translation>流入日期(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/person_form.py" line="100"/>
        <source>&amp;Employer or landlord</source>
        <translation>用工单位或房东(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/person_form.py" line="101"/>
        <source>Marriage and &amp;childbirth certificate number</source>
        <translation>婚育证明编号(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/person_form.py" line="112"/>
        <source>&amp;Marital status</source>
        <translation>婚姻状况(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/person_form.py" line="113"/>
        <source>Marriage &amp;date</source>
        <translation>结婚日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/person_form.py" line="114"/>
        <source>&amp;Spouse&apos;s name</source>
        <translation>配偶姓名(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/person_form.py" line="116"/>
        <source>Spouse&apos;s &amp;ID number</source>
        <translation>配偶身份证号码(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/person_form.py" line="117"/>
        <source>Spouse&apos;s &amp;work unit</source>
        <translation>配偶工作单位(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/person_form.py" line="118"/>
        <source>Spouse&apos;s &amp;phone</source>
        <translation>配偶电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/person_form.py" line="122"/>
        <source>Check-up &amp;group</source>
        <translation>三查分组(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/person_form.py" line="123"/>
        <source>One-child certificate &amp;number</source>
        <translation>独生子女父母光荣证号(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/person_form.py" line="124"/>
        <source>One-child certificate &amp;date</source>
        <translation>光荣证发证日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/person_form.py" line="125"/>
        <source>N&amp;otes</source>
        <translation>备注(&amp;O)</translation>
    </message>
</context>
<context>
    <name>PersonTableModel</name>
    <message>
        <location filename="../../desktop/gui/models/person_table.py" line="67"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/person_table.py" line="67"/>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/person_table.py" line="67"/>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/person_table.py" line="67"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/person_table.py" line="68"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/person_table.py" line="68"/>
        <source>Marital status</source>
        <translation>婚姻状况</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/person_table.py" line="68"/>
        <source>Children</source>
        <translation>子女数</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/person_table.py" line="68"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>PersonsPage</name>
    <message>
        <location filename="../../desktop/gui/pages/persons_page.py" line="91"/>
        <source>Search by name, pinyin, initials, ID number or phone</source>
        <translation>按姓名、拼音、首字母、身份证号码或电话查找</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/persons_page.py" line="94"/>
        <source>Unit (sub-units included)</source>
        <translation>单位（含下级单位）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/persons_page.py" line="96"/>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/persons_page.py" line="103"/>
        <source>New person…</source>
        <translation>新建人员…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/persons_page.py" line="104"/>
        <source>Print roster…</source>
        <translation>打印花名册…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/persons_page.py" line="106"/>
        <source>Transfer files…</source>
        <translation>档案转出…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/persons_page.py" line="108"/>
        <source>Write the selected persons with all their records to a workbook for the office they move to (Ctrl or Shift + click selects several)</source>
        <translation>将所选人员及其全部记录写入工作簿，交给其迁往的单位（按住 Ctrl 或 Shift 单击可多选）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/persons_page.py" line="119"/>
        <source>No one matches the search and filters.</source>
        <translation>没有符合搜索和筛选条件的人员。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/persons_page.py" line="252"/>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/persons_page.py" line="254"/>
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>共 %Ln 人</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostponeDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/postpone_dialog.py" line="26"/>
        <source>Postpone reminder</source>
        <translation>推迟提醒</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/postpone_dialog.py" line="30"/>
        <source>{kind} for {name}, due {date}</source>
        <translation>{name}：{kind}，到期日 {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/postpone_dialog.py" line="40"/>
        <source>e.g. working away until then</source>
        <translation>例如：外出务工，届时返回</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/postpone_dialog.py" line="42"/>
        <source>Show it again &amp;on</source>
        <translation>重新提醒日期(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/postpone_dialog.py" line="43"/>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
</context>
<context>
    <name>PregnancyDialog</name>
    <message>
        <location filename="../../desktop/gui/records/pregnancy_forms.py" line="41"/>
        <source>Pregnancy</source>
        <translation>孕情</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/pregnancy_forms.py" line="41"/>
        <source>Edit pregnancy</source>
        <translation>编辑孕情</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/pregnancy_forms.py" line="48"/>
        <source>No outcome yet</source>
        <translation>尚无结局</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/pregnancy_forms.py" line="57"/>
        <source>&amp;Registration date</source>
        <translation>登记日期(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/pregnancy_forms.py" line="58"/>
        <source>&amp;Last menstrual period</source>
        <translation>末次月经(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/pregnancy_forms.py" line="60"/>
        <source>&amp;Outcome</source>
        <translation>结局(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/pregnancy_forms.py" line="61"/>
        <source>Outcome &amp;date</source>
        <translation>结局日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/pregnancy_forms.py" line="62"/>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/pregnancy_forms.py" line="79"/>
        <source>Expected delivery: {date}</source>
        <translation>预产期：{date}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/pregnancy_forms.py" line="82"/>
        <source>{weeks} weeks at registration</source>
        <translation>登记时孕 {weeks} 周</translation>
    </message>
</context>
<context>
    <name>PregnancyTab</name>
    <message>
        <location filename="../../desktop/gui/records/pregnancy_tab.py" line="48"/>
        <source>&amp;Add pregnancy…</source>
        <translation>登记孕情(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/pregnancy_tab.py" line="49"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/pregnancy_tab.py" line="50"/>
        <source>Record &amp;outcome…</source>
        <translation>登记结局(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/pregnancy_tab.py" line="51"/>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/pregnancy_tab.py" line="52"/>
        <source>Add &amp;follow-up…</source>
        <translation>添加随访(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/pregnancy_tab.py" line="53"/>
        <source>Edit follow-up…</source>
        <translation>编辑随访…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/pregnancy_tab.py" line="54"/>
        <source>Delete follow-up…</source>
        <translation>删除随访…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/pregnancy_tab.py" line="55"/>
        <source>Follow-ups of the selected pregnancy</source>
        <translation>所选孕情的随访记录</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/pregnancy_tab.py" line="80"/>
        <source>Pregnancies</source>
        <translation>孕情</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/pregnancy_tab.py" line="84"/>
        <source>Registered</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/pregnancy_tab.py" line="84"/>
        <source>Last period</source>
        <translation>末次月经</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/pregnancy_tab.py" line="84"/>
        <source>Expected delivery</source>
        <translation>预产期</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/pregnancy_tab.py" line="85"/>
        <source>Weeks</source>
        <translation>孕周</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/pregnancy_tab.py" line="85"/>
        <source>Outcome</source>
        <translation>结局</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/pregnancy_tab.py" line="85"/>
        <source>Outcome date</source>
        <translation>结局日期</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/pregnancy_tab.py" line="86"/>
        <source>Follow-ups</source>
        <translation>随访次数</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/pregnancy_tab.py" line="86"/>
        <source>Last follow-up</source>
        <translation>最近随访</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/pregnancy_tab.py" line="86"/>
        <location filename="../../desktop/gui/records/pregnancy_tab.py" line="109"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/pregnancy_tab.py" line="95"/>
        <source>{registered} (now {now})</source>
        <translation>{registered}（现 {now}）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/pregnancy_tab.py" line="109"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/pregnancy_tab.py" line="203"/>
        <source>Delete pregnancy</source>
        <translation>删除孕情</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/pregnancy_tab.py" line="204"/>
        <source>Move the pregnancy registered on {date} to the recycle bin? It can be restored from there.</source>
        <translation>把 {date} 登记的孕情移入回收站吗？以后可以从回收站恢复。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/pregnancy_tab.py" line="245"/>
        <source>Delete follow-up</source>
        <translation>删除随访</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/pregnancy_tab.py" line="246"/>
        <source>Move the follow-up of {date} to the recycle bin?</source>
        <translation>把 {date} 的随访记录移入回收站吗？</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../../desktop/gui/exchange/preview_panel.py" line="68"/>
        <source>Rows with a problem are skipped as a whole. Save them with “Save rejected rows…”, correct them in Excel (see the {column} column) and import that file again.</source>
        <translation>有问题的行整行不予导入。可点“保存未导入的行…”保存下来，在 Excel 中按“{column}”列的说明改正后再导入该文件。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/exchange/preview_panel.py" line="111"/>
        <source>Problems found: %n</source>
        <translation>
            <numerusform>发现问题：%n 处</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/preview_panel.py" line="112"/>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/exchange/preview_panel.py" line="121"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>……另有 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/exchange/preview_panel.py" line="124"/>
        <source>Imported as they are, with a warning (数据核查 will list them): %n</source>
        <translation>
            <numerusform>按原样导入但带提示的记录（数据核查将列出）：%n 条</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/preview_panel.py" line="130"/>
        <source>(blank)</source>
        <translation>（空）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/exchange/preview_panel.py" line="133"/>
        <source>… and %n more changes</source>
        <translation>
            <numerusform>……另有 %n 处更改</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/exchange/preview_panel.py" line="135"/>
        <source>Fields the update changes (old → new): %n</source>
        <translation>
            <numerusform>更新将更改的字段（原值 → 新值）：%n 处</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyActions</name>
    <message>
        <location filename="../../desktop/gui/privacy_actions.py" line="28"/>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/privacy_actions.py" line="31"/>
        <source>Se&amp;ttings…</source>
        <translation>设置(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/privacy_actions.py" line="34"/>
        <source>Change lo&amp;g…</source>
        <translation>修改日志(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/privacy_actions.py" line="44"/>
        <source>Lock the screen until the password is typed</source>
        <translation>锁定屏幕，输入密码后才能继续</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/privacy_actions.py" line="45"/>
        <source>Set a password first (File › Settings…) to lock the screen</source>
        <translation>请先设置密码（文件 › 设置…）才能锁定屏幕</translation>
    </message>
</context>
<context>
    <name>ProblemTableModel</name>
    <message>
        <location filename="../../desktop/gui/exchange/problem_table.py" line="39"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/problem_table.py" line="39"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/problem_table.py" line="39"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/problem_table.py" line="39"/>
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/problem_table.py" line="40"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>ProgressJob</name>
    <message>
        <location filename="../../desktop/gui/progress_job.py" line="64"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <location filename="../../desktop/gui/records/record_tab.py" line="120"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/record_tab.py" line="121"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/record_tab.py" line="206"/>
        <source>Delete record</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/record_tab.py" line="207"/>
        <source>Move {record} to the recycle bin? It can be restored from there.</source>
        <translation>把{record}移入回收站吗？以后可以从回收站恢复。</translation>
    </message>
</context>
<context>
    <name>RecycleBinDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/recycle_bin.py" line="65"/>
        <source>Recycle bin</source>
        <translation>回收站</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/recycle_bin.py" line="72"/>
        <source>No deleted records.</source>
        <translation>没有已删除的记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/recycle_bin.py" line="74"/>
        <source>Persons</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/recycle_bin.py" line="76"/>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/recycle_bin.py" line="71"/>
        <source>The recycle bin is empty.</source>
        <translation>回收站是空的。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/recycle_bin.py" line="81"/>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <location filename="../../desktop/gui/pages/register_page.py" line="55"/>
        <source>No births registered in this period.</source>
        <translation>本期没有出生登记。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/register_page.py" line="56"/>
        <source>No contraception registered in this period.</source>
        <translation>本期没有节育登记。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/register_page.py" line="58"/>
        <source>No deaths registered in this period.</source>
        <translation>本期没有死亡登记。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/register_page.py" line="59"/>
        <source>No check-ups registered in this period.</source>
        <translation>本期没有三查登记。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/register_page.py" line="60"/>
        <source>No pregnancies registered in this period.</source>
        <translation>本期没有孕情登记。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/register_page.py" line="62"/>
        <source>No services registered in this period.</source>
        <translation>本期没有服务登记。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/register_page.py" line="82"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/register_page.py" line="83"/>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/register_page.py" line="84"/>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/register_page.py" line="85"/>
        <source>This year</source>
        <translation>本年</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/register_page.py" line="92"/>
        <source>Unit (sub-units included)</source>
        <translation>单位（含下级单位）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/register_page.py" line="94"/>
        <source>Search by name, pinyin, initials or ID number</source>
        <translation>按姓名、拼音、首字母或身份证号码查找</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/register_page.py" line="96"/>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/register_page.py" line="109"/>
        <source>Choose other dates above, or enter the record in her file on the Persons page.</source>
        <translation>可以在上方另选日期，或在“人员档案”中打开她的档案登记。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/register_page.py" line="113"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/register_page.py" line="115"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/register_page.py" line="211"/>
        <source>Type both dates like 2025-03-13.</source>
        <translation>两个日期都请按 2025-03-13 的格式输入。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/register_page.py" line="214"/>
        <source>The start date is after the end date.</source>
        <translation>开始日期晚于结束日期。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/pages/register_page.py" line="241"/>
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>共 %Ln 条记录</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderActions</name>
    <message>
        <location filename="../../desktop/gui/pages/reminder_actions.py" line="64"/>
        <source>&amp;Record check-up…</source>
        <translation>登记三查(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reminder_actions.py" line="64"/>
        <source>&amp;Record certificate…</source>
        <translation>登记寄回证明(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reminder_actions.py" line="65"/>
        <source>&amp;Add follow-up…</source>
        <translation>添加随访(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reminder_actions.py" line="65"/>
        <source>&amp;Record outcome…</source>
        <translation>登记妊娠结局(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reminder_actions.py" line="66"/>
        <source>&amp;Mark birth reported</source>
        <translation>标记出生已上报(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reminder_actions.py" line="66"/>
        <source>&amp;Record payment…</source>
        <translation>登记发放(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reminder_actions.py" line="68"/>
        <source>&amp;Open her record</source>
        <translation>打开档案(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reminder_actions.py" line="68"/>
        <source>&amp;Record…</source>
        <translation>登记(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reminder_actions.py" line="95"/>
        <source>Check-up of {name} saved.</source>
        <translation>已保存{name}的三查记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reminder_actions.py" line="96"/>
        <source>Check-up of {name} saved. Her next check-up is due on {date}.</source>
        <translation>已保存{name}的三查记录。下次三查到期日：{date}。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reminder_actions.py" line="109"/>
        <source>Follow-up of {name} saved.</source>
        <translation>已保存{name}的随访记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reminder_actions.py" line="121"/>
        <source>Pregnancy outcome of {name} saved.</source>
        <translation>已保存{name}的妊娠结局。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reminder_actions.py" line="127"/>
        <source>Mark the birth to {name} as reported to the office today ({date})?</source>
        <translation>将{name}的子女出生标记为今天（{date}）已上报？</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reminder_actions.py" line="129"/>
        <source>Birth reported</source>
        <translation>出生已上报</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reminder_actions.py" line="136"/>
        <source>Birth to {name} marked reported on {date}.</source>
        <translation>已将{name}的子女出生标记为于 {date} 上报。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reminder_actions.py" line="156"/>
        <source>Payment to {name} saved.</source>
        <translation>已保存{name}的发放记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reminder_actions.py" line="164"/>
        <source>Reminder for {name} postponed until {date}.</source>
        <translation>{name}的提醒已推迟到 {date}。</translation>
    </message>
</context>
<context>
    <name>ReminderPrinter</name>
    <message>
        <location filename="../../desktop/gui/pages/reminder_print.py" line="60"/>
        <source>Save the PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reminder_print.py" line="61"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reminder_print.py" line="67"/>
        <source>%Ln page(s) written to {path}.</source>
        <translation>已将 %Ln 页写入 {path}。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reminder_print.py" line="69"/>
        <source>Printed</source>
        <translation>打印完成</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reminder_print.py" line="71"/>
        <source>Open it now?</source>
        <translation>现在打开吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reminder_print.py" line="77"/>
        <location filename="../../desktop/gui/pages/reminder_print.py" line="95"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reminder_print.py" line="88"/>
        <source>Print notification slips for all {count} persons, {pages} pages?</source>
        <translation>打印全部 {count} 人的通知单，共 {pages} 页？</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reminder_print.py" line="91"/>
        <source>Print the signing sheet of all {count} persons, {pages} pages?</source>
        <translation>打印全部 {count} 人的签收表，共 {pages} 页？</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reminder_print.py" line="96"/>
        <source>Only the current list: {count} persons, {pages} pages</source>
        <translation>只打印当前列表：{count} 人，{pages} 页</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reminder_print.py" line="98"/>
        <source>Print all</source>
        <translation>全部打印</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reminder_print.py" line="177"/>
        <source>Notification slips</source>
        <translation>通知单</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reminder_print.py" line="178"/>
        <source>Signing sheet</source>
        <translation>签收表</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reminder_print.py" line="186"/>
        <source>Full ID numbers</source>
        <translation>完整身份证号码</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reminder_print.py" line="187"/>
        <source>The PDF will hold complete ID numbers, which are sensitive personal information. Hand the papers out in person and keep the file safe; printing them is noted in the change log. Continue?</source>
        <translation>PDF 将包含完整的身份证号码，属于敏感个人信息。请当面发放纸质材料并妥善保管文件；本次打印将记入修改日志。是否继续？</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reminder_print.py" line="197"/>
        <source>Writing {name}…</source>
        <translation>正在写入 {name}…</translation>
    </message>
</context>
<context>
    <name>ReminderSettingsBox</name>
    <message>
        <location filename="../../desktop/gui/dialogs/reminder_settings.py" line="24"/>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/reminder_settings.py" line="30"/>
        <source> (month)</source>
        <translation> 月</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/reminder_settings.py" line="34"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/reminder_settings.py" line="38"/>
        <source>Printed on the slips: where she should come</source>
        <translation>打印在通知单上：请她前来的地点</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/reminder_settings.py" line="40"/>
        <source>Check-up interval, &amp;key group</source>
        <translation>重点对象三查间隔(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/reminder_settings.py" line="41"/>
        <source>Check-up interval, &amp;general group</source>
        <translation>一般对象三查间隔(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/reminder_settings.py" line="42"/>
        <source>Yearly benefits are paid in</source>
        <translation>年度扶助金发放月份</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/reminder_settings.py" line="43"/>
        <source>List reminders due within</source>
        <translation>提醒提前天数</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/reminder_settings.py" line="44"/>
        <source>Ser&amp;vice place</source>
        <translation>服务地点(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/reminder_settings.py" line="50"/>
        <source> months</source>
        <translation> 个月</translation>
    </message>
</context>
<context>
    <name>ReminderTableModel</name>
    <message>
        <location filename="../../desktop/gui/models/reminder_table.py" line="66"/>
        <source>Reminder</source>
        <translation>提醒事项</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/reminder_table.py" line="66"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/reminder_table.py" line="66"/>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/reminder_table.py" line="67"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/reminder_table.py" line="67"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/reminder_table.py" line="67"/>
        <source>Due date</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/reminder_table.py" line="68"/>
        <source>Overdue / days left</source>
        <translation>逾期/剩余天数</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/reminder_table.py" line="68"/>
        <source>Detail</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/reminder_table.py" line="69"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/reminder_table.py" line="70"/>
        <source>Due within a week</source>
        <translation>一周内到期</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/reminder_table.py" line="71"/>
        <source>Due later</source>
        <translation>稍后到期</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/reminder_table.py" line="126"/>
        <source>%n day(s) overdue</source>
        <translation>逾期 %n 天</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/reminder_table.py" line="128"/>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/models/reminder_table.py" line="130"/>
        <source>%n day(s) left</source>
        <translation>还剩 %n 天</translation>
    </message>
</context>
<context>
    <name>ReminderViews</name>
    <message>
        <location filename="../../desktop/gui/pages/reminder_views.py" line="70"/>
        <source>Overdue and due this week</source>
        <translation>逾期及本周到期</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reminder_views.py" line="70"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reminder_views.py" line="71"/>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reminder_views.py" line="71"/>
        <source>Due this week</source>
        <translation>本周到期</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reminder_views.py" line="72"/>
        <source>Payments due this month</source>
        <translation>本月待发放</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reminder_views.py" line="72"/>
        <source>All reminders</source>
        <translation>全部提醒</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reminder_views.py" line="75"/>
        <source>Overdue and due within 7 days, the nearest due date first</source>
        <translation>已逾期和7天内到期的提醒，到期日最近的在前</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reminder_views.py" line="76"/>
        <source>Due before the date, the most recent first</source>
        <translation>到期日在该日期之前的提醒，最近逾期的在前</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reminder_views.py" line="77"/>
        <source>Due on the date</source>
        <translation>当天到期的提醒</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reminder_views.py" line="78"/>
        <source>Due on the date or within the 6 days after it</source>
        <translation>当天及之后6天内到期的提醒</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reminder_views.py" line="79"/>
        <source>Benefit payments due by the end of the month and not yet paid</source>
        <translation>本月底前应发放、尚未发放的扶助金</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reminder_views.py" line="80"/>
        <source>Every reminder due within the days chosen, oldest first</source>
        <translation>所选天数内到期的全部提醒，最早到期的在前</translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <location filename="../../desktop/gui/pages/reminders_page.py" line="104"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reminders_page.py" line="105"/>
        <source>Reminders due within this many days after the date</source>
        <translation>列出此日期之后多少天内到期的提醒</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reminders_page.py" line="107"/>
        <source>Unit (sub-units included)</source>
        <translation>单位（含下级单位）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reminders_page.py" line="109"/>
        <source>Search by name, pinyin, initials, ID number or phone</source>
        <translation>按姓名、拼音、首字母、身份证号码或电话查找</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reminders_page.py" line="126"/>
        <source>Nothing is due in this list.</source>
        <translation>此列表中没有到期事项。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reminders_page.py" line="129"/>
        <source>&amp;Postpone…</source>
        <translation>推迟(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reminders_page.py" line="130"/>
        <source>&amp;Open her record</source>
        <translation>打开档案(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reminders_page.py" line="131"/>
        <source>Print &amp;slips…</source>
        <translation>打印通知单(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reminders_page.py" line="132"/>
        <source>Notification slips for the selected rows; with none selected you choose the list to print</source>
        <translation>为选中的行打印通知单；未选中任何行时先选择要打印的列表</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reminders_page.py" line="135"/>
        <source>A sheet to sign on receipt, for the selected rows; with none selected you choose the list to print</source>
        <translation>为选中的行打印签收表；未选中任何行时先选择要打印的列表</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reminders_page.py" line="161"/>
        <location filename="../../desktop/gui/pages/reminders_page.py" line="390"/>
        <source>Every kind</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reminders_page.py" line="336"/>
        <source>Reading the reminders due as of {date}…</source>
        <translation>正在读取截至 {date} 的提醒…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reminders_page.py" line="394"/>
        <source>{count} reminder(s)</source>
        <translation>{count} 条提醒</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reminders_page.py" line="134"/>
        <source>Signing s&amp;heet…</source>
        <translation>签收表(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reminders_page.py" line="154"/>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reminders_page.py" line="157"/>
        <source>Reminders ({count})</source>
        <translation>提醒 ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reminders_page.py" line="169"/>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reminders_page.py" line="171"/>
        <source>due within</source>
        <translation>到期范围</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reminders_page.py" line="319"/>
        <source>Type the date like 2026-11-28.</source>
        <translation>请按 2026-11-28 的格式输入日期。</translation>
    </message>
</context>
<context>
    <name>ReportOutput</name>
    <message>
        <location filename="../../desktop/gui/reports/report_output.py" line="182"/>
        <source>Report</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/report_output.py" line="83"/>
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/report_output.py" line="84"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/report_output.py" line="108"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/report_output.py" line="109"/>
        <source>Save Excel</source>
        <translation>保存 Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/report_output.py" line="111"/>
        <source>JSON file (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/report_output.py" line="112"/>
        <source>Save JSON</source>
        <translation>保存 JSON</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/report_output.py" line="178"/>
        <source>Saved to {path}.</source>
        <translation>已保存到 {path}。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/report_output.py" line="194"/>
        <source>No program to show PDF files was found. The file is {path}.</source>
        <translation>没有找到可以打开 PDF 文件的程序。文件位于 {path}。</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../desktop/gui/pages/report_page.py" line="74"/>
        <source>Unit (sub-units included)</source>
        <translation>单位（含下级单位）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_page.py" line="75"/>
        <source>Compute again</source>
        <translation>重新计算</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_page.py" line="76"/>
        <source>Verification sample…</source>
        <translation>核对抽查…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_page.py" line="78"/>
        <source>Draw this month&apos;s sample, print its checking sheet and enter the results</source>
        <translation>抽取本月样本、打印核对表并录入核对结果</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_page.py" line="93"/>
        <source>Figures</source>
        <translation>统计数字</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_page.py" line="94"/>
        <source>PDF preview</source>
        <translation>PDF 预览</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_page.py" line="98"/>
        <location filename="../../desktop/gui/pages/report_page.py" line="126"/>
        <source>Head of unit</source>
        <translation>单位负责人</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_page.py" line="102"/>
        <location filename="../../desktop/gui/pages/report_page.py" line="416"/>
        <source>Full ID numbers</source>
        <translation>完整身份证号码</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_page.py" line="103"/>
        <source>Append the period&apos;s registers</source>
        <translation>附本期登记簿</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_page.py" line="104"/>
        <source>Preview PDF</source>
        <translation>预览 PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_page.py" line="105"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_page.py" line="106"/>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_page.py" line="107"/>
        <source>Save Excel…</source>
        <translation>保存 Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_page.py" line="108"/>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_page.py" line="110"/>
        <source>Export data (JSON)…</source>
        <translation>导出数据 (JSON)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_page.py" line="112"/>
        <source>Open in viewer</source>
        <translation>用阅读器打开</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_page.py" line="129"/>
        <source>Report date</source>
        <translation>报出日期</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_page.py" line="175"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_page.py" line="208"/>
        <source>Prepared by: {name}</source>
        <translation>填表人：{name}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_page.py" line="230"/>
        <source>Computing the report for {period}…</source>
        <translation>正在计算 {period}报表…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_page.py" line="285"/>
        <source>Close the period</source>
        <translation>结账</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_page.py" line="286"/>
        <source>Close the report for {start} to {end}? Its figures and the persons behind them are stored: the report then always prints them, and later corrections are listed beside them. Close only after printing the report you hand in.</source>
        <translation>确定对 {start} 至 {end} 的报表结账吗？本期数字及其对应人员将被保存：以后打印的始终是这些数字，之后的更正列在其下。请在打印并上报报表后再结账。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_page.py" line="303"/>
        <source>Reopen the period</source>
        <translation>反结账</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_page.py" line="304"/>
        <source>Why is the period reopened? (kept in the change log)</source>
        <translation>反结账的原因（记入修改日志）：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_page.py" line="348"/>
        <source>This month has not ended yet</source>
        <translation>本月尚未结束</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_page.py" line="350"/>
        <source>This period has not ended yet</source>
        <translation>本期尚未结束</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/report_page.py" line="417"/>
        <source>The PDF will hold complete ID numbers, which are sensitive personal information. Keep it on this PC or a safe USB stick; each document written with them is noted in the change log. Continue?</source>
        <translation>PDF 将包含完整的身份证号码，属于敏感个人信息。请只保存在本机或安全的 U 盘上；每次生成都会记入修改日志。是否继续？</translation>
    </message>
</context>
<context>
    <name>SampleDialog</name>
    <message>
        <location filename="../../desktop/gui/reports/sample_dialog.py" line="68"/>
        <source>Verification sample</source>
        <translation>核对抽查</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/sample_dialog.py" line="74"/>
        <source>&amp;Draw</source>
        <translation>抽取(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/sample_dialog.py" line="75"/>
        <source>Draw &amp;again…</source>
        <translation>重新抽取(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/sample_dialog.py" line="76"/>
        <source>&amp;Checking sheet (PDF)…</source>
        <translation>核对表 PDF(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/sample_dialog.py" line="77"/>
        <source>&amp;Open her record</source>
        <translation>打开档案(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/sample_dialog.py" line="81"/>
        <source>Arrows move; Space sets right → wrong → not entered; Y right, N wrong, Delete clears; Enter opens her record.</source>
        <translation>方向键移动；空格依次设为 对 → 错 → 未录入；Y 为对，N 为错，Delete 清除；回车打开其档案。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/sample_dialog.py" line="96"/>
        <source>&amp;Month</source>
        <translation>月份(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/sample_dialog.py" line="143"/>
        <source>Draw again</source>
        <translation>重新抽取</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/sample_dialog.py" line="144"/>
        <source>The month already has its sample; drawing again replaces it (the results entered stay with the old one). Why draw again?</source>
        <translation>本月已抽取样本；重新抽取将替换它（已录入的结果留在原样本中）。请说明重新抽取的原因：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/sample_dialog.py" line="163"/>
        <source>Save the checking sheet</source>
        <translation>保存核对表</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/sample_dialog.py" line="164"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/sample_dialog.py" line="179"/>
        <source>The checking sheet was saved to {path}.</source>
        <translation>核对表已保存到 {path}。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/sample_dialog.py" line="224"/>
        <source>{name}: {items} {wrong}. Press Enter or “Open her record” to correct it; the sample keeps what was found.</source>
        <translation>{name}：{items} {wrong}。按回车或“打开档案”更正；样本保留核对时的结果。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/sample_dialog.py" line="235"/>
        <source>No sample was drawn for {month}.</source>
        <translation>{month} 尚未抽取样本。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/sample_dialog.py" line="241"/>
        <source>{month}: {size} of {population} active persons, drawn on {day}. Information accuracy {num} / {den} = {value}</source>
        <translation>{month}：从 {population} 名在册人员中抽取 {size} 人，抽取日期 {day}。信息准确率 {num} / {den} = {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/sample_dialog.py" line="247"/>
        <source> (target {target}: {met})</source>
        <translation>（目标 {target}：{met}）</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <location filename="../../desktop/gui/records/service_tab.py" line="32"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/service_tab.py" line="32"/>
        <source>Edit service</source>
        <translation>编辑服务</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/service_tab.py" line="38"/>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/service_tab.py" line="39"/>
        <source>&amp;Type</source>
        <translation>服务类型(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/service_tab.py" line="40"/>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
</context>
<context>
    <name>ServiceTab</name>
    <message>
        <location filename="../../desktop/gui/records/service_tab.py" line="59"/>
        <source>Services</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/service_tab.py" line="62"/>
        <source>&amp;Add service…</source>
        <translation>添加服务(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/service_tab.py" line="65"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/service_tab.py" line="65"/>
        <source>Type</source>
        <translation>服务类型</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/service_tab.py" line="65"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/service_tab.py" line="85"/>
        <source>the service of {date}</source>
        <translation>{date} 的服务记录</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/settings_dialog.py" line="54"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings_dialog.py" line="63"/>
        <source>Office</source>
        <translation>单位信息</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings_dialog.py" line="65"/>
        <source>&amp;Office name</source>
        <translation>单位名称(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings_dialog.py" line="66"/>
        <source>&amp;Clerk&apos;s name</source>
        <translation>填表人姓名(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings_dialog.py" line="67"/>
        <source>Clerk&apos;s &amp;phone</source>
        <translation>填表人电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings_dialog.py" line="69"/>
        <source>&amp;Font of printed documents</source>
        <translation>打印文书字体(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings_dialog.py" line="77"/>
        <source>&amp;Remove password</source>
        <translation>取消密码(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings_dialog.py" line="79"/>
        <source>&amp;Encrypt the data file</source>
        <translation>加密数据文件(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings_dialog.py" line="81"/>
        <source>The data file and every backup the app writes can be read only with the password or the recovery code.</source>
        <translation>数据文件和本软件写出的每个备份，只有凭密码或恢复码才能读取。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings_dialog.py" line="84"/>
        <source>&amp;Encrypt the server&apos;s backups</source>
        <translation>加密服务器数据库的备份(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings_dialog.py" line="86"/>
        <source>Every backup the app writes of the server&apos;s database can be read only with the password or the recovery code.</source>
        <translation>程序写出的服务器数据库的每一份备份，都只能用密码或恢复码读取。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings_dialog.py" line="89"/>
        <source>Print a recovery &amp;sheet...</source>
        <translation>打印恢复码单(&amp;S)...</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings_dialog.py" line="93"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings_dialog.py" line="94"/>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings_dialog.py" line="98"/>
        <source>Password and lock</source>
        <translation>密码与锁屏</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings_dialog.py" line="101"/>
        <source>C&amp;urrent password</source>
        <translation>当前密码(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings_dialog.py" line="102"/>
        <source>&amp;New password</source>
        <translation>新密码(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings_dialog.py" line="103"/>
        <source>&amp;Repeat new password</source>
        <translation>再次输入新密码(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings_dialog.py" line="111"/>
        <source>&amp;Lock after idle time</source>
        <translation>无操作后自动锁定(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings_dialog.py" line="114"/>
        <source>&amp;Targets and verification sample…</source>
        <translation>考核目标与核对抽查(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings_dialog.py" line="116"/>
        <source>&amp;Database…</source>
        <translation>数据库(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings_dialog.py" line="118"/>
        <source>&amp;Accounts…</source>
        <translation>账户(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings_dialog.py" line="170"/>
        <source>A password is set: it is asked at start and to unlock.</source>
        <translation>已设置密码：启动和解锁时需要输入。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings_dialog.py" line="171"/>
        <source>No password is set: anyone at this PC can open the records.</source>
        <translation>未设置密码：任何使用这台电脑的人都能打开档案。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings_dialog.py" line="175"/>
        <source>&amp;Change password</source>
        <translation>修改密码(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings_dialog.py" line="175"/>
        <source>&amp;Set password</source>
        <translation>设置密码(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings_dialog.py" line="190"/>
        <source>The two new passwords are not the same.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings_dialog.py" line="204"/>
        <source>The password was changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings_dialog.py" line="205"/>
        <source>The password was set. Keep it safe: without it the records cannot be opened in this app.</source>
        <translation>密码已设置。请妥善保管：忘记密码将无法在本软件中打开档案。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings_dialog.py" line="225"/>
        <location filename="../../desktop/gui/dialogs/settings_dialog.py" line="240"/>
        <source>Type the current password first.</source>
        <translation>请先输入当前密码。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings_dialog.py" line="229"/>
        <source>The server&apos;s backups are encrypted from now on.</source>
        <translation>从现在起，服务器数据库的备份都加密保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings_dialog.py" line="230"/>
        <source>The server&apos;s backups are written plain from now on.</source>
        <translation>从现在起，服务器数据库的备份不再加密。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings_dialog.py" line="232"/>
        <source>The data file is encrypted.</source>
        <translation>数据文件已加密。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings_dialog.py" line="233"/>
        <source>The data file is stored plain now.</source>
        <translation>数据文件现在以不加密的形式保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/settings_dialog.py" line="251"/>
        <source>The password was removed; the screen no longer locks.</source>
        <translation>密码已取消，屏幕不再自动锁定。</translation>
    </message>
</context>
<context>
    <name>SheetCountsModel</name>
    <message>
        <location filename="../../desktop/gui/exchange/problem_table.py" line="126"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/problem_table.py" line="126"/>
        <source>Rows read</source>
        <translation>读取行数</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/problem_table.py" line="126"/>
        <source>To add</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/problem_table.py" line="127"/>
        <source>To update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/problem_table.py" line="127"/>
        <source>Unchanged</source>
        <translation>无变化</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/problem_table.py" line="127"/>
        <source>Rejected</source>
        <translation>不予导入</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/problem_table.py" line="134"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/sign_in.py" line="34"/>
        <source>Family Ledger: sign in</source>
        <translation>人口家庭服务台账：登录</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/sign_in.py" line="36"/>
        <source>Several clerks share this ledger. Sign in with your name and password.</source>
        <translation>本台账由几位文书共用。请用您的名字和密码登录。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/sign_in.py" line="44"/>
        <source>&amp;Name</source>
        <translation>名字(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/sign_in.py" line="45"/>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/sign_in.py" line="49"/>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/sign_in.py" line="52"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/targets_dialog.py" line="44"/>
        <source>Targets</source>
        <translation>考核目标</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/targets_dialog.py" line="47"/>
        <source>Targets of the rates (blank: no mark)</source>
        <translation>各项指标的考核目标（留空则不标注达标情况）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/targets_dialog.py" line="53"/>
        <source>no target</source>
        <translation>无目标</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/targets_dialog.py" line="56"/>
        <source>at most, %</source>
        <translation>不高于，%</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/targets_dialog.py" line="56"/>
        <source>at least, %</source>
        <translation>不低于，%</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/targets_dialog.py" line="66"/>
        <source> persons</source>
        <translation> 人</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/targets_dialog.py" line="67"/>
        <source>Monthly verification sample</source>
        <translation>每月核对抽查</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/targets_dialog.py" line="69"/>
        <source>&amp;Share of the active persons, %</source>
        <translation>抽取在册人员的比例，%(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/targets_dialog.py" line="70"/>
        <source>At &amp;least</source>
        <translation>至少(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/targets_dialog.py" line="71"/>
        <source>At &amp;most</source>
        <translation>至多(&amp;M)</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../desktop/gui/records/timeline_tab.py" line="36"/>
        <source>Double-click a line to open its record.</source>
        <translation>双击一行可打开对应的记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/timeline_tab.py" line="42"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/timeline_tab.py" line="45"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/timeline_tab.py" line="45"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/records/timeline_tab.py" line="45"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>TransferAction</name>
    <message>
        <location filename="../../desktop/gui/exchange/transfer.py" line="140"/>
        <location filename="../../desktop/gui/exchange/transfer.py" line="176"/>
        <source>Transfer files to another office</source>
        <translation>档案转出</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/transfer.py" line="143"/>
        <source>Select the persons in the list first (Ctrl or Shift + click for several).</source>
        <translation>请先在列表中选择人员（按住 Ctrl 或 Shift 单击可多选）。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/transfer.py" line="154"/>
        <source>Transferred files {name}.xlsx</source>
        <translation>档案转出 {name}.xlsx</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/exchange/transfer.py" line="160"/>
        <source>The file will hold the complete ID numbers of %n person(s), which are sensitive personal information: hand it to the receiving office only, on a safe USB stick. The transfer is noted in the change log.</source>
        <translation>
            <numerusform>该文件将包含 %n 人的完整身份证号码，属于敏感个人信息：只交给接收单位，并使用安全的U盘。此次转出会记入修改记录。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/transfer.py" line="165"/>
        <source>Their move away (迁出) on {date} is recorded at the same time.</source>
        <translation>同时登记其于 {date} 迁出。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/transfer.py" line="167"/>
        <source>Continue?</source>
        <translation>要继续吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/transfer.py" line="172"/>
        <source>Writing {name}…</source>
        <translation>正在写入 {name}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/exchange/transfer.py" line="178"/>
        <source>The files of %n person(s) were written to {path}.</source>
        <translation>
            <numerusform>已将 %n 人的档案写入 {path}。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/transfer.py" line="181"/>
        <source>Their move away (迁出) was recorded.</source>
        <translation>已登记其迁出。</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../desktop/gui/exchange/transfer.py" line="58"/>
        <source>Transfer files to another office</source>
        <translation>档案转出</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/exchange/transfer.py" line="60"/>
        <source>The files of %n person(s) are written with all their records and full ID numbers to an Excel workbook for the office they move to, which imports it with its normal import.</source>
        <translation>
            <numerusform>将把 %n 人的档案连同全部记录和完整身份证号写入 Excel 工作簿，交给其迁往的单位；对方用普通的“从 Excel 导入”即可导入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/exchange/transfer.py" line="68"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>……另有 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/transfer.py" line="70"/>
        <source>Also record their &amp;move away (迁出)</source>
        <translation>同时登记迁出(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/transfer.py" line="75"/>
        <source>e.g. the receiving office</source>
        <translation>如：接收单位</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/transfer.py" line="81"/>
        <source>Date of the move:</source>
        <translation>迁出日期：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/transfer.py" line="82"/>
        <source>Moved to:</source>
        <translation>迁往：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/transfer.py" line="85"/>
        <source>Write the file…</source>
        <translation>写入文件…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/transfer.py" line="111"/>
        <source>Please enter the date of the move.</source>
        <translation>请填写迁出日期。</translation>
    </message>
</context>
<context>
    <name>UnitCombo</name>
    <message>
        <location filename="../../desktop/gui/widgets/unit_combo.py" line="22"/>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
</context>
<context>
    <name>UnitsDialog</name>
    <message>
        <location filename="../../desktop/gui/dialogs/units_dialog.py" line="38"/>
        <source>Units</source>
        <translation>单位管理</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/units_dialog.py" line="47"/>
        <source>&amp;Add sub-unit…</source>
        <translation>添加下级单位(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/units_dialog.py" line="48"/>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/units_dialog.py" line="49"/>
        <source>&amp;Move…</source>
        <translation>移动(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/units_dialog.py" line="50"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/units_dialog.py" line="122"/>
        <source>Add sub-unit</source>
        <translation>添加下级单位</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/units_dialog.py" line="122"/>
        <source>Name of the new unit:</source>
        <translation>新单位的名称：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/units_dialog.py" line="132"/>
        <source>Rename unit</source>
        <translation>重命名单位</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/units_dialog.py" line="132"/>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/units_dialog.py" line="145"/>
        <source>(top level)</source>
        <translation>（最上级）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/units_dialog.py" line="146"/>
        <source>Move unit</source>
        <translation>移动单位</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/units_dialog.py" line="146"/>
        <source>Move it under:</source>
        <translation>移到以下单位之下：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/units_dialog.py" line="156"/>
        <source>Delete unit</source>
        <translation>删除单位</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/units_dialog.py" line="157"/>
        <source>Delete the unit {name}?</source>
        <translation>删除单位“{name}”吗？</translation>
    </message>
</context>
<context>
    <name>UnitsModel</name>
    <message>
        <location filename="../../desktop/gui/reports/figures_models.py" line="246"/>
        <source>{unit} (itself)</source>
        <translation>{unit}（本级）</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desktop/app.py" line="72"/>
        <location filename="../../desktop/app.py" line="86"/>
        <location filename="../../desktop/start_faults.py" line="33"/>
        <location filename="../../desktop/start_faults.py" line="39"/>
        <source>Family Ledger</source>
        <translation>人口家庭服务台账</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="87"/>
        <source>The data file was not closed properly last time (for example after a power cut or a crash). It is usually safe to open it; a backup copy of the file is a good idea first.

Open the data file now?</source>
        <translation>上次数据文件没有正常关闭（例如断电或程序崩溃）。通常可以放心打开；建议先备份一份该文件。

现在打开数据文件吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="114"/>
        <source>The data folder {folder} cannot be created: {reason}</source>
        <translation>无法创建数据文件夹 {folder}：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="122"/>
        <source>The data folder {folder} is read-only, so Family Ledger cannot save there. Nothing was changed; check the folder&apos;s permissions or choose another data file.</source>
        <translation>数据文件夹 {folder} 是只读的，无法在其中保存。没有任何改动；请检查文件夹权限或选择其他数据文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/start_faults.py" line="42"/>
        <source>Restore this backup</source>
        <translation>恢复此备份</translation>
    </message>
    <message>
        <location filename="../../desktop/start_faults.py" line="44"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/start_faults.py" line="78"/>
        <source>The damaged file was kept as it is, and a copy was saved as {copy}. Family Ledger did not open it for writing.</source>
        <translation>已损坏的文件保持原样，并另存了一份副本 {copy}。程序没有以写入方式打开它。</translation>
    </message>
    <message>
        <location filename="../../desktop/start_faults.py" line="89"/>
        <source>No verified backup was found in {folder}. Look for a copy of the data file (for example on a USB stick) and restore it with &quot;family-ledger restore FILE&quot;.</source>
        <translation>在 {folder} 中没有找到经过校验的备份。请寻找数据文件的副本（例如在U盘上），并用“family-ledger restore 文件”恢复。</translation>
    </message>
    <message>
        <location filename="../../desktop/start_faults.py" line="99"/>
        <source>The latest verified backup is {backup}. Restoring it replaces the damaged file (which is kept in the backups folder); changes made after that backup are not in it.</source>
        <translation>最近一份经过校验的备份是 {backup}。恢复它将替换已损坏的文件（损坏的文件保留在备份文件夹中）；该备份之后所做的修改不包含在内。</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../../desktop/cli/argparse_texts.py" line="9"/>
        <source>conflicting option string: %s</source>
        <translation>选项冲突：%s</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/argparse_texts.py" line="10"/>
        <source>conflicting option strings: %s</source>
        <translation>选项冲突：%s</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/argparse_texts.py" line="11"/>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/argparse_texts.py" line="12"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/argparse_texts.py" line="13"/>
        <source>.__call__() not defined</source>
        <translation>未定义 .__call__()</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/argparse_texts.py" line="14"/>
        <source>&apos;required&apos; is an invalid argument for positionals</source>
        <translation>位置参数不能使用 &apos;required&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/argparse_texts.py" line="15"/>
        <source>mutually exclusive arguments must be optional</source>
        <translation>互斥的参数必须是可选参数</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/argparse_texts.py" line="16"/>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/argparse_texts.py" line="17"/>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/argparse_texts.py" line="18"/>
        <source>unrecognized arguments: %s</source>
        <translation>无法识别的参数：%s</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/argparse_texts.py" line="19"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>选项 %(option)s 不明确，可能是：%(matches)s</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/argparse_texts.py" line="20"/>
        <source>%r is not callable</source>
        <translation>%r 不可调用</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/argparse_texts.py" line="21"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>无效的选择：%(value)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/argparse_texts.py" line="22"/>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>无法打开 &apos;%(filename)s&apos;：%(error)s</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/argparse_texts.py" line="23"/>
        <source>cannot merge actions - two groups are named %r</source>
        <translation>无法合并：有两个组都名为 %r</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/argparse_texts.py" line="24"/>
        <source>invalid option string %(option)r: must start with a character %(prefix_chars)r</source>
        <translation>无效的选项 %(option)r：必须以字符 %(prefix_chars)r 开头</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/argparse_texts.py" line="25"/>
        <source>dest= is required for options like %r</source>
        <translation>%r 这样的选项必须给出 dest=</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/argparse_texts.py" line="26"/>
        <source>invalid conflict_resolution value: %r</source>
        <translation>无效的 conflict_resolution 值：%r</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/argparse_texts.py" line="27"/>
        <source>cannot have multiple subparser arguments</source>
        <translation>不能有多个子命令参数</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/argparse_texts.py" line="28"/>
        <source>expected one argument</source>
        <translation>需要一个值</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/argparse_texts.py" line="29"/>
        <source>expected at most one argument</source>
        <translation>最多只能有一个值</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/argparse_texts.py" line="30"/>
        <source>expected at least one argument</source>
        <translation>至少需要一个值</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/argparse_texts.py" line="31"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>无效的值：%(value)r</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/argparse_texts.py" line="32"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s：错误：%(message)s
</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/argparse_texts.py" line="33"/>
        <source>conflicting subparser: %s</source>
        <translation>子命令冲突：%s</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/argparse_texts.py" line="34"/>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>未知的命令 %(parser_name)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/argparse_texts.py" line="35"/>
        <source>show this help message and exit</source>
        <translation>显示此帮助信息后退出</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/argparse_texts.py" line="36"/>
        <source>the following arguments are required: %s</source>
        <translation>缺少必需的参数：%s</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/argparse_texts.py" line="37"/>
        <source>one of the arguments %s is required</source>
        <translation>必须给出以下参数之一：%s</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/argparse_texts.py" line="38"/>
        <source>expected %s argument</source>
        <translation>需要 %s 个值</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/argparse_texts.py" line="39"/>
        <source>expected %s arguments</source>
        <translation>需要 %s 个值</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/argparse_texts.py" line="40"/>
        <source>conflicting subparser alias: %s</source>
        <translation>子命令别名冲突：%s</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/argparse_texts.py" line="41"/>
        <source>argument &quot;-&quot; with mode %r</source>
        <translation>参数 &quot;-&quot; 的模式 %r</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/argparse_texts.py" line="42"/>
        <source>not allowed with argument %s</source>
        <translation>不能与参数 %s 同时使用</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/argparse_texts.py" line="43"/>
        <source>unexpected option string: %s</source>
        <translation>意外的选项：%s</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/argparse_texts.py" line="44"/>
        <source>ignored explicit argument %r</source>
        <translation>忽略了多余的值 %r</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/argparse_texts.py" line="45"/>
        <source>show program&apos;s version number and exit</source>
        <translation>显示版本号后退出</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <location filename="../../desktop/gui/backup_ui.py" line="30"/>
        <source>Back up to folder</source>
        <translation>备份到文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/backup_ui.py" line="42"/>
        <location filename="../../desktop/gui/backup_ui.py" line="146"/>
        <location filename="../../desktop/gui/backup_ui.py" line="171"/>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/backup_ui.py" line="44"/>
        <source>Family Ledger data (*.db);;All files (*)</source>
        <translation>台账数据文件 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/backup_ui.py" line="54"/>
        <source>{persons} persons, {records} records</source>
        <translation>{persons} 人，{records} 条记录</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/backup_ui.py" line="80"/>
        <source>&amp;Back up now…</source>
        <translation>立即备份(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/backup_ui.py" line="83"/>
        <source>Re&amp;store from backup…</source>
        <translation>从备份恢复(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/backup_ui.py" line="93"/>
        <source>never</source>
        <translation>从未备份</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/backup_ui.py" line="95"/>
        <source>Last backup: {time}</source>
        <translation>上次备份：{time}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/backup_ui.py" line="108"/>
        <source>Writing the backup to {folder}…</source>
        <translation>正在把备份写入 {folder}…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/backup_ui.py" line="119"/>
        <location filename="../../desktop/gui/backup_ui.py" line="212"/>
        <location filename="../../desktop/gui/backup_ui.py" line="222"/>
        <source>Back up</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/backup_ui.py" line="120"/>
        <source>The backup was written and verified:
{path}
({counts})</source>
        <translation>备份已写入并通过校验：
{path}
（{counts}）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/backup_ui.py" line="147"/>
        <source>Restore the backup of {date} ({counts})?

The data now in the ledger is backed up first, so this can be undone. Family Ledger then closes; start it again to work with the restored data.</source>
        <translation>恢复 {date} 的备份（{counts}）吗？

台账中现有的数据会先备份，因此可以撤销。恢复后程序将关闭；请重新启动，使用恢复后的数据。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/backup_ui.py" line="164"/>
        <source>The backup was restored.</source>
        <translation>备份已恢复。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/backup_ui.py" line="166"/>
        <source>The data it replaced was saved as {path}.</source>
        <translation>被替换的数据已保存为 {path}。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/backup_ui.py" line="174"/>
        <source>Family Ledger closes now; please start it again.</source>
        <translation>程序现在将关闭，请重新启动。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/backup_ui.py" line="188"/>
        <source>No backup of the data has been made yet.</source>
        <translation>数据还从未备份过。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/backup_ui.py" line="190"/>
        <source>The last backup was made on {date}, more than 7 days ago.</source>
        <translation>上次备份是在 {date}，已超过7天。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/backup_ui.py" line="197"/>
        <source>Use File &gt; Back up now… to copy the data to a USB stick or another safe place.</source>
        <translation>请使用“文件 &gt; 立即备份…”把数据复制到U盘或其他安全的地方。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/backup_ui.py" line="213"/>
        <source>Back up now?</source>
        <translation>现在备份吗？</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../desktop/cli/ledger.py" line="116"/>
        <source>Stopped. What was not finished was undone; no file is half-written.</source>
        <translation>已中止。未完成的操作已撤销，没有留下写了一半的文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ledger.py" line="141"/>
        <source>--persons must be at least 1.</source>
        <translation>--persons 至少为 1。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ledger.py" line="152"/>
        <source>Added {persons} demo persons with {children} children in {seconds:.1f} s to {path}.</source>
        <translation>已向 {path} 添加 {persons} 名演示人员及 {children} 名子女，用时 {seconds:.1f} 秒。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ledger.py" line="176"/>
        <source>The backup {path} is encrypted with another password.</source>
        <translation>备份 {path} 是用另一个密码加密的。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ledger.py" line="189"/>
        <source>{path}: a Family Ledger data file, encrypted (its key file is {key}).</source>
        <translation>{path}：人口家庭服务台账数据文件，已加密（其密钥文件为 {key}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ledger.py" line="193"/>
        <location filename="../../desktop/cli/password.py" line="98"/>
        <source>Password: </source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ledger.py" line="195"/>
        <source>The integrity check needs the password: run the command on a terminal or with --password-file FILE.</source>
        <translation>完整性检查需要密码：请在终端中运行此命令，或加上 --password-file 文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ledger.py" line="200"/>
        <location filename="../../desktop/cli/password.py" line="105"/>
        <location filename="../../desktop/cli/server.py" line="112"/>
        <source>The password is not correct. Nothing was changed.</source>
        <translation>密码不正确。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ledger.py" line="205"/>
        <source>{path}: a Family Ledger data file, schema version {revision}, {persons} persons, integrity check passed.</source>
        <translation>{path}：人口家庭服务台账数据文件，结构版本 {revision}，共 {persons} 人，完整性检查通过。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ledger.py" line="212"/>
        <source>It is encrypted; copy it together with its key file {key}.</source>
        <translation>该文件已加密；复制时请连同其密钥文件 {key} 一起复制。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ledger.py" line="217"/>
        <source>It was written by an older version and will be upgraded (after a copy) when the app opens it.</source>
        <translation>该文件由旧版本写入，程序打开时会先复制一份，再升级。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ledger.py" line="224"/>
        <source>Family Ledger did not close this file properly last time (a crash or a power cut left its lock file). The check read it anyway; opening it in the app clears the lock.</source>
        <translation>上次人口家庭服务台账没有正常关闭此文件（程序崩溃或断电留下了锁定文件）。本次检查照常读取了文件；在程序中打开它即可清除锁定。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ledger.py" line="229"/>
        <source>The file is open in Family Ledger now; the check read it as it is on disk.</source>
        <translation>该文件正在人口家庭服务台账中打开；本次检查读取的是磁盘上的当前内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ledger.py" line="245"/>
        <source>--transfer writes the exchange workbook; leave out --register.</source>
        <translation>--transfer 写出的是交换工作簿，请不要同时使用 --register。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ledger.py" line="248"/>
        <source>--register needs --from and --to.</source>
        <translation>--register 需要同时给出 --from 和 --to。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ledger.py" line="250"/>
        <source>unknown register {name}; choose one of {names}.</source>
        <translation>未知的登记册 {name}，请从以下选择一个：{names}。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/exchange.py" line="63"/>
        <location filename="../../desktop/cli/ledger.py" line="258"/>
        <location filename="../../desktop/cli/reminders.py" line="126"/>
        <location filename="../../desktop/cli/reports.py" line="62"/>
        <source>{text} is not a date; write it as YYYY-MM-DD.</source>
        <translation>“{text}”不是日期，请按 YYYY-MM-DD 的格式填写。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ledger.py" line="261"/>
        <location filename="../../desktop/cli/reports.py" line="54"/>
        <source>--from is after --to.</source>
        <translation>--from 晚于 --to。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/closing.py" line="44"/>
        <location filename="../../desktop/cli/exchange.py" line="26"/>
        <location filename="../../desktop/cli/ledger.py" line="263"/>
        <location filename="../../desktop/cli/password.py" line="115"/>
        <location filename="../../desktop/cli/reminders.py" line="41"/>
        <location filename="../../desktop/cli/reports.py" line="38"/>
        <location filename="../../desktop/cli/safety.py" line="18"/>
        <location filename="../../desktop/cli/sample.py" line="44"/>
        <source>There is no data file at {path}.</source>
        <translation>{path} 处没有数据文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/closing.py" line="51"/>
        <source>Closed the report for {start} to {end} on {at}.</source>
        <translation>已于 {at} 对 {start} 至 {end} 的报表结账。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/closing.py" line="57"/>
        <source>Reopened the report for {start} to {end}.</source>
        <translation>已对 {start} 至 {end} 的报表反结账。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/safety.py" line="32"/>
        <source>Backup written and verified: {path}</source>
        <translation>备份已写入并通过校验：{path}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/safety.py" line="37"/>
        <source>{persons} persons, {records} records, {size:.1f} MB.</source>
        <translation>{persons} 人，{records} 条记录，{size:.1f} MB。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/safety.py" line="55"/>
        <source>{path}: a backup of {date}, {persons} persons, {records} records.</source>
        <translation>{path}：{date} 的备份，{persons} 人，{records} 条记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/safety.py" line="66"/>
        <source>Nothing was changed. Run the command again with --yes to replace the data file {path} by this backup (the data file is backed up first).</source>
        <translation>没有作任何改动。如要用此备份替换数据文件 {path}，请加上 --yes 再运行一次（数据文件会先备份）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/safety.py" line="77"/>
        <source>Restored into {path}.</source>
        <translation>已恢复到 {path}。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/safety.py" line="80"/>
        <source>The data file it replaced was saved as {path}; restore that file to undo.</source>
        <translation>被替换的数据文件已保存为 {path}；恢复该文件即可撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/exchange.py" line="35"/>
        <source>--move-out and --destination go with --transfer.</source>
        <translation>--move-out 和 --destination 须与 --transfer 一起使用。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/exchange.py" line="42"/>
        <location filename="../../desktop/cli/ledger.py" line="270"/>
        <source>Wrote {rows} rows with full ID numbers to {path} in {seconds:.1f} s.</source>
        <translation>已将 {rows} 行（含完整身份证号码）写入 {path}，用时 {seconds:.1f} 秒。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/exchange.py" line="45"/>
        <location filename="../../desktop/cli/ledger.py" line="273"/>
        <source>Wrote {rows} rows to {path} in {seconds:.1f} s.</source>
        <translation>已将 {rows} 行写入 {path}，用时 {seconds:.1f} 秒。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/exchange.py" line="66"/>
        <source>--destination goes with --move-out.</source>
        <translation>--destination 须与 --move-out 一起使用。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/exchange.py" line="75"/>
        <source>No person in the register has the ID number {number}; nothing was written.</source>
        <translation>台账中没有身份证号为 {number} 的人员；未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/exchange.py" line="90"/>
        <source>Wrote the files of {persons} person(s), {rows} rows with full ID numbers, to {path} in {seconds:.1f} s.</source>
        <translation>已将 {persons} 人的档案（共 {rows} 行，完整身份证号）写入 {path}，用时 {seconds:.1f} 秒。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/exchange.py" line="96"/>
        <source>Recorded their move away (迁出) on {date}.</source>
        <translation>已登记其于 {date} 迁出。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/exchange.py" line="108"/>
        <source>Undid the import {batch}: {removed} records removed, {restored} restored.</source>
        <translation>已撤销导入 {batch}：删除 {removed} 条记录，恢复 {restored} 条。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/exchange.py" line="113"/>
        <source>name the file to import, or give --undo-last.</source>
        <translation>请指定要导入的文件，或使用 --undo-last。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/exchange.py" line="140"/>
        <source>Backed up the data first to {path}.</source>
        <translation>导入前已先备份数据到 {path}。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/exchange.py" line="142"/>
        <source>Imported in {seconds:.1f} s (change-log batch {batch}).</source>
        <translation>导入完成，用时 {seconds:.1f} 秒（变更记录批次 {batch}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/exchange.py" line="146"/>
        <source>Dry run: nothing was written.</source>
        <translation>试运行：未写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/exchange.py" line="156"/>
        <source>Nothing was imported: every row has a problem.</source>
        <translation>未导入任何内容：每一行都有问题。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/exchange.py" line="165"/>
        <source>--guess-mapping writes a mapping and imports nothing: give it alone.</source>
        <translation>--guess-mapping 只写出对应表，不导入：请单独使用。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/exchange.py" line="181"/>
        <source>{sheet}: as {target}, headers on row {row}, {columns} columns matched</source>
        <translation>{sheet}：作为 {target}，表头在第 {row} 行，对应上 {columns} 列</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/exchange.py" line="187"/>
        <source>No sheet looks like one of the import format: map the sheets in {path} by hand.</source>
        <translation>没有工作表像导入格式中的表：请在 {path} 中手工填写对应。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/exchange.py" line="190"/>
        <source>Wrote the guessed mapping to {path}: check it, then import with --mapping {path}.</source>
        <translation>猜出的对应表已写到 {path}：请核对后用 --mapping {path} 导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/exchange.py" line="199"/>
        <source>warning</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/exchange.py" line="203"/>
        <source>(blank)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/exchange.py" line="206"/>
        <source>{sheet}: {rows} rows, {add} to add, {update} to update, {rejected} rejected</source>
        <translation>{sheet}：{rows} 行，添加 {add}，更新 {update}，拒绝 {rejected}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/exchange.py" line="212"/>
        <source>{count} row(s) are imported with a warning: 数据核查 will list them.</source>
        <translation>有 {count} 行带提示导入：数据核查将列出这些记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/reminders.py" line="36"/>
        <source>--days must be 0 to {limit}.</source>
        <translation>--days 须为 0 至 {limit}。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/reminders.py" line="54"/>
        <location filename="../../desktop/cli/reports.py" line="71"/>
        <source>there is no unit named {name}.</source>
        <translation>没有名为 {name} 的单位。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/reminders.py" line="74"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/reminders.py" line="75"/>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/reminders.py" line="76"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/reminders.py" line="77"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/reminders.py" line="78"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/reminders.py" line="79"/>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/reminders.py" line="80"/>
        <source>Detail</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/reminders.py" line="86"/>
        <source>{rows} reminders due by {until}.</source>
        <translation>截至 {until} 到期的提醒共 {rows} 条。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/reminders.py" line="99"/>
        <source>No reminders due by {until}; no file was written.</source>
        <translation>截至 {until} 没有到期的提醒；未生成文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/reminders.py" line="112"/>
        <source>Wrote {slips} slips on {pages} pages to {path}.</source>
        <translation>已将 {slips} 张通知单（共 {pages} 页）写入 {path}。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/reminders.py" line="134"/>
        <source>unknown reminder kind {name}; choose from {names}.</source>
        <translation>未知的提醒类别 {name}；可选：{names}。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/reports.py" line="32"/>
        <location filename="../../desktop/cli/sample.py" line="39"/>
        <source>--out must end in {suffixes}.</source>
        <translation>--out 的文件名必须以 {suffixes} 结尾。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/closing.py" line="39"/>
        <location filename="../../desktop/cli/reports.py" line="50"/>
        <location filename="../../desktop/cli/server.py" line="174"/>
        <source>{text} is not a month; write it as YYYY-MM.</source>
        <translation>{text} 不是有效的月份，请写成 YYYY-MM。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/reports.py" line="103"/>
        <source> The balance does not hold: {count} persons break it.</source>
        <translation> 平衡检查不通过：有 {count} 人导致不平衡。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/reports.py" line="106"/>
        <source> The period is closed: these are its stored figures ({count} corrections since).</source>
        <translation> 本期已结账：写入的是结账时的数字（结账后更正 {count} 人）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/reports.py" line="109"/>
        <source>Wrote the report for {start} to {end} to {path}.</source>
        <translation>已将 {start} 至 {end} 的报表写入 {path}。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/reports.py" line="120"/>
        <source>There is no person with the ID number {id}.</source>
        <translation>没有身份证号码为 {id} 的人员。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/reports.py" line="127"/>
        <source>Wrote the card ({pages} pages) to {path}.</source>
        <translation>已将档案卡（共 {pages} 页）写入 {path}。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/reports.py" line="149"/>
        <source>Wrote the roster of {rows} persons ({pages} pages) to {path}.</source>
        <translation>已将 {rows} 人的花名册（共 {pages} 页）写入 {path}。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/sample.py" line="42"/>
        <source>--size must be at least 1.</source>
        <translation>--size 至少为 1。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/sample.py" line="66"/>
        <source>The sample of {month} was drawn before ({size} persons); printed it again to {path} ({pages} pages).</source>
        <translation>{month} 的样本此前已抽取（{size} 人）；已重新打印到 {path}（共 {pages} 页）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/sample.py" line="68"/>
        <source>Drew {size} of {population} active persons for {month}; wrote the checking sheet to {path} ({pages} pages).</source>
        <translation>已为 {month} 从 {population} 名在册人员中抽取 {size} 人；核对表已写入 {path}（共 {pages} 页）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/sample.py" line="74"/>
        <source>--size was not used: the month already has its sample; add --redraw to draw it again.</source>
        <translation>未使用 --size：该月已有样本；如需重新抽取，请加 --redraw。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/password.py" line="41"/>
        <source>The password file {path} cannot be read: {reason}</source>
        <translation>无法读取密码文件 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/password.py" line="44"/>
        <source>The password file {path} needs {count} lines.</source>
        <translation>密码文件 {path} 需要 {count} 行。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/password.py" line="50"/>
        <source>This ledger is protected by a password. There is no terminal to ask it on: give it with --password-file FILE.</source>
        <translation>此台账设有密码，但当前没有可输入密码的终端：请用 --password-file 文件 提供密码。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/password.py" line="58"/>
        <location filename="../../desktop/cli/password.py" line="59"/>
        <source>New password: </source>
        <translation>新密码：</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/accounts.py" line="48"/>
        <source>New password for the account: </source>
        <translation>账户的新密码：</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/accounts.py" line="51"/>
        <location filename="../../desktop/cli/password.py" line="59"/>
        <source>The new password again: </source>
        <translation>再次输入新密码：</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/accounts.py" line="53"/>
        <location filename="../../desktop/cli/password.py" line="61"/>
        <source>The two new passwords differ. Nothing was changed.</source>
        <translation>两次输入的新密码不一致。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/accounts.py" line="83"/>
        <source>This ledger has no accounts yet; leave out --user (or add one: family-ledger accounts add NAME).</source>
        <translation>本台账还没有账户；请去掉 --user（或先添加账户：family-ledger accounts add 名称）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/accounts.py" line="88"/>
        <source>This ledger has accounts: sign in with --user NAME (your password is asked, or read from --password-file).</source>
        <translation>本台账已设账户：请用 --user 名称 登录（密码在终端上询问，或从 --password-file 读取）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/accounts.py" line="91"/>
        <source>Password of {name}: </source>
        <translation>{name} 的密码：</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/accounts.py" line="106"/>
        <source>Added the account {name}; from now on everyone signs in.</source>
        <translation>已添加账户 {name}；今后每个人都须登录。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/accounts.py" line="110"/>
        <source>The password of {name} was changed.</source>
        <translation>{name} 的密码已更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/accounts.py" line="114"/>
        <source>The account {name} can sign in again.</source>
        <translation>账户 {name} 已恢复，可以重新登录。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/accounts.py" line="118"/>
        <source>The account {name} can no longer sign in.</source>
        <translation>账户 {name} 已停用，不能再登录。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/accounts.py" line="132"/>
        <source>This ledger has no accounts: it opens without signing in.</source>
        <translation>本台账没有账户：打开时无须登录。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/accounts.py" line="135"/>
        <source>can sign in</source>
        <translation>可以登录</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/accounts.py" line="136"/>
        <source>disabled on {date}</source>
        <translation>{date} 停用</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/accounts.py" line="139"/>
        <source>never signed in</source>
        <translation>从未登录</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/password.py" line="94"/>
        <source>Five wrong passwords in a row: wait {seconds} s.</source>
        <translation>已连续输错 5 次密码：请等待 {seconds} 秒。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/password.py" line="129"/>
        <source>No password is set for this ledger.</source>
        <translation>此台账没有设置密码。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/password.py" line="136"/>
        <location filename="../../desktop/cli/server_password.py" line="36"/>
        <source>The recovery sheet was written to {path}. Print it, give it to the head of the office to keep sealed, and delete the file.</source>
        <translation>恢复码单已写入 {path}。请打印出来交单位负责人密封保管，然后删除该文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/password.py" line="144"/>
        <location filename="../../desktop/cli/server_password.py" line="63"/>
        <source>The password was changed; the old one no longer opens the ledger.</source>
        <translation>密码已更改；旧密码不能再打开台账。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/password.py" line="147"/>
        <source>The password was removed; the data file is stored plain.</source>
        <translation>密码已取消；数据文件以不加密的形式保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/password.py" line="150"/>
        <source>The data file is encrypted. Print a new recovery sheet: family-ledger recovery-sheet --out FILE.pdf</source>
        <translation>数据文件已加密。请打印新的恢复码单：family-ledger recovery-sheet --out 文件.pdf</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/password.py" line="154"/>
        <source>The data file is stored plain now; the password still guards the window and the commands.</source>
        <translation>数据文件现在以不加密的形式保存；密码仍保护程序窗口和命令行。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/password.py" line="164"/>
        <source>A password is set already; use: family-ledger password change</source>
        <translation>已经设置了密码；请使用：family-ledger password change</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/password.py" line="184"/>
        <source>The password was set; the data file stays plain.</source>
        <translation>密码已设置；数据文件保持不加密。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/password.py" line="186"/>
        <source>The password was set and the data file is encrypted (its key file is {key}: copy both together).</source>
        <translation>密码已设置，数据文件已加密（其密钥文件为 {key}：两个文件要一起复制）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/password.py" line="189"/>
        <source>These backups are still plain (not encrypted):</source>
        <translation>以下备份仍未加密：</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/password.py" line="190"/>
        <source>These backups were encrypted:</source>
        <translation>以下备份已加密：</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/password.py" line="191"/>
        <source>These plain backups were deleted:</source>
        <translation>以下未加密的备份已删除：</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/password.py" line="196"/>
        <source>Run the command with --old-backups encrypt or delete, or delete them yourself.</source>
        <translation>请加上 --old-backups encrypt 或 delete 再运行此命令，或自行删除这些备份。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/password.py" line="198"/>
        <source>Now print the recovery sheet: family-ledger recovery-sheet --out FILE.pdf</source>
        <translation>现在请打印恢复码单：family-ledger recovery-sheet --out 文件.pdf</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/password.py" line="208"/>
        <location filename="../../desktop/cli/server_password.py" line="107"/>
        <source>The file {path} cannot be read: {reason}</source>
        <translation>无法读取文件 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/password.py" line="218"/>
        <location filename="../../desktop/cli/server_password.py" line="112"/>
        <source>A new password was set with the recovery code (noted in the change log).</source>
        <translation>已凭恢复码设置新密码（已记入修改记录）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/init.py" line="42"/>
        <source>Created the ledger {path}: office {office}, {units} units, clerk {clerk}.</source>
        <translation>已创建台账 {path}：单位 {office}，下属单位 {units} 个，专干 {clerk}。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/init.py" line="56"/>
        <source>--account needs --clerk NAME: the account is hers.</source>
        <translation>--account 须与 --clerk 名称 一起使用：账户属于这位专干。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/init.py" line="80"/>
        <source>{path} could not be removed.</source>
        <translation>无法删除 {path}。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/server.py" line="26"/>
        <source>Another clerk&apos;s Family Ledger is upgrading the database; waiting for it…</source>
        <translation>另一位工作人员的台账程序正在升级数据库，请稍候…</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/server.py" line="53"/>
        <source>The database {url} is a Family Ledger at the current version with {persons} persons.</source>
        <translation>数据库 {url} 是当前版本的台账，共 {persons} 人。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/server.py" line="77"/>
        <source>pg_dump was not found on this computer (PostgreSQL&apos;s client tools), so the server database cannot be backed up from here. Install them or add their folder to PATH; nothing was changed.</source>
        <translation>本机上找不到 pg_dump（PostgreSQL 客户端工具），无法在此备份服务器数据库。请安装这些工具或把其所在文件夹加入 PATH；未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/server.py" line="89"/>
        <source>Backup written: {path} ({size} bytes, checked with pg_restore --list).</source>
        <translation>备份已写入：{path}（{size} 字节，已用 pg_restore --list 检查）。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/server.py" line="107"/>
        <location filename="../../desktop/cli/server_password.py" line="32"/>
        <location filename="../../desktop/cli/server_password.py" line="60"/>
        <location filename="../../desktop/cli/server_password.py" line="65"/>
        <source>Office password: </source>
        <translation>办公室密码：</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/server.py" line="125"/>
        <source>The backup {path} is encrypted.</source>
        <translation>备份 {path} 已加密。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/server.py" line="128"/>
        <source>Office password or recovery code: </source>
        <translation>办公室密码或恢复码：</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/server.py" line="136"/>
        <source>Neither the password nor the recovery code opens {path}. Nothing was changed.</source>
        <translation>密码和恢复码都打不开 {path}。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/server.py" line="156"/>
        <source>Restored {path} into the empty database.</source>
        <translation>已将 {path} 恢复到空数据库。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/server.py" line="188"/>
        <source>Copied the ledger to {target}: {rows} rows, the same counts in every table and the same monthly report for {months} months ({seconds:.1f} s). The original was not changed.</source>
        <translation>台账已复制到 {target}：共 {rows} 行，每张表的行数相同，{months} 个月的月报相同（用时 {seconds:.1f} 秒）。原台账未作更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/server_password.py" line="51"/>
        <source>The password was set and the server&apos;s backups are encrypted from now on (earlier ones stay as they are). Now print the recovery sheet: family-ledger recovery-sheet --out FILE.pdf</source>
        <translation>密码已设置，今后服务器的备份都加密保存（以前的备份保持原样）。现在请打印恢复单：family-ledger recovery-sheet --out 文件.pdf</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/server_password.py" line="54"/>
        <source>The password was set; the server&apos;s backups stay plain.</source>
        <translation>密码已设置；服务器的备份仍不加密。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/server_password.py" line="68"/>
        <source>The password was removed; the server&apos;s backups are written plain from now on.</source>
        <translation>密码已取消；今后服务器的备份不再加密。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/server_password.py" line="72"/>
        <source>The server&apos;s backups are encrypted from now on. Print a new recovery sheet: family-ledger recovery-sheet --out FILE.pdf</source>
        <translation>今后服务器的备份都加密保存。请打印新的恢复单：family-ledger recovery-sheet --out 文件.pdf</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/server_password.py" line="76"/>
        <source>The server&apos;s backups are written plain from now on; earlier ones stay encrypted.</source>
        <translation>今后服务器的备份不再加密；以前的备份仍是加密的。</translation>
    </message>
</context>
<context>
    <name>cli-help</name>
    <message>
        <location filename="../../desktop/cli/closing.py" line="21"/>
        <source>close a month&apos;s report: its figures are stored and never shift</source>
        <translation>月报结账：保存其各项数字，以后不再变动</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/closing.py" line="23"/>
        <source>reopen a closed month, with the reason</source>
        <translation>反结账（须写明原因）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/closing.py" line="27"/>
        <source>the month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/closing.py" line="28"/>
        <source>TEXT</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/closing.py" line="29"/>
        <source>why it is reopened (written in the change log)</source>
        <translation>反结账的原因（记入修改日志）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/common_args.py" line="17"/>
        <source>full ID numbers instead of masked ones (noted in the change log)</source>
        <translation>显示完整身份证号而不是遮蔽的号码（记入修改日志）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/common_args.py" line="20"/>
        <source>only this unit and its sub-units</source>
        <translation>只要此单位及其下属单位</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="54"/>
        <source>Family Ledger (the population and family services register). Without a command the window opens.</source>
        <translation>人口家庭服务台账。不带命令时打开程序窗口。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="59"/>
        <source>Exit codes: 0 done; 1 failed, nothing changed; 2 wrong arguments; 3 import with rejected rows; 130 stopped with Ctrl+C.
Each command explains itself: family-ledger COMMAND --help</source>
        <translation>退出码：0 完成；1 失败，未作任何改动；2 参数有误；3 导入时有被拒绝的行；130 用 Ctrl+C 中止。
每个命令都有自己的说明：family-ledger 命令 --help</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="80"/>
        <source>language of the window, the help and the messages (default zh_CN; or the FAMILY_LEDGER_LANG environment variable)</source>
        <translation>窗口、帮助和提示信息的语言（默认 zh_CN 中文；也可用环境变量 FAMILY_LEDGER_LANG 指定）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="89"/>
        <source>open the window, fill the first page, print the timings as JSON and exit</source>
        <translation>打开窗口并载入第一页，以 JSON 格式输出所用时间后退出（自检用）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/exchange_args.py" line="88"/>
        <location filename="../../desktop/cli/main.py" line="95"/>
        <location filename="../../desktop/cli/password_args.py" line="17"/>
        <location filename="../../desktop/cli/password_args.py" line="55"/>
        <location filename="../../desktop/cli/reports_args.py" line="57"/>
        <location filename="../../desktop/cli/safety_args.py" line="30"/>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="96"/>
        <source>for a ledger with a password: read it from FILE (first line) instead of asking on the terminal</source>
        <translation>台账设有密码时：从该文件（第一行）读取密码，而不在终端上询问</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="107"/>
        <source>print the version and exit</source>
        <translation>显示版本号后退出</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="109"/>
        <source>COMMAND</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ledger_args.py" line="23"/>
        <source>create an empty ledger: the office, its units and the clerk (as on the first start)</source>
        <translation>新建空台账：本单位、下属单位和专干（与首次启动时的设置相同）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/accounts_args.py" line="12"/>
        <location filename="../../desktop/cli/accounts_args.py" line="37"/>
        <location filename="../../desktop/cli/common_args.py" line="52"/>
        <location filename="../../desktop/cli/exchange_args.py" line="33"/>
        <location filename="../../desktop/cli/ledger_args.py" line="31"/>
        <location filename="../../desktop/cli/ledger_args.py" line="44"/>
        <location filename="../../desktop/cli/reports_args.py" line="65"/>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/accounts_args.py" line="13"/>
        <source>your account, once the ledger has accounts: your password is asked on the terminal or read from --password-file</source>
        <translation>您的账户（台账设了账户之后）：密码在终端上询问，或从 --password-file 读取</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/accounts_args.py" line="20"/>
        <source>with --clerk: also make her account with a password (asked, or read from --password-file); from then on everyone signs in</source>
        <translation>与 --clerk 一起：同时为她建立带密码的账户（密码在终端上询问，或从 --password-file 读取）；此后每个人都须登录</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/accounts_args.py" line="23"/>
        <source>the clerks&apos; accounts: add, list, change a password, disable, enable (any signed-in clerk may)</source>
        <translation>文书账户：添加、列出、改密码、停用、恢复（任何已登录的文书均可操作）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/accounts_args.py" line="28"/>
        <source>add a clerk&apos;s account (the first one makes everyone sign in)</source>
        <translation>添加一个文书账户（有了第一个账户后，每个人都须登录）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/accounts_args.py" line="30"/>
        <source>set a new password for an account</source>
        <translation>为一个账户设置新密码</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/accounts_args.py" line="32"/>
        <source>stop an account from signing in (its name stays in the change log)</source>
        <translation>停用账户，使其不能再登录（修改记录中仍保留其名字）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/accounts_args.py" line="34"/>
        <source>let a disabled account sign in again</source>
        <translation>让已停用的账户重新可以登录</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/accounts_args.py" line="38"/>
        <source>the clerk&apos;s name</source>
        <translation>文书的名字</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/accounts_args.py" line="39"/>
        <source>list the accounts, whether each can sign in, and the last sign-in</source>
        <translation>列出账户、能否登录及最近一次登录时间</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ledger_args.py" line="32"/>
        <source>the office&apos;s name, printed on reports and slips</source>
        <translation>本单位名称，打印在报表和通知单上</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ledger_args.py" line="36"/>
        <source>A,B,...</source>
        <translation>甲,乙,...</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ledger_args.py" line="37"/>
        <source>its units (villages, communities), separated by commas; more can be added later</source>
        <translation>下属单位（村、社区），用逗号或顿号分隔；以后还可以添加</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ledger_args.py" line="45"/>
        <source>the clerk&apos;s name, printed on slips and written in the change log</source>
        <translation>专干姓名，打印在通知单上并记入修改日志</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ledger_args.py" line="53"/>
        <source>fill the data file with made-up demo records</source>
        <translation>在数据文件中生成虚构的演示数据</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ledger_args.py" line="60"/>
        <source>how many women to make up</source>
        <translation>生成的育龄妇女人数</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ledger_args.py" line="67"/>
        <source>start of the random numbers: the same seed makes the same records (default 1)</source>
        <translation>随机数种子：相同的种子生成相同的数据（默认 1）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ledger_args.py" line="75"/>
        <source>add them even if the file holds records</source>
        <translation>即使文件中已有数据也照样添加</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/ledger_args.py" line="16"/>
        <source>check the data file without changing it</source>
        <translation>检查数据文件，不作任何改动</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/server_args.py" line="15"/>
        <source>copy the ledger into an empty PostgreSQL database (postgresql://...) or a new data file, verified; the original is not changed</source>
        <translation>把台账复制到一个空的 PostgreSQL 数据库（postgresql://...）或一个新的数据文件，并核对；原来的不变</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/server_args.py" line="23"/>
        <source>URL|FILE</source>
        <translation>地址|文件</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/server_args.py" line="24"/>
        <source>an empty PostgreSQL database (postgresql://user@server/database) or a data file that does not exist yet</source>
        <translation>一个空的 PostgreSQL 数据库（postgresql://用户@服务器/数据库），或一个还不存在的数据文件</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/server_args.py" line="32"/>
        <source>YYYY-MM</source>
        <translation>年-月</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/server_args.py" line="33"/>
        <source>compare the monthly reports from this month on (default: every month from the first record&apos;s)</source>
        <translation>从这个月起核对各月报表（默认：从第一条记录的月份起的每个月）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/safety_args.py" line="14"/>
        <source>write a verified copy of the data file</source>
        <translation>写出一份经过核对的数据文件备份</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/safety_args.py" line="19"/>
        <source>FOLDER</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/safety_args.py" line="20"/>
        <source>the folder for the copy, created if missing (default: the automatic backups folder)</source>
        <translation>备份存放的文件夹，不存在时自动创建（默认：自动备份文件夹）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/safety_args.py" line="26"/>
        <source>replace the data file by a backup</source>
        <translation>用备份替换数据文件（恢复）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/safety_args.py" line="31"/>
        <source>the backup to restore</source>
        <translation>要恢复的备份文件</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/safety_args.py" line="36"/>
        <source>restore without asking (the current data file is backed up first)</source>
        <translation>不再询问，直接恢复（会先备份当前的数据文件）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/exchange_args.py" line="24"/>
        <source>write one register, or (without --register) the whole exchange workbook, to an .xlsx file</source>
        <translation>把一种登记簿，或（不带 --register 时）整个交换工作簿，导出为 .xlsx 文件</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/exchange_args.py" line="34"/>
        <source>births, contraception, deaths, checkups, pregnancies or services</source>
        <translation>登记簿：births（生育）、contraception（节育）、deaths（死亡）、checkups（三查）、pregnancies（怀孕）或 services（服务登记）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/common_args.py" line="40"/>
        <location filename="../../desktop/cli/common_args.py" line="65"/>
        <location filename="../../desktop/cli/exchange_args.py" line="68"/>
        <source>DATE</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/exchange_args.py" line="40"/>
        <source>first day, YYYY-MM-DD (with --register)</source>
        <translation>开始日期，格式 YYYY-MM-DD（与 --register 一起使用）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/exchange_args.py" line="41"/>
        <source>last day (included), YYYY-MM-DD (with --register)</source>
        <translation>结束日期（含当天），格式 YYYY-MM-DD（与 --register 一起使用）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/exchange_args.py" line="45"/>
        <source>FILE.xlsx</source>
        <translation>文件.xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/exchange_args.py" line="46"/>
        <source>the workbook to write</source>
        <translation>要写出的工作簿</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/exchange_args.py" line="58"/>
        <source>transfer of records (档案转出): only these persons (by ID number) with all their records, full ID numbers, for the office they move to; it imports the file with its normal import</source>
        <translation>档案转出：只写出这些人员（按身份证号）及其全部记录，含完整身份证号，交给她们迁往的服务站；对方用普通的导入即可导入该文件</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/exchange_args.py" line="69"/>
        <source>with --transfer: also record their move away (迁出) on DATE (YYYY-MM-DD)</source>
        <translation>与 --transfer 一起使用：同时登记她们在该日期（格式 YYYY-MM-DD）迁出</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/exchange_args.py" line="75"/>
        <source>PLACE</source>
        <translation>去向</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/exchange_args.py" line="77"/>
        <source>with --move-out: where they moved to (去向)</source>
        <translation>与 --move-out 一起使用：迁往何处（去向）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/exchange_args.py" line="83"/>
        <source>check and import an exchange workbook</source>
        <translation>检查并导入交换工作簿</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/exchange_args.py" line="89"/>
        <source>.xlsx/.xls/.ods workbook, or .csv with the columns of the persons sheet</source>
        <translation>.xlsx/.xls/.ods 工作簿，或含“人员”表各列的 .csv 文件</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/exchange_args.py" line="96"/>
        <source>check only, write nothing</source>
        <translation>只检查，不写入任何内容</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/exchange_args.py" line="101"/>
        <source>update persons and records already in the ledger</source>
        <translation>更新台账中已有的人员和记录</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/exchange_args.py" line="106"/>
        <source>undo the last import</source>
        <translation>撤销最近一次导入</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/exchange_args.py" line="110"/>
        <location filename="../../desktop/cli/exchange_args.py" line="120"/>
        <source>MAPPING.json</source>
        <translation>对应表.json</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/exchange_args.py" line="111"/>
        <source>import her own workbook (.xlsx/.xls/.ods/.et/.csv): this mapping names which of her sheets, columns and values are which (format in docs/exchange-format.md)</source>
        <translation>导入自己的表格（.xlsx/.xls/.ods/.csv 或 WPS 表格）：按这个对应表把她的工作表、列和取值对应到导入格式（写法见说明文档“数据交换格式”一章）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/exchange_args.py" line="121"/>
        <source>import nothing: write the guessed mapping of this workbook to MAPPING.json, to correct and then use with --mapping</source>
        <translation>不导入：猜出这个表格的对应表写到 对应表.json，改好后用 --mapping 导入</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/reminders_args.py" line="17"/>
        <source>list who is due for what</source>
        <translation>列出谁到期该办什么事（提醒）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/reminders_args.py" line="20"/>
        <source>print notification slips to a PDF file</source>
        <translation>把通知单打印到 PDF 文件</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/common_args.py" line="66"/>
        <source>the day the list is for, YYYY-MM-DD (default today)</source>
        <translation>提醒所针对的日期，格式 YYYY-MM-DD（默认今天）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/reminders_args.py" line="42"/>
        <source>also what falls due in the next N days (default: the settings, 30)</source>
        <translation>同时列出今后 N 天内到期的事项（默认按设置，30 天）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/reminders_args.py" line="50"/>
        <source>KIND</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/reminders_args.py" line="51"/>
        <source>checkup, certificate, followup, delivery, birth_report, payment or turning_50; may be repeated (default: all)</source>
        <translation>类别：checkup（三查）、certificate（寄回证明）、followup（孕情随访）、delivery（预产期）、birth_report（出生报告）、payment（扶助金发放）或 turning_50（满 50 周岁）；可多次给出（默认：全部）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/reminders_args.py" line="28"/>
        <source>a table to read, or csv for a spreadsheet (default table)</source>
        <translation>table 为便于阅读的表格，csv 供电子表格使用（默认 table）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/common_args.py" line="23"/>
        <source>FILE.pdf</source>
        <translation>文件.pdf</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/common_args.py" line="24"/>
        <source>the PDF to write</source>
        <translation>要写出的 PDF 文件</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/reports_args.py" line="18"/>
        <source>the monthly (or another period&apos;s) report, an archive card or a roster</source>
        <translation>月报（或其他期间的报表）、档案卡或花名册</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/reports_args.py" line="23"/>
        <source>DOCUMENT</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/reports_args.py" line="33"/>
        <source>one month&apos;s report: .pdf, .xlsx or .json</source>
        <translation>某月的报表：.pdf、.xlsx 或 .json</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/reports_args.py" line="39"/>
        <source>the month of the report</source>
        <translation>报表月份</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/reports_args.py" line="42"/>
        <source>any period&apos;s report: .pdf, .xlsx or .json</source>
        <translation>任意期间的报表：.pdf、.xlsx 或 .json</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/common_args.py" line="21"/>
        <source>first day, YYYY-MM-DD</source>
        <translation>开始日期，格式 YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/common_args.py" line="22"/>
        <source>last day (included), YYYY-MM-DD</source>
        <translation>结束日期（含当天），格式 YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/reports_args.py" line="49"/>
        <source>a closed period recomputed from today&apos;s data instead of its stored figures</source>
        <translation>已结账的期间按今天的数据重新计算，而不用结账时保存的数字</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/reports_args.py" line="58"/>
        <source>the file to write; its ending (.pdf, .xlsx or .json) chooses the kind</source>
        <translation>要写出的文件；扩展名（.pdf、.xlsx 或 .json）决定文件类型</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/reports_args.py" line="66"/>
        <source>name on the PDF&apos;s line for the head of the unit</source>
        <translation>PDF 上“单位负责人”一栏的姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/reports_args.py" line="73"/>
        <source>one person&apos;s archive card (PDF)</source>
        <translation>一个人的档案卡（PDF）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/exchange_args.py" line="57"/>
        <location filename="../../desktop/cli/reports_args.py" line="79"/>
        <source>ID</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="68"/>
        <source>PATH|URL</source>
        <translation>路径|地址</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="69"/>
        <source>the data file, or a PostgreSQL server&apos;s database as postgresql://user@server/database (default: the user&apos;s data folder, or the FAMILY_LEDGER_DB environment variable)</source>
        <translation>数据文件，或服务器上的 PostgreSQL 数据库，写作 postgresql://用户@服务器/数据库（默认：用户的数据文件夹，或环境变量 FAMILY_LEDGER_DB）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/reports_args.py" line="80"/>
        <source>her ID number</source>
        <translation>她的身份证号码</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/reports_args.py" line="88"/>
        <source>the roster of the registered persons (PDF)</source>
        <translation>在册人员花名册（PDF）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/password_args.py" line="18"/>
        <source>read the password(s) from FILE, one a line</source>
        <translation>从该文件读取密码，每行一个</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/password_args.py" line="21"/>
        <source>set, change or remove the password</source>
        <translation>设置、更改或取消密码</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/accounts_args.py" line="27"/>
        <location filename="../../desktop/cli/password_args.py" line="24"/>
        <source>ACTION</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/password_args.py" line="25"/>
        <source>set a password; the data file (on a server: its backups) is encrypted</source>
        <translation>设置密码；数据文件（在服务器上：其备份）随之加密</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/password_args.py" line="27"/>
        <source>keep the data file plain (the password guards the window only)</source>
        <translation>数据文件不加密（密码只保护程序窗口）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/password_args.py" line="30"/>
        <source>what to do with plain backups in the backups folder: keep, encrypt or delete them (default keep)</source>
        <translation>备份文件夹中未加密的备份如何处理：keep 保留、encrypt 加密或 delete 删除（默认 keep）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/password_args.py" line="34"/>
        <source>change the password (the current one is asked)</source>
        <translation>更改密码（会询问当前密码）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/password_args.py" line="36"/>
        <source>remove the password; the data file is decrypted (on a server: later backups are plain)</source>
        <translation>取消密码；数据文件解密（在服务器上：以后的备份不加密）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/password_args.py" line="39"/>
        <source>encrypt the data file (on a server: its backups) with the password set</source>
        <translation>用已设置的密码加密数据文件（在服务器上：其备份）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/password_args.py" line="42"/>
        <source>keep the password but store the data file (on a server: later backups) plain</source>
        <translation>保留密码，但数据文件（在服务器上：以后的备份）不加密保存</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/password_args.py" line="48"/>
        <source>print a new recovery code to a PDF (the one on an earlier sheet stops working)</source>
        <translation>把新的恢复码打印到 PDF（以前恢复码单上的恢复码随即失效）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/password_args.py" line="52"/>
        <source>forgotten password: set a new one with the recovery code</source>
        <translation>忘记密码时：用恢复码设置新密码</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/password_args.py" line="55"/>
        <source>a text file holding the recovery code</source>
        <translation>存有恢复码的文本文件</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/sample.py" line="21"/>
        <source>draw a month&apos;s verification sample and print its checking sheet (PDF)</source>
        <translation>抽取某月的核对抽查样本并打印核对表（PDF）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/sample.py" line="24"/>
        <source>the month the sample checks</source>
        <translation>抽查所针对的月份</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/sample.py" line="25"/>
        <source>persons to draw (default: the settings, 5%% of the active persons, 20 to 200)</source>
        <translation>抽取人数（默认按设置：在册人数的 5%%，20 至 200 人）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/sample.py" line="28"/>
        <source>replace the month&apos;s sample by a new draw (noted in the change log)</source>
        <translation>重新抽取，替换该月已有的样本（记入修改日志）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/sample.py" line="30"/>
        <source>SHEET.pdf</source>
        <translation>核对表.pdf</translation>
    </message>
</context>
<context>
    <name>data_checks</name>
    <message>
        <location filename="../../desktop/domain/values/data_checks.py" line="24"/>
        <source>Child without a pregnancy record</source>
        <translation>子女无孕情记录</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/values/data_checks.py" line="25"/>
        <source>Pregnancy without an outcome after 43 weeks</source>
        <translation>孕情满43周仍无结局</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/values/data_checks.py" line="27"/>
        <source>Contraception open during a pregnancy</source>
        <translation>孕期内节育措施未结束</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/values/data_checks.py" line="29"/>
        <source>Pregnant at a check-up, no pregnancy registered</source>
        <translation>三查发现怀孕但未登记孕情</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/values/data_checks.py" line="31"/>
        <source>Payment after moving away or death</source>
        <translation>迁出或死亡后仍有发放</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/values/data_checks.py" line="33"/>
        <source>ID number disagrees with the record</source>
        <translation>身份证号码与档案不符</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/values/data_checks.py" line="34"/>
        <source>Same name and birth date</source>
        <translation>姓名和出生日期相同</translation>
    </message>
    <message>
        <location filename="../../desktop/services/registers/data_checks.py" line="29"/>
        <source>Child {child} born on {birth}: no pregnancy of hers is recorded in the 43 weeks before the birth.</source>
        <translation>子女 {child} 出生于 {birth}：出生前43周内没有她的孕情记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/registers/data_checks.py" line="32"/>
        <source>Last menstrual period {lmp} ({weeks} weeks ago), registered on {registered}: no outcome recorded.</source>
        <translation>末次月经 {lmp}（距今 {weeks} 周），登记日期 {registered}：尚未登记结局。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/registers/data_checks.py" line="35"/>
        <source>{method} from {start} is open during her pregnancy with the last menstrual period {lmp}.</source>
        <translation>{start} 起的{method}在她的孕期内（末次月经 {lmp}）仍未结束。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/registers/data_checks.py" line="38"/>
        <source>The check-up on {date} found her pregnant, but no pregnancy is registered with a last menstrual period in the 10 months before.</source>
        <translation>{date} 的三查发现她已怀孕，但没有末次月经在此前10个月内的孕情登记。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/registers/data_checks.py" line="41"/>
        <source>Paid on {paid} for {period}, after she moved away on {left}.</source>
        <translation>{paid} 发放了 {period} 的款项，而她已于 {left} 迁出。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/registers/data_checks.py" line="43"/>
        <source>Paid on {paid} for {period}, after her death on {left}.</source>
        <translation>{paid} 发放了 {period} 的款项，而她已于 {left} 死亡。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/registers/data_checks.py" line="45"/>
        <source>Her ID number gives the birth date {id_birth}; the record says {birth}.</source>
        <translation>按身份证号码，她的出生日期为 {id_birth}；档案中为 {birth}。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/registers/data_checks.py" line="47"/>
        <source>Her ID number is a man&apos;s (the 17th digit is odd).</source>
        <translation>她的身份证号码属于男性（第17位为奇数）。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/registers/data_checks.py" line="49"/>
        <source>Her ID number is a man&apos;s and gives the birth date {id_birth}; the record says {birth}.</source>
        <translation>她的身份证号码属于男性，且出生日期为 {id_birth}；档案中为 {birth}。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/registers/data_checks.py" line="52"/>
        <source>Child {child}: the ID number gives the birth date {id_birth}; the record says {birth}.</source>
        <translation>子女 {child}：按身份证号码，出生日期为 {id_birth}；档案中为 {birth}。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/registers/data_checks.py" line="55"/>
        <source>Child {child}: the ID number gives the sex {id_sex}; the record says {sex}.</source>
        <translation>子女 {child}：按身份证号码，性别为{id_sex}；档案中为{sex}。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/registers/data_checks.py" line="58"/>
        <source>Child {child}: the ID number gives {id_birth}, {id_sex}; the record says {birth}, {sex}.</source>
        <translation>子女 {child}：按身份证号码为 {id_birth}、{id_sex}；档案中为 {birth}、{sex}。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/registers/data_checks.py" line="61"/>
        <source>{copies} records have the name {name} and the birth date {birth}.</source>
        <translation>有 {copies} 份档案的姓名均为 {name}、出生日期均为 {birth}。</translation>
    </message>
</context>
<context>
    <name>encryption</name>
    <message>
        <location filename="../../desktop/gui/dialogs/encryption_ui.py" line="58"/>
        <source>Plain backups</source>
        <translation>未加密的备份</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/encryption_ui.py" line="59"/>
        <source>The data file is encrypted now, but these backups in the backups folder are still plain: anyone who has them can read them.

{names}</source>
        <translation>数据文件现已加密，但备份文件夹中的以下备份仍未加密，任何拿到它们的人都能读取：

{names}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/encryption_ui.py" line="62"/>
        <source>&amp;Encrypt them</source>
        <translation>加密这些备份(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/encryption_ui.py" line="63"/>
        <source>&amp;Delete them</source>
        <translation>删除这些备份(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/encryption_ui.py" line="64"/>
        <source>&amp;Keep them</source>
        <translation>保留不动(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/encryption_ui.py" line="72"/>
        <source>Save the recovery sheet</source>
        <translation>保存恢复码单</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/encryption_ui.py" line="73"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/encryption_ui.py" line="77"/>
        <source>Family Ledger</source>
        <translation>人口家庭服务台账</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/encryption_ui.py" line="108"/>
        <source>The recovery sheet was saved as {path}. Print it, give it to the head of the office to keep sealed, then delete the file.</source>
        <translation>恢复码单已保存为 {path}。请打印出来交单位负责人密封保管，然后删除该文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/encryption_ui.py" line="142"/>
        <source>Forgotten password</source>
        <translation>忘记密码</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/encryption_ui.py" line="143"/>
        <source>Type the recovery code from the sealed recovery sheet and choose a new password. The recovery is noted in the change log.</source>
        <translation>请输入密封保管的恢复码单上的恢复码，并设置新密码。此次恢复将记入修改记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/encryption_ui.py" line="156"/>
        <source>Recovery &amp;code</source>
        <translation>恢复码(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/encryption_ui.py" line="157"/>
        <source>&amp;New password</source>
        <translation>新密码(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/encryption_ui.py" line="158"/>
        <source>&amp;Repeat new password</source>
        <translation>再次输入新密码(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/encryption_ui.py" line="176"/>
        <source>The two new passwords are not the same.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/encryption_ui.py" line="222"/>
        <source>&amp;Forgot the password...</source>
        <translation>忘记密码(&amp;F)...</translation>
    </message>
</context>
<context>
    <name>enums</name>
    <message>
        <location filename="../../desktop/domain/enums.py" line="59"/>
        <source>Resident</source>
        <translation>常住</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="60"/>
        <source>Inflow</source>
        <translation>流入</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="61"/>
        <source>Outflow</source>
        <translation>流出</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="62"/>
        <source>Single</source>
        <translation>未婚</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="63"/>
        <source>First marriage</source>
        <translation>初婚</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="64"/>
        <source>Remarried</source>
        <translation>再婚</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="65"/>
        <source>Divorced</source>
        <translation>离婚</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="66"/>
        <source>Widowed</source>
        <translation>丧偶</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="67"/>
        <source>Key</source>
        <translation>重点</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="68"/>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="69"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="70"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="71"/>
        <source>Registered</source>
        <translation>在册</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="72"/>
        <location filename="../../desktop/domain/enums.py" line="189"/>
        <source>Moved away</source>
        <translation>迁出</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="73"/>
        <location filename="../../desktop/domain/enums.py" line="191"/>
        <source>Deceased</source>
        <translation>死亡</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="74"/>
        <source>Aged out</source>
        <translation>已出育龄</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="75"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="159"/>
        <source>Live birth</source>
        <translation>活产</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="160"/>
        <source>Stillbirth</source>
        <translation>死产</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="161"/>
        <source>Miscarriage</source>
        <translation>自然流产</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="162"/>
        <source>Termination</source>
        <translation>终止妊娠</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="163"/>
        <source>IUD</source>
        <translation>上环</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="164"/>
        <source>Tubal ligation</source>
        <translation>女扎</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="165"/>
        <source>Vasectomy</source>
        <translation>男扎</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="166"/>
        <source>Implant</source>
        <translation>皮埋</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="167"/>
        <source>Injectable</source>
        <translation>注射</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="168"/>
        <source>Pill</source>
        <translation>口服药</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="169"/>
        <source>Condom</source>
        <translation>避孕套</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="170"/>
        <source>Other method</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="171"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="172"/>
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="173"/>
        <source>Abnormal</source>
        <translation>异常</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="174"/>
        <source>Service station</source>
        <translation>服务站</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="175"/>
        <source>Other hospital</source>
        <translation>其他医院</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="176"/>
        <source>Mailed certificate</source>
        <translation>寄回证明</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="177"/>
        <source>Consultation</source>
        <translation>咨询</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="178"/>
        <source>Contraceptive supplies</source>
        <translation>发放避孕药具</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="179"/>
        <source>Follow-up visit</source>
        <translation>随访</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="180"/>
        <source>Health education</source>
        <translation>宣传教育</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="181"/>
        <source>Referral</source>
        <translation>转诊</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="182"/>
        <source>Pre-pregnancy check-up</source>
        <translation>孕前优生健康检查</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="183"/>
        <source>Other service</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="184"/>
        <source>One-child health fee</source>
        <translation>独生子女保健费</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="185"/>
        <source>Reward support</source>
        <translation>奖励扶助</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="186"/>
        <source>Special support</source>
        <translation>特别扶助</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="187"/>
        <source>Monthly</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="188"/>
        <source>Yearly</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="190"/>
        <source>Returned</source>
        <translation>迁回</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/enums.py" line="192"/>
        <source>Transferred to another unit</source>
        <translation>单位调动</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../desktop/domain/idnumber.py" line="59"/>
        <source>A 15-digit ID number must consist of 15 digits.</source>
        <translation>15位身份证号码应由15位数字组成。</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/idnumber.py" line="90"/>
        <source>Please enter the ID number.</source>
        <translation>请输入身份证号码。</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/idnumber.py" line="95"/>
        <source>This is an old 15-digit ID number. Its 18-character form is {converted}.</source>
        <translation>这是旧的15位身份证号码，对应的18位号码是 {converted}。</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/idnumber.py" line="105"/>
        <source>An ID number has 18 characters; this one has {length}.</source>
        <translation>身份证号码应为18位，现在是 {length} 位。</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/idnumber.py" line="113"/>
        <source>An ID number consists of 17 digits and a last character that is a digit or X.</source>
        <translation>身份证号码由17位数字和1位校验码（数字或X）组成。</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/idnumber.py" line="125"/>
        <source>The birth date in the ID number ({digits}) is not a valid date.</source>
        <translation>身份证号码中的出生日期（{digits}）不是有效日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/idnumber.py" line="134"/>
        <source>The check character of the ID number is wrong: please compare it with the card.</source>
        <translation>身份证号码的校验码不正确，请与身份证核对。</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/idnumber.py" line="143"/>
        <source>The area code {code} at the start of the ID number does not exist.</source>
        <translation>身份证号码开头的地区码 {code} 不存在。</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/idnumber.py" line="158"/>
        <source>This ID number belongs to a man (the 17th digit is odd); the register is for women. Please check the number.</source>
        <translation>该身份证号码属于男性（第17位为奇数），本档案只登记女性，请核对号码。</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/person_rules.py" line="31"/>
        <location filename="../../desktop/domain/pregnancy.py" line="101"/>
        <location filename="../../desktop/services/care/record_base.py" line="136"/>
        <location filename="../../desktop/services/people/children.py" line="46"/>
        <location filename="../../desktop/services/people/life_events.py" line="210"/>
        <location filename="../../desktop/services/people/life_events.py" line="245"/>
        <source>The date {date} is in the future.</source>
        <translation>日期 {date} 晚于今天。</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/person_rules.py" line="40"/>
        <source>A phone number holds digits, spaces, + and - only.</source>
        <translation>电话号码只能包含数字、空格、+ 和 -。</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/person_rules.py" line="53"/>
        <location filename="../../desktop/domain/pregnancy.py" line="59"/>
        <location filename="../../desktop/services/care/births.py" line="41"/>
        <location filename="../../desktop/services/care/pregnancies.py" line="202"/>
        <location filename="../../desktop/services/indicators/closing.py" line="206"/>
        <location filename="../../desktop/services/people/life_events.py" line="207"/>
        <location filename="../../desktop/services/reminders/service.py" line="207"/>
        <location filename="../../desktop/services/settings.py" line="135"/>
        <source>This field holds at most {limit} characters.</source>
        <translation>此项最多 {limit} 个字。</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/person_rules.py" line="68"/>
        <source>Please enter the name.</source>
        <translation>请输入姓名。</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/person_rules.py" line="72"/>
        <location filename="../../desktop/services/people/life_events.py" line="248"/>
        <location filename="../../desktop/services/people/persons.py" line="199"/>
        <source>Please choose the unit.</source>
        <translation>请选择单位。</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/person_rules.py" line="74"/>
        <source>Please choose the category.</source>
        <translation>请选择人员类别。</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/person_rules.py" line="77"/>
        <source>Please choose the marital status.</source>
        <translation>请选择婚姻状况。</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/person_rules.py" line="81"/>
        <source>Please choose the check-up group.</source>
        <translation>请选择三查分组。</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/person_rules.py" line="89"/>
        <location filename="../../desktop/services/people/life_events.py" line="214"/>
        <location filename="../../desktop/services/people/life_events.py" line="255"/>
        <source>The date {date} is before her birth date ({birth}).</source>
        <translation>日期 {date} 早于她的出生日期（{birth}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/person_rules.py" line="96"/>
        <source>A marriage date is given but the status is single.</source>
        <translation>填写了结婚日期，但婚姻状况是未婚。</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/person_rules.py" line="115"/>
        <source>Child {number}: please enter the birth date.</source>
        <translation>第 {number} 个子女：请输入出生日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/person_rules.py" line="120"/>
        <source>Child {number}: please choose the sex.</source>
        <translation>第 {number} 个子女：请选择性别。</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/person_rules.py" line="127"/>
        <source>Child {number}: the birth date must be after the mother&apos;s 12th birthday.</source>
        <translation>第 {number} 个子女：出生日期必须晚于母亲12周岁生日。</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/person_rules.py" line="135"/>
        <source>Child {number}: a date is before the child&apos;s birth.</source>
        <translation>第 {number} 个子女：有日期早于子女的出生日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/person_rules.py" line="146"/>
        <source>Child {number}: the ID number does not match the birth date or sex entered.</source>
        <translation>第 {number} 个子女：身份证号码与填写的出生日期或性别不符。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/child_form.py" line="28"/>
        <source>Please enter the child&apos;s birth date.</source>
        <translation>请输入子女的出生日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/errors.py" line="24"/>
        <source>Family Ledger</source>
        <translation>人口家庭服务台账</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/widgets/date_field.py" line="29"/>
        <source>{text} is not a valid date. Type it like 2025-03-13.</source>
        <translation>“{text}”不是有效日期，请按 2025-03-13 的格式输入。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="54"/>
        <source>An unexpected error occurred: {kind}. Nothing was saved.</source>
        <translation>发生意外错误（{kind}），没有保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/lock.py" line="41"/>
        <source>The data file is already open in another window (program {app}, process {pid} on {host}). Close that window first; only one may write the file.</source>
        <translation>数据文件已在另一个窗口中打开（程序 {app}，计算机 {host} 上的进程 {pid}）。请先关闭那个窗口；同一时间只能有一个窗口写入数据文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/lock.py" line="49"/>
        <source>The disk holding the data file is full, so Family Ledger cannot start. Free some space on it (delete or move files), then start again.</source>
        <translation>数据文件所在的磁盘已满，程序无法启动。请先在该磁盘上腾出空间（删除或移走一些文件），再重新启动。</translation>
    </message>
    <message>
        <location filename="../../desktop/lock.py" line="53"/>
        <source>The lock file beside the data file cannot be created; check that the folder is writable.</source>
        <translation>无法在数据文件旁创建锁定文件，请检查该文件夹是否可写。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/demo/service.py" line="75"/>
        <source>The database already holds records; demo data is only written into an empty database (use --force to add it anyway).</source>
        <translation>数据库中已有记录；演示数据只写入空数据库（如仍要添加，请使用 --force）。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/people/children.py" line="43"/>
        <source>Please enter the report date.</source>
        <translation>请输入上报日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/care/record_base.py" line="90"/>
        <location filename="../../desktop/services/people/children.py" line="54"/>
        <location filename="../../desktop/services/people/children.py" line="75"/>
        <location filename="../../desktop/services/people/persons.py" line="49"/>
        <location filename="../../desktop/services/people/persons.py" line="110"/>
        <location filename="../../desktop/services/people/persons.py" line="133"/>
        <location filename="../../desktop/services/people/timeline.py" line="75"/>
        <location filename="../../desktop/services/people/versions.py" line="40"/>
        <location filename="../../desktop/services/reminders/service.py" line="216"/>
        <source>This person&apos;s record no longer exists.</source>
        <translation>此人的档案已不存在。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/people/children.py" line="57"/>
        <source>The report date is before the birth ({birth}).</source>
        <translation>上报日期早于出生日期（{birth}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/people/children.py" line="109"/>
        <source>She already has the child {name} born on {date}; this record cannot be restored.</source>
        <translation>她已有出生于 {date} 的子女 {name}，此记录不能恢复。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/people/children.py" line="121"/>
        <source>The live birth this child was recorded from is no longer on file; restore or record that birth first.</source>
        <translation>登记该子女的活产记录已不存在，请先恢复或登记该次生育。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/people/life_events.py" line="202"/>
        <source>Please choose the event.</source>
        <translation>请选择事件。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/care/pregnancies.py" line="188"/>
        <location filename="../../desktop/services/people/life_events.py" line="115"/>
        <location filename="../../desktop/services/people/life_events.py" line="204"/>
        <source>Please enter the date.</source>
        <translation>请输入日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/people/life_events.py" line="76"/>
        <source>Only her latest event can be deleted; delete the later ones first.</source>
        <translation>只能删除她最近的一条事件，请先删除后面的事件。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/care/record_base.py" line="21"/>
        <location filename="../../desktop/services/people/persons.py" line="142"/>
        <source>This record is not in the recycle bin.</source>
        <translation>此档案不在回收站中。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/people/life_events.py" line="199"/>
        <source>A move to another unit is recorded by changing her unit.</source>
        <translation>单位调动请在档案中修改她的单位来登记。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/people/life_events.py" line="103"/>
        <source>This event no longer fits among her other events and cannot be restored.</source>
        <translation>此事件与她的其他事件已不相符，无法恢复。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/people/life_events.py" line="121"/>
        <source>The date of death is before the child&apos;s birth ({birth}).</source>
        <translation>死亡日期早于子女的出生日期（{birth}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/people/life_events.py" line="242"/>
        <source>Please enter the date of the move.</source>
        <translation>请填写调动日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/people/life_events.py" line="251"/>
        <source>She is already in this unit.</source>
        <translation>她已经在这个单位。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/care/record_base.py" line="20"/>
        <location filename="../../desktop/services/people/children.py" line="51"/>
        <location filename="../../desktop/services/people/life_events.py" line="141"/>
        <location filename="../../desktop/services/people/versions.py" line="49"/>
        <source>This record no longer exists.</source>
        <translation>此记录已不存在。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/people/persons.py" line="191"/>
        <source>The child can only be linked to one of her mother&apos;s pregnancies.</source>
        <translation>子女只能关联到其母亲本人的孕情记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/people/persons.py" line="211"/>
        <source>The ID number {id} already belongs to {name}, whose record is in the recycle bin. Restore that record instead of entering her again.</source>
        <translation>身份证号码 {id} 已属于 {name}，其档案在回收站中。请从回收站恢复该档案，不要重复录入。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/people/persons.py" line="219"/>
        <source>The ID number {id} is already registered for {name}.</source>
        <translation>身份证号码 {id} 已登记在 {name} 的档案中。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/people/units.py" line="78"/>
        <source>The parent unit no longer exists.</source>
        <translation>上级单位已不存在。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/people/units.py" line="106"/>
        <source>A unit cannot be moved under itself or one of its sub-units.</source>
        <translation>单位不能移到它自己或它的下级单位之下。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/people/units.py" line="119"/>
        <source>The unit {name} still has {count} sub-units; delete or move them first.</source>
        <translation>单位“{name}”还有 {count} 个下级单位，请先删除或移走它们。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/people/units.py" line="126"/>
        <source>The unit {name} still has {count} persons (the recycle bin included); move them to another unit first.</source>
        <translation>单位“{name}”还有 {count} 名人员（含回收站），请先把他们移到其他单位。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/people/units.py" line="137"/>
        <source>{count} moves between units refer to the unit {name}; its past reports depend on it, so it stays. Rename it instead.</source>
        <translation>有 {count} 次单位调动涉及单位 {name}；以往的报表依赖它，因此不能删除，可以改名。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/people/units.py" line="154"/>
        <source>Please enter the unit&apos;s name.</source>
        <translation>请输入单位名称。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/people/units.py" line="156"/>
        <source>A unit&apos;s name has at most 100 characters.</source>
        <translation>单位名称最多100个字。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/people/units.py" line="163"/>
        <source>The unit no longer exists.</source>
        <translation>该单位已不存在。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/people/units.py" line="171"/>
        <source>There is already a unit named {name}.</source>
        <translation>已有名为“{name}”的单位。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/restore.py" line="37"/>
        <location filename="../../desktop/store/check.py" line="29"/>
        <source>The data file {path} does not exist.</source>
        <translation>数据文件 {path} 不存在。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/restore.py" line="42"/>
        <location filename="../../desktop/store/check.py" line="33"/>
        <source>{path} holds no Family Ledger data (no schema version).</source>
        <translation>{path} 中没有台账数据（缺少版本信息）。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/restore.py" line="47"/>
        <source>{path} cannot be restored: {reason}</source>
        <translation>无法恢复 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/restore.py" line="120"/>
        <source>{path} could not be copied ({reason}). The data file was not changed.</source>
        <translation>无法复制 {path}（{reason}），数据文件未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../desktop/store/db.py" line="137"/>
        <source>{path} is a folder, not a data file.</source>
        <translation>{path} 是文件夹，不是数据文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/store/db.py" line="144"/>
        <source>The data file {path} cannot be read: {reason}</source>
        <translation>无法读取数据文件 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/store/db.py" line="150"/>
        <source>The data file {path} is empty (0 bytes). It was not changed; please restore a backup or choose another file.</source>
        <translation>数据文件 {path} 是空的（0 字节），文件未作任何改动；请恢复备份或选择其他文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/store/db.py" line="163"/>
        <location filename="../../desktop/store/db.py" line="265"/>
        <source>{path} is not a Family Ledger data file. It was not changed.</source>
        <translation>{path} 不是人口家庭服务台账的数据文件，文件未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../desktop/store/db.py" line="204"/>
        <source>{path} is a database of another program, not a Family Ledger data file. It was not changed.</source>
        <translation>{path} 是其他程序的数据库，不是台账数据文件，文件未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../desktop/store/db.py" line="213"/>
        <source>{path} holds more than a Family Ledger data file may ({objects}); it is refused and was not changed.</source>
        <translation>{path} 含有台账数据文件不应有的内容（{objects}），已拒绝使用，文件未被改动。</translation>
    </message>
    <message>
        <location filename="../../desktop/store/db.py" line="227"/>
        <source>The data file {path} was written by a newer version of Family Ledger. Your data is safe and was not changed; please install the newer version to open it.</source>
        <translation>数据文件 {path} 由更新版本的人口家庭服务台账写入。您的数据是安全的，未作任何改动；请安装新版本后再打开。</translation>
    </message>
    <message>
        <location filename="../../desktop/store/backup.py" line="192"/>
        <location filename="../../desktop/store/db.py" line="295"/>
        <location filename="../../desktop/store/server_backup.py" line="108"/>
        <source>The folder {folder} does not exist.</source>
        <translation>文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <location filename="../../desktop/store/db.py" line="300"/>
        <source>The data file {path} is read-only, so Family Ledger cannot save to it. It was not changed; check the file&apos;s permissions (or copy it to a writable folder).</source>
        <translation>数据文件 {path} 是只读的，无法保存。文件未作任何改动；请检查文件权限（或把它复制到可写的文件夹）。</translation>
    </message>
    <message>
        <location filename="../../desktop/store/db.py" line="308"/>
        <source>The folder {folder} is read-only, so Family Ledger cannot save there. Nothing was changed; check the folder&apos;s permissions.</source>
        <translation>文件夹 {folder} 是只读的，无法在其中保存。没有任何改动；请检查文件夹权限。</translation>
    </message>
    <message>
        <location filename="../../desktop/store/db.py" line="337"/>
        <source>The data file {path} could not be prepared ({reason}). It was not changed.</source>
        <translation>无法准备数据文件 {path}（{reason}），文件未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/life_events.py" line="23"/>
        <source>She is recorded as moved away; record her return first.</source>
        <translation>她已登记为迁出；请先登记迁回。</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/life_events.py" line="28"/>
        <source>She is recorded as deceased; no event can follow.</source>
        <translation>她已登记为死亡，之后不能再登记其他事件。</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/life_events.py" line="33"/>
        <source>She is already recorded as moved away.</source>
        <translation>她已登记为迁出。</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/life_events.py" line="37"/>
        <source>Only a person who moved away can return.</source>
        <translation>只有已迁出的人员才能登记迁回。</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/life_events.py" line="52"/>
        <source>The date {date} is before her latest event ({latest}).</source>
        <translation>日期 {date} 早于她最近一条事件的日期（{latest}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/money.py" line="15"/>
        <source>{text} is not an amount. Type yuan with at most two decimals, like 1234.50.</source>
        <translation>“{text}”不是有效金额，请以元为单位输入，最多两位小数，例如 1234.50。</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/pregnancy.py" line="64"/>
        <source>Please enter the registration date.</source>
        <translation>请输入登记日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/pregnancy.py" line="67"/>
        <source>Please enter the last menstrual period.</source>
        <translation>请输入末次月经日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/pregnancy.py" line="72"/>
        <source>The last menstrual period must be after her 12th birthday.</source>
        <translation>末次月经日期必须晚于她的12周岁生日。</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/pregnancy.py" line="77"/>
        <source>The registration date is before the last menstrual period ({lmp}).</source>
        <translation>登记日期早于末次月经日期（{lmp}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/pregnancy.py" line="83"/>
        <source>Please give both the outcome and its date.</source>
        <translation>请同时填写结局和结局日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/pregnancy.py" line="87"/>
        <location filename="../../desktop/services/care/pregnancies.py" line="138"/>
        <source>Please choose the outcome.</source>
        <translation>请选择结局。</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/pregnancy.py" line="93"/>
        <source>The outcome date is before the registration date ({registered}).</source>
        <translation>结局日期早于登记日期（{registered}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/care/benefits.py" line="24"/>
        <source>{period} is not a month: type it like 2025-03.</source>
        <translation>“{period}”不是有效月份，请按 2025-03 的格式输入。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/care/benefits.py" line="25"/>
        <source>{period} is not a year: type it like 2025.</source>
        <translation>“{period}”不是有效年份，请按 2025 的格式输入。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/care/benefits.py" line="79"/>
        <source>The cycle cannot change while payments are recorded.</source>
        <translation>已有发放记录，不能更改发放周期。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/care/benefits.py" line="84"/>
        <source>The payment for {period} would fall outside these dates.</source>
        <translation>{period} 的发放记录将超出此起止日期范围。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/care/benefits.py" line="144"/>
        <source>She is already enrolled in this programme from {start}; the two enrolments would overlap.</source>
        <translation>她自 {start} 起已登记此扶助项目，两次登记的期间会重叠。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/care/benefits.py" line="158"/>
        <source>The period {period} is before the enrolment, which starts on {start}.</source>
        <translation>期间 {period} 早于该扶助项目的开始日期 {start}。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/care/benefits.py" line="161"/>
        <source>The period {period} is outside the enrolment ({start} to {end}).</source>
        <translation>期间 {period} 不在该扶助项目的期限内（{start} 至 {end}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/care/benefits.py" line="167"/>
        <source>The period {period} has not begun yet.</source>
        <translation>期间 {period} 尚未开始。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/care/benefits.py" line="176"/>
        <source>A payment for {period} is already recorded.</source>
        <translation>期间 {period} 已有发放记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/care/benefits.py" line="186"/>
        <source>The amount must be more than 0.</source>
        <translation>金额必须大于0。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/care/births.py" line="31"/>
        <source>Please enter at least one baby for a live birth.</source>
        <translation>活产请至少录入一名婴儿。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/care/checkups.py" line="73"/>
        <source>Tick at least one item checked: pregnancy, IUD or gynaecological.</source>
        <translation>请至少勾选一个检查项目：查孕、查环或查病。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/care/checkups.py" line="77"/>
        <source>&quot;Pregnant&quot; can only be ticked when the pregnancy check was done.</source>
        <translation>只有做了查孕，才能勾选“已怀孕”。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/care/checkups.py" line="85"/>
        <source>Please describe the findings of an abnormal result.</source>
        <translation>结果异常时，请填写检查所见。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/care/contraception.py" line="87"/>
        <source>Another method, started on {start}, is still open on {date}. End it before recording a new one.</source>
        <translation>另一项节育措施于 {start} 开始，在 {date} 仍未结束。请先结束该措施，再登记新的措施。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/care/contraception.py" line="118"/>
        <source>This record cannot be restored: its period overlaps the record started on {start}.</source>
        <translation>此记录无法恢复：其期间与 {start} 开始的记录重叠。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/care/contraception.py" line="159"/>
        <source>This period overlaps the method started on {start}, which has no end date.</source>
        <translation>此期间与 {start} 开始、尚无结束日期的措施重叠。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/care/contraception.py" line="163"/>
        <source>This period overlaps the method used from {start} to {end}.</source>
        <translation>此期间与 {start} 至 {end} 使用的措施重叠。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/care/pregnancies.py" line="25"/>
        <source>Record a live birth with “Record outcome…”, so that the babies are entered too.</source>
        <translation>活产请通过“登记结局…”录入，以便同时录入婴儿。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/care/pregnancies.py" line="115"/>
        <source>Children were recorded from this live birth. Correct or remove them on the children tab before changing the outcome.</source>
        <translation>已根据此次活产录入了子女。更改结局前，请先在“子女”页修改或删除这些子女。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/care/pregnancies.py" line="133"/>
        <source>This pregnancy already has an outcome; edit it instead.</source>
        <translation>此孕情已有结局，请直接编辑该孕情。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/care/pregnancies.py" line="141"/>
        <source>Please enter the outcome date.</source>
        <translation>请输入结局日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/care/pregnancies.py" line="150"/>
        <source>Babies are entered only for a live birth.</source>
        <translation>只有活产才录入婴儿。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/care/pregnancies.py" line="192"/>
        <source>The follow-up is before the pregnancy was registered ({registered}).</source>
        <translation>随访日期早于孕情登记日期（{registered}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/care/pregnancies.py" line="197"/>
        <source>The follow-up is after the outcome of the pregnancy ({outcome}).</source>
        <translation>随访日期晚于孕情结局日期（{outcome}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/care/pregnancies.py" line="227"/>
        <source>She already has a pregnancy without an outcome (registered {date}). Record its outcome first.</source>
        <translation>她已有一条尚无结局的孕情（登记于 {date}），请先登记其结局。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/care/pregnancies.py" line="241"/>
        <source>A follow-up ({date}) is before the registration date.</source>
        <translation>有一次随访（{date}）早于登记日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/care/pregnancies.py" line="245"/>
        <source>A follow-up ({date}) is after the outcome date.</source>
        <translation>有一次随访（{date}）晚于结局日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/kinds.py" line="53"/>
        <source>The pregnancy of this follow-up is in the recycle bin; restore the pregnancy first.</source>
        <translation>此随访所属的孕情在回收站中，请先恢复该孕情。</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/kinds.py" line="65"/>
        <source>The enrolment of this payment is in the recycle bin; restore the enrolment first.</source>
        <translation>此发放记录所属的扶助项目在回收站中，请先恢复该扶助项目。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/care/record_base.py" line="143"/>
        <source>Please fill in this field.</source>
        <translation>请填写此项。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/care/checks.py" line="17"/>
        <source>Please choose a value from the list.</source>
        <translation>请从列表中选择。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/care/checks.py" line="27"/>
        <source>This text is too long: at most {limit} characters.</source>
        <translation>内容过长，最多 {limit} 个字。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/care/checks.py" line="36"/>
        <source>The date {date} is before her birth ({birth}).</source>
        <translation>日期 {date} 早于她的出生日期（{birth}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/care/checks.py" line="44"/>
        <source>The end date {end} is before the start date {start}.</source>
        <translation>结束日期 {end} 早于开始日期 {start}。</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/pages.py" line="228"/>
        <source>The document was cancelled; no file was written.</source>
        <translation>文档生成已取消，未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/exchange.py" line="178"/>
        <location filename="../../desktop/reports/pages.py" line="244"/>
        <location filename="../../desktop/services/exchange/service.py" line="68"/>
        <location filename="../../desktop/services/indicators/report_export.py" line="208"/>
        <location filename="../../desktop/services/registers/export.py" line="90"/>
        <source>The file {path} cannot be written: {reason}</source>
        <translation>无法写入文件 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/registers/export.py" line="128"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/people/recycle_bin.py" line="136"/>
        <source>Her own record is in the recycle bin; restore her first.</source>
        <translation>她本人的档案在回收站中，请先恢复她的档案。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/accounts/service.py" line="52"/>
        <source>{count} wrong passwords in a row for this account: try again in {seconds} seconds.</source>
        <translation>该账户已连续 {count} 次密码错误：请 {seconds} 秒后再试。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/accounts/service.py" line="56"/>
        <source>{count} wrong passwords in a row for this account: try again in {minutes} minutes.</source>
        <translation>该账户已连续 {count} 次密码错误：请 {minutes} 分钟后再试。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/accounts/service.py" line="119"/>
        <source>The name or the password is not correct, or the account is disabled.</source>
        <translation>名字或密码不正确，或该账户已停用。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/accounts/service.py" line="163"/>
        <source>There is already an account named {name}.</source>
        <translation>已有名为 {name} 的账户。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/accounts/service.py" line="193"/>
        <source>{name} is the last account that can sign in; add another before disabling it.</source>
        <translation>{name} 是最后一个可以登录的账户；请先添加另一个账户再停用它。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/accounts/service.py" line="225"/>
        <source>An account needs a name of 1 to {count} characters.</source>
        <translation>账户名须为 1 到 {count} 个字符。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/accounts/service.py" line="234"/>
        <location filename="../../desktop/services/safety/security.py" line="54"/>
        <source>The password needs at least {count} characters.</source>
        <translation>密码至少需要 {count} 个字符。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/accounts/service.py" line="245"/>
        <source>There is no account named {name}.</source>
        <translation>没有名为 {name} 的账户。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/encryption.py" line="48"/>
        <location filename="../../desktop/services/safety/security.py" line="66"/>
        <source>The current password is not correct.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/encryption.py" line="53"/>
        <source>The recovery code is not correct. Nothing was changed.</source>
        <translation>恢复码不正确。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/encryption.py" line="91"/>
        <source>A password is set already; change it instead.</source>
        <translation>已经设置了密码；请改为更改密码。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/encryption.py" line="283"/>
        <source>The server&apos;s backups are encrypted: unlock with the office password first.</source>
        <translation>服务器数据库的备份已加密：请先输入办公室密码解锁。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/security.py" line="89"/>
        <source>The idle time is between 0 and {max} minutes.</source>
        <translation>无操作锁定时间应在 0 到 {max} 分钟之间。</translation>
    </message>
    <message>
        <location filename="../../desktop/store/backup.py" line="126"/>
        <source>The backup in {folder} could not be written ({reason}). No backup file was left there; the data file was not changed.</source>
        <translation>无法在 {folder} 写入备份（{reason}）。那里没有留下备份文件，数据文件未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../desktop/store/backup.py" line="139"/>
        <source>{path} is not a sound Family Ledger backup ({reason}).</source>
        <translation>{path} 不是完好的台账备份（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/store/faults.py" line="34"/>
        <source>The disk is full, so nothing was saved. Free some space (or save to another disk) and try again; what you typed is still in the form.</source>
        <translation>磁盘已满，没有保存任何内容。请腾出空间（或换一个磁盘）后重试；您输入的内容仍在表单中。</translation>
    </message>
    <message>
        <location filename="../../desktop/store/faults.py" line="37"/>
        <source>The disk could not be written (a disk error), so nothing was saved. Check the disk or USB stick and try again; what you typed is still in the form.</source>
        <translation>无法写入磁盘（磁盘错误），没有保存任何内容。请检查磁盘或U盘后重试；您输入的内容仍在表单中。</translation>
    </message>
    <message>
        <location filename="../../desktop/store/faults.py" line="40"/>
        <source>The data file is read-only, so nothing was saved. Check the file&apos;s permissions and try again; what you typed is still in the form.</source>
        <translation>数据文件是只读的，没有保存任何内容。请检查文件权限后重试；您输入的内容仍在表单中。</translation>
    </message>
    <message>
        <location filename="../../desktop/store/faults.py" line="77"/>
        <source>The data file {path} has an unfinished change from a session that ended abruptly (the file {journal} beside it). It was not changed. Opening the data file in Family Ledger undoes the unfinished change safely; do not delete {journal}.</source>
        <translation>数据文件 {path} 有一次意外中断留下的未完成修改（旁边的文件 {journal}）。文件未作任何改动。在人口家庭服务台账中打开数据文件即可安全撤销这次未完成的修改；请不要删除 {journal}。</translation>
    </message>
    <message>
        <location filename="../../desktop/store/faults.py" line="89"/>
        <source>The data file {path} is damaged and cannot be used ({reason}). It was not changed.</source>
        <translation>数据文件 {path} 已损坏，无法使用（{reason}），文件未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../desktop/store/faults.py" line="97"/>
        <source>The data file {path} is damaged and cannot be used: {summary}. It was not changed.
SQLite&apos;s own report (in English, for a technician): {raw}</source>
        <translation>数据文件 {path} 已损坏，无法使用：{summary}。文件未被改动。
SQLite 的原始报告（英文，供技术人员参考）：{raw}</translation>
    </message>
    <message>
        <location filename="../../desktop/store/faults.py" line="119"/>
        <source>SQLite found {count} faults in the file&apos;s pages: records may be lost or damaged; restore the latest backup</source>
        <translation>数据库检查发现文件的存储页有 {count} 处损坏：可能有记录丢失或损坏，请恢复最近的备份</translation>
    </message>
    <message>
        <location filename="../../desktop/store/faults.py" line="123"/>
        <source>SQLite found {count} records with values the file does not allow (empty where a value is required, or out of range); restore the latest backup</source>
        <translation>数据库检查发现 {count} 条记录的取值不符合文件的规定（必填项为空或超出范围），请恢复最近的备份</translation>
    </message>
    <message>
        <location filename="../../desktop/store/faults.py" line="127"/>
        <source>SQLite found {count} faults in the search indexes ({indexes}); the records themselves are whole. A technician can rebuild the indexes, or restore the latest backup</source>
        <translation>数据库检查发现查找索引（{indexes}）有 {count} 处与记录不一致；记录本身是完整的。可请技术人员重建索引，或恢复最近的备份</translation>
    </message>
    <message>
        <location filename="../../desktop/store/faults.py" line="159"/>
        <source>The data file {path} is shorter than it should be: it was probably cut off while being copied. It was not changed.</source>
        <translation>数据文件 {path} 比应有的短，可能在复制时被截断。文件未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../desktop/store/faults.py" line="220"/>
        <source>A copy of the damaged file could not be made: {reason}</source>
        <translation>无法复制已损坏的文件：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/postpone_dialog.py" line="53"/>
        <source>Type the date it should come back.</source>
        <translation>请输入重新提醒的日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/reminder_print.py" line="117"/>
        <source>Printing was cancelled; no file was written.</source>
        <translation>打印已取消，未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/indicators/behind.py" line="171"/>
        <source>There is no list of persons for {measure} ({part}).</source>
        <translation>没有 {measure}（{part}）的人员名单。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/reminders/service.py" line="199"/>
        <source>Postpone to a day after {date}.</source>
        <translation>请推迟到 {date} 之后的日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/reminders/service.py" line="203"/>
        <source>Please give the reason for postponing.</source>
        <translation>请填写推迟原因。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/settings.py" line="94"/>
        <source>Please name the group.</source>
        <translation>请填写分组名称。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/settings.py" line="99"/>
        <source>The interval of group {group} must be 1 to {limit} months.</source>
        <translation>分组 {group} 的间隔须为 1 至 {limit} 个月。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/settings.py" line="111"/>
        <source>The month must be 1 to 12.</source>
        <translation>月份须为 1 至 12。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/settings.py" line="124"/>
        <source>The number of days must be 0 to {limit}.</source>
        <translation>天数须为 0 至 {limit}。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/settings.py" line="176"/>
        <source>A target is a percent from 0 to 100, with at most two decimals, or blank.</source>
        <translation>考核目标应为 0 到 100 之间的百分数（最多两位小数），或留空。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/settings.py" line="200"/>
        <source>The share drawn is a percent above 0 and up to 100.</source>
        <translation>抽取比例应为大于 0、不超过 100 的百分数。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/settings.py" line="204"/>
        <source>The sample holds at least 1 and at most {limit} persons, the least not above the most.</source>
        <translation>样本人数至少 1 人、至多 {limit} 人，且“至少”不能大于“至多”。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/indicators/sampling.py" line="78"/>
        <source>There is nobody active in the ledger to draw a sample from.</source>
        <translation>台账中没有在册人员，无法抽取样本。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/indicators/sampling.py" line="84"/>
        <source>The sample size must be 1 to {count}, the persons active today.</source>
        <translation>样本人数应为 1 到 {count}（今日在册人数）。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/indicators/sampling.py" line="145"/>
        <source>There is no item {item} to check.</source>
        <translation>没有名为 {item} 的核对项目。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/indicators/sampling.py" line="156"/>
        <source>This person is not in the sample.</source>
        <translation>此人不在本次样本中。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/indicators/sampling.py" line="159"/>
        <source>This sample was drawn again; enter the results in the new one.</source>
        <translation>此样本已重新抽取；请在新样本中录入结果。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/indicators/sampling.py" line="174"/>
        <source>{text} is not a month; write it as YYYY-MM.</source>
        <translation>{text} 不是月份，请写成 YYYY-MM。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/indicators/sampling.py" line="178"/>
        <source>A sample is drawn in its month or later, not before.</source>
        <translation>样本只能在当月或之后抽取，不能提前抽取。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/indicators/closing.py" line="85"/>
        <source>Please give the reason for reopening.</source>
        <translation>请填写反结账的原因。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/indicators/closing.py" line="86"/>
        <source>This period is not closed.</source>
        <translation>本期尚未结账。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/indicators/closing.py" line="87"/>
        <source>This period is already closed; reopen it first.</source>
        <translation>本期已经结账；如需重新结账，请先反结账。</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/text.py" line="16"/>
        <source>This text holds an invisible control character ({code}): please type it again.</source>
        <translation>此处文字含有看不见的控制字符（{code}），请重新输入。</translation>
    </message>
    <message>
        <location filename="../../desktop/store/conversion.py" line="36"/>
        <source>The data file {path} could not be converted ({reason}). It was not changed.</source>
        <translation>数据文件 {path} 未能转换（{reason}）。文件未被更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/store/crypt.py" line="201"/>
        <source>The data file {path} is encrypted: it opens only with the password (or the recovery code).</source>
        <translation>数据文件 {path} 已加密：只有凭密码（或恢复码）才能打开。</translation>
    </message>
    <message>
        <location filename="../../desktop/store/crypt.py" line="300"/>
        <source>{path} is not a Family Ledger data file, or it is an encrypted one whose key file ({key}) is missing. It was not changed.</source>
        <translation>{path} 不是人口家庭服务台账数据文件，或者是缺少密钥文件（{key}）的加密数据文件。文件未被更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/setup.py" line="24"/>
        <source>Please enter the name of your office.</source>
        <translation>请输入本单位的名称。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/setup.py" line="25"/>
        <source>This ledger is set up already ({office}, {persons} persons); nothing was changed. Choose another data file for a new ledger.</source>
        <translation>此台账已经设置过（{office}，{persons} 人），未作任何改动。新建台账请另选一个数据文件（--db）。</translation>
    </message>
    <message>
        <location filename="../../desktop/system_errors.py" line="38"/>
        <source>the file or folder does not exist</source>
        <translation>文件或文件夹不存在</translation>
    </message>
    <message>
        <location filename="../../desktop/system_errors.py" line="39"/>
        <source>permission denied: check the permissions of the file or folder, or choose another place</source>
        <translation>没有访问权限，请检查文件或文件夹的权限，或换一个位置</translation>
    </message>
    <message>
        <location filename="../../desktop/system_errors.py" line="42"/>
        <source>the disk is full; free some space, then try again</source>
        <translation>磁盘已满，请腾出空间后再试</translation>
    </message>
    <message>
        <location filename="../../desktop/system_errors.py" line="43"/>
        <source>the disk is read-only, for example a write-protected USB stick</source>
        <translation>磁盘是只读的，例如U盘开启了写保护</translation>
    </message>
    <message>
        <location filename="../../desktop/system_errors.py" line="45"/>
        <source>it is a folder, not a file</source>
        <translation>这是一个文件夹，不是文件</translation>
    </message>
    <message>
        <location filename="../../desktop/system_errors.py" line="46"/>
        <source>a part of the path is a file, not a folder</source>
        <translation>路径中有一部分是文件而不是文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/system_errors.py" line="47"/>
        <source>it already exists</source>
        <translation>已经存在</translation>
    </message>
    <message>
        <location filename="../../desktop/system_errors.py" line="48"/>
        <source>the name is too long</source>
        <translation>名称过长</translation>
    </message>
    <message>
        <location filename="../../desktop/system_errors.py" line="49"/>
        <source>the name holds characters the system does not allow</source>
        <translation>名称中含有系统不允许的字符</translation>
    </message>
    <message>
        <location filename="../../desktop/system_errors.py" line="50"/>
        <source>the disk could not be read or written; it may be damaged or was removed</source>
        <translation>磁盘读写出错，磁盘或U盘可能已损坏或已拔出</translation>
    </message>
    <message>
        <location filename="../../desktop/system_errors.py" line="52"/>
        <source>another program is using it</source>
        <translation>正被其他程序使用</translation>
    </message>
    <message>
        <location filename="../../desktop/system_errors.py" line="53"/>
        <source>system error, code {code}</source>
        <translation>系统错误，代码 {code}</translation>
    </message>
    <message>
        <location filename="../../desktop/system_errors.py" line="54"/>
        <source>it is not a valid workbook: the file is damaged, or another kind of file was renamed</source>
        <translation>不是有效的工作簿：文件已损坏，或是改了扩展名的其他类型文件</translation>
    </message>
    <message>
        <location filename="../../desktop/system_errors.py" line="57"/>
        <source>its text is in an unknown encoding; UTF-8 or GBK/GB18030 is expected</source>
        <translation>文字编码无法识别，应为 UTF-8 或 GBK/GB18030</translation>
    </message>
    <message>
        <location filename="../../desktop/system_errors.py" line="59"/>
        <source>it is damaged or is not a database file</source>
        <translation>文件已损坏或不是数据库文件</translation>
    </message>
    <message>
        <location filename="../../desktop/system_errors.py" line="61"/>
        <source>another program is using the data file</source>
        <translation>数据文件正被其他程序使用</translation>
    </message>
    <message>
        <location filename="../../desktop/system_errors.py" line="62"/>
        <source>the data file cannot be opened or written; check its folder&apos;s permissions</source>
        <translation>数据文件无法打开或写入，请检查其所在文件夹的权限</translation>
    </message>
    <message>
        <location filename="../../desktop/system_errors.py" line="64"/>
        <source>the database could not be read or written</source>
        <translation>数据库读写出错</translation>
    </message>
    <message>
        <location filename="../../desktop/system_errors.py" line="65"/>
        <source>its contents could not be understood: the file is damaged, or another kind of file</source>
        <translation>无法识别文件内容：文件已损坏，或不是这种类型的文件</translation>
    </message>
    <message>
        <location filename="../../desktop/system_errors.py" line="68"/>
        <source>The file {path} cannot be used: {reason}.</source>
        <translation>文件 {path} 无法使用：{reason}。</translation>
    </message>
    <message>
        <location filename="../../desktop/system_errors.py" line="69"/>
        <source>The operation failed: {reason}. Nothing was saved.</source>
        <translation>操作失败：{reason}。没有保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/server.py" line="216"/>
        <source>There is no data file at {path}.</source>
        <translation>{path} 处没有数据文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/server.py" line="255"/>
        <source>The database {url} is not empty; a ledger is moved into a new, empty database only. Nothing was changed.</source>
        <translation>数据库 {url} 不是空的；台账只能迁移到新的空数据库。未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/server.py" line="263"/>
        <source>{path} already exists; a ledger is moved into a new file only. Nothing was changed.</source>
        <translation>{path} 已存在；台账只能迁移到新文件。未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/move.py" line="55"/>
        <source>The target database already holds records; a ledger is moved into an empty database only. Nothing was changed.</source>
        <translation>目标数据库中已有记录；台账只能迁移到空数据库。未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/move.py" line="63"/>
        <source>The copy does not have the same number of rows ({tables}); do not use it. The original was not changed.</source>
        <translation>副本的行数不一致（{tables}），请不要使用该副本。原台账未作更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/safety/move.py" line="70"/>
        <source>The monthly report of {month} differs in the copy; do not use it. The original was not changed.</source>
        <translation>副本中 {month} 的月报与原台账不同，请不要使用该副本。原台账未作更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/store/server.py" line="71"/>
        <source>{url} is not a database address of the form postgresql://user@server/database.</source>
        <translation>{url} 不是数据库地址，格式应为 postgresql://用户@服务器/数据库。</translation>
    </message>
    <message>
        <location filename="../../desktop/store/server.py" line="157"/>
        <source>The database {url} cannot be used: {reason}. Nothing was changed.</source>
        <translation>无法使用数据库 {url}：{reason}。未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/store/server.py" line="169"/>
        <source>The database {url} holds tables of another program, not a Family Ledger. It was not changed.</source>
        <translation>数据库 {url} 中是其他程序的表，不是台账。未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/store/server.py" line="175"/>
        <source>The database {url} was upgraded by a newer version of Family Ledger. Your data is safe and was not changed; please install the newer version to open it.</source>
        <translation>数据库 {url} 已由更新版本的台账程序升级。您的数据是安全的，未作任何更改；请安装新版本后再打开。</translation>
    </message>
    <message>
        <location filename="../../desktop/store/server_backup.py" line="55"/>
        <source>{tool} was not found on this computer, so the server database cannot be backed up or restored from here. Install PostgreSQL&apos;s client tools (they come with PostgreSQL) or add their folder to PATH; nothing was changed.</source>
        <translation>本机上找不到 {tool}，无法在此备份或恢复服务器数据库。请安装 PostgreSQL 客户端工具（随 PostgreSQL 一起提供）或把其所在文件夹加入 PATH；未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/store/server_backup.py" line="205"/>
        <source>{path} is not a readable backup of a server database ({reason}).</source>
        <translation>{path} 不是可读取的服务器数据库备份（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/store/server_backup.py" line="212"/>
        <source>The backup {path} is encrypted: it opens with the office password or the recovery code.</source>
        <translation>备份 {path} 已加密：需要办公室密码或恢复码才能打开。</translation>
    </message>
    <message>
        <location filename="../../desktop/store/server_backup.py" line="232"/>
        <source>The database {database} is not empty. A server backup is restored into a new, empty database only; nothing was changed.</source>
        <translation>数据库 {database} 不是空的。服务器备份只能恢复到新的空数据库；未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/store/server_backup.py" line="247"/>
        <source>The backup {path} could not be restored ({reason}); the database was left as it was.</source>
        <translation>无法恢复备份 {path}（{reason}）；数据库保持原样。</translation>
    </message>
    <message>
        <location filename="../../desktop/store/server_backup.py" line="266"/>
        <source>The backup in {folder} could not be written ({reason}). No backup file was left there; the database was not changed.</source>
        <translation>无法在 {folder} 中写入备份（{reason}）。那里没有留下备份文件；数据库未作更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/people/versions.py" line="41"/>
        <source>Her record was changed by someone else while you were editing it. Nothing was saved; your input is still in the form.</source>
        <translation>您编辑期间，她的档案已被别人修改。本次没有保存；您输入的内容仍在表单中。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/people/versions.py" line="44"/>
        <source>{user} saved her record at {at} while you were editing it (changed: {fields}). Nothing was saved; your input is still in the form. Note what you need, close the form and open her record again.</source>
        <translation>您编辑期间，{user} 于 {at} 保存了她的档案（改了：{fields}）。本次没有保存；您输入的内容仍在表单中。请记下需要的内容，关闭表单后重新打开她的档案。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/people/versions.py" line="50"/>
        <source>This record was changed by someone else while you were editing it. Nothing was saved; your input is still in the form.</source>
        <translation>您编辑期间，这条记录已被他人修改。本次没有保存；您输入的内容仍在表单中。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/people/versions.py" line="53"/>
        <source>{user} saved this record at {at} while you were editing it (changed: {fields}). Nothing was saved; your input is still in the form. Note what you need, close the form and open the record again.</source>
        <translation>您编辑期间，{user} 于 {at} 保存了这条记录（改了：{fields}）。本次没有保存；您输入的内容仍在表单中。请记下需要的内容，关闭表单后重新打开这条记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/store/work_lock.py" line="27"/>
        <source>{holder} is importing a workbook into this ledger (since {since}). Nothing was changed; try again when that is done.</source>
        <translation>本台账正在由 {holder} 导入工作簿（{since} 开始）。没有作任何改动；请等导入完成后再试。</translation>
    </message>
    <message>
        <location filename="../../desktop/store/work_lock.py" line="30"/>
        <source>{holder} is closing a month&apos;s report of this ledger (since {since}). Nothing was changed; try again when that is done.</source>
        <translation>本台账正在由 {holder} 月报结账（{since} 开始）。没有作任何改动；请等结账完成后再试。</translation>
    </message>
    <message>
        <location filename="../../desktop/store/dump_crypt.py" line="43"/>
        <source>{path} is not a complete encrypted server backup, or it was changed.</source>
        <translation>{path} 不是完整的加密服务器备份，或已被改动。</translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <location filename="../../desktop/services/exchange/check.py" line="32"/>
        <source>Unknown column: it is ignored.</source>
        <translation>未知的列：已忽略。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/check.py" line="33"/>
        <source>The required column {column} is missing.</source>
        <translation>缺少必填列 {column}。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/check.py" line="34"/>
        <source>Unknown sheet: it is ignored (the sheets are {sheets}).</source>
        <translation>未知的工作表：已忽略（工作表应为 {sheets}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/check.py" line="36"/>
        <source>The check was cancelled.</source>
        <translation>检查已取消。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/check.py" line="37"/>
        <source>This workbook holds masked ID numbers (such as {value} on sheet {sheet}, row {row}), as an export writes them unless full numbers are chosen, so it cannot be imported; nothing was written. Export again with full ID numbers (File › Import / export › Export all data…, then Full numbers; on the command line export --out FILE --full-ids) and import that file.</source>
        <translation>该工作簿中的身份证号已脱敏（如工作表“{sheet}”第 {row} 行的 {value}），这是未选择完整号码时导出的文件，无法导入；未写入任何内容。请重新导出含完整身份证号的文件（文件 › 导入/导出 › 导出全部数据…，选择“完整号码…”；命令行：export --out 文件 --full-ids），再导入该文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/export.py" line="66"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/write.py" line="56"/>
        <source>The import was cancelled; nothing was written.</source>
        <translation>导入已取消，未写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/events.py" line="37"/>
        <location filename="../../desktop/services/exchange/plan.py" line="38"/>
        <source>Unknown unit: add it on sheet 单位 or in the ledger first.</source>
        <translation>未知的单位：请先在“单位”工作表或台账中添加。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/plan.py" line="40"/>
        <source>The same ID number is also on row {other}; both rows are skipped.</source>
        <translation>第 {other} 行也是这个身份证号，两行都已跳过。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/plan.py" line="42"/>
        <source>This ID number is already registered (for {name}); import with update to change her record.</source>
        <translation>这个身份证号已登记（{name}）；如要修改她的记录，请选择更新后导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/plan.py" line="45"/>
        <source>This ID number belongs to {name}, whose record is in the recycle bin; restore it first.</source>
        <translation>这个身份证号属于 {name}，其记录在回收站中，请先恢复。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/plan.py" line="57"/>
        <source>She has no child of this birth date and name in the file or in the database.</source>
        <translation>文件和台账中都没有她这个出生日期和姓名的子女。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/plan.py" line="59"/>
        <source>She has no enrolment in this programme starting on this date in the file or in the database.</source>
        <translation>文件和台账中都没有她这个项目在这一天开始的扶助记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/events.py" line="35"/>
        <source>A 单位调动 needs both 原单位 and 新单位, two different units.</source>
        <translation>单位调动须同时填写原单位和新单位，且两者不同。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/events.py" line="40"/>
        <location filename="../../desktop/services/exchange/plan.py" line="48"/>
        <source>No person with this ID number in the file or in the database.</source>
        <translation>文件和台账中都没有这个身份证号的人员。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/events.py" line="42"/>
        <location filename="../../desktop/services/exchange/plan.py" line="50"/>
        <source>Her row on sheet 人员 (row {other}) is skipped, so this row is too.</source>
        <translation>她在“人员”工作表的行（第 {other} 行）已跳过，本行也跳过。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/events.py" line="46"/>
        <source>The date {date} is before her latest event ({latest}).</source>
        <translation>日期 {date} 早于她最近一次事件（{latest}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/plan.py" line="52"/>
        <source>No pregnancy registered on this date for this ID number in the file or in the database.</source>
        <translation>文件和台账中都没有这个身份证号在该日期登记的孕情。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/plan.py" line="55"/>
        <source>She has no enrolment in this programme covering this period.</source>
        <translation>她没有覆盖该期间的此项目扶助登记。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/events.py" line="44"/>
        <location filename="../../desktop/services/exchange/plan.py" line="62"/>
        <source>This record is already in the database; import with update to change it.</source>
        <translation>这条记录已在台账中；如要修改，请选择更新后导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/plan.py" line="64"/>
        <source>Her status cannot change this way in an import; use the life events in the ledger.</source>
        <translation>导入不能这样改变她的状态，请在台账中登记迁出、迁回或死亡。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/limits.py" line="38"/>
        <source>The file {path} is refused: it is larger than {limit} MB.</source>
        <translation>拒绝导入文件 {path}：文件大于 {limit} MB。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/limits.py" line="40"/>
        <source>The file {path} is refused: its sheets unpack to more than {limit} MB.</source>
        <translation>拒绝导入文件 {path}：工作表解压后超过 {limit} MB。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/limits.py" line="42"/>
        <source>The file {path} is refused: the sheet {sheet} uses more than {limit} rows.</source>
        <translation>拒绝导入文件 {path}：工作表 {sheet} 使用的行数超过 {limit} 行。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/limits.py" line="44"/>
        <source>The file {path} is refused: the sheet {sheet} uses more than {limit} columns.</source>
        <translation>拒绝导入文件 {path}：工作表 {sheet} 使用的列数超过 {limit} 列。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/limits.py" line="46"/>
        <source>The file {path} is refused: its shared strings are larger than {limit} MB.</source>
        <translation>拒绝导入文件 {path}：共享字符串大于 {limit} MB。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/limits.py" line="48"/>
        <source>The file {path} is refused: the text of the sheet {sheet} would be larger than {limit} MB.</source>
        <translation>拒绝导入文件 {path}：工作表 {sheet} 展开后的文字将超过 {limit} MB。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/limits.py" line="51"/>
        <source>The file {path} is refused: the sheet {sheet} has more than {limit} filled cells.</source>
        <translation>拒绝导入文件 {path}：工作表 {sheet} 中有内容的单元格超过 {limit} 个。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/limits.py" line="54"/>
        <location filename="../../desktop/services/exchange/read.py" line="36"/>
        <source>The file {path} cannot be read as a workbook: {reason}</source>
        <translation>文件 {path} 无法作为工作簿读取：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/read.py" line="38"/>
        <source>The file {path} does not exist.</source>
        <translation>文件 {path} 不存在。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/read.py" line="39"/>
        <source>The file {path} is not a workbook: use .xlsx, .xls, .ods or .csv.</source>
        <translation>文件 {path} 不是工作簿：请使用 .xlsx、.xls、.ods 或 .csv。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/events.py" line="39"/>
        <location filename="../../desktop/services/exchange/rules.py" line="31"/>
        <source>The date {date} is before her birth ({birth}).</source>
        <translation>日期 {date} 早于她的出生日期（{birth}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/rules.py" line="32"/>
        <source>The end date is before the start date.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/rules.py" line="33"/>
        <source>Moved away or deceased: please give the 状态日期.</source>
        <translation>迁出或死亡：请填写状态日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/rules.py" line="34"/>
        <source>Give both the outcome and its date, or neither.</source>
        <translation>结局和结局日期要么都填，要么都不填。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/rules.py" line="35"/>
        <source>The outcome date is before the last period.</source>
        <translation>结局日期早于末次月经。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/rules.py" line="36"/>
        <source>The registration is before the last period.</source>
        <translation>登记日期早于末次月经。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/rules.py" line="37"/>
        <source>The birth date must be after the mother&apos;s 12th birthday.</source>
        <translation>出生日期必须晚于母亲满12周岁。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/rules.py" line="39"/>
        <source>This date is before the child&apos;s birth.</source>
        <translation>这个日期早于子女的出生日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/rules.py" line="40"/>
        <source>The child&apos;s ID number does not match the birth date or sex; it is kept as given and 数据核查 will list it.</source>
        <translation>子女的身份证号与出生日期或性别不符；按原样导入，数据核查将列出该记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/rules.py" line="43"/>
        <source>The birth date differs from the one in her ID number ({birth}); it is kept as given and 数据核查 will list her.</source>
        <translation>出生日期与其身份证号中的出生日期（{birth}）不符；按原样导入，数据核查将列出此人。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/rules.py" line="46"/>
        <source>Mark at least one of 查孕, 查环, 查病 with 是.</source>
        <translation>查孕、查环、查病至少有一项填“是”。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/rules.py" line="47"/>
        <source>Please describe the findings of an abnormal result.</source>
        <translation>结果异常时请填写说明。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/rules.py" line="48"/>
        <source>The amount must be more than 0.</source>
        <translation>金额必须大于0。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/rules.py" line="49"/>
        <source>查出怀孕 is 是 only when 查孕 is 是 too.</source>
        <translation>只有“查孕”为“是”时，“查出怀孕”才能为“是”。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/rules.py" line="51"/>
        <source>Please give {column}: it names the record this reminder is about.</source>
        <translation>请填写 {column}：它指明这条提醒是关于哪条记录的。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/rules.py" line="53"/>
        <source>The period does not fit the programme&apos;s cycle (2025-03 monthly, 2025 yearly).</source>
        <translation>期间与项目的发放周期不符（按月如 2025-03，按年如 2025）。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/rules.py" line="124"/>
        <source>The follow-up is before the pregnancy was registered.</source>
        <translation>随访日期早于孕情登记日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/service.py" line="65"/>
        <source>Choose the persons whose files are transferred.</source>
        <translation>请选择要转出档案的人员。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/service.py" line="66"/>
        <source>The database changed since the file was checked; check the file again.</source>
        <translation>检查文件后台账已有变动，请重新检查文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/undo.py" line="46"/>
        <source>There is no import to undo.</source>
        <translation>没有可撤销的导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/undo.py" line="47"/>
        <source>The import of {at} cannot be undone: records it added or changed have been changed since.</source>
        <translation>{at} 的导入无法撤销：它添加或修改的记录此后又被修改过。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/values.py" line="35"/>
        <source>The ID number is stored as a number, so Excel has already lost its last digits: format the column as Text and type the number again.</source>
        <translation>身份证号以数字形式保存，Excel 已丢失最后几位：请把该列设置为“文本”格式后重新输入。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/values.py" line="38"/>
        <source>Not a date: type it as 2025-03-13, 2025/3/13, 2025.3.13 or 2025年3月13日.</source>
        <translation>不是日期：请写成 2025-03-13、2025/3/13、2025.3.13 或 2025年3月13日。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/values.py" line="40"/>
        <source>A number is not a date: format the cell as Date, or type the date as 2025-03-13.</source>
        <translation>数字不是日期：请把单元格设置为“日期”格式，或写成 2025-03-13。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/values.py" line="43"/>
        <source>There is no such date.</source>
        <translation>没有这个日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/values.py" line="44"/>
        <source>The date {date} is in the future.</source>
        <translation>日期 {date} 在今天之后。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/values.py" line="45"/>
        <source>Unknown value: use one of {choices}.</source>
        <translation>无法识别的值：请填写 {choices} 之一。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/values.py" line="46"/>
        <source>Use 是 or 否 (or 1 / 0).</source>
        <translation>请填写“是”或“否”（或 1 / 0）。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/values.py" line="47"/>
        <source>A whole number from 1 to 20 is expected.</source>
        <translation>请填写 1 到 20 的整数。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/values.py" line="48"/>
        <source>Not an amount: type yuan with at most two decimals, like 80.00.</source>
        <translation>不是金额：请以元为单位，最多两位小数，如 80.00。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/values.py" line="50"/>
        <source>Not a period: type a month as 2025-03 or a year as 2025.</source>
        <translation>不是期间：按月写成 2025-03，按年写成 2025。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/values.py" line="52"/>
        <source>This text is too long: at most {limit} characters.</source>
        <translation>文字太长：最多 {limit} 个字。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/values.py" line="53"/>
        <source>Please fill in this cell.</source>
        <translation>请填写此单元格。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/values.py" line="54"/>
        <source>This cell holds {length} characters, more than Excel&apos;s limit of {limit}.</source>
        <translation>此单元格有 {length} 个字符，超过 Excel 的上限 {limit} 个。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/values.py" line="67"/>
        <source>This column cannot be cleared.</source>
        <translation>此列不能清空。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/mapping/apply.py" line="33"/>
        <source>This sheet is not in the mapping: it is ignored.</source>
        <translation>对应表中没有这个工作表：已忽略。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/mapping/apply.py" line="34"/>
        <source>The mapping names the sheet {sheet}, which the file {path} does not have.</source>
        <translation>对应表写了工作表 {sheet}，但文件 {path} 中没有它。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/mapping/source.py" line="30"/>
        <source>The file {path} is not a table: use .xlsx, .xls, .ods, .et or .csv.</source>
        <translation>文件 {path} 不是表格：请用 .xlsx、.xls、.ods、.et 或 .csv。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/mapping/source.py" line="32"/>
        <source>The file {path} is not text in UTF-8 or GB18030/GBK: save it again as CSV UTF-8 from Excel or WPS.</source>
        <translation>文件 {path} 不是 UTF-8 或 GB18030/GBK 编码的文本：请在 Excel 或 WPS 中重新另存为“CSV UTF-8”。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/mapping/source.py" line="35"/>
        <source>The file {path} has no sheet named {sheet}.</source>
        <translation>文件 {path} 中没有名为 {sheet} 的工作表。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/mapping/spec.py" line="24"/>
        <source>The mapping file {path} cannot be read: it is not a JSON mapping (the first fault is on line {line}, column {column}).</source>
        <translation>无法读取对应表文件 {path}：它不是 JSON 对应表（第一处错误在第 {line} 行第 {column} 列）。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/mapping/spec.py" line="27"/>
        <source>The mapping file {path} cannot be read: it is not a JSON mapping (it is not UTF-8 text).</source>
        <translation>无法读取对应表文件 {path}：它不是 JSON 对应表（不是 UTF-8 文本）。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/mapping/spec.py" line="30"/>
        <source>The mapping file {path} is wrong: it names no sheet (&quot;sheets&quot; is missing or empty).</source>
        <translation>对应表文件 {path} 有误：没有写任何工作表（缺少 &quot;sheets&quot; 或为空）。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/mapping/spec.py" line="31"/>
        <source>The mapping file {path} is wrong: the sheet {sheet} is mapped to {target}, which is not one of {sheets}.</source>
        <translation>对应表文件 {path} 有误：工作表 {sheet} 对应到 {target}，它不是 {sheets} 之一。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/mapping/spec.py" line="33"/>
        <source>The mapping file {path} is wrong: on the sheet {sheet}, the column {column} is mapped to {target}, which the sheet {target_sheet} does not have.</source>
        <translation>对应表文件 {path} 有误：工作表 {sheet} 的列 {column} 对应到 {target}，但 {target_sheet} 表没有这一列。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/mapping/spec.py" line="36"/>
        <source>The mapping file {path} is wrong: on the sheet {sheet}, the columns {first} and {second} are both mapped to {target}.</source>
        <translation>对应表文件 {path} 有误：工作表 {sheet} 的列 {first} 和 {second} 都对应到 {target}。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/mapping/spec.py" line="39"/>
        <source>The mapping file {path} is wrong: on the sheet {sheet}, the header row must be a whole number from 1 to {limit}.</source>
        <translation>对应表文件 {path} 有误：工作表 {sheet} 的表头行必须是 1 到 {limit} 之间的整数。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/mapping/spec.py" line="41"/>
        <source>The mapping file {path} is wrong: on the sheet {sheet}, the number of header rows must be a whole number from 1 to {limit}, and no more than the header row&apos;s number.</source>
        <translation>对应表文件 {path} 有误：工作表 {sheet} 的表头行数必须是 1 到 {limit} 的整数，且不能大于表头所在的行号。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/mapping/spec.py" line="44"/>
        <source>The mapping file {path} is wrong: on the sheet {sheet}, the date form {form} is not a date form (use codes such as %Y%m%d).</source>
        <translation>对应表文件 {path} 有误：工作表 {sheet} 的日期写法 {form} 不是日期写法（请用 %Y%m%d 这样的代码）。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/mapping/spec.py" line="47"/>
        <source>The mapping file {path} is wrong: on the sheet {sheet}, &quot;{part}&quot; must be {expected}.</source>
        <translation>对应表文件 {path} 有误：工作表 {sheet} 的 &quot;{part}&quot; 应为 {expected}。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/mapping/spec.py" line="49"/>
        <source>The mapping file {path} is refused: it is larger than {limit} KB.</source>
        <translation>拒绝对应表文件 {path}：它大于 {limit} KB。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/mapping/spec.py" line="51"/>
        <source>The mapping file {path} cannot be read: {reason}</source>
        <translation>无法读取对应表文件 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/exchange/transfer.py" line="20"/>
        <source>{count} of the chosen persons are no longer in the register (deleted meanwhile); choose again.</source>
        <translation>所选人员中有 {count} 人已不在台账中（其间已被删除）；请重新选择。</translation>
    </message>
</context>
<context>
    <name>exchange_ui</name>
    <message>
        <location filename="../../desktop/gui/exchange/messages.py" line="33"/>
        <source>Import and export</source>
        <translation>导入/导出</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/messages.py" line="40"/>
        <source>Import from Excel</source>
        <translation>从 Excel 导入</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/messages.py" line="41"/>
        <source>Workbooks (*.xlsx *.xls *.ods *.csv);;Excel workbook (*.xlsx);;All files (*)</source>
        <translation>工作簿 (*.xlsx *.xls *.ods *.csv);;Excel 工作簿 (*.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/messages.py" line="51"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/messages.py" line="56"/>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../../desktop/gui/pages/register_export_ui.py" line="46"/>
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/register_export_ui.py" line="47"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/progress_job.py" line="22"/>
        <source>ID numbers in the file</source>
        <translation>文件中的身份证号码</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/progress_job.py" line="23"/>
        <source>Write the ID numbers masked (330102********1234) or in full?</source>
        <translation>身份证号码部分隐藏（330102********1234）还是完整写入？</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/progress_job.py" line="25"/>
        <source>Masked</source>
        <translation>部分隐藏</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/progress_job.py" line="27"/>
        <source>Full numbers…</source>
        <translation>完整号码…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/register_export_ui.py" line="75"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/register_export_ui.py" line="52"/>
        <source>Full ID numbers</source>
        <translation>完整身份证号码</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/register_export_ui.py" line="53"/>
        <source>The file will hold complete ID numbers, which are sensitive personal information. Keep it on this PC or a safe USB stick; the export is noted in the change log. Continue?</source>
        <translation>该文件将包含完整的身份证号码，属于敏感个人信息。请只保存在本机或安全的U盘中；此次导出会记入修改记录。要继续吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/register_export_ui.py" line="60"/>
        <source>Writing {name}…</source>
        <translation>正在写入 {name}…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/register_export_ui.py" line="74"/>
        <source>%Ln row(s) written to {path}.</source>
        <translation>已将 %Ln 行写入 {path}。</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="18"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="19"/>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="20"/>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="21"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="22"/>
        <source>Household address</source>
        <translation>户籍地址</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="23"/>
        <source>Current address</source>
        <translation>现居住地址</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="24"/>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="132"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="25"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="26"/>
        <source>Registration date</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="27"/>
        <source>Origin (household registration)</source>
        <translation>户籍地</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="28"/>
        <source>Arrival date</source>
        <translation>流入日期</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="29"/>
        <source>Employer or landlord</source>
        <translation>用工单位或房东</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="30"/>
        <source>Marriage and childbirth certificate number</source>
        <translation>婚育证明编号</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="31"/>
        <source>Marital status</source>
        <translation>婚姻状况</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="32"/>
        <source>Marriage date</source>
        <translation>结婚日期</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="33"/>
        <source>Spouse&apos;s name</source>
        <translation>配偶姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="34"/>
        <source>Spouse&apos;s ID number</source>
        <translation>配偶身份证号码</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="35"/>
        <source>Spouse&apos;s work unit</source>
        <translation>配偶工作单位</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="36"/>
        <source>Spouse&apos;s phone</source>
        <translation>配偶电话</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="37"/>
        <source>Check-up group</source>
        <translation>三查分组</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="38"/>
        <source>One-child certificate number</source>
        <translation>独生子女父母光荣证号</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="39"/>
        <source>One-child certificate date</source>
        <translation>光荣证发证日期</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="40"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="41"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="42"/>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="43"/>
        <source>Birth order</source>
        <translation>孩次</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="44"/>
        <source>Birth registration date</source>
        <translation>生育登记日期</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="45"/>
        <source>Date reported</source>
        <translation>上报日期</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="46"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="47"/>
        <source>Parent unit</source>
        <translation>上级单位</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="48"/>
        <source>Date of death</source>
        <translation>死亡日期</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="49"/>
        <source>Status date</source>
        <translation>状态日期</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="50"/>
        <source>Number of children</source>
        <translation>子女数</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="51"/>
        <source>Pregnancy</source>
        <translation>孕情</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="52"/>
        <source>Person</source>
        <translation>本人</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="53"/>
        <source>Enrolment</source>
        <translation>扶助项目</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="54"/>
        <source>Last menstrual period</source>
        <translation>末次月经</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="55"/>
        <source>Outcome</source>
        <translation>结局</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="56"/>
        <source>Outcome date</source>
        <translation>结局日期</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="57"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="58"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="59"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="60"/>
        <source>Method</source>
        <translation>措施</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="61"/>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="62"/>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="63"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="64"/>
        <source>Pregnancy check</source>
        <translation>查孕</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="65"/>
        <source>IUD check</source>
        <translation>查环</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="66"/>
        <source>Gynaecological check</source>
        <translation>查病</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="67"/>
        <source>Pregnant</source>
        <translation>已怀孕</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="68"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="69"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="70"/>
        <source>Service type</source>
        <translation>服务类型</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="71"/>
        <source>Programme</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="72"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="73"/>
        <source>Cycle</source>
        <translation>发放周期</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="74"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="75"/>
        <source>Date paid</source>
        <translation>发放日期</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="76"/>
        <source>Full ID numbers</source>
        <translation>完整身份证号码</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="77"/>
        <source>Persons</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="78"/>
        <source>Document</source>
        <translation>文书</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="79"/>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="80"/>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="101"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="81"/>
        <source>Register</source>
        <translation>登记簿</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="82"/>
        <source>Postponed until</source>
        <translation>推迟至</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="83"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="84"/>
        <source>Due date</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="85"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="86"/>
        <source>Office name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="87"/>
        <source>Clerk&apos;s name</source>
        <translation>填表人姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="88"/>
        <source>Clerk&apos;s phone</source>
        <translation>填表人电话</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="89"/>
        <source>Check-up intervals (months)</source>
        <translation>三查间隔（月）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="90"/>
        <source>Month yearly benefits are paid</source>
        <translation>年度扶助金发放月份</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="91"/>
        <source>Reminder horizon (days)</source>
        <translation>提醒提前天数</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="92"/>
        <source>Service place</source>
        <translation>服务地点</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="93"/>
        <source>Head of unit</source>
        <translation>单位负责人</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="94"/>
        <source>PDF font</source>
        <translation>PDF 字体</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="95"/>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="96"/>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="97"/>
        <source>Days ahead</source>
        <translation>到期范围（天）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="98"/>
        <source>Reminder kinds</source>
        <translation>提醒类别</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="99"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="100"/>
        <source>Lock after idle minutes</source>
        <translation>空闲锁定（分钟）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="102"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="103"/>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="104"/>
        <source>Targets</source>
        <translation>考核目标</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="105"/>
        <source>Verification sample size</source>
        <translation>核对抽查人数规则</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="107"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="108"/>
        <source>Drawn again</source>
        <translation>重新抽取</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="109"/>
        <source>Marital status checked</source>
        <translation>核对婚姻状况</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="110"/>
        <source>Number of children checked</source>
        <translation>核对子女数</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="111"/>
        <source>Current address checked</source>
        <translation>核对现居住地</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="116"/>
        <source>Archive card</source>
        <translation>档案卡</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="117"/>
        <source>Roster</source>
        <translation>花名册</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="118"/>
        <source>Report</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="119"/>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="121"/>
        <source>Notification slips</source>
        <translation>通知单</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="120"/>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="122"/>
        <source>Signing sheet</source>
        <translation>签收表</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="123"/>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="124"/>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="125"/>
        <source>Reminder list</source>
        <translation>提醒列表</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="126"/>
        <source>All data (exchange workbook)</source>
        <translation>全部数据（交换表格）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="127"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="133"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="134"/>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="135"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="136"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="137"/>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="138"/>
        <source>Reminder postponed</source>
        <translation>推迟提醒</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="139"/>
        <source>Verification sample</source>
        <translation>核对抽查</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="202"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/field_labels.py" line="203"/>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>figures</name>
    <message>
        <location filename="../../desktop/gui/reports/figures_models.py" line="35"/>
        <source>WRA at the start</source>
        <translation>育龄妇女期初数</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/figures_models.py" line="36"/>
        <source>Entries</source>
        <translation>本期增加</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/figures_models.py" line="37"/>
        <source>Exits</source>
        <translation>本期减少</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/figures_models.py" line="38"/>
        <source>WRA at the end</source>
        <translation>育龄妇女期末数</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/figures_models.py" line="39"/>
        <source>Married WRA at the end</source>
        <translation>已婚育龄妇女(期末)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/figures_models.py" line="40"/>
        <source>Inflow WRA at the end</source>
        <translation>流入育龄妇女(期末)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/figures_models.py" line="41"/>
        <source>Outflow WRA at the end</source>
        <translation>流出育龄妇女(期末)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/figures_models.py" line="42"/>
        <location filename="../../desktop/gui/reports/figures_models.py" line="220"/>
        <source>Births</source>
        <translation>出生人数</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/figures_models.py" line="43"/>
        <source>Births: boys</source>
        <translation>出生：男</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/figures_models.py" line="44"/>
        <source>Births: girls</source>
        <translation>出生：女</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/figures_models.py" line="45"/>
        <source>Births: first child</source>
        <translation>出生：一孩</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/figures_models.py" line="46"/>
        <source>Births: second child</source>
        <translation>出生：二孩</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/figures_models.py" line="47"/>
        <source>Births: third child or later</source>
        <translation>出生：三孩及以上</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/figures_models.py" line="48"/>
        <source>Pregnancies registered</source>
        <translation>孕情登记</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/figures_models.py" line="50"/>
        <source>Deaths</source>
        <translation>死亡人数</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/figures_models.py" line="51"/>
        <source>Benefit payments</source>
        <translation>扶助金发放笔数</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/figures_models.py" line="52"/>
        <source>Amount paid (yuan)</source>
        <translation>扶助金发放金额（元）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/figures_models.py" line="85"/>
        <source>Not met</source>
        <translation>未达标</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/figures_models.py" line="91"/>
        <source>normal {low}–{high}</source>
        <translation>参考 {low}–{high}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/figures_models.py" line="130"/>
        <source>Click to list the persons behind this number</source>
        <translation>点击列出这个数字对应的人员</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/figures_models.py" line="140"/>
        <source>Count</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/figures_models.py" line="140"/>
        <source>Number</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/figures_models.py" line="161"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/figures_models.py" line="161"/>
        <source>Numerator</source>
        <translation>分子</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/figures_models.py" line="162"/>
        <source>Denominator</source>
        <translation>分母</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/figures_models.py" line="162"/>
        <source>Rate</source>
        <translation>比率</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/figures_models.py" line="163"/>
        <source>Target</source>
        <translation>考核目标</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/figures_models.py" line="219"/>
        <source>Moved in</source>
        <translation>调入</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/figures_models.py" line="219"/>
        <source>Moved out</source>
        <translation>调出</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/figures_models.py" line="84"/>
        <location filename="../../desktop/gui/reports/figures_models.py" line="163"/>
        <source>Met</source>
        <translation>达标</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/figures_models.py" line="207"/>
        <source>Click to list the persons that keep it below its target</source>
        <translation>点击列出影响达标的人员</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/figures_models.py" line="217"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/figures_models.py" line="217"/>
        <source>WRA at start</source>
        <translation>期初育龄妇女</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/figures_models.py" line="218"/>
        <source>WRA at end</source>
        <translation>期末育龄妇女</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/figures_models.py" line="218"/>
        <source>Married WRA</source>
        <translation>已婚育龄妇女</translation>
    </message>
</context>
<context>
    <name>fonts</name>
    <message>
        <location filename="../../desktop/reports/system_fonts.py" line="18"/>
        <source>SimSun</source>
        <translation>宋体</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/system_fonts.py" line="19"/>
        <source>SimHei</source>
        <translation>黑体</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/system_fonts.py" line="20"/>
        <source>FangSong</source>
        <translation>仿宋</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/system_fonts.py" line="21"/>
        <source>KaiTi</source>
        <translation>楷体</translation>
    </message>
    <message>
        <location filename="../../desktop/reports/system_fonts.py" line="22"/>
        <source>Microsoft YaHei</source>
        <translation>微软雅黑</translation>
    </message>
</context>
<context>
    <name>indicators</name>
    <message>
        <location filename="../../desktop/services/indicators/behind.py" line="75"/>
        <source>Her status is moved away but there is no date of moving away.</source>
        <translation>状态为迁出但没有迁出日期</translation>
    </message>
    <message>
        <location filename="../../desktop/services/indicators/behind.py" line="77"/>
        <source>Her status is deceased but there is no date of death.</source>
        <translation>状态为死亡但没有死亡日期</translation>
    </message>
    <message>
        <location filename="../../desktop/services/indicators/behind.py" line="79"/>
        <source>She counts at the start but not at the end, and no exit explains it.</source>
        <translation>她计入期初但未计入期末，且没有对应的减少记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/indicators/behind.py" line="81"/>
        <source>She counts at the end but not at the start, and no entry explains it.</source>
        <translation>她计入期末但未计入期初，且没有对应的增加记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/values/indicators.py" line="36"/>
        <source>Check-up coverage</source>
        <translation>三查率</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/values/indicators.py" line="37"/>
        <source>Contraceptive prevalence</source>
        <translation>节育率</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/values/indicators.py" line="38"/>
        <source>Birth reporting timeliness</source>
        <translation>出生上报及时率</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/values/indicators.py" line="39"/>
        <source>Early pregnancy registration</source>
        <translation>孕情登记及时率</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/values/indicators.py" line="41"/>
        <source>Benefit payment rate</source>
        <translation>发放率</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/values/indicators.py" line="42"/>
        <source>Sex ratio at birth</source>
        <translation>出生性别比</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/values/indicators.py" line="43"/>
        <source>Data completeness</source>
        <translation>信息完整率</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/values/indicators.py" line="44"/>
        <source>Outflow married WRA information</source>
        <translation>流出已婚育龄妇女信息掌握率</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/values/indicators.py" line="46"/>
        <source>Inflow married WRA service</source>
        <translation>流入已婚育龄妇女服务管理率</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/values/indicators.py" line="47"/>
        <source>Whole-course pregnancy care</source>
        <translation>孕情全过程管理率</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/values/indicators.py" line="49"/>
        <source>Pre-pregnancy check-up</source>
        <translation>孕前优生健康检查率</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/values/indicators.py" line="50"/>
        <source>Information accuracy</source>
        <translation>信息准确率</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/targets_dialog.py" line="27"/>
        <source>Statistical error</source>
        <translation>统计误差率</translation>
    </message>
</context>
<context>
    <name>kinds</name>
    <message>
        <location filename="../../desktop/domain/kinds.py" line="48"/>
        <source>Pregnancy</source>
        <translation>孕情</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/kinds.py" line="51"/>
        <source>Pregnancy follow-up</source>
        <translation>孕情随访</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/kinds.py" line="55"/>
        <source>Contraception</source>
        <translation>节育措施</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/kinds.py" line="57"/>
        <source>Check-up</source>
        <translation>三查</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/kinds.py" line="59"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/kinds.py" line="61"/>
        <source>Benefit enrolment</source>
        <translation>扶助项目</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/kinds.py" line="63"/>
        <source>Benefit payment</source>
        <translation>发放记录</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/kinds.py" line="67"/>
        <source>Child</source>
        <translation>子女</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/kinds.py" line="69"/>
        <source>Life event</source>
        <translation>人员变动</translation>
    </message>
</context>
<context>
    <name>mapping</name>
    <message>
        <location filename="../../desktop/gui/exchange/mapping_dialog.py" line="57"/>
        <source>Import another kind of table</source>
        <translation>导入其他格式的表格</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/mapping_dialog.py" line="58"/>
        <source>Tables (*.xlsx *.xls *.ods *.et *.csv);;All files (*)</source>
        <translation>表格 (*.xlsx *.xls *.ods *.et *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/mapping_dialog.py" line="64"/>
        <source>Load a mapping</source>
        <translation>读取对应表</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/exchange/mapping_dialog.py" line="65"/>
        <source>Mappings (*.json);;All files (*)</source>
        <translation>对应表 (*.json);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>periods</name>
    <message>
        <location filename="../../desktop/gui/reports/period_label.py" line="13"/>
        <source>{year}-{month}</source>
        <translation>{year}年{month}月</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/period_label.py" line="15"/>
        <source>{start} to {end}</source>
        <translation>{start} 至 {end}</translation>
    </message>
</context>
<context>
    <name>prompts</name>
    <message>
        <location filename="../../desktop/gui/dialogs/prompts.py" line="29"/>
        <source>Unsaved changes</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/prompts.py" line="30"/>
        <source>This record has changes that are not saved yet.</source>
        <translation>此档案有尚未保存的修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/prompts.py" line="31"/>
        <source>Do you want to save them?</source>
        <translation>要保存吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/dialogs/prompts.py" line="230"/>
        <source>{text} is not a valid date. Type it like 2025-03-13.</source>
        <translation>{text} 不是有效日期。请按 2025-03-13 的格式填写。</translation>
    </message>
</context>
<context>
    <name>recycle_bin</name>
    <message>
        <location filename="../../desktop/domain/values/recycle_bin.py" line="26"/>
        <source>LMP {lmp}</source>
        <translation>末次月经 {lmp}</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/values/recycle_bin.py" line="27"/>
        <source>LMP {lmp}, {outcome}</source>
        <translation>末次月经 {lmp}，{outcome}</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/values/recycle_bin.py" line="28"/>
        <source>Of the pregnancy registered on {registered}</source>
        <translation>属于 {registered} 登记的孕情</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/values/recycle_bin.py" line="29"/>
        <source>{method}, still in use</source>
        <translation>{method}，仍在使用</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/values/recycle_bin.py" line="30"/>
        <source>{method}, ended {end}</source>
        <translation>{method}，{end} 结束</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/values/recycle_bin.py" line="31"/>
        <source>Result: {result}</source>
        <translation>结果：{result}</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/values/recycle_bin.py" line="32"/>
        <source>{type}</source>
        <translation>{type}</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/values/recycle_bin.py" line="33"/>
        <source>{program}, {amount} {cycle}</source>
        <translation>{program}，每{cycle} {amount}</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/values/recycle_bin.py" line="34"/>
        <source>{program}, {period}, {amount}</source>
        <translation>{program}，{period}，{amount}</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/values/recycle_bin.py" line="35"/>
        <source>{kind}</source>
        <translation>{kind}</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/values/recycle_bin.py" line="36"/>
        <source>{name} ({sex}), child {order}</source>
        <translation>{name}（{sex}），第 {order} 孩</translation>
    </message>
</context>
<context>
    <name>registers</name>
    <message>
        <location filename="../../desktop/domain/values/registers.py" line="25"/>
        <source>Birth register</source>
        <translation>生育登记册</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/values/registers.py" line="26"/>
        <source>Contraception register</source>
        <translation>节育登记册</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/values/registers.py" line="27"/>
        <source>Death register</source>
        <translation>死亡登记册</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/values/registers.py" line="28"/>
        <source>Check-up register</source>
        <translation>三查登记册</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/values/registers.py" line="29"/>
        <source>Pregnancy register</source>
        <translation>孕情登记册</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/values/registers.py" line="30"/>
        <source>Service register</source>
        <translation>服务登记册</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/values/registers.py" line="54"/>
        <source>Pregnancy</source>
        <translation>查孕</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/values/registers.py" line="55"/>
        <source>Pregnancy (positive)</source>
        <translation>查孕（已孕）</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/values/registers.py" line="56"/>
        <source>IUD</source>
        <translation>查环</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/values/registers.py" line="57"/>
        <source>Gynaecological</source>
        <translation>查病</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/values/registers.py" line="58"/>
        <source>Herself</source>
        <translation>本人</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/values/registers.py" line="59"/>
        <location filename="../../desktop/domain/values/registers.py" line="83"/>
        <source>Child</source>
        <translation>子女</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/values/registers.py" line="61"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/values/registers.py" line="72"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/values/registers.py" line="73"/>
        <source>Mother</source>
        <translation>母亲</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/values/registers.py" line="74"/>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/values/registers.py" line="75"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/values/registers.py" line="76"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/values/registers.py" line="77"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/values/registers.py" line="78"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/values/registers.py" line="84"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/values/registers.py" line="85"/>
        <source>Birth order</source>
        <translation>孩次</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/values/registers.py" line="86"/>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/values/registers.py" line="87"/>
        <source>Birth registered</source>
        <translation>生育登记</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/values/registers.py" line="88"/>
        <source>Reported</source>
        <translation>上报日期</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/values/registers.py" line="89"/>
        <source>Days to report</source>
        <translation>上报天数</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/values/registers.py" line="93"/>
        <source>Method</source>
        <translation>措施</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/values/registers.py" line="94"/>
        <source>Start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/values/registers.py" line="95"/>
        <source>End</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/values/registers.py" line="100"/>
        <source>Who died</source>
        <translation>死亡对象</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/values/registers.py" line="101"/>
        <source>Deceased</source>
        <translation>死者姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/values/registers.py" line="102"/>
        <source>Date of death</source>
        <translation>死亡日期</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/values/registers.py" line="107"/>
        <source>Items checked</source>
        <translation>检查项目</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/values/registers.py" line="108"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/values/registers.py" line="110"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/values/registers.py" line="115"/>
        <source>Registered</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/values/registers.py" line="116"/>
        <source>Last period</source>
        <translation>末次月经</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/values/registers.py" line="117"/>
        <source>Expected delivery</source>
        <translation>预产期</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/values/registers.py" line="118"/>
        <source>Weeks at registration</source>
        <translation>登记孕周</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/values/registers.py" line="119"/>
        <source>Outcome</source>
        <translation>结局</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/values/registers.py" line="120"/>
        <source>Outcome date</source>
        <translation>结局日期</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/values/registers.py" line="124"/>
        <source>Service</source>
        <translation>服务类型</translation>
    </message>
</context>
<context>
    <name>reminders</name>
    <message>
        <location filename="../../desktop/domain/values/reminders.py" line="30"/>
        <source>Check-up due</source>
        <translation>三查到期</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/values/reminders.py" line="31"/>
        <source>Certificate awaited</source>
        <translation>待寄回证明</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/values/reminders.py" line="32"/>
        <source>Pregnancy follow-up</source>
        <translation>孕情随访</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/values/reminders.py" line="33"/>
        <source>Delivery: record the outcome</source>
        <translation>预产期已到：请登记妊娠结局</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/values/reminders.py" line="34"/>
        <source>Birth to report</source>
        <translation>出生待上报</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/values/reminders.py" line="35"/>
        <source>Payment due</source>
        <translation>待发放</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/values/reminders.py" line="36"/>
        <source>Turning 50</source>
        <translation>年满50周岁</translation>
    </message>
    <message>
        <location filename="../../desktop/services/reminders/service.py" line="43"/>
        <source>Last check-up {last}, every {months} months</source>
        <translation>上次三查 {last}，每 {months} 个月一次</translation>
    </message>
    <message>
        <location filename="../../desktop/services/reminders/service.py" line="44"/>
        <source>Never checked</source>
        <translation>从未三查</translation>
    </message>
    <message>
        <location filename="../../desktop/services/reminders/service.py" line="45"/>
        <source>Returned {returned}, no check-up since</source>
        <translation>{returned} 迁回，此后未查</translation>
    </message>
    <message>
        <location filename="../../desktop/services/reminders/service.py" line="46"/>
        <source>Last follow-up {last}</source>
        <translation>上次随访 {last}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/reminders/service.py" line="47"/>
        <source>Registered {registered}, no follow-up yet</source>
        <translation>{registered} 登记，尚未随访</translation>
    </message>
    <message>
        <location filename="../../desktop/services/reminders/service.py" line="48"/>
        <source>Expected delivery {edd}</source>
        <translation>预产期 {edd}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/reminders/service.py" line="49"/>
        <source>Born {birth}</source>
        <translation>{birth} 出生</translation>
    </message>
    <message>
        <location filename="../../desktop/services/reminders/service.py" line="50"/>
        <source>Period {period}, {amount} yuan</source>
        <translation>期间 {period}，{amount} 元</translation>
    </message>
    <message>
        <location filename="../../desktop/services/reminders/service.py" line="51"/>
        <source>Turns 50 on {birthday}</source>
        <translation>{birthday} 年满50周岁</translation>
    </message>
</context>
<context>
    <name>sample</name>
    <message>
        <location filename="../../desktop/domain/values/samples.py" line="14"/>
        <location filename="../../desktop/gui/reports/sample_model.py" line="20"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/values/samples.py" line="15"/>
        <location filename="../../desktop/gui/reports/sample_model.py" line="21"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/values/samples.py" line="16"/>
        <source>Marital status</source>
        <translation>婚姻状况</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/values/samples.py" line="17"/>
        <source>Children</source>
        <translation>子女数</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/values/samples.py" line="18"/>
        <source>Contraception</source>
        <translation>现节育措施</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/values/samples.py" line="19"/>
        <source>Current address</source>
        <translation>现居住地</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/values/samples.py" line="20"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/sample_model.py" line="20"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/sample_model.py" line="21"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/sample_model.py" line="30"/>
        <source>Right</source>
        <translation>对</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/reports/sample_model.py" line="31"/>
        <source>Wrong</source>
        <translation>错</translation>
    </message>
</context>
<context>
    <name>timeline</name>
    <message>
        <location filename="../../desktop/services/people/timeline.py" line="31"/>
        <source>Registered</source>
        <translation>建档登记</translation>
    </message>
    <message>
        <location filename="../../desktop/services/people/timeline.py" line="32"/>
        <source>Married</source>
        <translation>结婚</translation>
    </message>
    <message>
        <location filename="../../desktop/services/people/timeline.py" line="33"/>
        <source>One-child certificate issued</source>
        <translation>发放光荣证</translation>
    </message>
    <message>
        <location filename="../../desktop/services/people/timeline.py" line="34"/>
        <source>Child born</source>
        <translation>子女出生</translation>
    </message>
    <message>
        <location filename="../../desktop/services/people/timeline.py" line="35"/>
        <source>Child died</source>
        <translation>子女死亡</translation>
    </message>
    <message>
        <location filename="../../desktop/services/people/timeline.py" line="36"/>
        <source>Pregnancy registered</source>
        <translation>孕情登记</translation>
    </message>
    <message>
        <location filename="../../desktop/services/people/timeline.py" line="37"/>
        <source>Pregnancy follow-up</source>
        <translation>孕情随访</translation>
    </message>
    <message>
        <location filename="../../desktop/services/people/timeline.py" line="38"/>
        <source>Pregnancy ended</source>
        <translation>孕情结局</translation>
    </message>
    <message>
        <location filename="../../desktop/services/people/timeline.py" line="39"/>
        <source>Contraception started</source>
        <translation>节育措施开始</translation>
    </message>
    <message>
        <location filename="../../desktop/services/people/timeline.py" line="40"/>
        <source>Contraception ended</source>
        <translation>节育措施结束</translation>
    </message>
    <message>
        <location filename="../../desktop/services/people/timeline.py" line="41"/>
        <source>Check-up</source>
        <translation>三查</translation>
    </message>
    <message>
        <location filename="../../desktop/services/people/timeline.py" line="42"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../../desktop/services/people/timeline.py" line="43"/>
        <source>Benefit paid</source>
        <translation>扶助发放</translation>
    </message>
    <message>
        <location filename="../../desktop/services/people/timeline.py" line="44"/>
        <source>Life event</source>
        <translation>人员变动</translation>
    </message>
</context>
</TS>

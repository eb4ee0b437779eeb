import PartyDayKit

/// A set of keys that apply together: a screen, a pane, a mode (searching, finding), a
/// box, or keys shared by many. Listed in the order the key reference prints them.
public enum KeyScope: String, CaseIterable, Sendable {
    case anywhere, global, screens, lists
    case welcome, home, meetings, members, search
    case participation, timeline, pledges, dues, settings
    case development, developmentTimeline
    case talks, plan
    case workspace, attendance, duesPane, find, agenda, records, notes
    case form, formOptions, textEditing
    case help, confirm, importPreview, duties
    case committee, conflicts

    /// The keys of this scope, in the order help lists them.
    public var bindings: [KeyBinding] {
        switch self {
        case .anywhere: Self.anywhereKeys
        case .global: Self.globalKeys
        case .screens: Self.screenKeys
        case .lists: Self.listKeys
        case .welcome: Self.welcomeKeys
        case .home: Self.homeKeys
        case .meetings: Self.meetingsKeys
        case .members: Self.membersKeys
        case .search: Self.searchKeys
        case .participation: Self.participationKeys
        case .timeline: Self.timelineKeys
        case .pledges: Self.pledgesKeys
        case .dues: Self.duesKeys
        case .development: Self.developmentKeys
        case .developmentTimeline: Self.developmentTimelineKeys
        case .talks: Self.talksKeys
        case .plan: Self.planKeys
        case .duesPane: Self.duesPaneKeys
        case .settings: Self.settingsKeys
        case .workspace: Self.workspaceKeys
        case .attendance: Self.attendanceKeys
        case .find: Self.findKeys
        case .agenda: Self.agendaKeys
        case .records: Self.recordKeys
        case .notes: Self.notesKeys
        case .form: Self.formKeys
        case .formOptions: Self.formOptionKeys
        case .textEditing: Self.textEditingKeys
        case .help: Self.helpKeys
        case .confirm: Self.confirmKeys
        case .importPreview: Self.importPreviewKeys
        case .duties: Self.dutiesKeys
        case .committee: Self.committeeKeys
        case .conflicts: Self.conflictKeys
        }
    }

    public var title: Phrase {
        switch self {
        case .anywhere: Phrase("Everywhere, in forms and boxes too", "任何地方（包括表单和对话框）")
        case .global: Phrase("On every screen", "所有界面")
        case .screens: Phrase("Moving between screens", "切换界面")
        case .lists: Phrase("In every list", "所有列表中")
        case .welcome: Phrase("Welcome (first run)", "欢迎（首次运行）")
        case .home: Phrase("Home", "首页")
        case .meetings: Phrase("Meetings", "会议列表")
        case .members: Phrase("Members", "党员名册")
        case .search: Phrase("Searching a list", "列表搜索中")
        case .participation: Phrase("Participation", "参加情况")
        case .timeline: Phrase("A member's timeline", "个人参会记录")
        case .pledges: Phrase("Pledges", "承诺")
        case .dues: Phrase("Party dues", "党费")
        case .development: Phrase("Developing members", "发展党员")
        case .developmentTimeline: Phrase("A person's 25 steps", "发展党员：个人的 25 个步骤")
        case .talks: Phrase("Talks", "谈心谈话")
        case .plan: Phrase("The year's plan", "年度工作计划")
        case .duesPane: Phrase("Meeting: Party dues (from the agenda's dues step)", "会议：收党费（从“缴纳党费”议程进入）")
        case .settings: Phrase("Settings", "设置")
        case .workspace: Phrase("Meeting", "会议")
        case .attendance: Phrase("Meeting: Attendance", "会议：出席")
        case .find: Phrase("Meeting: finding a member", "会议：查找党员")
        case .agenda: Phrase("Meeting: Agenda", "会议：议程")
        case .records: Phrase("Meeting: Speeches, Suggestions, Decisions, Pledges", "会议：发言、意见建议、决议、承诺")
        case .notes: Phrase("Meeting: Notes", "会议：总结与记录")
        case .form: Phrase("In a form", "表单中")
        case .formOptions: Phrase("In a choice or checkbox field", "选择项和复选项中")
        case .textEditing: Phrase("In a text field", "文本输入框中")
        case .help: Phrase("The key list (?)", "按键说明（?）")
        case .confirm: Phrase("A question (delete …?)", "确认提问（删除……？）")
        case .importPreview: Phrase("Import preview", "导入预览")
        case .duties: Phrase("This year's duties", "本年度组织生活落实情况")
        case .committee: Phrase("The committee's branches (partyday --committee DIR)", "党委汇总（partyday --committee 文件夹）")
        case .conflicts: Phrase("Conflict copies to settle (C on the home screen)", "待处理的冲突副本（首页按 C）")
        }
    }

    /// What a reader of the key reference should know beyond the keys.
    public var note: Phrase? {
        switch self {
        case .anywhere:
            Phrase("There is no save key: every change reaches the disk within a second, and always before partyday ends (also on SIGTERM or SIGHUP). The title bar says `saved`, or `NOT SAVED` while a save fails (the change stays in memory and is retried every second; the reason is shown on the status line), or `READ-ONLY` when another partyday holds the folder. Keys that change records are refused, with a message, in a read-only window.",
                   "没有保存键：每次修改在一秒内写入磁盘，partyday 退出前（包括收到 SIGTERM、SIGHUP 时）一定全部写入。标题栏显示“已保存”；保存失败时显示“未保存”（修改留在内存中，每秒重试，原因显示在状态行）；另一个 partyday 正在使用该文件夹时显示“只读”。只读窗口中，修改记录的按键会被拒绝并给出提示。")
        case .screens:
            Phrase("On every screen but the welcome screen and a meeting (where digits pick panes).",
                   "除欢迎界面和会议界面（其中数字键切换栏目）外的所有界面。")
        case .home:
            Phrase("The home screen also shows what is due this month, quarter and year (✓ held, • still owed), the periods of this year already missed, and the members at risk under the six-month rule (mobile members and long excused leave on their own lines). See RULES.md.",
                   "首页还显示本月、本季度、本年度应开的会议（✓ 已开，• 尚未开）、本年度已错过的期次，以及按六个月规则需要关注的党员（流动党员和长期请假者单列）。见 RULES.md。")
        case .participation:
            Phrase("Rows at the talk step are yellow, urgent and beyond red. The name column stays while the others scroll.",
                   "达到谈话提醒的行显示为黄色，紧急及以上为红色。姓名列固定，其余列可左右滚动。")
        case .pledges:
            Phrase("Each review is added to the pledge's reviews in its meeting's file (u undoes it). Opened with r at an agenda step, the list shows earlier meetings' open pledges and each review is also written into that step's notes.",
                   "每次回顾都记入该承诺所在会议的文件（u 可撤销）。在议程中按 r 打开时，列出以往会议未完成的承诺，每次回顾同时写入该议程的记录。")
        case .dues:
            Phrase("One month of the register (← → change it): each member's base, amount due (computed from the rate table, never typed), paid, and the run of months unpaid. A quarterly payer's months are due until the quarter ends; months before a member's first base are not judged. Files: dues/bases.plist and dues/YEAR.plist (FILE-FORMAT.md); rules: RULES.md.",
                   "党费登记表的一个月（← → 切换月份）：每名党员的基数、应交金额（按比例表计算，不需输入）、实交金额和连续未交月数。按季交纳者季度结束前不算欠交；首次录入基数之前的月份不作判断。文件：dues/bases.plist 和 dues/年份.plist（见 FILE-FORMAT.md）；规则见 RULES.md。")
        case .duesPane:
            Phrase("Taking dues for 30 members with 3 exceptions: mark the exceptions (/ to find a name, n for several months or another amount), then P for everyone present. Leaving with Esc writes who paid into the step's notes and ticks it.",
                   "为 30 名党员收党费、其中 3 人例外：先处理例外（/ 查找姓名，n 交多个月或其他金额），再按 P 记录其余出席者。按 Esc 离开时，交纳情况写入该议程的记录并标记完成。")
        case .attendance:
            Phrase("A typical roll call: mark the exceptions (j/J or / to reach them, then w, v, l …), then P for everyone else.",
                   "常用点名方法：先标记例外情况（用 j/J 或 / 找到该党员，再按 w、v、l 等），最后按 P 将其余人员记为出席。")
        case .agenda:
            Phrase("The first step not yet done or skipped is the current step ([▸]); speeches attach to it by default.",
                   "第一个未完成也未跳过的议程是当前议程（[▸]），发言默认归入该议程。")
        case .conflicts:
            Phrase("When both PCs changed one record before syncing, this PC's version stays in place and the other's is kept under conflicts/. Each is shown with what it holds and what differs; choosing removes the copy (or puts it in the record's place), and the next sync sends the choice.",
                   "两台电脑在同步前都修改了同一记录时，本机的版本保留原处，另一台的版本存于 conflicts/。这里逐个列出两个版本的内容和不同之处；选择后删除副本（或用副本替换记录），下次同步时发送。")
        case .committee:
            Phrase("One row per branch: this month's and this quarter's duties (✓ held, ✗ missed, • due now, · not yet, – not owed), the periods missed this year, members at risk under the six-month rule for attendance and for dues, overdue pledges, and when the branch last synced (columns: Theme = theme Party Day, Cmte = branch committee meeting, Group = party group meeting, Gen. = branch general meeting, Lect = party lecture; Missed = periods missed this year; Risk = members at a step of the six-month ladder for attendance, Dues = for unpaid dues; Late = overdue pledges; a name marked ! has damaged files, left out). A branch opened with Enter shows its usual screens read-only; q comes back here. The committee never writes into a branch's records.",
                   "每个支部一行：本月、本季度应开会议（✓ 已开，✗ 未开，• 本期应开，· 未到期，– 不需要开）、本年度已错过的期次、按六个月规则因参会和因党费需要关注的人数、逾期承诺，以及支部最近同步的时间（列：党日 = 主题党日，支委会 = 支部委员会会议，小组会 = 党小组会，大会 = 支部党员大会，党课；本年缺 = 本年度已错过的期次；预警 = 因参会达到六个月规则预警的人数，欠费 = 因党费达到预警的人数；逾期诺 = 逾期承诺；名称后有 ! 表示有损坏文件未计入）。按 Enter 以只读方式打开支部的各个界面，按 q 返回此处。党委从不修改支部的记录。")
        case .textEditing:
            Phrase("Pasted text is inserted as is (line breaks become spaces in one-line fields); control characters never get in. Dates are typed YYYY-MM-DD and times HH:MM; an impossible one (2026-02-30, 25:00) is refused with a message naming the field.",
                   "粘贴的文本原样插入（单行输入框中换行变为空格），控制字符不会进入。日期格式为 YYYY-MM-DD，时间为 HH:MM；不存在的日期或时间（2026-02-30、25:00）会被拒绝，并提示是哪一项。")
        default: nil
        }
    }
}

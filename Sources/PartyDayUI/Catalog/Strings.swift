import Foundation
import PartyDayKit

/// Every text the user sees, in English and Simplified Chinese. Each entry names both,
/// so a missing translation does not compile.
public struct Strings: Sendable, Equatable {
    public let language: Language

    public init(_ language: Language) {
        self.language = language
    }

    public static let english = Strings(.english)
    public static let chinese = Strings(.chinese)

    /// An explicit `--lang` wins; then PARTYDAY_LANG (`en` or `zh`, for a partyday in
    /// Chinese on a system in English); then `zh_*` in LC_ALL, LC_MESSAGES or LANG gives Chinese.
    public static func forEnvironment(_ environment: [String: String], override: Language?) -> Strings {
        if let override { return Strings(override) }
        if let chosen = environment["PARTYDAY_LANG"].flatMap(Language.init(rawValue:)) { return Strings(chosen) }
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[key], !value.isEmpty {
                return Strings(value.lowercased().hasPrefix("zh") ? .chinese : .english)
            }
        }
        return .english
    }

    func t(_ english: String, _ chinese: String) -> String {
        language == .chinese ? chinese : english
    }

    /// A catalogue entry in both languages, for a failure carried in an event: whoever
    /// shows it words it in the interface's language.
    public static func wording(_ entry: (Strings) -> String) -> Wording {
        Wording(entry(.english), entry(.chinese))
    }

    // MARK: Plain texts

    var all: String { t("all", "全部") }
    var none: String { t("none", "无") }
    var loading: String { t("loading…", "正在读取…") }
    var required: String { t("required", "必填") }
    var chooseOne: String { t("choose at least one", "至少选择一项") }
    var activeAndRecentMeetings: String { t("In progress, planned and recent meetings", "进行中、计划中和最近的会议") }
    var recentMeetings: String { t("Recent meetings", "最近的会议") }
    var noMeetingsYet: String { t("No meetings yet. Press n to start one.", "还没有会议。按 n 新建会议。") }
    /// The same in a read-only window, where n would be refused.
    var noMeetingsRecorded: String { t("No meetings recorded.", "还没有会议记录。") }
    var noMembersRecorded: String { t("No members on the roster.", "名册中还没有党员。") }
    var noMatches: String { t("Nothing matches the filters.", "没有符合筛选条件的会议。") }
    var noMembersYet: String {
        t("No members yet. Press a to add one, or i to import a CSV file exported from a spreadsheet.",
          "还没有党员名册。按 a 添加党员，或按 i 导入从表格软件导出的 CSV 文件。")
    }
    var noTheme: String { t("(no theme)", "（未填主题）") }
    var noVote: String { t("no vote", "无表决权") }
    var mobile: String { t("mobile", "流动党员") }
    var guest: String { t("guest", "来宾") }
    var nonVoting: String { t("non-voting", "列席") }
    var wholeBranch: String { t("whole branch", "全体党员") }
    var overdue: String { t("overdue", "已逾期") }
    var dissentMark: String { t("[dissent] ", "【不同意见】") }
    var emptyList: String { t("Nothing recorded yet. Press a to add.", "尚无记录。按 a 添加。") }
    var emptyAgenda: String { t("No agenda steps. Press a to add one.", "没有议程。按 a 添加。") }
    var emptyText: String { t("(empty — press Enter to write)", "（空，按 Enter 填写）") }
    var hostLabel: String { t("host: ", "主持人：") }
    var recorderLabel: String { t("recorder: ", "记录人：") }
    var searchLabel: String { t("search:", "搜索：") }
    var findLabel: String { t("find (name or pinyin initials):", "查找（姓名或拼音首字母）：") }
    var readOnlyBadge: String { t("READ-ONLY", "只读") }
    var saveFailedBadge: String { t("NOT SAVED", "未保存") }
    var savedBadge: String { t("saved", "已保存") }
    var readOnlyRefused: String {
        t("Read-only: another partyday is writing to this folder. Nothing was changed.", "只读：另一个 partyday 正在写入该文件夹，未做任何修改。")
    }
    var nothingToUndo: String { t("Nothing to undo.", "没有可撤销的操作。") }
    func undone(_ what: String) -> String { t("Undone: \(what).", "已撤销：\(what)。") }
    var nothingToRedo: String { t("Nothing to redo.", "没有可重做的操作。") }
    func redone(_ what: String) -> String { t("Redone: \(what).", "已重做：\(what)。") }
    var branchCreated: String {
        t("Branch created. Add members with a, or import a CSV file with i.", "支部已创建。按 a 添加党员，或按 i 导入 CSV 文件。")
    }
    var partyGroupNeeded: String { t("A party group meeting needs its party group.", "党小组会须选择党小组。") }
    var endBeforeStart: String { t("The end is before the start.", "结束时间早于开始时间。") }
    var confirmTitle: String { t("Please confirm", "请确认") }
    var yesNo: String { t("y  yes      n  no", "y  确定      n  取消") }
    var fieldEvaluationYear: String { t("For year", "评议年度") }
    var yesNoDestructive: String { t("Y (capital)  delete      n  no", "Y（大写）删除      n  取消") }
    var helpTitle: String { t("Keys", "按键说明") }
    func helpScrolls(from: Int, to: Int, of total: Int) -> String {
        t("— rows \(from)–\(to) of \(total), ↑↓ PgUp PgDn scroll", "— 第\(from)–\(to)行，共\(total)行，↑↓ PgUp PgDn 滚动")
    }
    var welcomeTitle: String { t("Welcome to partyday", "欢迎使用 partyday") }
    var importTitle: String { t("Import members from a roster file (.xlsx or CSV)", "从名册文件导入党员（.xlsx 或 CSV）") }
    /// The preview's title names the file's kind.
    func importPreviewTitle(_ path: String) -> String {
        let kind = (path as NSString).pathExtension.lowercased() == "xlsx" ? "Excel (.xlsx)" : "CSV"
        return t("Import members from \(kind): \((path as NSString).lastPathComponent)", "从 \(kind) 导入党员：\((path as NSString).lastPathComponent)")
    }

    // Form titles and field labels.
    var createBranchTitle: String { t("Create the branch", "创建党支部") }
    var addMemberTitle: String { t("Add a member", "添加党员") }
    var newMeetingTitle: String { t("New meeting", "新建会议") }
    var editHeaderTitle: String { t("Meeting details", "会议信息") }
    var guestTitle: String { t("Guest", "来宾") }
    var nonVotingTitle: String { t("Non-voting attendee (列席)", "列席人员") }
    var addStepTitle: String { t("Add an agenda step", "添加议程") }
    var editStepTitle: String { t("Agenda step", "议程") }
    var speechTitle: String { t("Speech", "发言") }
    var suggestionTitle: String { t("Suggestion", "意见建议") }
    var decisionTitle: String { t("Decision", "决议") }
    var pledgeTitle: String { t("Pledge", "承诺") }
    var notesTitle: String { t("Summary and minutes", "总结与记录") }
    var fieldBranchName: String { t("Branch name", "支部名称") }
    var fieldParents: String { t("Parents (a › b)", "上级组织（以 › 分隔）") }
    var fieldTimeZone: String { t("Time zone", "时区") }
    var fieldName: String { t("Name", "姓名") }
    var fieldJoined: String { t("Joined the Party", "入党日期") }
    var fieldCategory: String { t("Category", "党员类别") }
    var fieldProbationStart: String { t("Probation from", "预备期开始") }
    var fieldPlannedConversion: String { t("Conversion due", "预计转正") }
    var fieldRole: String { t("Role", "职务") }
    var fieldPortfolio: String { t("Portfolio", "分工") }
    var fieldPartyGroup: String { t("Party group", "党小组") }
    var fieldNoVotePenalty: String { t("Probation penalty", "留党察看") }
    var fieldMobile: String { t("Mobile member", "流动党员") }
    var fieldMobileLocation: String { t("Working at", "流动地点") }
    var fieldChangesFrom: String { t("Changes from", "变更生效日") }
    var fieldRosterStatus: String { t("Change", "变动") }
    var fieldDay: String { t("On", "日期") }
    var fieldCSVPath: String { t("Roster file (.xlsx or CSV; a path pasted in quotes is fine)", "名册文件（.xlsx 或 CSV；可直接粘贴带引号的路径）") }
    var fieldTypes: String { t("Types", "会议类型") }
    var fieldTheme: String { t("Theme", "主题") }
    var fieldStart: String { t("Starts", "开始时间") }
    var fieldEnd: String { t("Ends", "结束时间") }
    var fieldPlace: String { t("Place", "地点") }
    var fieldHost: String { t("Host", "主持人") }
    var fieldRecorder: String { t("Recorder", "记录人") }
    var fieldStatus: String { t("Status", "状态") }
    var fieldReason: String { t("Reason", "原因") }
    var fieldExclusion: String { t("Left out because", "不计入应到原因") }
    var fieldNote: String { t("Note", "备注") }
    var fieldTitle: String { t("Title", "标题") }
    var fieldGuestTitle: String { t("Title", "职务") }
    var fieldOrganization: String { t("Organization", "单位") }
    var fieldNotes: String { t("Notes", "记录") }
    var fieldSpeaker: String { t("Speaker", "发言人") }
    var fieldStep: String { t("Agenda step", "议程") }
    var fieldSummary: String { t("Main points", "发言要点") }
    var fieldDissent: String { t("Dissent", "不同意见") }
    var fieldBy: String { t("Raised by", "提出人") }
    var fieldSuggestion: String { t("Suggestion", "意见建议") }
    var fieldAnswer: String { t("Answer", "答复") }
    var fieldAnsweredBy: String { t("Answered by", "答复人") }
    var fieldDecision: String { t("Decision", "决议事项") }
    var fieldYes: String { t("Yes", "赞成") }
    var fieldKind: String { t("Kind", "类别") }
    var fieldMethod: String { t("Method", "表决方式") }
    var fieldWritten: String { t("In writing", "书面意见") }
    var fieldSubject: String { t("About", "对象") }
    var fieldSponsors: String { t("Sponsors' view", "入党介绍人意见") }
    var fieldCommittee: String { t("Committee's view", "支委会意见") }
    var fieldApproved: String { t("Approved on", "上级批准日期") }
    var notRecorded: String { t("not recorded", "未记录") }
    func onlyGeneralMeeting(_ kind: String) -> String {
        t("\(kind): only the branch general meeting may decide this; record it at a meeting held as a branch general meeting.",
          "\(kind)只能由支部党员大会讨论决定；请在作为支部党员大会召开的会议中记录。")
    }
    func conversionRecorded(_ name: String, _ full: String, _ vote: String) -> String {
        t("\(name): full member from \(full) (end of probation), with a vote from \(vote) (approval).",
          "\(name)：自 \(full)（预备期满）起为正式党员，自 \(vote)（上级批准）起享有表决权。")
    }
    var gradesOnlyAtEvaluation: String { t("Grades are given at a democratic evaluation of members.", "评定等次在民主评议党员会议中进行。") }
    func gradeTitle(_ name: String) -> String { t("Democratic evaluation — \(name)", "民主评议——\(name)") }
    var fieldSelfEvaluation: String { t("Self-evaluation done", "已个人自评") }
    var fieldGrade: String { t("Grade", "评定等次") }
    var notGraded: String { t("not graded", "不评定") }
    func ballotLabel(_ grade: String) -> String { t("Ballot: \(grade)", "测评：\(grade)") }
    var fieldMeasures: String { t("Improvement", "整改措施") }
    func probationaryNotExcellent(_ name: String) -> String {
        t("\(name) is a probationary member: probationary members take part but are not graded excellent.", "\(name)是预备党员：预备党员参加评议，但不评为优秀。")
    }
    func measuresNeeded(_ grade: String) -> String {
        t("\(grade): write the improvement measures and the day they are due (they become a pledge).", "\(grade)：请填写整改措施和完成日期（将作为承诺事项跟踪）。")
    }
    var tooManyExcellent: String {
        t("More than one third would be graded excellent (generally at most a third). Save again (Ctrl-S or F2) to keep it.", "评为优秀的将超过三分之一（一般不超过三分之一）。再次保存（Ctrl-S 或 F2）即保留。")
    }
    func madeUpNote(_ day: String) -> String { t("made up \(day)", "已于 \(day) 补学") }
    var makeUpOnlyAbsent: String { t("Make-up study is for a member marked absent or on leave.", "补学只适用于已标记为缺席或请假的党员。") }
    func makeUpTitle(_ name: String) -> String { t("Make-up study — \(name)", "补学——\(name)") }
    var fieldMakeUpDay: String { t("On", "补学日期") }
    var fieldMakeUpHow: String { t("How", "补学方式") }
    func tooManyWritten(_ absent: Int) -> String {
        t("Written opinions can come only from voters who were absent (\(absent)).", "书面意见只能来自缺席的有表决权党员（\(absent) 人）。")
    }
    var fieldNo: String { t("No", "反对") }
    var fieldAbstain: String { t("Abstain", "弃权") }
    var fieldPledgedBy: String { t("Pledged by", "承诺人") }
    var fieldPledge: String { t("Pledge", "承诺事项") }
    var fieldDue: String { t("Due", "完成时限") }
    var fieldHostSummary: String { t("Host's summary", "主持人总结") }
    var fieldMinutes: String { t("Record of the proceedings", "会议记录正文") }

    // Column headings.
    var columnWhen: String { t("When", "时间") }
    var columnType: String { t("Type", "类型") }
    var columnTheme: String { t("Theme", "主题") }
    var columnState: String { t("State", "状态") }
    var columnAttendance: String { t("Came", "实到/应到") }
    var columnName: String { t("Name", "姓名") }
    var columnCategory: String { t("Category", "类别") }
    var columnRole: String { t("Role", "职务") }
    var columnGroup: String { t("Group", "党小组") }
    var columnStatus: String { t("Status", "状态") }
    var columnReason: String { t("Reason / note", "原因/备注") }
    var columnStep: String { t("Step", "议程") }
    var columnTime: String { t("Time", "时间") }
    var columnNotes: String { t("Notes", "记录") }
    var columnSpeaker: String { t("Speaker", "发言人") }
    var columnSummary: String { t("Main points", "发言要点") }
    var columnBy: String { t("By", "提出人") }
    var columnPledgedBy: String { t("Pledged by", "承诺人") }
    var columnSuggestion: String { t("Suggestion", "意见建议") }
    var columnAnsweredBy: String { t("Answered by", "答复人") }
    var columnAnswer: String { t("Answer", "答复") }
    var columnDecision: String { t("Decision", "决议") }
    var columnVotes: String { t("Yes/No/Abst.", "赞成/反对/弃权") }
    var columnResult: String { t("Result", "结果") }
    var columnPledge: String { t("Pledge", "承诺") }
    var columnDue: String { t("Due", "时限") }
}

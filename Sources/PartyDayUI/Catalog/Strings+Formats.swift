import PartyDayKit

/// Texts with numbers or names in them.
extension Strings {
    public func cannotRead(_ path: String) -> String { t("cannot read \(path)", "无法读取 \(path)") }
    public var pledgeGone: String { t("That pledge is no longer in its meeting (changed elsewhere?); nothing was saved.", "该承诺已不在原会议记录中（可能已在别处修改），未保存。") }
    public func notUTF8(_ path: String) -> String {
        t("\(path) is neither UTF-8 nor GB18030 text; save it from the spreadsheet as CSV", "\(path) 既不是 UTF-8 也不是 GB18030 编码的文本；请在表格软件中另存为 CSV")
    }
    public func badWorkbook(_ path: String, _ why: String) -> String {
        t("\(path) cannot be read as a workbook (\(why)); save it as .xlsx or CSV", "无法将 \(path) 作为工作簿读取（\(why)）；请另存为 .xlsx 或 CSV")
    }
    func unlinkedPerson(_ field: String, _ name: String) -> String {
        t("\(field): \(name) is not on the roster or the guest list — Ctrl-S again saves it as a name only.",
          "\(field)：\(name)不在名册或来宾中——再按 Ctrl-S 将仅保存该姓名。")
    }

    public func terminalUnusable(_ term: String) -> String {
        let shown = term.isEmpty ? t("(not set)", "（未设置）") : TextSanitizer.singleLine(term)
        return t("""
            partyday cannot draw its screens: the terminal type TERM=\(shown) is unknown or cannot move the cursor.
            Run it in a terminal emulator (with TERM=xterm-256color, for example). Without a terminal,
            `partyday --summary`, `partyday report …` and `partyday export …` still work.
            """, """
            partyday 无法显示界面：终端类型 TERM=\(shown) 未知或不能移动光标。
            请在终端模拟器中运行（例如设置 TERM=xterm-256color）。没有终端时，
            仍可使用 `partyday --summary`、`partyday report …` 和 `partyday export …`。
            """)
    }

    public func unsavedOnExit(_ problem: String) -> String {
        t("partyday: some changes could not be saved: \(problem)", "partyday：部分修改未能保存：\(problem)")
    }
    public func importTooLarge(_ count: Int, _ problem: String) -> String {
        t("Cannot add \(count) members: \(problem)", "无法添加 \(count) 名党员：\(problem)")
    }
    public func rescued(_ path: String) -> String {
        t("partyday: the unsaved changes were written to \(path) (open it with partyday --data-dir \(path) to look; copy what you need back)",
          "partyday：未保存的修改已写入 \(path)（可用 partyday --data-dir \(path) 查看，再把需要的内容补回）")
    }
    public func rescueFailed(_ problem: String) -> String {
        t("partyday: the unsaved changes could not be written anywhere either: \(problem)", "partyday：未保存的修改也无法写到别处：\(problem)")
    }
    func quitUnsaved(_ problem: String) -> String {
        t("Changes are NOT SAVED: \(problem). Quit anyway? partyday then writes them to a rescue folder in your home folder and says where.",
          "有修改未保存：\(problem)。仍要退出吗？退出时 partyday 会把这些修改写到主目录下的救援文件夹，并告诉您位置。")
    }
    func fieldProblem(_ label: String, _ problem: String) -> String { t("\(label): \(problem)", "\(label)：\(problem)") }
    // Short enough for a form's message row at 80 columns; the full list is in the guide.
    func badDay(_ text: String) -> String {
        t("'\(text)' is not a day — e.g. 2026-11-10, 11/10, 2026年11月10日, today", "“\(text)”不是有效日期，例如 2026-11-10、11/10、2026年11月10日、今天")
    }
    func badDateTime(_ text: String) -> String {
        t("'\(text)' is not a day and time — e.g. 2026-11-10 14:30, 11/10 9:00, 昨天 9点", "“\(text)”不是有效的日期时间，例如 2026-11-10 14:30、11/10 9:00、昨天 9点")
    }
    func badTime(_ text: String) -> String {
        t("'\(text)' is not a time — e.g. 9:00, 14:30, 9点半", "“\(text)”不是有效时间，例如 9:00、14:30、9点半")
    }
    /// The people a record names who were not there, one per line, and the question.
    func recordInconsistencies(_ found: [RecordInconsistency]) -> String {
        let lines = found.map { item -> String in
            let part: String = switch item.part {
            case .host: t("host", "主持人")
            case .recorder: t("recorder", "记录人")
            case .speaker: t("speaker", "发言人")
            case .suggestion: t("made a suggestion", "提出建议")
            case .pledge: t("made a pledge", "作出承诺")
            }
            let status = item.status.map(statusName) ?? t("not expected at this meeting", "不在本次会议应到人员中")
            return t("  \(item.name) (\(part)): \(status)", "  \(item.name)（\(part)）：\(status)")
        }
        return t("The record names people who, by the attendance, were not there:", "会议记录中的下列人员按签到情况并未到会：")
            + "\n" + lines.joined(separator: "\n") + "\n"
            + t("Conclude anyway? (n goes back to correct the attendance or the record)", "仍然结束会议？（按 n 返回修改签到或记录）")
    }

    var addGroupTitle: String { t("New party group", "新建党小组") }
    var editGroupTitle: String { t("Rename a party group or change its leader", "修改党小组名称或组长") }
    var retireGroupTitle: String { t("Dissolve a party group", "撤销党小组") }
    var fieldGroupName: String { t("Name", "名称") }
    var fieldGroupLeader: String { t("Leader", "组长") }
    var fieldRetiredOn: String { t("Dissolved on", "撤销日期") }
    var groupsHeading: String { t("Party groups", "党小组") }
    var noGroupsYet: String { t("No party groups: g creates one.", "尚未划分党小组：按 g 新建。") }
    func groupExists(_ name: String) -> String { t("There is already a party group named \(name).", "已有名为\(name)的党小组。") }
    func groupLine(_ name: String, leader: String?, retired: String?) -> String {
        var line = name + (leader.map { t(" — leader \($0)", "——组长 \($0)") } ?? t(" — no leader yet", "——尚未指定组长"))
        if let retired { line += t(" (dissolved \(retired))", "（\(retired) 撤销）") }
        return line
    }
    func correctHistoryTitle(_ name: String) -> String { t("Correct \(name)'s history", "更正\(name)的历史记录") }
    var fieldHistoryEntry: String { t("Entry", "记录") }
    var fieldCorrectValue: String { t("Right value", "正确的值") }
    var fieldCorrectDay: String { t("Right day", "正确日期") }
    var noGroup: String { t("no party group", "未分党小组") }
    var voteRestored: String { t("vote restored", "恢复表决权") }
    var historyCorrected: String { t("Corrected. Meetings not yet held follow it when opened.", "已更正。尚未召开的会议打开时按此调整。") }
    func historyCorrectedHeld(_ count: Int, _ days: String) -> String {
        t("Corrected. It would change \(count) meeting(s) already held (\(days)); they keep what they recorded — open them to check.",
          "已更正。这会影响 \(count) 次已召开的会议（\(days)）；这些会议保持原记录，请打开核对。")
    }
    var fieldGender: String { t("Gender", "性别") }
    var fieldPhone: String { t("Phone", "联系电话") }
    var rosterSinceTitle: String { t("On the roster since", "在册起始日期") }
    var fieldRosterSince: String { t("On the roster since", "自此日起在册") }
    var fieldStepTime: String { t("Done at (time)", "完成时间") }
    var concludeTitle: String { t("Conclude the meeting", "结束会议") }
    var fieldEndedAt: String { t("Ended at", "结束时间") }
    func badNumber(_ text: String, _ range: ClosedRange<Int>) -> String {
        t("'\(text.prefix(20))' is not a whole number from \(range.lowerBound) to \(range.upperBound)",
          "“\(text.prefix(20))”不是 \(range.lowerBound) 到 \(range.upperBound) 之间的整数")
    }
    func unknownTimeZone(_ zone: String) -> String { t("Unknown time zone '\(zone)' (e.g. Asia/Shanghai)", "未知时区“\(zone)”（如 Asia/Shanghai）") }
    func damagedFiles(_ count: Int) -> String {
        t("\(count) file(s) could not be read and were left untouched; run partyday check", "\(count) 个文件无法读取，已原样保留；请运行 partyday check")
    }
    func deletedMeeting(_ theme: String) -> String { t("Deleted \(theme). u undoes.", "已删除“\(theme)”。按 u 撤销。") }
    func saveFailed(_ problem: String) -> String {
        t("Not saved yet (retrying): \(problem)", "尚未保存（正在重试）：\(problem)")
    }
    func memberAdded(_ name: String) -> String { t("Added \(name).", "已添加 \(name)。") }
    func imported(_ count: Int) -> String { t("Imported \(count) members.", "已导入 \(count) 名党员。") }
    func editMemberTitle(_ name: String) -> String { t("Edit \(name)", "编辑 \(name)") }
    func transferTitle(_ name: String) -> String { t("Roster change for \(name)", "\(name)的组织关系变动") }
    func excludeTitle(_ name: String) -> String { t("Leave \(name) out of the count", "\(name) 不计入应到人数") }
    func skipTitle(_ step: String) -> String { t("Skip: \(step)", "跳过：\(step)") }
    func skippedBecause(_ reason: String) -> String { t("skipped: \(reason)", "已跳过：\(reason)") }
    func confirmDeleteMeeting(_ theme: String, _ when: String) -> String {
        t("Delete the meeting \(when) \(theme)?", "删除\(when)的会议“\(theme)”？")
    }
    func confirmDeleteMember(_ name: String) -> String {
        t("Delete \(name) from the roster file? Past meeting records keep the name. (To record a transfer, use t.)",
          "从名册中删除 \(name)？已有会议记录中的姓名保留。（记录组织关系转出请用 t。）")
    }
    func filterType(_ value: String) -> String { t("type: \(value) (t)", "类型：\(value)（t）") }
    func filterYear(_ value: String) -> String { t("year: \(value) (y)", "年度：\(value)（y）") }
    func meetingsTitle(_ shown: Int, _ total: Int) -> String { t("Meetings \(shown)/\(total)", "会议 \(shown)/\(total)") }
    func membersTitle(_ shown: Int, _ total: Int) -> String { t("Members \(shown)/\(total)", "党员 \(shown)/\(total)") }
    func rosterLine(full: Int, probationary: Int, mobile: Int) -> String {
        t("Members: \(full + probationary) on the roster (\(full) full, \(probationary) probationary), \(mobile) mobile",
          "党员：在册 \(full + probationary) 名（正式党员 \(full)，预备党员 \(probationary)），流动党员 \(mobile) 名")
    }
    /// The home screen's line on `partyday sync`: when, what is not yet, conflicts.
    func syncLine(isRepository: Bool, lastSync: String?, unsynced: Int, conflicts: Int) -> String {
        var parts: [String] = []
        if isRepository {
            parts.append(lastSync.map { t("Synced \($0)", "上次同步 \($0)") } ?? t("Never synced", "从未同步"))
            if unsynced > 0 { parts.append(t("\(unsynced) change\(unsynced == 1 ? "" : "s") not synced (S syncs)", "\(unsynced) 处修改未同步（按 S 同步）")) }
        }
        if conflicts > 0 {
            parts.append(t("\(conflicts) conflict cop\(conflicts == 1 ? "y" : "ies") to settle (C)", "\(conflicts) 个冲突副本待处理（按 C）"))
        }
        return parts.joined(separator: t(" · ", "；"))
    }

    var syncingNow: String { t("Syncing…", "正在同步…") }
    var syncingRefused: String { t("Syncing: wait a moment, then try again. Nothing was changed.", "正在同步：请稍候再试，未做任何修改。") }
    func syncFailed(_ problem: String) -> String { t("Not synced: \(problem)", "同步失败：\(problem)") }
    func lastSyncFailed(_ when: String, _ problem: String) -> String {
        t("The last sync (\(when)) did not complete, S tries again: \(problem)", "上次同步（\(when)）未完成，按 S 重试：\(problem)")
    }
    func syncDone(committed: Bool, received: Int, conflicts: Int, pushed: Bool, hasRemote: Bool, recovered: Wording? = nil) -> String {
        var parts: [String] = [committed ? t("Synced: your changes committed", "已同步：本机修改已提交") : t("Synced: nothing new here", "已同步：本机没有新修改")]
        if received > 0 { parts.append(t("\(received) file\(received == 1 ? "" : "s") received", "收到 \(received) 个文件的修改")) }
        if let recovered { parts.append(recovered.text(language)) }
        if pushed { parts.append(t("sent", "已上传")) }
        if !hasRemote { parts.append(t("no remote: committed here only", "没有远程仓库，只在本机提交")) }
        if conflicts > 0 {
            parts.append(t("\(conflicts) conflict cop\(conflicts == 1 ? "y" : "ies") kept under conflicts/ (C to settle)",
                           "\(conflicts) 个冲突副本存于 conflicts/（按 C 处理）"))
        }
        return parts.joined(separator: t("; ", "；"))
    }
    func pledgeLine(open: Int, overdue: Int) -> String {
        t("Pledges: \(open) open, \(overdue) overdue", "承诺：未完成 \(open) 项，其中逾期 \(overdue) 项")
    }
    func tallyLine(_ tally: AttendanceTally) -> String {
        t("Expected \(tally.expected) (full \(tally.expectedFull), prob. \(tally.expectedProbationary))  Came \(tally.attended) (full \(tally.attendedFull), prob. \(tally.attendedProbationary))  Unmarked \(tally.unmarked)",
          "应到 \(tally.expected) 人（正式 \(tally.expectedFull)，预备 \(tally.expectedProbationary)）  实到 \(tally.attended) 人（正式 \(tally.attendedFull)，预备 \(tally.attendedProbationary)）  未签到 \(tally.unmarked)")
    }
    func quorumMet(_ present: Int, _ expected: Int) -> String {
        t("Voters present \(present) of \(expected): quorum met", "有表决权党员到会 \(present)/\(expected)：超过半数，符合规定")
    }
    func quorumNotMet(_ present: Int, _ expected: Int) -> String {
        t("Voters present \(present) of \(expected): no quorum (more than half needed)", "有表决权党员到会 \(present)/\(expected)：未超过半数")
    }
    func agendaProgress(done: Int, total: Int) -> String { t("Agenda: \(done) of \(total) done", "议程：已完成 \(done)/\(total)") }
    func speechesCount(_ count: Int) -> String { t("Speeches: \(count)", "发言：\(count) 人次") }
    func suggestionsCount(_ count: Int) -> String { t("Suggestions: \(count)", "意见建议：\(count) 条") }
    func decisionsHeader(votersExpected: Int, votersPresent: Int, quorum: Bool) -> String {
        t("Voters expected \(votersExpected), present \(votersPresent): \(quorum ? "quorum met" : "no quorum"). A decision passes with more than \(votersExpected / 2) yes votes.",
          "应到有表决权党员 \(votersExpected) 名，到会 \(votersPresent) 名（\(quorum ? "超过半数" : "未超过半数")）。赞成票须超过 \(votersExpected / 2) 票方可通过。")
    }
    func pledgesHeader(_ count: Int, overdue: Int) -> String {
        t("Pledges: \(count), \(overdue) overdue", "承诺：\(count) 项，逾期 \(overdue) 项")
    }
    func tooSmall(_ columns: Int, _ rows: Int, _ minColumns: Int, _ minRows: Int) -> String {
        t("The terminal is \(columns)×\(rows); partyday needs at least \(minColumns)×\(minRows). Enlarge the window.",
          "终端为 \(columns)×\(rows)，partyday 至少需要 \(minColumns)×\(minRows)。请放大窗口。")
    }
    func welcomeText(_ folder: String) -> String {
        t("""
          There is no branch in \(folder) yet.

          Press Enter to create your branch: its name, the organizations above it, and its time zone. \
          Then add members one by one (a) or import a CSV file exported from a spreadsheet (i), \
          with columns such as name, category, joined, role, party group.

          To look around first without touching real data, quit (q) and run: partyday --demo
          """,
          """
          \(folder) 中还没有党支部。

          按 Enter 创建党支部：填写支部名称、上级组织和时区。然后逐个添加党员（a），\
          或导入从表格软件导出的 CSV 文件（i），列名如：姓名、类别、入党日期、职务、党小组。

          想先看看而不影响真实数据，请按 q 退出后运行：partyday --demo
          """)
    }
    /// What a roster file would add: what to decide first (the count, the roster date, the
    /// groups to create, the columns), then every row of the file as it was read.
    func importPreviewLines(_ result: MemberImport) -> [String] {
        var lines: [String] = []
        if !result.titleRows.isEmpty { lines.append(t("Title: ", "标题：") + result.titleRows.joined(separator: " / ")) }
        lines.append(t("\(result.members.count) members can be added.", "可导入 \(result.members.count) 名党员。") + " "
                     + (result.members.isEmpty ? t("Esc closes; nothing was written.", "按 Esc 关闭；未写入任何内容。")
                        : t("y or Enter imports them · Esc cancels (nothing is written)", "y 或 Enter 导入 · Esc 取消（不写入）")))
        if result.withoutRosterDate > 0 {
            lines.append(t("\(result.withoutRosterDate) without a roster date in the file are on the roster from \(result.rosterSince) (d changes it)",
                           "\(result.withoutRosterDate) 名未写转入日期，自 \(result.rosterSince) 起在册（按 d 修改）"))
        }
        if !result.unknownGroups.isEmpty {
            lines.append(t("Party groups not yet in the branch: \(result.unknownGroups.joined(separator: ", ")) — the import creates them (c creates them now)",
                           "支部尚无以下党小组：\(result.unknownGroups.joined(separator: "、"))——导入时一并新建（按 c 立即新建）"))
        }
        lines.append(t("职务: Party posts (书记, 副书记, 组织委员 …) set the role; any other post (班长, 工程师) is kept as the post in the unit",
                       "职务：党内职务（书记、副书记、组织委员等）设定党内职务；其他职务（班长、工程师等）作为单位职务保存"))
        if !result.unknownColumns.isEmpty {
            lines.append(t("Columns not read: ", "未读取的列：") + result.unknownColumns.joined(separator: t(", ", "、")))
        }
        if !result.columnsNotKept.isEmpty {
            lines.append(t("Known, not kept: ", "可识别但不保存的列：") + result.columnsNotKept.joined(separator: t(", ", "、")))
        }
        // Problems not tied to a data row (the file itself).
        lines += result.problems.filter { problem in !result.rows.contains { $0.line == problem.line } }.map { "  " + $0.text(language) }
        if !result.rows.isEmpty { lines.append(t("Every row as read:", "逐行读取结果：")) }
        for row in result.rows {
            let prefix = t("line \(row.line): ", "第 \(row.line) 行：")
            switch row.outcome {
            case let .member(name, notes):
                lines.append("  " + prefix + name + (notes.isEmpty ? "" : t(" — ", "——") + notes.map { $0.text(language) }.joined(separator: t("; ", "；"))))
            case let .problem(why): lines.append("  " + prefix + t("NOT imported: ", "不能导入：") + why.text(language))
            case let .skipped(why): lines.append("  " + prefix + t("skipped (", "跳过（") + why.text(language) + t(")", "）"))
            }
        }
        return lines
    }

}

import Foundation
import PartyDayKit

/// The branch at a glance, with one key to start a meeting.
extension AppState {
    /// Meetings listed on the home screen: in progress or planned, then the recent ones.
    var homeMeetings: [MeetingSummary] { overview.active + overview.recent }

    mutating func refreshOverview() {
        overview = BranchOverview(members: members, summaries: summaries, today: today, recentCount: 8)
        overviewStale = false
    }

    /// Meetings, members or the day changed: the overview and the reports are out of date.
    mutating func figuresChanged() {
        overviewStale = true
        invalidateReports()
    }

    /// Asks the shell for a meeting; the workspace opens when it arrives.
    mutating func open(_ id: String, _ effects: inout [Effect]) {
        opening = id
        effects.append(.loadMeeting(id: id))
    }
}

/// The home screen draws from its highlight (the one state it has) and the context.
extension ListCursor {
    func render(into grid: inout Grid, _ context: ScreenContext, top: Int, height: Int) {
        let s = context.strings, branch = context.branch, overview = context.overview, sync = context.sync
        let summariesLoaded = context.summariesLoaded, syncing = context.syncing, timeZone = context.timeZone
        let width = grid.size.columns
        var y = top
        if let branch {
            let parents = branch.parentOrganizations.joined(separator: " › ")
            grid.put(branch.name, x: 1, y: y, style: .heading)
            if !parents.isEmpty { grid.put("  \(parents)", x: 1 + displayWidth(branch.name), y: y, style: Style(role: .muted)) }
            y += 1
        }
        grid.put(s.rosterLine(full: overview.fullMembers, probationary: overview.probationaryMembers, mobile: overview.mobileMembers),
                 x: 1, y: y)
        y += 1
        if summariesLoaded {
            grid.put(s.pledgeLine(open: overview.openPledges, overdue: overview.overduePledges), x: 1, y: y,
                     style: overview.overduePledges > 0 ? Style(role: .warning) : .plain)
        } else {
            grid.put(s.loading, x: 1, y: y, style: Style(role: .muted))
        }
        y += 1
        if let sync, sync.isRepository || !sync.conflicts.isEmpty {
            let line = syncing ? s.syncingNow
                : s.syncLine(isRepository: sync.isRepository, lastSync: sync.lastSync.map { DateText.dateTime($0, in: timeZone) },
                             unsynced: sync.unsynced, conflicts: sync.conflicts.count)
            grid.put(line, x: 1, y: y, style: sync.conflicts.isEmpty ? Style(role: .muted) : Style(role: .warning))
            y += 1
            // A sync that could not complete stays said here until one does.
            if let failure = sync.failure, !syncing {
                grid.put(s.lastSyncFailed(DateText.dateTime(failure.at, in: timeZone), failure.why.text(s.language)), x: 1, y: y,
                         style: Style(role: .danger), limit: grid.size.columns - 2, ellipsis: true)
                y += 1
            }
        }
        guard summariesLoaded else { return }
        y = context.renderHomePanels(&grid, y: y, bottom: top + height - 4) + 1
        let list = overview.active + overview.recent
        if list.isEmpty {
            grid.paragraph(context.readOnly == nil ? s.noMeetingsYet : s.noMeetingsRecorded, x: 1, y: y, width: width - 2, height: top + height - y)
            return
        }
        grid.put(overview.active.isEmpty ? s.recentMeetings : s.activeAndRecentMeetings, x: 1, y: y, style: .heading)
        y += 1
        let rows = list.map { context.meetingRow($0) }
        grid.table(top: y, height: top + height - y, columns: context.meetingColumns(width), rows: rows, selected: index)
    }
}

extension ScreenContext {
    /// The meetings table's columns. The rows are drawn lazily (hundreds of meetings), so
    /// widths follow what can appear there, not each row: the type column fits the
    /// longest type name, the state column the longest state; the theme takes the rest.
    func meetingColumns(_ width: Int) -> [Column] {
        let s = strings
        let typeNames = MeetingType.allCases.map(s.typeName) + (branch?.partyGroups.map { groupMeetingName($0.name) } ?? [])
        let sample: [[String]] = [["", typeNames.max(by: { displayWidth($0) < displayWidth($1) }) ?? "",
                                   "", Meeting.State.allCases.map(s.stateName).max(by: { displayWidth($0) < displayWidth($1) }) ?? "", "888/888"]]
        return fitColumns([ColumnSpec(title: s.columnWhen, minimum: 16, maximum: 16),
                           ColumnSpec(title: s.columnType, minimum: 10, maximum: 30),
                           ColumnSpec(title: s.columnTheme, minimum: 20, maximum: 200, flexible: true),
                           ColumnSpec(title: s.columnState, minimum: 6, maximum: 14),
                           ColumnSpec(title: s.columnAttendance, minimum: 5, maximum: 9)], rows: sample, total: width)
    }

    func meetingRow(_ summary: MeetingSummary) -> [String] {
        [DateText.dateTime(summary.start, in: timeZone),
         typesText(summary.types, partyGroupID: summary.partyGroupID, separator: "+", compact: true),
         summary.theme.isEmpty ? strings.noTheme : summary.theme,
         strings.stateName(summary.state),
         "\(summary.attended)/\(summary.expected)"]
    }
}

extension KeyScope {
    static let homeKeys: [KeyBinding] = [
        KeyBinding([.char("n")], label: Phrase("new", "新建"), help: Phrase("new meeting", "新建会议"), hint: 1, writes: true, scope: \.home) { _, context, _ in
            context.newMeetingForm().map { [.openForm($0)] } ?? []
        },
        KeyBinding([.key(.enter)], label: Phrase("open", "打开"), help: Phrase("open the highlighted meeting", "打开所选会议"), hint: 2,
                   scope: \.home) { cursor, context, _ in
            let list = context.homeMeetings
            return cursor.index < list.count ? [.openMeeting(id: list[cursor.index].id)] : []
        }.disabled(Unavailable.noRecentMeeting),
        go("l", .meetings, Phrase("meetings", "会议"), Phrase("all meetings (also 2)", "会议列表（也可按 2）"), hint: 3),
        go("m", .members, Phrase("members", "名册"), Phrase("members (also 3)", "党员名册（也可按 3）"), hint: 4),
        go("p", .participation, Phrase("participation", "参加情况"), Phrase("participation and the six-month rule (also 4)", "参加情况与六个月规则（也可按 4）"), hint: 5),
        go("c", .pledges, Phrase("pledges", "承诺"), Phrase("pledges: follow up, mark kept or not kept (also 5)", "承诺：跟踪落实，标记已兑现或未兑现（也可按 5）"), hint: 6),
        go("s", .settings, Phrase("settings", "设置"), Phrase("settings: warning thresholds and duty frequencies (also 6)", "设置：预警月数和会议频次（也可按 6）"), hint: 7),
        KeyBinding([.char("S")], label: Phrase("sync", "同步"),
                   help: Phrase("sync now (the folder kept in git): save, commit what changed, take the other PC's changes, send yours — like partyday sync",
                                "立即同步（数据文件夹已用 git 管理）：保存，提交修改，取回另一台电脑的修改，再上传本机的修改——同 partyday sync"),
                   hint: 9, writes: true, when: { $0.sync?.isRepository == true && $0.committeeBranch == nil }) { _, _ in [.sync] },
        KeyBinding([.char("C")], label: Phrase("conflicts", "冲突"),
                   help: Phrase("settle the conflict copies a sync left: see both versions, keep this PC's or take the other's", "处理同步留下的冲突副本：查看两个版本，保留本机的或采用另一台电脑的"),
                   hint: 0, when: { !($0.sync?.conflicts.isEmpty ?? true) && $0.committeeBranch == nil }) { context, _ in
            [.effect(.loadConflicts(zone: context.timeZone, language: context.strings.language))]
        },
        KeyBinding([.char("d")], label: Phrase("duties", "落实情况"),
                   help: Phrase("this year's duties period by period: ✓ held, ✗ missed, • due now, · not yet, – not owed", "本年度各期组织生活落实情况：✓ 已开，✗ 未开，• 本期应开，· 未到期，– 不需要开"),
                   hint: 8, when: { $0.reports.compliance != nil }, scope: \.home) { _, _, _ in [.showDuties] },
    ]

    private static func go(_ key: Character, _ screen: AppState.Screen, _ label: Phrase, _ help: Phrase, hint: Int) -> KeyBinding {
        KeyBinding([.char(key)], label: label, help: help, hint: hint, scope: \.home) { _, _, _ in [.navigate(screen)] }
    }
}

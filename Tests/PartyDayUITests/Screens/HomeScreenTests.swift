import Foundation
import Testing
@testable import PartyDayKit
@testable import PartyDayUI

@Suite struct HomeScreenTests {
    @Test func showsTheBranchRosterPledgesAndRecentMeetings() throws {
        let shell = try TestShell()
        let screen = shell.screen
        #expect(screen.contains("冷轧厂酸轧作业区党支部  日照公司 › 冷轧厂"))
        #expect(screen.contains("Members: 30 on the roster (26 full, 4 probationary), 1 mobile"))
        #expect(screen.contains("Pledges: 12 open, 8 overdue"))
        #expect(shell.lines.contains { $0.hasPrefix(" 2026-11-10 09:00 theme Party Day ") })
        #expect(shell.lines[23].hasPrefix(" n new  Enter open  l meetings"), "the hint bar")
        #expect(shell.lines[23].trimmingCharacters(in: .whitespaces).hasSuffix("? more"), "the hint bar ends with ? more")
    }

    @Test func aFolderKeptInGitShowsWhenItWasSyncedWhatIsNotYetAndConflictsToSettle() throws {
        let shell = try TestShell()
        #expect(!shell.screen.contains("ynced"), "a folder not kept in git shows no sync line")
        shell.send(.syncStatusLoaded(BranchSync.Status(isRepository: true, lastSync: DemoData.date("2026-11-24", 17), unsynced: 3,
                                                       remote: "/mnt/share/branches/acid-rolling.git", conflicts: [])))
        #expect(shell.lines[4].hasPrefix(" Synced 2026-11-24 17:00 · 3 changes not synced (S syncs)"))
        shell.send(.syncStatusLoaded(BranchSync.Status(isRepository: true, lastSync: nil, unsynced: 0, remote: nil,
                                                       conflicts: ["conflicts/20261127-090000/meetings/2026/x.plist"])))
        #expect(shell.lines[4].hasPrefix(" Never synced · 1 conflict copy to settle (C)"))
        #expect(shell.lines.contains { $0.hasPrefix(" At risk 钱斌") }, "the panels still fit below it")
        // Asked again whenever home shows again (a sync may have run in between).
        var state = shell.state
        #expect(update(state, .inputPaused).1.contains(.loadSyncStatus) == false, "not on every event")
        state.go(to: .meetings)
        state.go(to: .home)
        #expect(update(state, .inputPaused).1.contains(.loadSyncStatus))
    }

    @Test func showsWhatIsDueAndWhoIsAtRiskAtOnce() throws {
        let shell = try TestShell()
        let lines = shell.lines
        // 25 November 2026: this month's theme Party Day and committee meeting were held,
        // the party groups have not met yet; Q4's general meeting and the year's
        // organizational-life meeting are still owed.
        // Each duty is named whole; one that does not fit the row goes on the next.
        #expect(lines[4].hasPrefix(" Due this month    ✓theme Party Day  ✓branch committee meeting"))
        #expect(lines[5] == pad("                   •party group meeting (酸洗党小组)", toWidth: 80))
        #expect(lines[6].hasPrefix("                   •party group meeting (轧机党小组)"))
        #expect(lines[7].contains("this quarter  •branch general meeting  ✓party lecture"))
        #expect(lines[8].contains("this year     •organizational-life meeting"))
        // January's evaluation was for 2025: 2026's is still due.
        #expect(lines[9].contains("•democratic evaluation of members"))
        // Developing members: 邓丽君's probation ended on 20 November with no conversion meeting.
        #expect(lines[10].contains("Development: 邓丽君: asks to convert overdue 5 d"), "\(lines[10])")
        // The talks come before the organizational-life meeting: 周海 and 钱斌 not yet, 赵明—孙丽 not yet.
        #expect(lines[11].contains("Talks before the org.-life meeting: secretary 2, committee 1, pairs 1 (9)"), "\(lines[11])")
        #expect(lines[12].hasPrefix(" At risk 钱斌: 5 unexcused month(s), last attended 2026-06 — urgent"))
        #expect(!lines[4...12].joined().contains("…"), "nothing in the panels is cut")
        #expect(!shell.screen.contains("吴芳"), "long leave ended in October and she attended in November")
    }

    @Test func dShowsTheYearsDutiesPeriodByPeriod() throws {
        let shell = try TestShell()
        shell.type("d")
        guard case .duties = shell.state.modal else { Issue.record("d opens the duties"); return }
        #expect(shell.screen.contains("Duties 2026, as of 2026-11-25"))
        let theme = try #require(shell.line(containing: "theme Party Day   "))
        #expect(theme.contains("✓  ✓  ✓  ✓  ✓  ✓  ✓  ✓  ✓  ✓  ✓  ·"), "\(theme)")
        let general = try #require(shell.line(containing: "branch general meeting"))
        #expect(general.contains("        ✓        ✓        ✓        •"))
        shell.press(.escape)
        #expect(shell.state.modal == nil)
    }

    @Test func aMissedDutyAndAMobileMemberShowSeparately() throws {
        let demo = DemoData.make()
        // Drop the September general meeting and let the mobile member's last rows be unexcused.
        var meetings = demo.meetings.filter { !($0.types == [.generalMeeting] && DateText.day($0.start, in: demo.branch.timeZone).month == 9) }
        for index in meetings.indices where DateText.day(meetings[index].start, in: demo.branch.timeZone) >= Day("2026-07-01")! {
            for row in meetings[index].attendance.indices where meetings[index].attendance[row].memberID == DemoRoster.mobileMember {
                meetings[index].attendance[row].status = .absentUnexcused
                meetings[index].attendance[row].exclusion = nil
            }
        }
        var state = AppState(strings: .english, size: Size(columns: 100, rows: 30), now: DemoData.date("2026-11-25", 10),
                             dataFolder: "/tmp/x", branch: demo.branch, members: demo.members)
        var effects: [Effect]
        (state, effects) = update(state, .meetingsListed(meetings.map(MeetingSummary.init), problems: []))
        #expect(!render(state, state.size).grid.text.contains("At risk"), "no panel before the reports arrive")
        let asked = effects.compactMap { effect -> ReportRequest? in if case let .computeReports(request) = effect { request } else { nil } }
        guard let request = asked.first else { Issue.record("the home screen asks for reports"); return }
        #expect(effects.contains(.computePinyin(demo.members.map(\.name))), "and the pinyin of the roster's names")
        (state, _) = update(state, .reportsComputed(request.compute()))
        let screen = render(state, state.size).grid.text
        #expect(screen.contains("missed this year (1): branch general meeting 2026-Q3"))
        #expect(screen.contains("mobile members (unexcused months): 周海 5"))
        #expect(screen.contains("钱斌: 5 unexcused month(s)"))
    }

    @Test func speaksChinese() throws {
        let shell = try TestShell(language: .chinese)
        #expect(shell.screen.contains("党员：在册 30 名（正式党员 26，预备党员 4），流动党员 1 名"))
        #expect(shell.screen.contains("主题党日"))
        #expect(shell.screen.contains("n 新建  Enter 打开"))
        #expect(shell.screen.contains("预警党员 钱斌：无故未参加5个月，最近参加2026-06——紧急"))
        #expect(shell.screen.contains("本季度  •支部党员大会  ✓党课"))
    }

    @Test func panelsWaitForTheMeetingsWithoutBlockingTheFirstFrame() {
        let demo = DemoData.make()
        let state = AppState(strings: .english, size: Size(columns: 80, rows: 24), now: Date(), dataFolder: "/tmp/x",
                             branch: demo.branch, members: demo.members)
        let first = render(state, state.size).grid.text
        #expect(first.contains("冷轧厂酸轧作业区党支部"))
        #expect(first.contains("loading…"))
        let (loaded, _) = update(state, .meetingsListed([MeetingSummary(SeedMeetingFixture.meeting)], problems: []))
        #expect(render(loaded, loaded.size).grid.text.contains("决战四季度"))
    }

    @Test func enterOpensTheHighlightedMeetingAndKeysLeadToTheLists() throws {
        let shell = try TestShell()
        shell.press(.enter)
        #expect(shell.state.screen == .workspace)
        #expect(shell.meeting?.id == DemoData.seedMeetingID)
        shell.press(.escape)
        #expect(shell.state.screen == .meetings)
        shell.press(.escape)
        shell.type("m")
        #expect(shell.state.screen == .members)
        shell.type("q")
        #expect(shell.quit)
    }

    @Test func damagedFilesAreAnnounced() throws {
        let shell = try TestShell()
        shell.send(.meetingsListed(shell.state.summaries, problems: [FileProblem(path: "meetings/2026/x.plist", Wording("empty", "空"))]))
        #expect(shell.screen.contains("1 file(s) could not be read and were left untouched; run partyday check"))
    }
}

enum SeedMeetingFixture {
    static let meeting = DemoData.make().meetings.first { $0.id == DemoData.seedMeetingID }!
}

/// Missed party group meetings name their group, and the line keeps whole items at 80×24.
@Suite struct MissedGroupMeetingsTests {
    @Test func eachMissedGroupMeetingIsNamedByItsGroupAndNoneIsCut() throws {
        let shell = try TestShell(language: .chinese)
        let zone = shell.state.timeZone
        for summary in shell.state.summaries where summary.types == [.partyGroupMeeting] {
            let day = summary.day(in: zone)
            if day.year == 2026 && (9...11).contains(day.month) { try shell.store.deleteMeeting(id: summary.id) }
        }
        shell.send(.meetingsListed(shell.store.listMeetings().summaries, problems: []))
        let lines = shell.lines.filter { $0.contains("本年未开") || $0.hasPrefix("    ") }
        let text = lines.joined()
        #expect(text.contains("酸洗党小组 2026-09") && text.contains("轧机党小组"), "\(shell.screen)")
        #expect(!text.contains("党小组会 2026"), "a group meeting is named by its group")
        // Whatever fits, whole: the last thing on the line is an item or "…".
        let missedLines = shell.lines.drop { !$0.contains("本年未开") }.prefix(2).map { $0.trimmingCharacters(in: .whitespaces) }
        let last = try #require(missedLines.last)
        #expect(last.hasSuffix("…") || last.range(of: #"20\d\d-(\d\d|Q\d)$"#, options: .regularExpression) != nil, "\(missedLines)")
    }
}

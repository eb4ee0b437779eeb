import Foundation
import Testing
@testable import PartyDayKit
@testable import PartyDayUI

@Suite struct ParticipationScreenTests {
    @Test func theTableShowsTheYearAndMatchesTheCommandLineReport() throws {
        let shell = try TestShell()
        shell.type("p")
        #expect(shell.state.screen == .participation)
        #expect(shell.lines[1].contains("Participation 2026-01-01 – 2026-12-31 · all types · roster order"))
        let qian = try #require(shell.line(containing: "钱斌"))
        // Name, expected, attended, late, left early, leave, excused, unexcused, rate, last came …
        #expect(qian.hasPrefix(" 钱斌           28   12    0    0    3    0   13    43% 2026-06-10"), "\(qian)")
        // The same figures as `partyday report participation` (the golden CSV).
        let demo = DemoData.make()
        let report = ParticipationReport(branch: demo.branch, members: demo.members, summaries: shell.state.summaries,
                                         query: .thisYear(Day("2026-11-25")!), today: Day("2026-11-25")!)
        #expect(shell.state.reports.participation?.rows == report.rows)
    }

    /// Thirty-one members do not fit at 80×24: the table says which of them are in view, in both languages.
    @Test(arguments: [Language.english, .chinese])
    func theTableSaysWhereItIsWhenTheRosterDoesNotFit(_ language: Language) throws {
        let shell = try TestShell(language: language)
        shell.type("4")
        #expect(shell.lines.joined(separator: "\n").contains("1-18/31"), "\(shell.lines.joined(separator: "\n"))")
        shell.press(.end)
        #expect(shell.lines.joined(separator: "\n").contains("14-31/31"))
        shell.resize(100, 30)
        #expect(shell.lines[1].hasSuffix(" 8-31/31 "), "at 100 columns it sits at the end of the title: \(shell.lines[1])")
    }

    @Test func anyColumnSortsAndTheChosenColumnScrollsIntoView() throws {
        let shell = try TestShell()
        shell.type("4")
        for _ in 0..<7 { shell.press(.right) }
        #expect(shell.state.participation.column == .unexcused)
        shell.type("s")
        #expect(shell.lines[3].hasPrefix(" 钱斌"), "most unexcused absences first")
        #expect(shell.lines[2].contains("Unx↓"))
        shell.type("s")
        #expect(shell.state.participation.descending == false)
        for _ in 0..<6 { shell.press(.right) }
        #expect(shell.state.participation.column == .run)
        #expect(shell.screen.contains("Run"), "scrolled right to the run column")
        #expect(shell.lines[2].hasPrefix(" Name"), "the name column stays")
        shell.type("s")
        #expect(shell.lines[3].contains("钱斌") && shell.lines[3].contains("5 unexc."))
        shell.type("o")
        #expect(shell.lines[3].hasPrefix(" 李振华"), "roster order again")
    }

    @Test func typeAndPeriodFilterTheTable() throws {
        let shell = try TestShell()
        shell.type("p")
        shell.type("t")
        shell.type("t")
        #expect(shell.state.participation.type == .generalMeeting)
        #expect(shell.lines[1].contains("branch general meeting"))
        let secretary = try #require(shell.state.reports.participation?.rows.first { $0.memberID == "m-01" })
        #expect(secretary.expected == 3, "the March and September general meetings, and June's theme day held as one")
        shell.type("p")
        guard case .form = shell.state.modal else { Issue.record("p opens the period form"); return }
        shell.press(.control("u"))
        shell.type("2026-06-01")
        shell.press(.enter, .control("u"))
        shell.type("2026-06-30")
        shell.press(.enter)
        #expect(shell.lines[1].contains("2026-06-01 – 2026-06-30"))
        #expect(shell.state.reports.participation?.rows.first { $0.memberID == "m-01" }?.expected == 1)
        shell.type("y")
        #expect(shell.state.participation.period == .year(2025), "y steps to the whole year before the period")
        shell.type("y")
        #expect(shell.state.participation.period == nil, "and cycles back to this year")
    }

    @Test func enterShowsAMembersTimelineWithReasonsAndMonths() throws {
        let shell = try TestShell()
        shell.type("p")
        for _ in 0..<12 { shell.press(.down) }
        shell.press(.enter)
        #expect(shell.state.participation.timelineMember == "m-13")
        #expect(shell.screen.contains("钱斌: every meeting"))
        #expect(shell.screen.contains("钱斌: 5 unexcused month(s), last attended 2026-06 — urgent"))
        #expect(shell.screen.contains("Months 12A 01A 02A 03A 04A 05A 06A 07U 08U 09U 10U 11U"))
        #expect(try #require(shell.line(containing: "2026-11-10")).contains("absent, no reason"))
        shell.press(.enter)
        #expect(shell.state.screen == .workspace)
        #expect(shell.meeting?.id == DemoData.seedMeetingID)
    }

    @Test func longLeaveShowsTheReasonAndStaysUnescalated() throws {
        let shell = try TestShell()
        shell.type("p")
        shell.state.participation.period = Period(from: Day("2026-05-01")!, to: Day("2026-10-31")!)
        shell.state.invalidateReports()
        shell.type("j")
        let wu = try #require(shell.state.reports.participation?.rows.first { $0.memberID == "m-11" })
        #expect(wu.standing.level == .none && wu.standing.excusedMonths == 6)
        let line = try #require(shell.line(containing: "吴芳"))
        #expect(!line.contains("urgent") && !line.contains("talk"))
    }

    @Test func chineseColumnsLineUp() throws {
        let shell = try TestShell(language: .chinese)
        shell.type("4")
        #expect(shell.lines[2].hasPrefix(" 姓名         应到 实到 迟到 早退 请假 因故 无故 出席率"))
        let qian = try #require(shell.line(containing: "钱斌"))
        #expect(displayWidth(qian) == 80)
        #expect(qian.hasPrefix(" 钱斌           28   12"))
    }
}

import Foundation
import Testing
@testable import PartyDayKit
@testable import PartyDayUI

/// A real quarter, key by key over a real store, from an empty branch on today's date:
/// the roster as another system exports it (GBK CSV, a title row, mixed dates, unit
/// posts, a footer) pasted in quotes; the payroll office's bases; then every meeting type
/// of the quarter written up afterwards — a committee meeting, a general meeting voting a conversion, the theme
/// Party Day with thirty paying dues, a Party lecture, a party group meeting, the
/// organizational-life meeting with every full member evaluated and its minutes exported —
/// each change followed by u and Ctrl-R. Files are read back through the store; `check`
/// finds them sound.
@Suite struct QuarterTests {
    let today = DemoData.date("2026-12-07", 10)

    func newShell() throws -> TestShell {
        let branch = BranchProfile(name: "轧钢第二党支部", timeZoneIdentifier: "Asia/Shanghai")
        return try TestShell(demo: false, branch: branch, members: [], language: .chinese, now: today)
    }

    /// The roster the organization department sends, made by the fixture script the
    /// command-line tests use.
    func rosterCSV(_ shell: TestShell) throws -> URL {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../partydayTests/Fixtures/roster/make_roster.py").standardized
        let xlsx = shell.folder.deletingLastPathComponent().appendingPathComponent("\(UUID().uuidString)-花名册.xlsx")
        let csv = shell.folder.deletingLastPathComponent().appendingPathComponent("\(UUID().uuidString)-党员花名册 GBK.csv")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, xlsx.path, csv.path]
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0)
        return csv
    }

    /// `u` puts the files back as they were before the last change, `Ctrl-R` as after it.
    func undoAndRedo(_ shell: TestShell, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let after = try snapshot(shell)
        shell.type("u")
        #expect(try snapshot(shell) != after, "u undid \(what)", sourceLocation: sourceLocation)
        shell.press(.control("r"))
        #expect(try snapshot(shell) == after, "Ctrl-R redid \(what): \(shell.screen)", sourceLocation: sourceLocation)
    }

    func snapshot(_ shell: TestShell) throws -> String {
        let store = shell.store
        let meetings = try store.loadAllMeetings().meetings.sorted { $0.id < $1.id }
        let dues = try store.loadDues(year: 2026)
        return "\(try store.loadMembers().count)|\(meetings.map { "\($0.id):\($0.state):\($0.tally.attendedFull + $0.tally.attendedProbationary):\($0.decisions.count):\($0.evaluations.compactMap(\.grade).count)" })|\(dues.payments.count)|\(dues.handovers.count)"
    }

    /// The new-meeting form: `types` are the digits to toggle (1 is ticked already),
    /// `group` how many → in the group field.
    func newMeeting(_ shell: TestShell, types: String, group: Int = 0, theme: String, start: String) {
        shell.type("2n")
        shell.type(types)
        shell.press(.tab)
        for _ in 0..<group { shell.press(.right) }
        shell.press(.tab)
        shell.type(theme)
        shell.press(.tab, .control("u"))
        shell.type(start)
        shell.press(.control("s"))
    }

    /// A meeting written up afterwards with everyone present, then u and Ctrl-R.
    @discardableResult
    func heldWithEveryonePresent(_ shell: TestShell, types: String, group: Int = 0, theme: String, start: String, is expected: [MeetingType],
                                 sourceLocation: SourceLocation = #_sourceLocation) throws -> Meeting {
        newMeeting(shell, types: types, group: group, theme: theme, start: start)
        let meeting = try #require(shell.meeting, sourceLocation: sourceLocation)
        #expect(meeting.types == expected, "\(shell.screen)", sourceLocation: sourceLocation)
        shell.type("P")
        try undoAndRedo(shell, "\(theme): everyone present", sourceLocation: sourceLocation)
        shell.press(.escape)
        return meeting
    }

    @Test func aWholeQuarterFromAnEmptyFolder() throws {
        let shell = try newShell()
        let csv = try rosterCSV(shell)
        // The roster, dragged onto the terminal: quoted.
        shell.type("3i")
        shell.type("'\(csv.path)'")
        shell.press(.enter)
        #expect(shell.screen.contains("30"), "\(shell.screen)")
        shell.type("y")
        let members = try shell.store.loadMembers()
        #expect(members.count == 30)
        #expect(try shell.store.loadBranch()?.partyGroups.count == 2)
        try undoAndRedo(shell, "the roster import")

        // The payroll office's bases from October, as `partyday import dues-bases` reads them.
        var payroll = "姓名,基数,起始月份\n"
        for (index, member) in members.enumerated() { payroll += "\(member.name),\(4000 + index * 100),2026-10\n" }
        guard case let .success(bases) = DuesBaseImport.read(file: Data(payroll.utf8), members: members, today: Day("2026-12-07")!) else {
            Issue.record("the payroll file reads"); return
        }
        #expect(bases.entries.count == 30)
        // The secretary quits, runs `partyday import dues-bases`, and opens partyday again.
        try shell.store.save(bases.merged(into: try shell.store.loadDuesBases()))
        shell.state = AppState(strings: Strings(.chinese), size: shell.size, now: today, dataFolder: shell.folder.path,
                               branch: try shell.store.loadBranch(), members: try shell.store.loadMembers())
        shell.perform([.listMeetings])

        // October: the committee meeting; the general meeting.
        try heldWithEveryonePresent(shell, types: "13", theme: "研究十月份工作", start: "2026-10-08 09:00", is: [.committeeMeeting])
        try heldWithEveryonePresent(shell, types: "12", theme: "讨论预备党员转正", start: "2026-10-15 14:30", is: [.generalMeeting])
        // Its vote: a probationary member's conversion, all twenty-seven full members for.
        let probationary = try #require(members.first { $0.category.current == .probationary })
        shell.press(.enter)
        shell.type("5a")
        shell.type("同意\(probationary.name)同志按期转为中共正式党员")
        shell.press(.tab)
        shell.type("27")
        shell.press(.tab)
        shell.type("0")
        shell.press(.tab)
        shell.type("0")
        shell.press(.tab, .tab, .right, .right, .tab, .right, .tab)
        shell.type(probationary.name)
        shell.press(.control("s"))
        let conversion = try #require(shell.meeting?.decisions.first, "\(shell.screen)")
        #expect(conversion.kind == .conversion && conversion.subject?.memberID == probationary.id, "\(conversion)")
        #expect(shell.meeting?.outcome(of: conversion) == .passed, "\(shell.screen)")
        try undoAndRedo(shell, "the conversion vote")
        shell.press(.escape)

        // November: the theme Party Day with dues; the Party lecture; a group meeting.
        newMeeting(shell, types: "", theme: "决战四季度", start: "2026-11-10 09:00")
        #expect(shell.meeting?.types == [.themePartyDay], "\(shell.screen)")
        shell.type("P")
        shell.type("2")
        shell.press(.home, .down)
        shell.type("p")
        shell.type("P")
        #expect(try shell.store.loadDues(year: 2026).payments.count == 30, "\(shell.screen)")
        try undoAndRedo(shell, "thirty payments")
        shell.press(.escape)
        shell.press(.escape)
        try heldWithEveryonePresent(shell, types: "15", theme: "学习党的二十届四中全会精神", start: "2026-11-20 15:00", is: [.partyLecture])
        let groupMeeting = try heldWithEveryonePresent(shell, types: "14", group: 1, theme: "学习传达上级会议精神", start: "2026-11-18 16:00",
                                                       is: [.partyGroupMeeting])
        #expect(groupMeeting.partyGroupID != nil && groupMeeting.attendance.count < 30, "the group's members only")

        // December, on the Dues screen: the first member pays October (missed) and December
        // at once; the quarter's money is handed over to the committee.
        shell.type("7")
        #expect(shell.screen.contains("2026-12"), "\(shell.screen)")
        shell.press(.home)
        shell.type("n")
        guard case let .form(backPay) = shell.state.modal else { Issue.record("n asks how many months: \(shell.screen)"); return }
        #expect(backPay.text(.months) == "2", "October and December, November being paid")
        shell.press(.function(2))
        let lastPayment = try #require(try shell.store.loadDues(year: 2026).payments.last)
        #expect(lastPayment.months.map(\.description) == ["2026-10", "2026-12"], "\(lastPayment)")
        try undoAndRedo(shell, "two months paid at once")
        shell.type("h")
        shell.press(.control("s"))
        #expect(try shell.store.loadDues(year: 2026).handovers.count == 1, "\(shell.screen)")
        try undoAndRedo(shell, "the hand-over")
        shell.press(.escape)

        // December: the organizational-life meeting with all evaluated.
        newMeeting(shell, types: "167", theme: "2026年度组织生活会和民主评议党员", start: "2026-12-05 09:00")
        #expect(shell.meeting?.types == [.organizationalLifeMeeting, .democraticEvaluation], "\(shell.screen)")
        shell.type("P")
        shell.type("Q")
        #expect(shell.screen.contains("评定为合格"), "\(shell.screen)")
        try undoAndRedo(shell, "grading the rest 合格")
        // The minutes for the committee's inspection: Markdown, text and Word, in Chinese.
        shell.type("E")
        let exports = shell.folder.appendingPathComponent("exports")
        let written = (try? FileManager.default.contentsOfDirectory(atPath: exports.path)) ?? []
        #expect(Set(written.map { ($0 as NSString).pathExtension }) == ["md", "txt", "docx"], "\(written)")
        let minutes = try #require(written.first { $0.hasSuffix(".txt") }).map { try String(contentsOf: exports.appendingPathComponent($0), encoding: .utf8) }!
        #expect(minutes.contains("民主测评") && minutes.contains("制定整改措施"), "one agenda for the two types")
        #expect(minutes.contains("合格"))
        shell.press(.escape)

        let meetings = try shell.store.loadAllMeetings().meetings
        #expect(meetings.count == 6)
        #expect(Set(meetings.flatMap(\.types)) == Set(MeetingType.allCases), "every type in the quarter")
        let evaluation = try #require(meetings.first { $0.types.contains(.democraticEvaluation) })
        #expect(evaluation.evaluations.compactMap(\.grade).count == evaluation.attendance.filter { $0.category == .full }.count)
        #expect(shell.store.check().isEmpty, "the files are sound: \(shell.store.check())")
    }
}

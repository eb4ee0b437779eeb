import Foundation
import PartyDayKit
import Testing

/// A real quarter's hardest day, as a new secretary has it, through the real binary in
/// Chinese at 80×24 and 100×30, from an empty folder on today's date: the 花名册 the
/// organization department sends (a merged title row, dates as 1998.07 and 2006年12月,
/// unit posts in 职务, a footer), pasted in quotes; then an organizational-life meeting
/// with the democratic evaluation of all its members — nine 优秀 graded in roster order
/// without a warning that cannot be got past, the rest 合格 with one key — and u and
/// Ctrl-R after it.
@Suite(.serialized) struct TmuxQuarterTests {
    @Test(arguments: [(80, 24), (100, 30)])
    func theRosterAsSentAndThirtyGradedInRosterOrder(size: (columns: Int, rows: Int)) throws {
        let data = Scratch(), files = Scratch()
        try FileManager.default.createDirectory(at: data.url, withIntermediateDirectories: true)
        let roster = try RosterImportCommandTests.rosterFiles(in: files).xlsx

        let session = try TmuxSession(["--data-dir", data.url.path, "--lang", "zh"], columns: size.columns, rows: size.rows)
        session.wait(for: "创建党支部")
        try session.keys("Enter")
        session.wait(for: "Ctrl-S")
        try session.text("轧钢第二党支部")
        try session.keys("Tab", "Tab", "C-u")
        try session.text("Asia/Shanghai")
        try session.keys("C-s")
        session.wait(for: "党员 0/0")

        // The roster file, dragged onto the terminal: its path in quotes.
        try session.keys("i")
        session.wait(for: "Ctrl-S")
        try session.text("'\(roster.path)'")
        try session.keys("Enter")
        var screen = session.wait(for: "可导入 30 名党员")
        #expect(screen.contains("从 Excel (.xlsx) 导入党员"), "the preview names the file's kind: \(screen)")
        #expect(screen.contains("导入时一并新建"), "the groups it names come with it: \(screen)")
        try session.keys("y")
        session.wait(for: "已导入 30 名党员")

        // The organizational-life meeting with the democratic evaluation: types 6 and 7, not 1.
        try session.keys("2", "n")
        session.wait(for: "Ctrl-S")
        try session.text("167")
        try session.keys("Tab", "Tab")
        try session.text("2026年度组织生活会和民主评议党员")
        try session.keys("C-s")
        session.wait(for: "应到")
        try session.keys("P")
        usleep(300_000)
        // Nine 优秀 in roster order: never "more than a third" of the 27 full members.
        try session.keys("Home")
        for _ in 0..<9 {
            try session.keys("G")
            session.wait(for: "Ctrl-S")
            try session.keys("Tab", "Right", "C-s")
            usleep(250_000)
            screen = session.screen
            #expect(!screen.contains("超过三分之一"), "\(screen)")
            try session.keys("Down")
        }
        try session.keys("Q")
        screen = session.wait(for: "评定为合格")
        #expect(screen.contains("已将 18 名党员评定为合格"), "\(screen)")
        try session.keys("u")
        screen = session.wait(for: "已撤销")
        try session.keys("C-r")
        screen = session.wait(for: "已重做")
        usleep(500_000)
        // Esc alone (with a key right behind it, it would read as an Alt chord), then quit.
        try session.keys("Escape")
        usleep(300_000)
        try session.keys("q")
        #expect(session.waitForExit() != nil, "\(session.screen)")

        let store = try Store(folder: data.url, access: .readOnly)
        let members = try store.loadMembers()
        #expect(members.count == 30)
        #expect(try store.loadBranch()?.partyGroups.map(\.name) == ["第一党小组", "第二党小组"])
        let meeting = try #require(store.loadAllMeetings().meetings.first)
        #expect(meeting.types == [.organizationalLifeMeeting, .democraticEvaluation])
        let grades = meeting.evaluations.compactMap(\.grade)
        #expect(grades.filter { $0 == .excellent }.count == 9)
        #expect(grades.filter { $0 == .qualified }.count == 18)
        #expect(meeting.evaluations.allSatisfy { record in meeting.attendance.first { $0.memberID == record.memberID }?.category == .full })
        #expect(try partyday("check", "--data-dir", data.url.path).status == 0)
    }
}

import Foundation
import PartyDayKit
import Testing

/// A new secretary through the real binary: an empty folder, a branch created, a roster
/// of 28 brought in from a spreadsheet (UTF-8, GB18030 and .xlsx), and a theme Party Day
/// held fourteen days before today written up: 28 expected, step times inside the
/// meeting, the minutes printing them.
@Suite(.serialized) struct TmuxFirstRealUseTests {
    static let shanghai = TimeZone(identifier: "Asia/Shanghai")!

    func rosterCSV() -> String {
        var csv = "姓名,类别,入党日期,职务,党小组\n"
        for index in 1...28 {
            let role = index == 1 ? "书记" : ""
            let group = index <= 14 ? "酸洗党小组" : "轧机党小组"
            csv += "党员\(index),\(index <= 25 ? "正式" : "预备"),\(index <= 25 ? "2001-07-01" : "2026-03-01"),\(role),\(group)\n"
        }
        return csv
    }

    func writeRoster(_ format: String, to folder: URL) throws -> URL {
        let csv = rosterCSV()
        switch format {
        case "utf8":
            let url = folder.appendingPathComponent("roster.csv")
            try Data(csv.utf8).write(to: url)
            return url
        case "gb18030":
            let url = folder.appendingPathComponent("roster-gbk.csv")
            let result = try tool("python3", ["-c", "import sys; open(sys.argv[2], 'wb').write(sys.argv[1].encode('gb18030'))", csv, url.path])
            #expect(result.status == 0, "\(result.stderr)")
            return url
        default:
            let url = folder.appendingPathComponent("roster.xlsx")
            let result = try tool("python3", ["-c", """
                import sys, csv, io, openpyxl
                wb = openpyxl.Workbook(); ws = wb.active
                for row in csv.reader(io.StringIO(sys.argv[1])): ws.append(row)
                wb.save(sys.argv[2])
                """, csv, url.path])
            #expect(result.status == 0, "\(result.stderr)")
            return url
        }
    }

    @Test(arguments: ["utf8", "gb18030", "xlsx"])
    func aNewBranchARosterFromASpreadsheetAndAMeetingWrittenUpAfterwards(_ format: String) throws {
        let data = Scratch()
        try FileManager.default.createDirectory(at: data.url, withIntermediateDirectories: true)
        let files = Scratch()
        try FileManager.default.createDirectory(at: files.url, withIntermediateDirectories: true)
        let roster = try writeRoster(format, to: files.url)
        let today = Day(Date(), in: Self.shanghai)
        let held = today.adding(days: -14)

        let session = try TmuxSession(["--data-dir", data.url.path, "--lang", "en"])
        session.wait(for: "create the branch")
        try session.keys("Enter")
        session.wait(for: "Ctrl-S")
        try session.text("测试支部")
        try session.keys("Tab", "Tab", "C-u")
        try session.text("Asia/Shanghai")
        try session.keys("C-s")
        session.wait(for: "Members 0/0")

        try session.keys("i")
        session.wait(for: "Ctrl-S")
        try session.text(roster.path)
        try session.keys("Enter")
        var screen = session.wait(for: "can be added")
        let flat = { (text: String) in text.replacingOccurrences(of: "│", with: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        #expect(flat(screen).contains("Party groups not yet in the branch: 酸洗党小组, 轧机党小组"), "\(screen)")
        #expect(flat(screen).contains("(c creates"), "\(screen)")
        try session.keys("c")
        // The file is read again with the groups: the line about them goes.
        let deadline = Date().addingTimeInterval(5)
        repeat {
            usleep(100_000)
            screen = session.screen
        } while flat(screen).contains("not yet in the branch") && Date() < deadline
        #expect(screen.contains("28 members can be added"), "\(screen)")
        try session.keys("y")
        session.wait(for: "Imported 28")

        // The theme Party Day held fourteen days ago, at 14:30.
        try session.keys("2", "n")
        session.wait(for: "Ctrl-S")
        try session.keys("Tab", "Tab", "Tab", "C-u")
        try session.text("\(held) 14:30")
        try session.keys("C-s")
        screen = session.wait(for: "Expected 28")
        #expect(screen.contains("Expected 28"), "\(screen)")

        // Three exceptions: 党员2 on leave, 党员3 absent without reason, 党员4 late; then everyone else.
        try session.keys("Down")
        try session.keys("v")
        session.wait(for: "Ctrl-S")
        try session.text("病假")
        try session.keys("Enter")
        usleep(300_000)
        try session.keys("w", "l", "P")
        screen = session.wait(for: "Came 26")
        #expect(screen.contains("Came 26"), "\(screen)")

        // Every step ticked, afterwards; then concluded, asked for the end.
        try session.keys("2")
        session.wait(for: "Agenda:")
        for _ in 0..<12 { try session.keys("Space") }
        usleep(500_000)
        try session.keys("S")
        // Wait for the suggested end itself: the box's title can arrive in an earlier write than its fields.
        screen = session.wait(for: "\(held) 16:30")
        #expect(screen.contains("\(held) 16:30"), "the usual two hours are suggested: \(screen)")
        try session.keys("C-s")
        usleep(500_000)
        try session.keys("E")
        session.wait(for: "exports/")
        try session.keys("q")
        usleep(300_000)
        try session.keys("q")
        #expect(session.waitForExit() != nil)

        let store = try Store(folder: data.url, access: .readOnly)
        let meeting = try #require(store.loadAllMeetings().meetings.first)
        #expect(meeting.tally.expected == 28)
        #expect(meeting.state == .concluded)
        let start = held.start(in: Self.shanghai).addingTimeInterval(14.5 * 3600)
        #expect(meeting.agenda.allSatisfy { $0.status == .done && $0.doneAt.map { $0 >= start && $0 <= start + 7200 } == true },
                "\(meeting.agenda.map(\.doneAt))")
        let exports = data.url.appendingPathComponent("exports")
        let minutesFile = try #require(try FileManager.default.contentsOfDirectory(atPath: exports.path).first { $0.hasSuffix(".md") })
        let minutes = try String(contentsOf: exports.appendingPathComponent(minutesFile), encoding: .utf8)
        // The steps spread over the usual two hours on five-minute marks (ten steps: 14:30, 14:40 …
        // 16:15), whatever the clock said while they were ticked.
        #expect(minutes.contains("14:30") && minutes.contains("16:15"), "\(minutes)")
        #expect(meeting.agenda.allSatisfy { step in step.doneAt.map { Int($0.timeIntervalSince(start)) % 300 == 0 } == true },
                "no step carries the time of writing: \(meeting.agenda.map(\.doneAt))")
    }
}

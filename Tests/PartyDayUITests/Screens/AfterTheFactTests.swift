import Foundation
import Testing
@testable import PartyDayKit
@testable import PartyDayUI

/// A meeting held two weeks ago, written up today: its steps get times inside the
/// meeting, each time can be corrected, and concluding asks when it ended.
@Suite struct AfterTheFactTests {
    @Test func aPastMeetingIsWrittenUpWithTimesInsideIt() throws {
        // Today is 2026-11-25 10:00 in the test shell; the meeting was on 11 November at 14:30.
        let shell = try TestShell()
        shell.type("n")
        shell.press(.tab, .tab, .tab, .control("u"))
        shell.type("2026-11-11 14:30")
        shell.press(.control("s"))
        let start = DemoData.date("2026-11-11", 14) + 30 * 60
        #expect(shell.meeting?.start == start)
        shell.type("2")
        for _ in 0..<(shell.meeting?.agenda.count ?? 0) { shell.type(" ") }
        let meeting = try #require(shell.meeting)
        #expect(meeting.agenda.allSatisfy { $0.status == .done })
        // Spread over the usual two hours on five-minute marks, never the day of writing.
        let marks = meeting.agenda.map { $0.doneAt.map { Int($0.timeIntervalSince(start) / 60) } ?? -1 }
        #expect(marks.first == 0 && marks == marks.sorted() && marks.allSatisfy { $0 % 5 == 0 && $0 < 120 } && Set(marks).count == marks.count,
                "\(marks)")
        #expect(meeting.stepsOutsideTheMeeting.isEmpty)

        // The second step's time is corrected in its form.
        shell.press(.home, .down, .enter)
        guard case let .form(form) = shell.state.modal else { Issue.record("Enter edits the step"); return }
        #expect(form.fields.map(\.key) == [.title, .time, .notes])
        shell.press(.tab, .control("u"))
        shell.type("14:50")
        shell.press(.control("s"))
        #expect(shell.meeting?.agenda[1].doneAt == start + 20 * 60)

        // Concluding asks for the end, suggesting the usual two hours.
        shell.type("S")
        guard case let .form(conclude) = shell.state.modal else { Issue.record("S asks when it ended"); return }
        #expect(conclude.text(.end) == "2026-11-11 16:30")
        shell.press(.control("s"))
        #expect(shell.meeting?.state == .concluded)
        #expect(shell.meeting?.end == start + 2 * 3600)
        let minutes = try #require(shell.exportedMinutesAfterExport())
        #expect(minutes.contains("14:30"))
        #expect(!minutes.contains("10:00"), "no step carries the time of writing")
    }
}

extension TestShell {
    /// Exports the open meeting's minutes (E) and returns the newest Markdown.
    func exportedMinutesAfterExport() -> String? {
        type("E")
        return exportedMinutes.last
    }
}

/// Concluding a meeting whose record names somebody who was not there lists each first.
@Suite struct ConcludeChecksTheRecordTests {
    @Test func anAbsentHostIsNamedBeforeConcluding() throws {
        let shell = try TestShell()
        shell.press(.enter)
        shell.type("S")
        #expect(shell.meeting?.state == .inProgress, "reopened")
        // The host, 李振华, is the first row: marked absent without reason.
        let host = try #require(shell.meeting?.attendance.firstIndex { $0.memberID == shell.meeting?.host?.memberID })
        shell.press(.home)
        for _ in 0..<host { shell.press(.down) }
        shell.type("w")
        shell.type("S")
        guard case let .confirm(question) = shell.state.modal else { Issue.record("concluding asks first"); return }
        #expect(question.question.contains("李振华 (host): absent, no reason"), "\(question.question)")
        shell.type("n")
        #expect(shell.meeting?.state == .inProgress)
        shell.type("S")
        shell.type("y")
        #expect(shell.meeting?.state == .concluded)
    }
}

@Suite struct BareTimeTests {
    @Test func aTimeAloneEndsAPastMeetingOnItsOwnDay() throws {
        let shell = try TestShell()
        shell.type("n")
        shell.press(.tab, .tab, .tab, .control("u"))
        shell.type("2026-11-11 14:30")
        shell.press(.control("s"))
        shell.type("S")
        shell.type("S")
        guard case .form = shell.state.modal else { Issue.record("the end is asked for"); return }
        shell.press(.control("u"))
        shell.type("16点")
        shell.press(.control("s"))
        #expect(shell.state.modal == nil, "\(shell.screen)")
        #expect(shell.meeting?.end == DemoData.date("2026-11-11", 16), "16点 on the meeting's day, not today")
    }
}

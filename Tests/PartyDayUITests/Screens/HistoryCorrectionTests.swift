import Foundation
import Testing
@testable import PartyDayKit
@testable import PartyDayUI

/// A member's dated history is corrected in place; meetings already held that the
/// correction would change are named, not rewritten.
@Suite struct HistoryCorrectionTests {
    @Test func movingAChangeKeepsOneEntryAndItsValue() {
        var history = History(MemberCategory.probationary, since: Day("2026-03-01")!)
        history.set(.full, from: Day("2027-03-02")!)
        history.correctDay(ofChange: 1, to: Day("2027-03-01")!)
        #expect(history.changes.map(\.since) == [Day("2026-03-01")!, Day("2027-03-01")!])
        #expect(history.value(on: Day("2027-03-01")!) == .full)
    }

    @Test func aWrongRosterDateIsCorrectedAndTheHeldMeetingsItChangesAreNamed() throws {
        let shell = try TestShell()
        // 欧阳娜娜 added today by mistake dated: on the roster only from 2026-11-25.
        shell.type("3a")
        shell.type("欧阳娜娜")
        shell.press(.tab, .tab, .control("u"))
        shell.type("2026-11-25")
        shell.press(.control("s"))
        let added = try #require(try shell.store.loadMembers().first { $0.name == "欧阳娜娜" })
        #expect(added.snapshot(on: Day("2026-11-10")!) == nil)
        // Correct the roster entry to 1 November.
        shell.type("/")
        shell.type("欧阳娜")
        shell.press(.enter)
        shell.type("h")
        guard case let .form(form) = shell.state.modal else { Issue.record("h opens the correction"); return }
        #expect(form.fields[0].key == .entry, "first, which entry (the roster entry comes first)")
        shell.press(.control("s"))
        guard case let .form(entryForm) = shell.state.modal else { Issue.record("then its day and value"); return }
        #expect(entryForm.fields.map(\.key) == [.day, .status])
        shell.press(.control("u"))
        shell.type("2026-11-01")
        shell.press(.control("s"))
        let corrected = try #require(try shell.store.loadMembers().first { $0.name == "欧阳娜娜" })
        #expect(corrected.rosterStatus.changes.count == 1 && corrected.rosterStatus.changes[0].since == Day("2026-11-01"))
        #expect(corrected.snapshot(on: Day("2026-11-10")!) != nil)
        #expect(shell.screen.contains("meeting(s) already held (2026-11-10"), "the seed meeting would now expect her: \(shell.screen)")
        let seed = try shell.store.loadMeeting(id: DemoData.seedMeetingID)
        #expect(!seed.attendance.contains { $0.name == "欧阳娜娜" }, "a held meeting is not rewritten")
        shell.type("u")
        #expect(try shell.store.loadMembers().first { $0.name == "欧阳娜娜" }?.rosterStatus.changes[0].since == Day("2026-11-25"))
    }

    @Test func aWrongValueIsFixedInPlaceAndAMeetingNotYetHeldFollows() throws {
        let shell = try TestShell()
        // A meeting planned for today.
        shell.type("2n")
        shell.press(.control("s"))
        let planned = try #require(shell.meeting)
        let before = planned.tally.expectedProbationary
        shell.press(.escape)
        shell.type("3")
        shell.type("/")
        shell.type("李振华")
        shell.press(.enter)
        shell.type("h")
        // Entries: roster status, then category (the second).
        shell.press(.right, .control("s"))
        guard case let .form(entryForm) = shell.state.modal, case .choice = entryForm.fields[1].kind else { Issue.record("the day and the value: \(shell.screen)"); return }
        shell.press(.tab, .right)
        shell.press(.control("s"))
        let member = try #require(try shell.store.loadMembers().first { $0.name == "李振华" })
        #expect(member.category.changes.count == 1, "fixed in place, not a change on top")
        #expect(member.category.current == .probationary)
        // Reopened, the planned meeting follows the corrected roster.
        shell.type("2")
        shell.press(.home)
        while shell.state.selectedMeeting?.id != planned.id && shell.state.meetingsList.list.cursor.index < 60 { shell.press(.down) }
        shell.press(.enter)
        #expect(shell.meeting?.tally.expectedProbationary == before + 1, "\(shell.screen)")
        shell.press(.escape)
        shell.type("u")
        shell.type("u")
        #expect(try shell.store.loadMembers().first { $0.name == "李振华" }?.category.current == .full, "undo")
    }
}

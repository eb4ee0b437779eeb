import Foundation
import Testing
@testable import PartyDayKit
@testable import PartyDayUI

@Suite struct PledgesScreenTests {
    @Test func openPledgesAcrossMeetingsOverdueFirst() throws {
        let shell = try TestShell()
        shell.type("c")
        #expect(shell.state.screen == .pledges)
        #expect(shell.lines[1].contains("Pledges: open (12)"))
        #expect(shell.lines[3].contains("overdue"), "the oldest due day comes first and it has passed")
        shell.type("f")
        #expect(shell.lines[1].contains("Pledges: overdue (8)"))
        shell.type("f")
        #expect(shell.state.pledgeList.filter == .kept)
        #expect(shell.visibleCount == shell.state.summaries.map(\.keptPledges).reduce(0, +))
    }

    /// The pledge list is computed after the figures the home screen waits for: until it
    /// arrives the screen says so (never "no pledges"), and a list of an older generation
    /// of the reports is dropped.
    /// The one who promised is 承诺人; 提出人 is who raises a suggestion.
    @Test func thePledgeColumnNamesTheOneWhoPromised() throws {
        let shell = try TestShell(language: .chinese)
        shell.type("c")
        #expect(shell.lines[2].contains("承诺人"), "\(shell.lines[2])")
        #expect(!shell.lines.joined().contains("提出人"))
    }

    @Test func thePledgeListArrivesAfterTheFiguresAndTheScreenWaitsForIt() throws {
        let shell = try TestShell()
        let entries = shell.state.reports.pledges
        #expect(entries.count == 27, "every pledge of the demo year")
        var state = shell.state
        state.reports.pledges = []
        state.reports.pledgesReady = false
        state = update(state, .text("c")).0
        let waiting = render(state, shell.size).grid.text
        #expect(waiting.contains("loading…") && !waiting.contains("No pledges"), "\(waiting)")
        #expect(update(state, .pledgesComputed(generation: state.reports.generation - 1, entries)).0.reports.pledgesReady == false)
        state = update(state, .pledgesComputed(generation: state.reports.generation, entries)).0
        #expect(render(state, shell.size).grid.lines[1].contains("Pledges: open (12)"))
    }

    @Test func searchFindsAMembersPledgesByPinyin() throws {
        let shell = try TestShell()
        shell.type("c/")
        shell.type("hl")
        shell.press(.enter)
        #expect(!shell.state.pledgeList.list.searching)
        let names = Set(shell.state.visiblePledges.map(\.pledge.name))
        #expect(names == ["黄磊"])
    }

    @Test func markingKeptRecordsADatedNoteInTheMeetingFileAndCanBeUndone() throws {
        let shell = try TestShell()
        shell.type("c/")
        shell.type("黄磊")
        shell.press(.enter)
        let entry = try #require(shell.state.visiblePledges.first { $0.meetingID == DemoData.seedMeetingID })
        while shell.state.visiblePledges[shell.state.pledgeList.list.cursor.index] != entry { shell.press(.down) }
        shell.type("x")
        guard case let .form(form) = shell.state.modal else { Issue.record("x asks for the note"); return }
        #expect(form.fields.map(\.key) == [FieldKey.status, .day, .note])
        #expect(form.text(.day) == "2026-11-25")
        shell.press(.down, .down)
        shell.type("四季度零非计划停机，已完成")
        shell.press(.enter)
        let saved = try shell.store.loadMeeting(id: DemoData.seedMeetingID).pledges.first { $0.id == entry.pledge.id }!
        #expect(saved.status == .kept)
        #expect(saved.reviews.last == Pledge.Review(on: Day("2026-11-25")!, note: "四季度零非计划停机，已完成"))
        #expect(!shell.state.visiblePledges.contains { $0.id == entry.id }, "no longer open")
        #expect(shell.screen.contains("Pledge review saved."))
        shell.type("u")
        #expect(try shell.store.loadMeeting(id: DemoData.seedMeetingID).pledges.first { $0.id == entry.pledge.id }!.status == .open)
    }

    @Test func reviewingAtAnAgendaStepListsEarlierOpenPledgesAndNotesTheReviewInTheStep() throws {
        let shell = try TestShell()
        shell.press(.enter)
        #expect(shell.meeting?.id == DemoData.seedMeetingID)
        shell.type("2")
        shell.type("r")
        #expect(shell.state.screen == .pledges)
        #expect(shell.lines[1].contains("Review earlier pledges at the meeting of 2026-11-10"))
        let listed = shell.state.visiblePledges
        #expect(!listed.isEmpty)
        #expect(listed.allSatisfy { $0.meetingID != DemoData.seedMeetingID && $0.meetingDay <= Day("2026-11-10")! && $0.pledge.status == .open })
        let first = listed[0]
        shell.type("d")
        guard case let .form(form) = shell.state.modal else { Issue.record("d asks for the note"); return }
        #expect(form.text(.day) == "2026-11-10", "reviewed on the meeting's day")
        shell.press(.down, .down)
        shell.type("岗位调整")
        shell.press(.enter)
        let earlier = try shell.store.loadMeeting(id: first.meetingID).pledges.first { $0.id == first.pledge.id }!
        #expect(earlier.status == .dropped && earlier.reviews.last?.on == Day("2026-11-10")!)
        let step = try #require(shell.meeting?.agenda.first)
        #expect(step.notes.hasSuffix("\(first.pledge.name): \(first.pledge.text) — dropped (岗位调整)"))
        #expect(try shell.store.loadMeeting(id: DemoData.seedMeetingID).agenda.first?.notes == step.notes)
        shell.press(.escape)
        #expect(shell.state.screen == .workspace)
    }

    @Test func aReadOnlyInstanceRefusesReviews() throws {
        let shell = try TestShell(readOnly: "another partyday holds the folder")
        shell.type("c")
        shell.type("x")
        #expect(shell.state.modal == nil)
        #expect(shell.screen.contains("read-only") || shell.screen.contains("READ-ONLY"))
    }
}

extension TestShell {
    var visibleCount: Int { state.visiblePledges.count }
}

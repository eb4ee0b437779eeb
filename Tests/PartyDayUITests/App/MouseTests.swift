import Foundation
import Testing
@testable import PartyDayKit
@testable import PartyDayUI

/// The wheel scrolls, a click selects, a second click on the highlight opens.
@Suite struct MouseTests {
    /// The screen row on which `text` is drawn.
    func row(_ shell: TestShell, _ text: String) throws -> Int {
        try #require(shell.lines.firstIndex { $0.contains(text) }, "\(text) on screen")
    }

    @Test func aClickSelectsARowAndASecondClickOpensIt() throws {
        let shell = try TestShell()
        shell.type("2")
        let y = try row(shell, "廉洁从业警示教育")
        shell.send(.mouse(MouseEvent(.press, at: Point(x: 30, y: y))))
        let selected = try #require(shell.state.selectedMeeting)
        #expect(selected.theme == "廉洁从业警示教育")
        #expect(shell.state.screen == .meetings)
        // The list keeps the highlight centred, so the row may have moved: click it where it is now.
        shell.send(.mouse(MouseEvent(.press, at: Point(x: 30, y: try row(shell, "廉洁从业警示教育")))))
        #expect(shell.state.screen == .workspace)
        #expect(shell.meeting?.id == selected.id)
    }

    @Test func aClickOnATabShowsThePaneAndOnAFieldFocusesIt() throws {
        let shell = try TestShell()
        shell.press(.enter)
        let y = try row(shell, "5 Decisions")
        let x = try #require(shell.lines[y].range(of: "5 Decisions")).lowerBound.utf16Offset(in: shell.lines[y])
        shell.send(.mouse(MouseEvent(.press, at: Point(x: x + 2, y: y))))
        #expect(shell.state.workspace?.pane == .decisions)
        shell.type("i")
        let placeY = try row(shell, "Place")
        shell.send(.mouse(MouseEvent(.press, at: Point(x: 10, y: placeY))))
        guard case let .form(form) = shell.state.modal else { Issue.record("the form stays open"); return }
        #expect(form.fields[form.focus].key == .place)
    }

    @Test func theWheelScrollsTheListAndTheHelpBox() throws {
        let shell = try TestShell()
        shell.type("2")
        shell.send(.mouse(MouseEvent(.wheelDown, at: Point(x: 10, y: 10))), .mouse(MouseEvent(.wheelDown, at: Point(x: 10, y: 10))))
        #expect(shell.state.meetingsList.list.cursor.index == 6)
        shell.send(.mouse(MouseEvent(.wheelUp, at: Point(x: 10, y: 10))))
        #expect(shell.state.meetingsList.list.cursor.index == 3)
        shell.press(.enter)
        shell.type("?")
        shell.send(.mouse(MouseEvent(.wheelDown, at: Point(x: 10, y: 10))))
        guard case let .help(box) = shell.state.modal else { Issue.record("help is open"); return }
        #expect(box.scroll == 3)
    }

    @Test func nothingUnderABoxCanBeClicked() throws {
        let shell = try TestShell()
        shell.type("2")
        let y = try row(shell, "廉洁从业警示教育")
        let before = shell.state.meetingsList.list.cursor.index
        shell.type("?")
        shell.send(.mouse(MouseEvent(.press, at: Point(x: 40, y: y))))
        #expect(shell.state.meetingsList.list.cursor.index == before)
        #expect(shell.state.screen == .meetings)
    }
}

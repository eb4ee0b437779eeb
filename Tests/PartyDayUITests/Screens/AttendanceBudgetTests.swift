import Foundation
import Testing
@testable import PartyDayKit
@testable import PartyDayUI

/// Taking attendance for 30 members with exceptions at positions 5, 17 and 29 must take
/// at most 20 keystrokes besides typing the reasons.
@Suite struct AttendanceBudgetTests {
    @Test func thirtyMembersThreeExceptionsInAtMostTwentyKeys() throws {
        let start = Day("2020-01-01")!
        let members = (1...30).map { Member(id: "p\($0)", name: "党员\($0)", joinedOn: start, onRosterSince: start) }
        let shell = try TestShell(demo: false, branch: BranchProfile(name: "支部", timeZoneIdentifier: "Asia/Shanghai"),
                                  members: members)
        shell.type("n")
        shell.press(.control("s"))
        shell.state.undo = []
        var keys = 0
        func key(_ event: Event) {
            keys += 1
            shell.send(event)
        }
        for _ in 0..<4 { key(.text("j")) }          // to 5
        key(.text("w"))                               // absent without reason; moves to 6
        key(.text("J"))                               // to 16
        key(.text("j"))                               // to 17
        key(.text("v"))                               // on leave: asks the reason
        shell.type("出差")                             // the reason (not counted)
        key(.key(.enter))
        key(.text("J"))                               // 18 -> 28
        key(.text("j"))                               // to 29
        key(.text("l"))                               // late
        key(.text("P"))                               // everyone else present
        #expect(keys <= 20)
        let rows = try #require(shell.meeting).attendance
        #expect(rows[4].status == .absentUnexcused)
        #expect(rows[16].status == .onLeave && rows[16].reason == "出差")
        #expect(rows[28].status == .late)
        #expect(rows.enumerated().allSatisfy { [4, 16, 28].contains($0.offset) || $0.element.status == .present })
        #expect(shell.screen.contains("Expected 30 (full 30, prob. 0)  Came 28"))
    }
}

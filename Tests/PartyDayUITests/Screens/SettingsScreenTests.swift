import Foundation
import Testing
@testable import PartyDayKit
@testable import PartyDayUI

@Suite struct SettingsScreenTests {
    @Test func showsTheLadderAndDuties() throws {
        let shell = try TestShell()
        shell.type("s")
        #expect(shell.state.screen == .settings)
        #expect(shell.screen.contains("3 months: talk to the member"))
        #expect(shell.screen.contains("6 months: regarded as having left the Party; the branch general meeting"))
        #expect(try #require(shell.line(containing: "branch general meeting   ")).contains("quarterly"))
    }

    @Test func changingTheLadderReachesTheHomePanelAndIsSaved() throws {
        let shell = try TestShell()
        shell.type("s")
        shell.press(.enter)
        // talk 3 -> 2, urgent 5 -> 4, left 6 -> 5: 钱斌's five months now reach the last step.
        for value in ["2", "4", "5"] {
            shell.press(.control("u"))
            shell.type(value)
            shell.press(.tab)
        }
        shell.press(.control("s"))
        #expect(shell.state.modal == nil)
        #expect(shell.state.branch?.ladder == WarningLadder(talk: 2, urgent: 4, regardedAsLeft: 5))
        #expect(try shell.store.loadBranch()?.warningLadder == WarningLadder(talk: 2, urgent: 4, regardedAsLeft: 5))
        shell.type("1")
        #expect(shell.screen.contains("钱斌: 5 unexcused month(s), last attended 2026-06 — regarded as"))
        #expect(shell.state.reports.yearParticipation?.atRisk.members.first?.standing.level == .regardedAsLeft)
        shell.type("u")
        #expect(shell.state.branch?.ladder == .defaults)
    }

    @Test func aLadderThatFallsIsRefused() throws {
        let shell = try TestShell()
        shell.type("s")
        shell.press(.enter)
        shell.press(.control("u"))
        shell.type("7")
        shell.press(.control("s"))
        guard case let .form(form) = shell.state.modal else { Issue.record("the form stays open"); return }
        #expect(form.error?.contains("talk ≤ urgent ≤ left") == true)
        #expect(shell.state.branch?.ladder == .defaults)
    }

    @Test func aDutyFrequencyChangesWhatIsDue() throws {
        let shell = try TestShell()
        shell.type("s")
        shell.press(.enter)
        // Fields: three thresholds, then one choice per type in MeetingType order.
        let field = 3 + MeetingType.allCases.firstIndex(of: .organizationalLifeMeeting)!
        for _ in 0..<field { shell.press(.tab) }
        shell.press(.right)  // yearly -> not owed
        shell.press(.control("s"))
        #expect(shell.state.branch?.frequency(of: .organizationalLifeMeeting) == .never)
        shell.type("1")
        #expect(!shell.screen.contains("organizational-life meeting"))
    }

    /// Where the branch reviews its minutes, the reviewer set in Settings signs them too (审阅).
    @Test func aMinutesReviewerAddsTheReviewLine() throws {
        let shell = try TestShell(language: .chinese)
        shell.type("6")
        shell.press(.enter)
        guard case let .form(form) = shell.state.modal else { Issue.record("Enter opens the settings"); return }
        // The reviewer, before the talk occasions.
        for _ in 0..<(form.fields.count - 2) { shell.press(.tab) }
        shell.type("支部书记")
        shell.press(.function(2))
        #expect(try shell.store.loadBranch()?.minutesReviewer == "支部书记")
        let seed = try shell.store.loadMeeting(id: DemoData.seedMeetingID)
        let minutes = MinutesDocument(meeting: seed, branch: try #require(shell.state.branch), language: .chinese, format: .text).render()
        #expect(minutes.contains("审阅人（支部书记）签字"), "\(minutes.suffix(300))")
        shell.type("u")
        #expect(shell.state.branch?.minutesReviewer == nil)
    }
}

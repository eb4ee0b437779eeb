import Foundation
import Testing
@testable import PartyDayKit
@testable import PartyDayUI

@Suite struct HomeScreenTests {
    @Test func showsTheBranchRosterPledgesAndRecentMeetings() throws {
        let shell = try TestShell()
        let screen = shell.screen
        #expect(screen.contains("冷轧厂酸轧作业区党支部  日照公司 › 冷轧厂"))
        #expect(screen.contains("Members: 29 on the roster (26 full, 3 probationary), 1 mobile"))
        #expect(screen.contains("Pledges: 12 open, 8 overdue"))
        #expect(shell.lines[7].hasPrefix(" 2026-11-10 09:00 theme Party Day "))
        #expect(screen.contains("n new meeting"), "the hint bar")
    }

    @Test func speaksChinese() throws {
        let shell = try TestShell(language: .chinese)
        #expect(shell.screen.contains("党员：在册 29 名（正式党员 26，预备党员 3），流动党员 1 名"))
        #expect(shell.screen.contains("主题党日"))
        #expect(shell.screen.contains("n 新建会议"))
    }

    @Test func panelsWaitForTheMeetingsWithoutBlockingTheFirstFrame() {
        let demo = DemoData.make()
        let state = AppState(strings: .english, size: Size(columns: 80, rows: 24), now: Date(), dataFolder: "/tmp/x",
                             branch: demo.branch, members: demo.members)
        let first = render(state, state.size).grid.text
        #expect(first.contains("冷轧厂酸轧作业区党支部"))
        #expect(first.contains("loading…"))
        let (loaded, _) = update(state, .meetingsListed([MeetingSummary(SeedMeetingFixture.meeting)], problems: []))
        #expect(render(loaded, loaded.size).grid.text.contains("决战四季度"))
    }

    @Test func enterOpensTheHighlightedMeetingAndKeysLeadToTheLists() throws {
        let shell = try TestShell()
        shell.press(.enter)
        #expect(shell.state.screen == .workspace)
        #expect(shell.meeting?.id == DemoData.seedMeetingID)
        shell.press(.escape)
        #expect(shell.state.screen == .meetings)
        shell.press(.escape)
        shell.type("m")
        #expect(shell.state.screen == .members)
        shell.type("q")
        #expect(shell.quit)
    }

    @Test func damagedFilesAreAnnounced() throws {
        let shell = try TestShell()
        shell.send(.meetingsListed(shell.state.summaries, problems: [FileProblem(path: "meetings/2026/x.plist", message: "empty")]))
        #expect(shell.screen.contains("1 file(s) could not be read and were left untouched; run partyday check"))
    }
}

enum SeedMeetingFixture {
    static let meeting = DemoData.make().meetings.first { $0.id == DemoData.seedMeetingID }!
}

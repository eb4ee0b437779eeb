import Foundation
import Testing
@testable import PartyDayKit
@testable import PartyDayUI

@Suite struct WelcomeScreenTests {
    @Test func aFirstRunCreatesTheBranchThenOffersMembers() throws {
        let shell = try TestShell(demo: false)
        #expect(shell.state.screen == .welcome)
        #expect(shell.screen.contains("Welcome to partyday"))
        #expect(shell.screen.contains("--demo"))
        shell.press(.enter)
        shell.type("第一党支部")
        shell.press(.tab)
        shell.type("某公司 › 某厂")
        shell.press(.tab, .control("u"))
        shell.type("Mars/Olympus")
        shell.press(.enter)
        #expect(shell.screen.contains("Unknown time zone 'Mars/Olympus'"))
        shell.press(.control("u"))
        shell.type("Asia/Shanghai")
        shell.press(.enter)
        #expect(shell.state.screen == .members)
        #expect(shell.screen.contains("Press a to add one, or i to import"))
        let branch = try #require(try shell.store.loadBranch())
        #expect(branch.name == "第一党支部")
        #expect(branch.parentOrganizations == ["某公司", "某厂"])
        #expect(branch.timeZoneIdentifier == "Asia/Shanghai")
        #expect(branch.agendaTemplate(for: .themePartyDay).first == "Sign-in", "templates in the interface language")
    }
}

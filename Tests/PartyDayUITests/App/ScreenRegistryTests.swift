import Testing
@testable import PartyDayKit
@testable import PartyDayUI

/// One row per screen: the root reads a screen's name, go key, keys, drawing and list
/// from its row alone.
@Suite struct ScreenRegistryTests {
    @Test func everyScreenHasExactlyOneRowAndTheGoKeysAreDistinct() {
        let screens = AppState.screenEntries.map(\.screen)
        #expect(Set(screens) == Set(AppState.Screen.allCases))
        #expect(screens.count == AppState.Screen.allCases.count)
        let keys = AppState.screenEntries.compactMap { $0.go?.key }
        #expect(keys == ["1", "2", "3", "4", "5", "6", "7", "8", "9", "0"])
    }

    @Test func theGoKeysAreTheScreensRows() throws {
        let shell = try TestShell()
        for entry in AppState.screenEntries {
            guard let go = entry.go else { continue }
            shell.type(String(go.key))
            #expect(shell.state.screen == entry.screen)
            #expect(shell.lines[0].contains(entry.title.en))
        }
    }
}

import Foundation
import Testing
@testable import PartyDayKit

@Suite struct DataFolderTests {
    @Test func optionWinsThenEnvironmentThenXDGThenHome() {
        let env = ["PARTYDAY_DATA_DIR": "/env/dir", "XDG_DATA_HOME": "/xdg", "HOME": "/home/sec"]
        #expect(DataFolder.resolve(option: "/opt/dir", environment: env).path == "/opt/dir")
        #expect(DataFolder.resolve(option: nil, environment: env).path == "/env/dir")
        #expect(DataFolder.resolve(option: nil, environment: ["XDG_DATA_HOME": "/xdg", "HOME": "/home/sec"]).path == "/xdg/partyday")
        #expect(DataFolder.resolve(option: nil, environment: ["HOME": "/home/sec"]).path == "/home/sec/.local/share/partyday")
        #expect(DataFolder.resolve(option: nil, environment: ["XDG_DATA_HOME": "relative", "HOME": "/h"]).path == "/h/.local/share/partyday",
                "XDG paths must be absolute")
    }
}

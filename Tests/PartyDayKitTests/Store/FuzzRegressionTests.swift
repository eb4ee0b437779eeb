import Foundation
import Testing
import PartyDayKit

/// Every input a fuzz target once crashed on (`Fuzz/regressions/TARGET/`), fed again to the
/// reader that crashed: each must now return. A new crash found by `scripts/fuzz.sh` is
/// copied there and so becomes a test.
@Suite struct FuzzRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz/regressions")

    static func inputs(_ target: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(target).path)) ?? []).sorted()
    }

    @Test func theRegressionFolderIsFound() {
        #expect(!Self.inputs("fuzz-roster").isEmpty, "looked in \(Self.folder.path)")
    }

    @Test(arguments: inputs("fuzz-roster"))
    func rosterInputsThatOnceCrashed(_ name: String) throws {
        let data = try Data(contentsOf: Self.folder.appendingPathComponent("fuzz-roster/\(name)"))
        UntrustedInput.readRoster(data)
    }

    @Test(arguments: inputs("fuzz-records"))
    func recordInputsThatOnceCrashed(_ name: String) throws {
        UntrustedInput.readRecordFile(try Data(contentsOf: Self.folder.appendingPathComponent("fuzz-records/\(name)")))
    }

    @Test(arguments: inputs("fuzz-index"))
    func indexInputsThatOnceCrashed(_ name: String) throws {
        UntrustedInput.readMeetingIndex(try Data(contentsOf: Self.folder.appendingPathComponent("fuzz-index/\(name)")))
    }
}

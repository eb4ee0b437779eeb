import Foundation
import Testing

/// Every file the demo writes is a plain property list that other tools read:
/// Python's plistlib, and xmllint validating against Apple's DTD offline.
@Suite struct ExternalReaderTests {
    /// Apple's plist DTD and a catalog mapping its identifiers to it, copied into the
    /// repository (from ../shared/plist) so that any clone validates offline.
    static let catalog = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/plist/catalog.xml")

    func demoFiles() throws -> (Scratch, [String]) {
        let scratch = Scratch()
        let result = try partyday("demo", "--data-dir", scratch.url.path)
        #expect(result.status == 0)
        let enumerator = FileManager.default.enumerator(atPath: scratch.url.path)!
        let files = enumerator.compactMap { $0 as? String }.filter { $0.hasSuffix(".plist") && !$0.hasPrefix(".") }
        return (scratch, files.map { scratch.file($0).path }.sorted())
    }

    @Test func pythonPlistlibReadsEveryFile() throws {
        let (scratch, files) = try demoFiles()
        defer { withExtendedLifetime(scratch) {} }
        #expect(files.count > 50)
        let script = """
            import plistlib, sys
            for name in sys.argv[1:]:
                with open(name, 'rb') as f:
                    data = plistlib.load(f)
                assert data['formatVersion'] >= 1 and data['kind'].startswith('partyday.'), name
            print(len(sys.argv) - 1)
            """
        let result = try tool("python3", ["-c", script] + files)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "\(files.count)")
    }

    @Test func xmllintValidatesEveryFileAgainstTheDTD() throws {
        let (scratch, files) = try demoFiles()
        defer { withExtendedLifetime(scratch) {} }
        #expect(FileManager.default.fileExists(atPath: Self.catalog.path), "the shared plist catalog is at \(Self.catalog.path)")
        let result = try tool("xmllint", ["--nonet", "--noout", "--valid"] + files,
                              environment: ["XML_CATALOG_FILES": Self.catalog.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
    }

    @Test func theSeedMeetingReadsTheSameInPython() throws {
        let (scratch, _) = try demoFiles()
        let seed = scratch.file("meetings/2026/2026-11-10-theme-party-day-seed20261110.plist")
        let script = """
            import plistlib, sys
            m = plistlib.load(open(sys.argv[1], 'rb'))['record']
            print(m['theme']); print(len(m['guests'])); print(m['start'].isoformat())
            """
        let result = try tool("python3", ["-c", script, seed.path])
        #expect(result.stdout == "决战四季度，坚决打赢扭亏攻坚战\n4\n2026-11-10T01:00:00\n", "\(result.stderr)")
    }
}

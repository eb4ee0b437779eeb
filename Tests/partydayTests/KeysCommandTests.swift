import Foundation
import Testing

/// `partyday keys` prints the key reference from the bindings; the docs are that output.
@Suite struct KeysCommandTests {
    func repositoryFile(_ path: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent(path)
    }

    @Test(arguments: [("en", "Docs/KEYS.md"), ("zh", "Docs/KEYS.zh.md")])
    func theDocsAreTheGeneratedReference(_ language: String, _ path: String) throws {
        let result = try partyday("keys", "--lang", language, "--format", "md")
        #expect(result.status == 0)
        let docs = try String(contentsOf: repositoryFile(path), encoding: .utf8)
        #expect(result.stdout == docs, "\(path) differs from `partyday keys --lang \(language) --format md`: regenerate it")
    }

    @Test func theTextCheatSheetListsEveryScope() throws {
        let result = try partyday("keys", "--lang", "en")
        #expect(result.status == 0)
        for title in ["Everywhere, in forms and boxes too", "On every screen", "Home", "Meeting: Attendance", "In a form", "In a text field", "The key list (?)"] {
            #expect(result.stdout.contains(title + "\n"))
        }
        #expect(result.stdout.contains("P                 everyone still unmarked is present"))
        let chinese = try partyday("keys", "--lang", "zh")
        #expect(chinese.stdout.contains("会议：出席"))
    }
}

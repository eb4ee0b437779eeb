import Foundation
import Testing

/// The user guide exists in English and in Chinese; the two keep the same sections in
/// the same order, so that a section added to one is missed in the other only until the
/// tests run.
@Suite struct UserGuideTests {
    static let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Docs")

    /// The headings of a Markdown file, outside code blocks: (level, text).
    static func headings(_ name: String) throws -> [(level: Int, text: String)] {
        let text = try String(contentsOf: docs.appendingPathComponent(name), encoding: .utf8)
        var inCode = false
        var out: [(Int, String)] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") { inCode.toggle(); continue }
            guard !inCode, line.hasPrefix("#") else { continue }
            let level = line.prefix { $0 == "#" }.count
            out.append((level, line.dropFirst(level).trimmingCharacters(in: .whitespaces)))
        }
        return out
    }

    @Test func bothGuidesHaveTheSameSectionsInTheSameOrder() throws {
        let english = try Self.headings("USER-GUIDE.md"), chinese = try Self.headings("USER-GUIDE.zh.md")
        #expect(english.count > 10)
        #expect(english.map(\.level) == chinese.map(\.level),
                "sections: \(english.map { "\($0.level) \($0.text)" }) vs \(chinese.map { "\($0.level) \($0.text)" })")
    }

    @Test func theChineseGuideIsWrittenInChinese() throws {
        for heading in try Self.headings("USER-GUIDE.zh.md") {
            #expect(heading.text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(heading.text)")
        }
        let text = try String(contentsOf: Self.docs.appendingPathComponent("USER-GUIDE.zh.md"), encoding: .utf8)
        let cjk = text.unicodeScalars.filter { (0x4E00...0x9FFF).contains($0.value) }.count
        #expect(cjk > 8_000, "a whole guide, not a summary: \(cjk) characters")
    }

    @Test func eachGuideAndTheReadmePointToTheChineseManual() throws {
        let english = try String(contentsOf: Self.docs.appendingPathComponent("USER-GUIDE.md"), encoding: .utf8)
        let chinese = try String(contentsOf: Self.docs.appendingPathComponent("USER-GUIDE.zh.md"), encoding: .utf8)
        let readme = try String(contentsOf: Self.docs.deletingLastPathComponent().appendingPathComponent("README.md"), encoding: .utf8)
        #expect(english.contains("(USER-GUIDE.zh.md)"))
        #expect(chinese.contains("(USER-GUIDE.md)"))
        // The README opens with a Chinese paragraph naming the manual, before the English text.
        let opening = readme.split(separator: "\n").prefix(8).joined(separator: "\n")
        #expect(opening.contains("中文用户手册") && opening.contains("Docs/USER-GUIDE.zh.md"), "\(opening)")
    }

    @Test func everyCommandsHelpNamesTheChineseManual() throws {
        for command in [[], ["open"], ["import"], ["report"], ["export"], ["sync"], ["committee"], ["check"], ["doctor"], ["demo"], ["keys"],
                        ["import", "members"], ["import", "dues-bases"], ["report", "participation"], ["report", "dues"], ["export", "minutes"],
                        ["export", "signin"], ["sync", "resolve"], ["committee", "report", "risk"]] {
            let help = try run(try builtProduct("partyday"), command + ["--help"])
            #expect(help.stdout.contains("USER-GUIDE.zh.md"), "partyday \(command.joined(separator: " ")) --help")
        }
    }
}

import Foundation
import PartyDayKit
import Testing

/// A dues file with an amount at Int64's end, arrived by sync: every command that reads
/// dues names the file and goes on; none crashes (they stopped with SIGILL).
@Suite(.serialized) struct HostileAmountCommandTests {
    @Test(arguments: [Int.max, Int.min])
    func everyDuesReaderNamesTheFileAndGoesOn(fen: Int) throws {
        let data = Scratch()
        #expect(try partyday("demo", "--data-dir", data.url.path).status == 0)
        let path = data.file("dues/2026.plist")
        var text = try String(contentsOf: path, encoding: .utf8)
        let first = try #require(text.range(of: #"<key>amount</key>\s*<integer>\d+</integer>"#, options: .regularExpression))
        text.replaceSubrange(first, with: "<key>amount</key>\n\t\t\t<integer>\(fen)</integer>")
        try Data(text.utf8).write(to: path)
        for arguments in [["report", "dues"], ["report", "dues", "--month", "11", "--year", "2026"], ["report", "dues", "--format", "json"],
                          ["report", "compliance", "--as-of", "2026-11-25"], ["--snapshot"], ["check"]] {
            let result = try run(try builtProduct("partyday"), arguments + ["--data-dir", data.url.path])
            #expect(result.status == 0 || result.status == 1, "\(arguments): exit \(result.status)\n\(result.stderr)")
            #expect(!result.stderr.contains("Fatal error") && !result.stderr.contains("Program crashed"), "\(arguments)")
            if arguments != ["--snapshot"] { #expect(result.stderr.contains("dues/2026.plist"), "\(arguments) names the file: \(result.stderr)") }
        }
    }
}

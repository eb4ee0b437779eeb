import Foundation
import Testing
@testable import PartyDayKit

/// A roster file as Excel writes it: UTF-8 with or without the byte-order mark, or GB18030.
@Suite struct SpreadsheetTextTests {
    let csv = "姓名,类别,党小组\n李振华,正式,酸洗党小组\n欧阳娜娜,预备,\n"

    @Test func utf8WithAndWithoutTheByteOrderMark() throws {
        #expect(SpreadsheetText.decode(Data(csv.utf8))?.text == csv)
        let withMark = Data([0xEF, 0xBB, 0xBF]) + Data(csv.utf8)
        #expect(SpreadsheetText.decode(withMark)?.text == csv)
        #expect(SpreadsheetText.decode(withMark)?.encoding == .utf8)
    }

    @Test func gb18030FromChineseExcelsPlainCSV() throws {
        // Encoded by Python, an independent encoder.
        let gb = try tool("python3", ["-c", "import sys; sys.stdout.buffer.write(sys.argv[1].encode('gb18030'))", csv])
        #expect(gb.count > 0 && String(data: gb, encoding: .utf8) == nil, "not readable as UTF-8")
        let decoded = try #require(SpreadsheetText.decode(gb))
        #expect(decoded.encoding == .gb18030)
        #expect(decoded.text == csv)
        let result = MemberImport.read(decoded.text, branch: DemoData.make().branch, existing: [], today: Day("2026-11-25")!)
        #expect(result.members.map(\.name) == ["李振华", "欧阳娜娜"])
    }

    @Test func bytesThatAreNeitherAreRefused() {
        #expect(SpreadsheetText.decode(Data([0x81, 0x20, 0xFF, 0xFF])) == nil)
        #expect(SpreadsheetText.decode(Data())?.text == "")
    }

    /// Runs a program and returns what it wrote.
    func tool(_ name: String, _ arguments: [String]) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [name] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return data
    }
}

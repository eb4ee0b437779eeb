import Foundation
import Testing

/// A small workbook that asks for a huge sheet (20,000 rows, each with one cell in column
/// XFD) aborted the process; under a 1 GiB address-space limit it is now refused clearly,
/// by the roster import and the dues-bases import alike.
@Suite(.serialized) struct HostileWorkbookTests {
    @Test(arguments: [["import", "members"], ["import", "dues-bases"]])
    func aWorkbookOfColumnXFDIsReadInLittleMemory(command: [String]) throws {
        let data = Scratch()
        #expect(try partyday("demo", "--data-dir", data.url.path).status == 0)
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/roster/make_xfd_workbook.py")
        let workbook = data.file("xfd.xlsx")
        #expect(try run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", script.path, workbook.path]).status == 0)
        let binary = try builtProduct("partyday").path
        let line = "ulimit -v 1048576; exec '\(binary)' \(command.joined(separator: " ")) '\(workbook.path)' --data-dir '\(data.url.path)'"
        let result = try run(URL(fileURLWithPath: "/bin/bash"), ["-c", line])
        #expect(result.status == 0 || result.status == 1, "exit \(result.status): \(result.stderr)")
        #expect(!result.stderr.contains("Fatal") && !result.stderr.contains("crashed") && !result.stderr.contains("allocation"), "\(result.stderr)")
        #expect(result.stderr.contains("xfd.xlsx"), "the file is named: \(result.stderr)")
    }
}

import Foundation
import Testing
@testable import PartyDayKit
@testable import PartyDayUI

/// How a form box is drawn.
@Suite struct FormViewTests {
    /// A refusal longer than the box wraps onto more rows — the end of it is the part that
    /// says what to do — and the box grows to hold it.
    @Test(arguments: [Size(columns: 80, rows: 24), Size(columns: 100, rows: 30)])
    func aLongErrorWrapsInsteadOfBeingCutAtTheBoxEdge(_ size: Size) throws {
        let shell = try TestShell(language: .chinese, size: size)
        shell.type("n")
        guard case .form(var form) = shell.state.modal else { Issue.record("n opens the new meeting form"); return }
        let before = shell.lines
        form.error = "评为优秀的人数（12人）超过参加评议的正式党员（25人）的三分之一，请核对后再次保存；如确需保存，请再按一次 Ctrl-S，结果将写入会议记录。"
        shell.state.modal = .form(form)
        let text = shell.lines.joined(separator: "\n")
        #expect(text.contains("评为优秀的人数"))
        #expect(text.contains("结果将写入会议记录。"), "the end of the message is shown:\n\(text)")
        let rows = shell.lines.filter { $0.contains("评为") || $0.contains("会议记录。") || $0.contains("Ctrl-S") }
        #expect(rows.count >= 2, "it takes more than one row")
        // Every field is still in the box.
        for label in ["类型", "主题"] { #expect(text.contains(label) == before.joined().contains(label)) }
    }
}

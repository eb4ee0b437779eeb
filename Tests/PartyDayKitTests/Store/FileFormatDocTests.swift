import Foundation
import Testing
@testable import PartyDayKit

/// The examples in Docs/FILE-FORMAT.md must be files this build reads.
@Suite struct FileFormatDocTests {
    static func examples() throws -> [String] {
        let root = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let text = try String(contentsOf: root.appendingPathComponent("Docs/FILE-FORMAT.md"), encoding: .utf8)
        return text.components(separatedBy: "```xml\n").dropFirst().map { $0.components(separatedBy: "```")[0] }
    }

    @Test func theDocumentedExamplesDecode() throws {
        let blocks = try Self.examples()
        try #require(blocks.count == 3)
        let meeting = try FileFormat.decode(Meeting.self, kind: .meeting, from: Data(blocks[0].utf8), path: "meeting example")
        #expect(meeting.theme == "决战四季度，坚决打赢扭亏攻坚战")
        #expect(meeting.decisions.count == 1 && meeting.agenda.contains { $0.status == .skipped })
        let members = try FileFormat.decode([Member].self, kind: .members, from: Data(blocks[1].utf8), path: "members example")
        #expect(members.count == 2)
        #expect(members[1].snapshot(on: Day("2026-05-01")!)?.category == .probationary)
        let branch = try FileFormat.decode(BranchProfile.self, kind: .branch, from: Data(blocks[2].utf8), path: "branch example")
        #expect(branch.timeZoneIdentifier == "Asia/Shanghai")
    }
}

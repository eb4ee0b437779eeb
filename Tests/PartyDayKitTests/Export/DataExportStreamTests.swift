import Foundation
import Testing
@testable import PartyDayKit

/// `export json` writes its document a meeting at a time; it must be exactly the
/// document JSONEncoder makes of the whole branch at once.
@Suite struct DataExportStreamTests {
    private func streamed(_ demo: DemoData, meetings: [Meeting]) throws -> (text: String, loads: Int) {
        var text = "", loads = 0
        let byID = Dictionary(uniqueKeysWithValues: meetings.map { ($0.id, $0) })
        try DataExport.stream(branch: demo.branch, members: demo.members, meetings: meetings.map(MeetingSummary.init),
                              load: { id in loads += 1; return byID[id]! }, write: { text += $0 })
        return (text, loads)
    }

    @Test func theStreamedDocumentIsTheEncodedOneByteForByte() throws {
        let demo = DemoData.make()
        let whole = try DataExport(branch: demo.branch, members: demo.members, meetings: demo.meetings).json()
        let (text, loads) = try streamed(demo, meetings: demo.meetings)
        #expect(text == whole)
        #expect(loads == demo.meetings.count, "each meeting read once")
    }

    @Test func aBranchWithoutMeetingsStreamsTheSameEmptyList() throws {
        let demo = DemoData.make()
        let whole = try DataExport(branch: demo.branch, members: demo.members, meetings: []).json()
        #expect(try streamed(demo, meetings: []).text == whole)
        #expect(try JSONSerialization.jsonObject(with: Data(whole.utf8)) is [String: Any])
    }
}

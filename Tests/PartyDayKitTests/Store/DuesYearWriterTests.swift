import Foundation
import Testing
@testable import PartyDayKit

/// The dues year file's own writer makes exactly the bytes Foundation's encoder makes.
@Suite struct DuesYearWriterTests {
    let savedAt = Date(timeIntervalSince1970: 1_795_000_000)

    @Test func theDemoYearIsWrittenByteForByteAsFoundationWritesIt() throws {
        let year = try #require(DemoData.make().dues.first)
        #expect(year.payments.count > 250 && year.handovers.count == 3)
        let foundation = try FileFormat.encode(year, kind: .duesYear, savedAt: savedAt)
        #expect(DuesYearWriter.encode(year, savedAt: savedAt) == foundation)
    }

    @Test func emptyListsMissingFieldsAndMarkupAreWrittenTheSameWay() throws {
        let odd = DuesYear(year: 2027, payments: [
            DuesPayment(id: "a<&>b", memberID: "m-01", months: [YearMonth(year: 2027, month: 1)], amount: Money(fen: 0), paidOn: Day("2027-01-05")!,
                        receivedBy: "", meetingID: nil, note: "R&D <组织委员> \"引号\" 'x'"),
            DuesPayment(id: "p2", memberID: "m-02", months: [], amount: Money(fen: 123_456), paidOn: Day("2027-02-05")!),
        ])
        let foundation = try FileFormat.encode(odd, kind: .duesYear, savedAt: savedAt)
        let ours = DuesYearWriter.encode(odd, savedAt: savedAt)
        #expect(String(decoding: ours, as: UTF8.self) == String(decoding: foundation, as: UTF8.self))
        #expect(try FileFormat.decode(DuesYear.self, kind: .duesYear, from: ours, path: "dues/2027.plist") == odd)
        let empty = DuesYear(year: 2028)
        #expect(DuesYearWriter.encode(empty, savedAt: savedAt) == (try FileFormat.encode(empty, kind: .duesYear, savedAt: savedAt)))
    }
}

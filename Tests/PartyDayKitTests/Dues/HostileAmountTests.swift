import Foundation
import Testing
@testable import PartyDayKit

/// Amounts at and past Int64's ends, from a file or a form: never a trap. A file that
/// holds one is damaged (named by `check`, the same reason a save gives); sums saturate.
@Suite struct HostileAmountTests {
    @Test func arithmeticAtTheEndsSaturatesInsteadOfTrapping() {
        let top = Money(fen: .max), bottom = Money(fen: .min)
        #expect((top + Money(fen: 1)).fen == .max)
        #expect((bottom - Money(fen: 1)).fen == .min)
        #expect((top * 12).fen == .max && (bottom * 12).fen == .min && (top * -2).fen == .min)
        var sum = Money.zero
        for _ in 0..<3 { sum += top }
        #expect(sum.fen == .max)
        #expect(bottom.description == "-92233720368547758.08", "abs(Int.min) trapped")
        #expect(Money.scaled(top, by: 1_000_000, over: 3) == Money(fen: .max))
        #expect(Money.scaled(Money(fen: 100_000), by: 3, over: 10) == Money(fen: 30_000))
        #expect(DuesRate.share(of: Money(fen: .max), perMille: 20).fen > 0)
    }

    static let extremes: [Int] = [.max, .min, -1, 10_000_000_000_001]

    @Test(arguments: extremes)
    func aDuesFileWithAnImpossibleAmountIsDamagedNamedAndNeverSummed(fen: Int) throws {
        let folder = TempFolder()
        let store = try openStore(folder)
        let demo = DemoData.make()
        try demo.write(to: store)
        let path = folder.file("dues/2026.plist")
        var text = try String(contentsOf: path, encoding: .utf8)
        let first = try #require(text.range(of: #"<key>amount</key>\s*<integer>\d+</integer>"#, options: .regularExpression))
        text.replaceSubrange(first, with: "<key>amount</key>\n\t\t\t<integer>\(fen)</integer>")
        try Data(text.utf8).write(to: path)
        let reader = try openStore(folder, .readOnly)
        #expect(throws: FileProblem.self) { _ = try reader.loadDues(year: 2026) }
        let problems = reader.check()
        #expect(problems.contains { $0.path == "dues/2026.plist" }, "\(problems)")
        // What the screens and reports do with what loads: no trap.
        let loaded = reader.loadAllDues()
        let ledger = DuesLedger(members: demo.members, bases: try reader.loadDuesBases(), years: loaded.years, today: Day("2026-11-25")!)
        _ = ledger.atRisk(.defaults)
        _ = ledger.totals(for: YearMonth(year: 2026, month: 11))
    }

    @Test func aPaymentTheSavePathRefusesIsRefusedOnReadingForTheSameReason() throws {
        let folder = TempFolder()
        let store = try openStore(folder)
        var year = DuesYear(year: 2026)
        year.payments = [DuesPayment(id: "p1", memberID: "m-01", months: [], amount: Money(fen: 100), paidOn: Day("2026-11-10")!, receivedBy: "", meetingID: nil)]
        var saveError: StoreError?
        do { try store.save(year) } catch let error as StoreError { saveError = error }
        #expect(saveError?.text(.english).contains("covers no month") == true)
        // The same record arriving by sync: named with the same words.
        try FileManager.default.createDirectory(at: folder.file("dues"), withIntermediateDirectories: true)
        try FileFormat.encode(year, kind: .duesYear).write(to: folder.file("dues/2026.plist"))
        let problems = try openStore(folder, .readOnly).check()
        #expect(problems.first { $0.path == "dues/2026.plist" }?.message.contains("covers no month") == true, "\(problems)")
    }
}

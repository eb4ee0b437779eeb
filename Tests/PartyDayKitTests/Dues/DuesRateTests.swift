import Testing
@testable import PartyDayKit

/// The rate table, to the fen, at every bracket boundary.
@Suite struct DuesRateTests {
    private func due(_ kind: DuesBasis.Kind, base: String) -> String {
        DuesRate.monthly(DuesBasis(from: YearMonth(year: 2026, month: 1), kind: kind, base: Money(yuan: base)!))!.description
    }

    @Test func inServiceMembersPayTheirBracketsShareOfTheWholeBase() {
        #expect(due(.inService, base: "3000.00") == "15.00")
        #expect(due(.inService, base: "3000.01") == "30.00")
        #expect(due(.inService, base: "5000") == "50.00")
        #expect(due(.inService, base: "5000.01") == "75.00")
        #expect(due(.inService, base: "10000") == "150.00")
        #expect(due(.inService, base: "10000.01") == "200.00")
        #expect(due(.inService, base: "0") == "0.00")
    }

    @Test func sharesAreRoundedHalfUpToTheFen() {
        // 0.5 % of 2,345.67 is 11.72835 → 11.73; 1 % of 4,321.05 is 43.2105 → 43.21; 0.5 % of 1.01 is 0.00505 → 0.01.
        #expect(due(.inService, base: "2345.67") == "11.73")
        #expect(due(.inService, base: "4321.05") == "43.21")
        #expect(due(.inService, base: "1.01") == "0.01")
        #expect(due(.inService, base: "1.00") == "0.01", "0.005 rounds up")
        #expect(due(.inService, base: "0.99") == "0.00")
    }

    @Test func retiredMembersPayHalfAPercentUpToFiveThousandAndOnePercentAbove() {
        #expect(due(.retired, base: "5000") == "25.00")
        #expect(due(.retired, base: "5000.01") == "50.00")
        #expect(due(.retired, base: "2800") == "14.00")
    }

    @Test func fixedReducedAndExemptMembersPayTheirRecordedAmount() {
        let month = YearMonth(year: 2026, month: 1)
        #expect(DuesRate.monthly(DuesBasis(from: month, kind: .fixed, amount: Money(fen: 20))) == Money(fen: 20))
        #expect(DuesRate.monthly(DuesBasis(from: month, kind: .reduced, amount: Money(fen: 500), decidedOn: Day("2026-01-05"))) == Money(fen: 500))
        #expect(DuesRate.monthly(DuesBasis(from: month, kind: .exempt, decidedOn: Day("2026-01-05"))) == .zero)
        #expect(DuesRate.monthly(DuesBasis(from: month, kind: .inService)) == nil, "no base, no amount")
        #expect(DuesBasis(from: month, kind: .exempt).problem != nil, "an exemption needs the branch's decision")
    }

    @Test func moneyIsReadExactlyAndNeverRoundedSilently() {
        #expect(Money(yuan: "3,000.01")?.fen == 300_001)
        #expect(Money(yuan: "¥15.5")?.fen == 1550)
        #expect(Money(yuan: "15元")?.fen == 1500)
        #expect(Money(yuan: "15.555") == nil)
        #expect(Money(yuan: "-3") == nil)
        #expect(Money(yuan: "1e3") == nil)
        #expect(Money(yuan: "") == nil)
        #expect(Money(fen: -20).description == "-0.20")
        #expect(Money(fen: 5).description == "0.05")
        #expect(DuesRate.text(perMille: 15) == "1.5 %")
        #expect(DuesRate.text(perMille: 20) == "2 %")
    }
}

import Testing
@testable import PartyDayKit

/// The register computed from bases, the roster and payments; arrears judged on a day.
@Suite struct DuesLedgerTests {
    let since = Day("2025-01-01")!

    private func member(_ id: String, joined: Day? = nil, category: MemberCategory = .full, probationStart: Day? = nil) -> Member {
        Member(id: id, name: id, joinedOn: joined ?? since, onRosterSince: probationStart ?? since, category: category,
               probationStart: probationStart)
    }

    private func month(_ text: String) -> YearMonth { YearMonth(text)! }

    private func basis(_ from: String, _ base: String, cycle: DuesBasis.Cycle = .monthly) -> DuesBasis {
        DuesBasis(from: month(from), kind: .inService, base: Money(yuan: base)!, cycle: cycle)
    }

    private func pay(_ id: String, _ memberID: String, _ months: [String], _ amount: String, on day: String) -> DuesPayment {
        DuesPayment(id: id, memberID: memberID, months: months.map(month), amount: Money(yuan: amount)!, paidOn: Day(day)!)
    }

    private func ledger(_ members: [Member], _ bases: [MemberDuesBasis], _ payments: [DuesPayment], handovers: [DuesHandover] = [],
                        today: String) -> DuesLedger {
        DuesLedger(members: members, bases: bases, years: [DuesYear(year: 2026, payments: payments, handovers: handovers)], today: Day(today)!)
    }

    @Test func aWageChangeAppliesFromTheMonthItIsFirstPaid() {
        let wang = member("wang")
        let bases = [MemberDuesBasis(memberID: "wang", history: [basis("2025-01", "4800"), basis("2026-07", "5200")])]
        let register = ledger([wang], bases, [], today: "2026-11-27")
        #expect(register.month(month("2026-06"), of: wang).due == Money(yuan: "48.00"))
        #expect(register.month(month("2026-07"), of: wang).due == Money(yuan: "78.00"))
    }

    @Test func aQuarterlyPayerIsNotInArrearsUntilTheQuarterIsOver() {
        let li = member("li")
        let bases = [MemberDuesBasis(memberID: "li", history: [basis("2026-01", "6000", cycle: .quarterly)])]
        let payments = [pay("p1", "li", ["2026-07", "2026-08", "2026-09"], "270", on: "2026-09-10")]
        // Mid-quarter: October and November are still due, nothing in arrears.
        let midQuarter = ledger([li], bases, payments, today: "2026-11-27")
        #expect(midQuarter.month(month("2026-10"), of: li).status == .due)
        #expect(midQuarter.month(month("2026-09"), of: li).status == .paid)
        #expect(midQuarter.arrears(of: li).count == 0)
        // After the quarter: the three months are in arrears.
        let after = ledger([li], bases, payments, today: "2027-01-05")
        #expect(after.month(month("2026-10"), of: li).status == .arrears)
        #expect(after.arrears(of: li).months == [month("2026-10"), month("2026-11"), month("2026-12")])
    }

    @Test func aMonthlyPayersMonthIsDueUntilItEndsThenInArrears() {
        let zhao = member("zhao")
        let bases = [MemberDuesBasis(memberID: "zhao", history: [basis("2026-01", "3000")])]
        let register = ledger([zhao], bases, [pay("p1", "zhao", ["2026-10"], "15", on: "2026-10-12")], today: "2026-11-27")
        #expect(register.month(month("2026-11"), of: zhao).status == .due)
        #expect(register.month(month("2026-10"), of: zhao).status == .paid)
        #expect(register.arrears(of: zhao).count == 0)
    }

    @Test func aProbationaryMemberAcceptedOnTheTwentiethOwesThatMonth() {
        let cao = member("cao", joined: Day("2026-03-20"), category: .probationary, probationStart: Day("2026-03-20"))
        let bases = [MemberDuesBasis(memberID: "cao", history: [basis("2026-03", "2500")])]
        let register = ledger([cao], bases, [], today: "2026-11-27")
        #expect(register.month(month("2026-02"), of: cao).status == .notOwed)
        #expect(register.month(month("2026-03"), of: cao).status == .arrears)
        #expect(register.month(month("2026-03"), of: cao).due == Money(yuan: "12.50"))
    }

    @Test func aMemberOffTheRosterOwesNothingForTheMonth() {
        var gone = member("gone")
        gone.rosterStatus = History(changes: [.init(since: since, value: .active), .init(since: Day("2026-05-10")!, value: .transferredOut)])
        let bases = [MemberDuesBasis(memberID: "gone", history: [basis("2025-01", "4000")])]
        let register = ledger([gone], bases, [], today: "2026-11-27")
        #expect(register.month(month("2026-05"), of: gone).status == .arrears, "on the roster until the 10th")
        #expect(register.month(month("2026-06"), of: gone).status == .notOwed)
    }

    @Test func aBackPaymentOfFourMonthsSettlesThemAndEndsTheRun() {
        let sun = member("sun")
        let bases = [MemberDuesBasis(memberID: "sun", history: [basis("2026-01", "4000")])]
        let before = ledger([sun], bases, [pay("p0", "sun", ["2026-06"], "40", on: "2026-06-10")], today: "2026-11-27")
        #expect(before.arrears(of: sun).months == ["2026-07", "2026-08", "2026-09", "2026-10"].map(month))
        #expect(before.arrears(of: sun).level(.defaults) == .talk)
        let back = pay("p1", "sun", ["2026-07", "2026-08", "2026-09", "2026-10"], "160", on: "2026-11-20")
        let after = ledger([sun], bases, [pay("p0", "sun", ["2026-06"], "40", on: "2026-06-10"), back], today: "2026-11-27")
        for m in ["2026-07", "2026-08", "2026-09", "2026-10"] { #expect(after.month(month(m), of: sun).status == .paid) }
        #expect(after.arrears(of: sun).count == 0)
    }

    @Test func arrearsClimbTheWarningLadder() {
        let ma = member("ma")
        let bases = [MemberDuesBasis(memberID: "ma", history: [basis("2026-01", "4000")])]
        func level(paidThrough last: String, today: String) -> (Int, WarningLevel) {
            let months = (1...YearMonth(last)!.month).map { YearMonth(year: 2026, month: $0) }
            let payment = DuesPayment(id: "p", memberID: "ma", months: months, amount: Money(fen: 4000 * months.count), paidOn: Day("2026-01-10")!)
            let arrears = ledger([ma], bases, [payment], today: today).arrears(of: ma)
            return (arrears.count, arrears.level(.defaults))
        }
        #expect(level(paidThrough: "2026-08", today: "2026-11-27") == (2, .none))
        #expect(level(paidThrough: "2026-07", today: "2026-11-27") == (3, .talk))
        #expect(level(paidThrough: "2026-05", today: "2026-11-27") == (5, .urgent))
        #expect(level(paidThrough: "2026-04", today: "2026-11-27") == (6, .regardedAsLeft))
    }

    @Test func anExemptMemberIsNeverInArrearsAndAReductionIsItsAmount() {
        let zhou = member("zhou"), wu = member("wu")
        let bases = [
            MemberDuesBasis(memberID: "zhou", history: [DuesBasis(from: month("2026-01"), kind: .exempt, decidedOn: Day("2026-01-05"), reason: "生活困难")]),
            MemberDuesBasis(memberID: "wu", history: [DuesBasis(from: month("2026-01"), kind: .reduced, amount: Money(yuan: "5"), decidedOn: Day("2026-01-05"))]),
        ]
        let register = ledger([zhou, wu], bases, [], today: "2026-11-27")
        #expect(register.month(month("2026-05"), of: zhou).status == .exempt)
        #expect(register.arrears(of: zhou).count == 0)
        #expect(register.month(month("2026-05"), of: wu).due == Money(yuan: "5"))
        #expect(register.arrears(of: wu).count == 10, "January to October 2026; 2025 is before the first base")
    }

    @Test func monthsBeforeTheFirstRecordedBaseAreNotJudged() {
        let new = member("new"), none = member("none")
        let bases = [MemberDuesBasis(memberID: "new", history: [basis("2026-11", "4000")])]
        let register = ledger([new, none], bases, [], today: "2026-12-15")
        #expect(register.month(month("2026-10"), of: new).status == .unrecorded)
        #expect(register.arrears(of: new).months == [month("2026-11")])
        #expect(register.arrears(of: none).count == 0, "no base recorded: nothing judged")
        #expect(register.totals(for: month("2026-10")).owing == 0, "the register starts with the first base")
    }

    @Test func moreThanDueIsAVoluntaryExtraAndLessIsPartly() {
        let hu = member("hu")
        let bases = [MemberDuesBasis(memberID: "hu", history: [basis("2026-01", "3000")])]
        let register = ledger([hu], bases, [pay("p1", "hu", ["2026-09"], "100", on: "2026-09-10"),
                                            pay("p2", "hu", ["2026-10"], "10", on: "2026-10-10")], today: "2026-11-27")
        let september = register.month(month("2026-09"), of: hu)
        #expect(september.status == .paid && september.paid == Money(yuan: "15") && september.extra == Money(yuan: "85"))
        #expect(register.month(month("2026-10"), of: hu).status == .partly)
    }

    @Test func theRegisterBalancesAgainstTheHandOvers() {
        let a = member("a"), b = member("b")
        let bases = [MemberDuesBasis(memberID: "a", history: [basis("2026-01", "3000")]),
                     MemberDuesBasis(memberID: "b", history: [basis("2026-01", "8000")])]
        let payments = [pay("p1", "a", ["2026-10"], "15", on: "2026-10-10"), pay("p2", "b", ["2026-10"], "120", on: "2026-10-10"),
                        pay("p3", "a", ["2026-09"], "20", on: "2026-09-10")]
        let handovers = [DuesHandover(id: "h1", on: Day("2026-10-31")!, months: [month("2026-09"), month("2026-10")], total: Money(yuan: "155")!)]
        let register = ledger([a, b], bases, payments, handovers: handovers, today: "2026-11-27")
        let october = register.totals(for: month("2026-10")), september = register.totals(for: month("2026-09"))
        #expect(october.due == Money(yuan: "135") && october.collected == Money(yuan: "135"))
        #expect(september.collected == Money(yuan: "20") && september.extra == Money(yuan: "5"))
        #expect(october.handedOver + september.handedOver == Money(yuan: "155"))
        #expect(october.notHandedOver == .zero && september.notHandedOver == .zero, "handed over what was collected")
        #expect(october.settled == 2 && september.settled == 1 && september.owing == 2)
    }

    /// The rules' slip: a register as of a day counted payments and hand-overs made after
    /// it (a member six months unpaid as of D showed paid because they paid the next day).
    @Test func nothingDatedAfterTheRegistersDayCounts() {
        let wang = member("wang")
        let bases = [MemberDuesBasis(memberID: "wang", history: [basis("2026-01", "4000")])]
        let months = ["2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10"]
        let payments = [pay("p0", "wang", ["2026-01", "2026-02", "2026-03", "2026-04"], "160", on: "2026-04-10"),
                        pay("p1", "wang", months, "240", on: "2026-11-11")]
        let handovers = [DuesHandover(id: "h1", on: Day("2026-11-12")!, months: months.map(month), total: Money(yuan: "240")!)]
        let asOf = ledger([wang], bases, payments, handovers: handovers, today: "2026-11-10")
        #expect(asOf.arrears(of: wang).count == 6, "six months unpaid on 10 November")
        #expect(asOf.month(month("2026-10"), of: wang).status == .arrears)
        #expect(asOf.totals(for: month("2026-10")).handedOver == .zero)
        let after = ledger([wang], bases, payments, handovers: handovers, today: "2026-11-12")
        #expect(after.arrears(of: wang).count == 0)
        #expect(after.totals(for: month("2026-10")).handedOver == Money(yuan: "40"))
    }

    /// Money paid for a month not owed, or with no base recorded, is extra, and said so:
    /// it settles nothing (it was counted as paid).
    @Test func aPaymentForAMonthNotOwedOrWithoutABaseIsExtra() {
        let late = member("late", probationStart: Day("2026-06-15")!)
        let nobase = member("nobase")
        let bases = [MemberDuesBasis(memberID: "late", history: [basis("2026-06", "4000")])]
        let payments = [pay("p1", "late", ["2026-05"], "40", on: "2026-06-20"), pay("p2", "nobase", ["2026-05"], "30", on: "2026-06-20")]
        let register = ledger([late, nobase], bases, payments, today: "2026-11-27")
        let notOwed = register.month(month("2026-05"), of: late)
        #expect(notOwed.status == .notOwed && notOwed.paid == .zero && notOwed.extra == Money(yuan: "40"))
        let unrecorded = register.month(month("2026-05"), of: nobase)
        #expect(unrecorded.status == .unrecorded && unrecorded.paid == .zero && unrecorded.extra == Money(yuan: "30"))
        #expect(register.totals(for: month("2026-05")).extra == Money(yuan: "70"))
    }
}

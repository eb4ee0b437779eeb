import Foundation

/// The demo branch's Party dues for 2026: every member's base from January, dues paid
/// at each theme Party Day (members who missed it pay five days later), one quarterly
/// payer, one member who stopped paying in the summer, and one exempt member.
enum DemoDues {
    /// 周海 works away from the mill: pays each quarter, at the quarter's last theme Party Day.
    static let quarterlyPayer = DemoRoster.mobileMember
    /// 钱斌 stopped coming in the summer, and stopped paying after June.
    static let stoppedPaying = DemoRoster.driftingMember
    static let lastMonthPaid = 6
    /// 郭鹏: exempt by the branch's decision (family hardship), approved above.
    static let exempt = "m-16"
    static let year = 2026

    static func bases(_ members: [Member]) -> [MemberDuesBasis] {
        let january = YearMonth(year: year, month: 1)
        return members.enumerated().map { position, member in
            let basis: DuesBasis
            if member.id == exempt {
                basis = DuesBasis(from: january, kind: .exempt, decidedOn: Day("2026-01-08"), reason: "家庭生活困难，经支部研究、上级党委批准免交")
            } else {
                // Wages after tax across every bracket; one exactly on the first boundary.
                let wage = position == 28 ? 300_000 : 280_000 + (position * 47_311) % 960_000
                basis = DuesBasis(from: january, kind: .inService, base: Money(fen: wage),
                                  cycle: member.id == quarterlyPayer ? .quarterly : .monthly)
            }
            var history = [basis]
            // 张建军 (m-06) was promoted in July: the new wage applies from July.
            if member.id == "m-06" { history.append(DuesBasis(from: YearMonth(year: year, month: 7), kind: .inService, base: Money(fen: 1_050_000))) }
            return MemberDuesBasis(memberID: member.id, history: history)
        }
    }

    /// Payments at the theme Party Days of the year's meetings (and five days after, for
    /// those absent), received by the organization committee member.
    static func payments(meetings: [Meeting], members: [Member], bases: [MemberDuesBasis], zone: TimeZone) -> DuesYear {
        let ledger = DuesLedger(members: members, bases: bases, years: [], today: Day(year: year, month: 12, day: 31)!)
        let receiver = members.first { $0.role.changes.last?.value.portfolio == "组织委员" }?.name ?? ""
        var payments: [DuesPayment] = []
        let themeDays = meetings.filter { $0.types.contains(.themePartyDay) && Day($0.start, in: zone).year == year }
            .sorted { $0.start < $1.start }
        for meeting in themeDays {
            let day = Day(meeting.start, in: zone)
            let month = YearMonth(day)
            let present = Set(meeting.attendance.filter { $0.status.attended }.map(\.memberID))
            for member in members {
                var months = [month]
                if member.id == quarterlyPayer {
                    // Pays the quarter at its last month's theme Party Day.
                    guard month.month % 3 == 0 else { continue }
                    months = [month.previous.previous, month.previous, month]
                }
                if member.id == stoppedPaying && month.month > lastMonthPaid { continue }
                months = months.filter { ledger.month($0, of: member).status != .notOwed && ledger.month($0, of: member).status != .exempt }
                guard !months.isEmpty else { continue }
                let due = months.reduce(Money.zero) { $0 + (ledger.month($1, of: member).due ?? .zero) }
                let atMeeting = present.contains(member.id)
                payments.append(DuesPayment(id: "dues-\(month)-\(member.id)", memberID: member.id, months: months, amount: due,
                                            paidOn: atMeeting ? day : day.adding(days: 5), receivedBy: receiver,
                                            meetingID: atMeeting ? meeting.id : nil))
            }
        }
        // Handed up to the mill's Party committee each quarter, the collected total.
        let collected = DuesLedger(members: members, bases: bases, years: [DuesYear(year: year, payments: payments)],
                                   today: Day(year: year, month: 12, day: 31)!)
        var handovers: [DuesHandover] = []
        for quarter in 1...3 {
            let months = (1...3).map { YearMonth(year: year, month: (quarter - 1) * 3 + $0) }
            let total = months.reduce(Money.zero) { $0 + collected.totals(for: $1).collected }
            handovers.append(DuesHandover(id: "handover-\(year)-q\(quarter)", on: months[2].lastDay.adding(days: 10), months: months,
                                          total: total, note: "上缴冷轧厂党委"))
        }
        return DuesYear(year: year, payments: payments, handovers: handovers)
    }

    /// The seed meeting's dues step, as the dues pane (in Chinese) leaves it: who paid, how much.
    static func stepNote(_ dues: DuesYear, meetingID: String, members: [Member]) -> String {
        let paid = dues.payments.filter { $0.meetingID == meetingID }
        let total = paid.reduce(Money.zero) { $0 + $1.amount }
        return "党费：\(Set(paid.map(\.memberID)).count)名党员当场交纳党费：2026年11月份\(total)元（\(Set(paid.map(\.memberID)).count)人）；合计\(total)元。"
    }
}

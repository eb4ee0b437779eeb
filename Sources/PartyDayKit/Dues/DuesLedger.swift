/// How a member stands for one month's dues.
public enum DuesMonthStatus: String, Equatable, Sendable {
    /// Paid in full (perhaps more: the extra is voluntary).
    case paid
    /// Something paid, less than due.
    case partly
    /// Nothing paid, and the month (or, for a quarterly payer, its quarter) is over.
    case arrears
    /// Nothing paid yet, and the month or quarter is not over: still due.
    case due
    /// Nothing owed: exempt by the branch's decision.
    case exempt
    /// Not on the roster (or not yet accepted into the Party) that month.
    case notOwed = "not-owed"
    /// Before the member's first recorded dues base: the register starts there, and the
    /// months before are not judged (a branch that starts using partyday today does not
    /// see every member years in arrears).
    case unrecorded
}

/// One member's dues for one month: what was due, what the payments cover.
public struct DuesMonth: Equatable, Sendable {
    public var month: YearMonth
    public var status: DuesMonthStatus
    /// Nil when owed but no basis is recorded (the amount cannot be reckoned).
    public var due: Money?
    public var paid: Money
    /// Paid beyond what was due (voluntary).
    public var extra: Money
    public var basis: DuesBasis?
    /// The payments that cover this month.
    public var payments: [DuesPayment]
}

/// The dues register: every member's months, computed from the bases, the roster and
/// the payments; nothing in it is typed. Arrears are judged on `today`: a month is in
/// arrears once it is over, a quarterly payer's month once its quarter is.
public struct DuesLedger: Sendable {
    public let members: [Member]
    public let bases: [String: MemberDuesBasis]
    public let payments: [DuesPayment]
    public let handovers: [DuesHandover]
    public let today: Day
    /// Allocations of each member's payments to months, worked out once.
    private let allocated: [String: [YearMonth: (paid: Money, extra: Money, payments: [DuesPayment])]]

    public init(members: [Member], bases: [MemberDuesBasis], years: [DuesYear], today: Day) {
        self.members = members
        self.bases = Dictionary(bases.map { ($0.memberID, $0) }, uniquingKeysWith: { first, _ in first })
        // Nothing dated after the register's day counts: a report as of a day (and a meeting
        // written up afterwards) sees the payments and hand-overs made by then, as RULES.md
        // says for meetings.
        payments = years.flatMap(\.payments).filter { $0.paidOn <= today }.sorted { ($0.paidOn, $0.id) < ($1.paidOn, $1.id) }
        handovers = years.flatMap(\.handovers).filter { $0.on <= today }.sorted { ($0.on, $0.id) < ($1.on, $1.id) }
        self.today = today
        var allocated: [String: [YearMonth: (paid: Money, extra: Money, payments: [DuesPayment])]] = [:]
        let bases = self.bases
        for payment in payments {
            var left = payment.amount
            var months = allocated[payment.memberID] ?? [:]
            for (position, month) in payment.months.enumerated() {
                var entry = months[month] ?? (.zero, .zero, [])
                entry.payments.append(payment)
                let due = bases[payment.memberID]?.basis(in: month).flatMap(DuesRate.monthly)
                let remaining = payment.months.count - position
                // Each month takes what it still needs, in order (a month without a basis
                // an equal part); what is left after the last month is a voluntary extra.
                let need = due.map { max(.zero, $0 - entry.paid) } ?? Money(fen: left.fen / remaining)
                if remaining == 1 {
                    let toMonth = due == nil ? left : min(left, need)
                    entry.paid += toMonth
                    entry.extra += left - toMonth
                    left = .zero
                } else {
                    let toMonth = min(left, need)
                    entry.paid += toMonth
                    left = left - toMonth
                }
                months[month] = entry
            }
            allocated[payment.memberID] = months
        }
        self.allocated = allocated
    }

    /// Whether `member` owes dues for `month`: on the roster on some day of it, and
    /// accepted into the Party by its last day (a probationary member pays from acceptance).
    public static func owes(_ member: Member, in month: YearMonth) -> Bool {
        if let accepted = member.probationStart ?? member.joinedOn, accepted > month.lastDay { return false }
        var days = [month.firstDay, month.lastDay]
        days += member.rosterStatus.changes.map(\.since).filter { $0 >= month.firstDay && $0 <= month.lastDay }
        return days.contains { member.rosterStatus.value(on: $0)?.isOnRoster == true }
    }

    /// The month is over for this payer: monthly, when the month has ended; quarterly,
    /// when its quarter has.
    func isOver(_ month: YearMonth, cycle: DuesBasis.Cycle) -> Bool {
        let last = cycle == .quarterly ? YearMonth(year: month.year, month: month.quarter * 3) : month
        return today > last.lastDay
    }

    public func month(_ month: YearMonth, of member: Member) -> DuesMonth {
        let basis = bases[member.id]?.basis(in: month)
        let entry = allocated[member.id]?[month] ?? (.zero, .zero, [])
        // Money paid for a month not owed, with no base recorded, or exempt is extra, and
        // said so: it settles nothing.
        let allExtra = entry.paid + entry.extra
        guard DuesLedger.owes(member, in: month) else {
            return DuesMonth(month: month, status: .notOwed, due: nil, paid: .zero, extra: allExtra, basis: basis, payments: entry.payments)
        }
        let due = basis.flatMap(DuesRate.monthly)
        if basis == nil {
            return DuesMonth(month: month, status: .unrecorded, due: nil, paid: .zero, extra: allExtra, basis: nil, payments: entry.payments)
        }
        if basis?.kind == .exempt {
            return DuesMonth(month: month, status: .exempt, due: due, paid: .zero, extra: allExtra, basis: basis, payments: entry.payments)
        }
        let status: DuesMonthStatus
        if let due, entry.paid >= due, entry.paid > .zero || due == .zero {
            status = .paid
        } else if entry.paid > .zero {
            status = due == nil ? .paid : .partly
        } else {
            status = isOver(month, cycle: basis?.cycle ?? .monthly) ? .arrears : .due
        }
        return DuesMonth(month: month, status: status, due: due, paid: entry.paid, extra: entry.extra, basis: basis, payments: entry.payments)
    }

    /// The months of `year` for a member.
    public func months(of member: Member, in year: Int) -> [DuesMonth] {
        (1...12).map { month(YearMonth(year: year, month: $0), of: member) }
    }

    /// The run of months in arrears, counted back from the latest month that is over:
    /// a paid, partly paid or exempt month ends it; a month not owed is passed over.
    public func arrears(of member: Member) -> DuesArrears {
        var run: [YearMonth] = []
        var month = YearMonth(today)
        let earliest = YearMonth(member.probationStart ?? member.joinedOn ?? member.rosterStatus.changes[0].since)
        var looked = 0
        while month >= earliest, looked < 12 * 30 {
            looked += 1
            let standing = self.month(month, of: member)
            switch standing.status {
            case .arrears: run.append(month)
            case .paid, .partly, .exempt: return DuesArrears(months: run.reversed())
            case .due, .notOwed: break
            case .unrecorded: return DuesArrears(months: run.reversed())
            }
            month = month.previous
        }
        return DuesArrears(months: run.reversed())
    }

    /// What the register holds for `month`: due, collected (extras included), and how much
    /// of that was handed over.
    public func totals(for month: YearMonth) -> DuesTotals {
        var totals = DuesTotals(month: month)
        for member in members {
            let standing = self.month(month, of: member)
            totals.due += standing.due ?? .zero
            totals.collected += standing.paid + standing.extra
            totals.extra += standing.extra
            if standing.status == .paid || standing.status == .exempt { totals.settled += 1 }
            if standing.status != .notOwed && standing.status != .unrecorded { totals.owing += 1 }
        }
        // A hand-over covering several months is shared by their collected amounts; the
        // register balances when each month's collection has been handed over.
        for handover in handovers where handover.months.contains(month) {
            totals.handedOver += handover.months.count == 1 ? handover.total : share(of: handover, for: month)
            totals.handedOverOn.append(handover.on)
        }
        return totals
    }

    private func share(of handover: DuesHandover, for month: YearMonth) -> Money {
        let collected = handover.months.map { m in members.reduce(Money.zero) { $0 + self.month(m, of: $1).paid + self.month(m, of: $1).extra } }
        let all = collected.reduce(.zero, +)
        guard let index = handover.months.firstIndex(of: month) else { return .zero }
        guard all > .zero else { return index == 0 ? handover.total : .zero }
        // Shares by each month's collection; the rounding remainder goes to the first month.
        let shares = collected.map { Money.scaled(handover.total, by: $0.fen, over: all.fen) }
        let remainder = handover.total - shares.reduce(.zero, +)
        return shares[index] + (index == 0 ? remainder : .zero)
    }
}

extension DuesLedger {
    /// Members on the roster today whose unpaid run reaches the ladder's first step,
    /// longest run first: the dues half of the six-month rule.
    public func atRisk(_ ladder: WarningLadder) -> [DuesRisk] {
        members.filter { $0.snapshot(on: today) != nil }
            .map { member in
                let run = arrears(of: member)
                return DuesRisk(memberID: member.id, name: member.name, arrears: run, level: run.level(ladder))
            }
            .filter { $0.level > .none }
            .sorted { ($0.arrears.count, $1.name) > ($1.arrears.count, $0.name) }
    }
}

/// A member the dues half of the six-month rule warns about.
public struct DuesRisk: Equatable, Sendable {
    public var memberID: String
    public var name: String
    public var arrears: DuesArrears
    public var level: WarningLevel
}

/// A member's unpaid run under the six-month rule's dues half.
public struct DuesArrears: Equatable, Sendable {
    /// Consecutive months in arrears, oldest first.
    public var months: [YearMonth]
    public var count: Int { months.count }

    public func level(_ ladder: WarningLadder) -> WarningLevel {
        ladder.level(unexcusedMonths: months.count)
    }
}

/// One month of the register, summed.
public struct DuesTotals: Equatable, Sendable {
    public var month: YearMonth
    public var due = Money.zero
    public var collected = Money.zero
    public var extra = Money.zero
    public var handedOver = Money.zero
    public var handedOverOn: [Day] = []
    /// Members who owed that month, and those settled (paid in full or exempt).
    public var owing = 0
    public var settled = 0

    public init(month: YearMonth) {
        self.month = month
    }

    /// Collected and not yet handed over (negative when more was handed over than collected).
    public var notHandedOver: Money { collected - handedOver }
}

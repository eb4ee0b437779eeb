import PartyDayKit

/// The branch's Party dues as the screens show them: the bases and every year's
/// payments, read once after the meetings are listed and kept in step with each change.
public struct DuesState: Sendable {
    public var bases: [MemberDuesBasis] = []
    public var years: [Int: DuesYear] = [:]
    public var loaded = false
    var requested = false
    /// Dues files that did not load (named on the Dues screen; never written over).
    public var problems: [FileProblem] = []
    /// The month the Dues screen shows; nil for this month.
    public var month: YearMonth?
    public var cursor = ListCursor()
    /// The year at a glance (members × months) instead of one month's register.
    public var yearGrid = false
    /// The register as of today and the members at risk, worked out when the dues, the
    /// roster, the branch or the day change — not on every frame of the home screen.
    var ledger: DuesLedger?
    var atRisk: [DuesRisk] = []
}

extension AppState {
    /// The register as of today, from what is loaded.
    var duesLedger: DuesLedger {
        dues.ledger ?? DuesLedger(members: members, bases: dues.bases, years: dues.years.values.sorted { $0.year < $1.year }, today: today)
    }

    /// Works the register and the members at risk out again (see `DuesState.ledger`).
    mutating func rebuildDues() {
        guard dues.loaded else { return }
        let ledger = DuesLedger(members: members, bases: dues.bases, years: dues.years.values.sorted { $0.year < $1.year }, today: today)
        dues.ledger = ledger
        dues.atRisk = dues.bases.isEmpty ? [] : ledger.atRisk(branch?.ladder ?? .defaults)
    }

    var duesMonth: YearMonth { dues.month ?? YearMonth(today) }

    /// The members the Dues screen lists for its month: those who owe it or have a base.
    func duesMembers(_ ledger: DuesLedger) -> [Member] {
        members.filter { ledger.month(duesMonth, of: $0).status != .notOwed }
    }

    /// Who receives dues by default: the organization committee member, else the secretary.
    var duesReceiver: String {
        let organizer = members.first { ($0.role.changes.last?.value.portfolio ?? "").contains("组织") }
            ?? members.first { $0.role.changes.last?.value.kind == .secretary }
        return organizer?.name ?? ""
    }

    mutating func requestDuesIfNeeded(_ effects: inout [Effect]) {
        guard !dues.requested, branch != nil else { return }
        dues.requested = true
        effects.append(.loadDues)
    }

    mutating func duesLoaded(bases: [MemberDuesBasis], years: [DuesYear], problems: [FileProblem]) {
        dues.bases = bases
        dues.years = Dictionary(years.map { ($0.year, $0) }, uniquingKeysWith: { first, _ in first })
        dues.problems = problems
        dues.loaded = true
        rebuildDues()
        if !problems.isEmpty { note(strings.damagedFiles(problems.count), error: true) }
    }

    /// Whether dues may be changed: loaded, and no dues file was damaged (it would be
    /// written over with what little loaded).
    var duesWritable: Bool { dues.loaded && dues.problems.isEmpty }

    /// The months a payment of `count` months settles: from the member's oldest month
    /// owed and not settled (up to `through`), forward.
    func monthsToPay(_ member: Member, count: Int, through month: YearMonth, _ ledger: DuesLedger) -> [YearMonth] {
        var first = month
        var probe = month.previous
        for _ in 0..<36 {
            let status = ledger.month(probe, of: member).status
            if status == .arrears || status == .due || status == .partly { first = probe } else if status != .notOwed { break }
            probe = probe.previous
        }
        var months: [YearMonth] = []
        var next = first
        while months.count < max(1, count) {
            let status = ledger.month(next, of: member).status
            if status != .notOwed && status != .exempt && status != .paid { months.append(next) }
            next = next.next
            if next.year > month.year + 3 { break }
        }
        return months
    }

    /// Records a payment and saves its year's file.
    mutating func recordDuesPayment(memberID: String, months: [YearMonth], amount: Money, on day: Day, meetingID: String?,
                                    _ effects: inout [Effect], rebuild: Bool = true) {
        guard duesWritable else { return note(strings.t("The dues files are not loaded (or one is damaged): nothing recorded.", "党费文件未载入（或已损坏）：未记录。"), error: true) }
        let payment = DuesPayment(id: ids.id(), memberID: memberID, months: months, amount: amount, paidOn: day,
                                  receivedBy: duesReceiver, meetingID: meetingID)
        var year = dues.years[day.year] ?? DuesYear(year: day.year)
        year.payments.append(payment)
        dues.years[day.year] = year
        effects.append(.saveDuesYear(year))
        if rebuild { rebuildDues() }
    }

    /// Removes the member's payments that cover `month` (a payment of several months goes
    /// whole); returns how many.
    @discardableResult
    mutating func removeDuesPayments(memberID: String, month: YearMonth, _ effects: inout [Effect]) -> Int {
        guard duesWritable else { return 0 }
        var removed = 0
        for (number, var year) in dues.years {
            let before = year.payments.count
            year.payments.removeAll { $0.memberID == memberID && $0.months.contains(month) }
            guard year.payments.count != before else { continue }
            removed += before - year.payments.count
            dues.years[number] = year
            effects.append(.saveDuesYear(year))
        }
        if removed > 0 { rebuildDues() }
        return removed
    }

    mutating func setDuesBasis(memberID: String, _ basis: DuesBasis, _ effects: inout [Effect]) {
        guard duesWritable else { return }
        var entry = dues.bases.first { $0.memberID == memberID } ?? MemberDuesBasis(memberID: memberID, history: [])
        entry.set(basis)
        dues.bases.removeAll { $0.memberID == memberID }
        dues.bases.append(entry)
        dues.bases.sort { $0.memberID < $1.memberID }
        effects.append(.saveDuesBases(dues.bases))
        rebuildDues()
    }

    mutating func recordDuesHandover(_ handover: DuesHandover, _ effects: inout [Effect]) {
        guard duesWritable else { return }
        var year = dues.years[handover.on.year] ?? DuesYear(year: handover.on.year)
        year.handovers.append(handover)
        dues.years[handover.on.year] = year
        effects.append(.saveDuesYear(year))
        rebuildDues()
    }

    /// Members whose unpaid run reaches the ladder's first step, longest first.
    var duesAtRisk: [DuesRisk] { dues.atRisk }
}

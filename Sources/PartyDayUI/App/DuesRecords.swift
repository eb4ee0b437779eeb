import PartyDayKit

/// The branch's Party dues records as every screen shares them: the bases and every
/// year's payments, read once after the meetings are listed and kept in step with each
/// change. The Dues screen's own state (its month, list, year grid) is `DuesScreenState`.
public struct DuesRecords: Sendable {
    public var bases: [MemberDuesBasis] = []
    public var years: [Int: DuesYear] = [:]
    public var loaded = false
    var requested = false
    /// Dues files that did not load (named on the Dues screen; never written over).
    public var problems: [FileProblem] = []
    /// The register as of today and the members at risk, worked out when the dues, the
    /// roster, the branch or the day change — not on every frame of the home screen.
    var ledger: DuesLedger?
    var atRisk: [DuesRisk] = []

    /// Whether dues may be changed: loaded, and no dues file was damaged (it would be
    /// written over with what little loaded).
    var writable: Bool { loaded && problems.isEmpty }
}

/// A change to the dues a screen asks for (`Intent.changeDues`); the root makes it through
/// the one record pipe, so `u` undoes it wherever it was asked.
public enum DuesChange: Sendable {
    /// Payments (one, or everyone present at once) as one change, `label` naming it for undo.
    case payments([(memberID: String, months: [YearMonth], amount: Money)], on: Day, meetingID: String?, receivedBy: String?, label: Phrase)
    /// The member's payments covering `month` (a payment of several months goes whole).
    case removePayments(memberID: String, month: YearMonth)
    case basis(memberID: String, DuesBasis)
    /// Dues handed up to the higher committee (the root gives it its id).
    case handover(on: Day, months: [YearMonth], total: Money, note: String)
}

extension AppState {
    /// The register as of today, from what is loaded.
    var duesLedger: DuesLedger {
        dues.ledger ?? DuesLedger(members: members, bases: dues.bases, years: dues.years.values.sorted { $0.year < $1.year }, today: today)
    }

    /// The register as it stood on `day` (the dues pane of a meeting written up afterwards
    /// judges as of the meeting, not today).
    func duesLedger(asOf day: Day) -> DuesLedger {
        day == today ? duesLedger : DuesLedger(members: members, bases: dues.bases, years: dues.years.values.sorted { $0.year < $1.year }, today: day)
    }

    /// Works the register and the members at risk out again (see `DuesState.ledger`).
    mutating func rebuildDues() {
        guard dues.loaded else { return }
        let ledger = DuesLedger(members: members, bases: dues.bases, years: dues.years.values.sorted { $0.year < $1.year }, today: today)
        dues.ledger = ledger
        dues.atRisk = dues.bases.isEmpty ? [] : ledger.atRisk(branch?.ladder ?? .defaults)
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

    var duesWritable: Bool { dues.writable }

    /// Makes a change a screen asked for, through the pipe.
    mutating func change(_ change: DuesChange, _ effects: inout [Effect]) {
        switch change {
        case let .payments(payments, day, meetingID, receivedBy, label):
            recordDuesPayments(payments, on: day, meetingID: meetingID, receivedBy: receivedBy, label: label, &effects)
        case let .removePayments(memberID, month):
            removeDuesPayments(memberID: memberID, month: month, &effects)
        case let .basis(memberID, basis):
            setDuesBasis(memberID: memberID, basis, &effects)
        case let .handover(day, months, total, note):
            recordDuesHandover(DuesHandover(id: ids.id(), on: day, months: months, total: total, note: note), &effects)
        }
    }

    /// Records payments (one, or everyone present at once) as one change: `u` undoes them together.
    mutating func recordDuesPayments(_ payments: [(memberID: String, months: [YearMonth], amount: Money)], on day: Day, meetingID: String?,
                                     receivedBy: String? = nil, label: Phrase, _ effects: inout [Effect]) {
        guard duesWritable else { return note(strings.t("The dues files are not loaded (or one is damaged): nothing recorded.", "党费文件未载入（或已损坏）：未记录。"), error: true) }
        guard !payments.isEmpty else { return }
        let receiver = receivedBy ?? duesReceiver
        let made = payments.map { DuesPayment(id: ids.id(), memberID: $0.memberID, months: $0.months, amount: $0.amount, paidOn: day,
                                              receivedBy: receiver, meetingID: meetingID) }
        changeDues(label, &effects) { years, _ in
            var year = years[day.year] ?? DuesYear(year: day.year)
            year.payments += made
            years[day.year] = year
        }
    }

    /// Removes the member's payments that cover `month` (a payment of several months goes
    /// whole); returns how many.
    @discardableResult
    mutating func removeDuesPayments(memberID: String, month: YearMonth, _ effects: inout [Effect]) -> Int {
        guard duesWritable else { return 0 }
        let removed = dues.years.values.reduce(0) { $0 + $1.payments.filter { $0.memberID == memberID && $0.months.contains(month) }.count }
        guard removed > 0 else { return 0 }
        let name = members.first { $0.id == memberID }?.name ?? memberID
        changeDues(Phrase("removing \(name)'s payment for \(month)", "删除\(name)\(month)的交纳记录"), &effects) { years, _ in
            for (number, var year) in years {
                year.payments.removeAll { $0.memberID == memberID && $0.months.contains(month) }
                years[number] = year
            }
        }
        return removed
    }

    mutating func setDuesBasis(memberID: String, _ basis: DuesBasis, _ effects: inout [Effect]) {
        guard duesWritable else { return }
        let name = members.first { $0.id == memberID }?.name ?? memberID
        changeDues(Phrase("\(name)'s dues base from \(basis.from)", "\(name)自\(basis.from)起的党费基数"), &effects) { _, bases in
            var entry = bases.first { $0.memberID == memberID } ?? MemberDuesBasis(memberID: memberID, history: [])
            entry.set(basis)
            bases.removeAll { $0.memberID == memberID }
            bases.append(entry)
            bases.sort { $0.memberID < $1.memberID }
        }
    }

    mutating func recordDuesHandover(_ handover: DuesHandover, _ effects: inout [Effect]) {
        guard duesWritable else { return }
        let span = "\(handover.months.first.map { "\($0)" } ?? "")–\(handover.months.last.map { "\($0)" } ?? "")"
        changeDues(Phrase("the hand-over of \(span)", "\(span)的党费上缴"), &effects) { years, _ in
            var year = years[handover.on.year] ?? DuesYear(year: handover.on.year)
            year.handovers.append(handover)
            years[handover.on.year] = year
        }
    }

    /// Members whose unpaid run reaches the ladder's first step, longest first.
    var duesAtRisk: [DuesRisk] { dues.atRisk }
}

extension DuesLedger {
    /// The months a payment of `count` months settles: from the member's oldest month
    /// owed and not settled (up to `through`), forward.
    func monthsToPay(_ member: Member, count: Int, through month: YearMonth) -> [YearMonth] {
        let ledger = self
        var first = month
        var probe = month.previous
        for _ in 0..<36 {
            let status = ledger.month(probe, of: member).status
            // A month paid, exempt or not owed in between does not hide an older one unpaid
            // (October missed, November paid: December's payment offers October first); the
            // register's start (no base before it) ends the search.
            if status == .arrears || status == .due || status == .partly { first = probe } else if status == .unrecorded { break }
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
}

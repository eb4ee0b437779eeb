import Foundation

/// What the away records call for on a day: a letter about to expire or expired without its
/// receipt, a receipt overdue (local: a month), a member away six months or more at a fixed
/// place without a permanent transfer, a mobile member with no report this year, a member out
/// of contact six months (the branch may stop the membership) and stopped two years (removal).
public struct AwayWarnings: Equatable, Sendable {
    public struct Line: Equatable, Sendable {
        public var memberID: String
        public var name: String
        public var what: Wording
        /// Urgent: past a limit rather than nearing one.
        public var urgent: Bool
    }

    public var lines: [Line]

    public init(_ records: [AwayRecord], on day: Day) {
        var lines: [Line] = []
        for record in records {
            func add(_ english: String, _ chinese: String, urgent: Bool) {
                lines.append(Line(memberID: record.id, name: record.name, what: Wording(english, chinese), urgent: urgent))
            }
            for letter in record.letters where letter.direction == .out && letter.receiptOn == nil {
                if let valid = letter.validUntil, valid < day {
                    add("letter \(letter.number) expired \(valid), no receipt", "介绍信\(letter.number) \(valid) 已过期未回执", urgent: true)
                } else if let valid = letter.validUntil, valid <= day.adding(days: 7) {
                    add("letter \(letter.number) expires \(valid)", "介绍信\(letter.number) \(valid) 到期", urgent: false)
                }
                if letter.issuedOn.adding(months: 1) < day {
                    add("receipt overdue (letter of \(letter.issuedOn))", "回执逾期（\(letter.issuedOn) 开出）", urgent: true)
                }
            }
            if let stay = record.mobile, stay.until == nil {
                let permanentOut = record.letters.contains { $0.direction == .out && $0.kind == .permanent }
                if stay.since.adding(months: 6) <= day && !permanentOut {
                    add("away 6 months (since \(stay.since)) without a permanent transfer", "在外满 6 个月（\(stay.since) 起）未正式转出", urgent: false)
                }
                if stay.since.year < day.year || stay.since.adding(months: 3) <= day,
                   !record.reports.contains(where: { $0.day.year == day.year }) {
                    add("no report this year", "今年未汇报", urgent: false)
                }
            }
            let stopped = record.decisions.filter { $0.kind == .stopped }.map(\.day).max()
            let restored = record.decisions.filter { $0.kind == .restored }.map(\.day).max()
            let removed = record.decisions.contains { $0.kind == .removed }
            if let since = record.lostSince, stopped == nil, !removed, since.adding(months: 6) <= day {
                add("out of contact 6 months (since \(since)): membership may be stopped", "失联满 6 个月（\(since) 起），可决定停止党籍", urgent: true)
            }
            if let stopped, restored.map({ $0 < stopped }) ?? true, !removed, stopped.adding(months: 24) <= day {
                add("stopped 2 years (\(stopped)): removal (除名)", "停止党籍满 2 年（\(stopped)），应予除名", urgent: true)
            }
        }
        self.lines = lines
    }
}

import Foundation

/// A payment of dues: by one member, for one month or several (a quarterly payer pays
/// three at once, a late payer pays back months). More than due is allowed: the rest is
/// a voluntary extra, shown as such.
public struct DuesPayment: Codable, Equatable, Sendable, Identifiable {
    public var id: String
    public var memberID: String
    public var months: [YearMonth]
    public var amount: Money
    public var paidOn: Day
    public var receivedBy: String
    /// The meeting it was paid at, if any.
    public var meetingID: String?
    public var note: String

    public init(id: String, memberID: String, months: [YearMonth], amount: Money, paidOn: Day, receivedBy: String = "",
                meetingID: String? = nil, note: String = "") {
        self.id = id
        self.memberID = memberID
        self.months = months.sorted()
        self.amount = amount
        self.paidOn = paidOn
        self.receivedBy = receivedBy
        self.meetingID = meetingID
        self.note = note
    }
}

/// Dues handed up to the higher Party committee: when, for which months, how much.
public struct DuesHandover: Codable, Equatable, Sendable, Identifiable {
    public var id: String
    public var on: Day
    public var months: [YearMonth]
    public var total: Money
    public var note: String

    public init(id: String, on: Day, months: [YearMonth], total: Money, note: String = "") {
        self.id = id
        self.on = on
        self.months = months.sorted()
        self.total = total
        self.note = note
    }
}

/// The contents of `dues/YYYY.plist`: the payments made and the hand-overs done in that
/// calendar year (by the day paid or handed over). One file a year, so that saving a
/// payment costs the same in the tenth year as in the first.
public struct DuesYear: Codable, Equatable, Sendable {
    public var year: Int
    public var payments: [DuesPayment]
    public var handovers: [DuesHandover]

    public init(year: Int, payments: [DuesPayment] = [], handovers: [DuesHandover] = []) {
        self.year = year
        self.payments = payments
        self.handovers = handovers
    }
}

extension YearMonth: Codable {
    /// Stored as `YYYY-MM`.
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let month = YearMonth(text) else {
            throw DecodingError.worded(in: container, Wording("not a month (YYYY-MM): \(text)", "不是月份（YYYY-MM）：\(text)"))
        }
        self = month
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// `2026-11` or `2026-1`, within the supported years; nil otherwise.
    public init?(_ text: String) {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "-")
        guard parts.count == 2, parts[0].count == 4, (1...2).contains(parts[1].count),
              let year = Int(parts[0]), let month = Int(parts[1]), (1...12).contains(month),
              Day.supportedYears.contains(year) else { return nil }
        self.init(year: year, month: month)
    }
}

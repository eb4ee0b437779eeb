/// What a member's dues are reckoned from, from a month on (党费基数). A change of wage
/// applies from the month it is first paid, so each basis names the month it starts.
public struct DuesBasis: Codable, Equatable, Sendable {
    public enum Kind: String, Codable, CaseIterable, Sendable {
        /// In service: a share of the monthly wage after tax, by the rate table.
        case inService = "in-service"
        /// Retired: a share of the pension (0.5 % up to 5,000 yuan, 1 % above).
        case retired
        /// A fixed monthly amount: students, the unemployed, farmers (0.2–1 yuan).
        case fixed
        /// Less than the table, by the branch's decision (approved above): a fixed amount.
        case reduced
        /// Nothing, by the branch's decision (approved above).
        case exempt
    }

    /// How often the member pays: monthly, or each quarter with the branch's consent.
    public enum Cycle: String, Codable, CaseIterable, Sendable {
        case monthly
        case quarterly
    }

    public var from: YearMonth
    public var kind: Kind
    /// The wage after tax or the pension, for in-service and retired members.
    public var base: Money?
    /// The monthly amount for fixed and reduced members.
    public var amount: Money?
    public var cycle: Cycle
    /// The branch's decision, for reduced and exempt members.
    public var decidedOn: Day?
    public var reason: String

    public init(from: YearMonth, kind: Kind, base: Money? = nil, amount: Money? = nil, cycle: Cycle = .monthly,
                decidedOn: Day? = nil, reason: String = "") {
        self.from = from
        self.kind = kind
        self.base = base
        self.amount = amount
        self.cycle = cycle
        self.decidedOn = decidedOn
        self.reason = reason
    }

    /// What is wrong with it, in English and Chinese; nil when sound.
    public var problem: Wording? {
        switch kind {
        case .inService, .retired:
            guard let base else { return Wording("the base (wage or pension) is missing", "缺少党费基数（工资或养老金）") }
            if base < .zero || base.fen > DuesBasis.largestBase.fen { return Wording("the base is out of range", "党费基数超出范围") }
        case .fixed, .reduced:
            guard let amount else { return Wording("the monthly amount is missing", "缺少每月金额") }
            if amount < .zero || amount.fen > DuesBasis.largestBase.fen { return Wording("the amount is out of range", "金额超出范围") }
            if kind == .reduced && decidedOn == nil { return Wording("a reduction needs the date of the branch's decision", "减交须写明支部决定日期") }
        case .exempt:
            if decidedOn == nil { return Wording("an exemption needs the date of the branch's decision", "免交须写明支部决定日期") }
        }
        return nil
    }

    /// The largest base or fixed amount a form or a file may hold: 1,000,000.00 yuan.
    public static let largestBase = Money(fen: 100_000_000)
}

/// One member's bases over time, oldest first.
public struct MemberDuesBasis: Codable, Equatable, Sendable {
    public var memberID: String
    public var history: [DuesBasis]

    public init(memberID: String, history: [DuesBasis]) {
        self.memberID = memberID
        self.history = history.sorted { $0.from < $1.from }
    }

    /// The basis in force in `month`: the latest that starts on or before it.
    public func basis(in month: YearMonth) -> DuesBasis? {
        history.last { $0.from <= month }
    }

    /// Adds or replaces the basis starting in `basis.from`.
    public mutating func set(_ basis: DuesBasis) {
        history.removeAll { $0.from == basis.from }
        history.append(basis)
        history.sort { $0.from < $1.from }
    }
}

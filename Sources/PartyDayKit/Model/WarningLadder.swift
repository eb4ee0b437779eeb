/// How many unexcused months in a member's current run raise each warning of the
/// six-month rule. A branch may set its own (local rules escalate earlier).
public struct WarningLadder: Codable, Equatable, Sendable {
    /// Talk to the member.
    public var talk: Int
    /// Urgent: the branch must act now.
    public var urgent: Int
    /// Regarded as having left the Party; the branch general meeting must decide.
    public var regardedAsLeft: Int

    public init(talk: Int, urgent: Int, regardedAsLeft: Int) {
        self.talk = talk
        self.urgent = urgent
        self.regardedAsLeft = regardedAsLeft
    }

    public static let defaults = WarningLadder(talk: 3, urgent: 5, regardedAsLeft: 6)

    /// The months a threshold may name: two years is the longest run anyone watches.
    public static let allowedMonths = 1...24

    /// Thresholds lie in `allowedMonths` and rise step by step.
    public var isValid: Bool {
        [talk, urgent, regardedAsLeft].allSatisfy(WarningLadder.allowedMonths.contains) && talk <= urgent && urgent <= regardedAsLeft
    }

    /// The warning for a run with `unexcusedMonths` unexcused months.
    public func level(unexcusedMonths: Int) -> WarningLevel {
        if unexcusedMonths >= regardedAsLeft { return .regardedAsLeft }
        if unexcusedMonths >= urgent { return .urgent }
        if unexcusedMonths >= talk { return .talk }
        return .none
    }
}

public enum WarningLevel: Int, Comparable, Sendable, CaseIterable {
    case none, talk, urgent, regardedAsLeft

    public var slug: String {
        switch self {
        case .none: "none"
        case .talk: "talk"
        case .urgent: "urgent"
        case .regardedAsLeft: "regarded-as-left"
        }
    }

    public static func < (lhs: WarningLevel, rhs: WarningLevel) -> Bool { lhs.rawValue < rhs.rawValue }
}

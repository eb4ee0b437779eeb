/// A value that changes over time, kept as dated changes so that any past day
/// can be answered: a member converted in June was probationary in May.
public struct History<Value: Codable & Equatable & Sendable>: Codable, Equatable, Sendable {
    public struct Change: Codable, Equatable, Sendable {
        public var since: Day
        public var value: Value

        public init(since: Day, value: Value) {
            self.since = since
            self.value = value
        }
    }

    /// Kept sorted by `since`; on the same day the later change wins.
    public private(set) var changes: [Change]

    public init(_ value: Value, since: Day) {
        changes = [Change(since: since, value: value)]
    }

    public init(changes: [Change]) {
        self.changes = changes.enumerated()
            .sorted { ($0.element.since, $0.offset) < ($1.element.since, $1.offset) }
            .map(\.element)
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let changes = try container.decode([Change].self)
        guard !changes.isEmpty else {
            throw DecodingError.worded(in: container, Wording("a history needs at least one dated value", "历史记录至少要有一个带日期的值"))
        }
        self.init(changes: changes)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(changes)
    }

    /// The value in force on `day`, or nil before the first change.
    public func value(on day: Day) -> Value? {
        changes.last { $0.since <= day }?.value
    }

    /// The latest value.
    public var current: Value { changes[changes.count - 1].value }

    /// Records a change from `day` on; a change already recorded for that day is replaced.
    public mutating func set(_ value: Value, from day: Day) {
        changes.removeAll { $0.since == day }
        let index = changes.firstIndex { $0.since > day } ?? changes.count
        changes.insert(Change(since: day, value: value), at: index)
    }

    public func mapValues(_ transform: (Value) -> Value) -> History {
        History(changes: changes.map { Change(since: $0.since, value: transform($0.value)) })
    }
}

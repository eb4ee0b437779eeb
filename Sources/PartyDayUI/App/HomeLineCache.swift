import PartyDayKit

/// What a home line rests on: the records' version, the other input it reads (the reports'
/// generation, the meetings' version — 0 when none), the day and the language.
struct HomeLineKey: Equatable, Sendable {
    var version: Int
    var inputs: Int
    var day: Day
    var language: Language
}

/// A home line worked out in `update` when what it rests on changed — never per frame
/// (home redraws on every key). `value` is nil until first worked out.
struct HomeLineCache<Value: Sendable>: Sendable {
    private(set) var key: HomeLineKey?
    private(set) var value: Value?

    /// Whether the value was worked out for `key` (what building the inputs may skip).
    func isCurrent(_ key: HomeLineKey) -> Bool { key == self.key }

    /// Works the value out again with `make` if `key` differs from the last one.
    mutating func refresh(_ key: HomeLineKey, _ make: () -> Value) {
        guard key != self.key else { return }
        self.key = key
        value = make()
    }
}

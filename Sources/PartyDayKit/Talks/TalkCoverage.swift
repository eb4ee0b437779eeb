import Foundation

/// A year's talks against what the 条例 asks: the secretary talks with every member and
/// committee member, some committee member with every member, and the committee members
/// with each other. What is missing is what a secretary must do before the
/// organizational-life meeting. The roster is the one on `asOf` (the year's last day, or
/// today while the year runs).
public struct TalkCoverage: Equatable, Sendable {
    public struct Person: Equatable, Sendable {
        public var memberID: String
        public var name: String
        public var role: Role
    }

    public var year: Int
    /// Everyone on the roster, in roster order.
    public var members: [Person]
    /// The committee (secretary first), who are the grid's columns.
    public var committee: [Person]
    /// Talks this year between two members, counted by unordered pair of ids.
    private var pairCounts: [Pair: Int]
    /// Talks this year in all, and those naming someone not on the roster (a guest, a name typed).
    public var talkCount: Int

    struct Pair: Hashable, Sendable {
        let first: String, second: String
        init(_ a: String, _ b: String) { (first, second) = a < b ? (a, b) : (b, a) }
    }

    public init(year: Int, talks: [Talk], members roster: [Member], asOf: Day) {
        self.year = year
        members = roster.compactMap { member in
            member.snapshot(on: asOf).map { Person(memberID: member.id, name: member.name, role: $0.role) }
        }
        let order: (Role.Kind) -> Int = { [.secretary: 0, .deputySecretary: 1, .committeeMember: 2][$0] ?? 3 }
        committee = members.enumerated().filter { $0.element.role.isOnCommittee }
            .sorted { (order($0.element.role.kind), $0.offset) < (order($1.element.role.kind), $1.offset) }.map(\.element)
        var counts: [Pair: Int] = [:]
        let thisYear = talks.filter { $0.day.year == year }
        for talk in thisYear {
            guard let a = talk.talker.memberID, let b = talk.partner.memberID, a != b else { continue }
            counts[Pair(a, b), default: 0] += 1
        }
        pairCounts = counts
        talkCount = thisYear.count
    }

    /// How many talks `a` and `b` had this year.
    public func count(_ a: String, _ b: String) -> Int { pairCounts[Pair(a, b)] ?? 0 }

    public var secretary: Person? { members.first { $0.role.kind == .secretary } }

    /// Members (the secretary aside) the secretary has not talked with this year.
    public var notByTheSecretary: [Person] {
        guard let secretary else { return [] }
        return members.filter { $0.memberID != secretary.memberID && count($0.memberID, secretary.memberID) == 0 }
    }

    /// Members off the committee whom no committee member has talked with this year.
    public var notByTheCommittee: [Person] {
        members.filter { member in
            !member.role.isOnCommittee && !committee.contains { count(member.memberID, $0.memberID) > 0 }
        }
    }

    /// Committee pairs who have not talked with each other this year.
    public var committeePairsMissing: [(Person, Person)] {
        var missing: [(Person, Person)] = []
        for (index, one) in committee.enumerated() {
            for other in committee.dropFirst(index + 1) where count(one.memberID, other.memberID) == 0 {
                missing.append((one, other))
            }
        }
        return missing
    }

    /// Nothing missing: the year's round of talks is complete.
    public var isComplete: Bool { notByTheSecretary.isEmpty && notByTheCommittee.isEmpty && committeePairsMissing.isEmpty }

    /// What is missing in as few words as home's one line allows: "secretary 2, committee 1, pairs 1".
    public var shortMissing: Wording? {
        missing(secretary: ("secretary %d", "书记未谈%d人"), committee: ("committee %d", "支委未谈%d人"), pairs: ("pairs %d", "支委之间%d对"), joint: (", ", "，"))
    }

    /// One line for the Talks screen: what is still to do.
    public var missingWording: Wording? {
        missing(secretary: ("%d member(s) not yet talked with by the secretary", "书记尚未与 %d 名党员谈话"),
                committee: ("%d by no committee member", "%d 名党员没有支委与其谈话"),
                pairs: ("%d committee pair(s) not yet", "支委之间还有 %d 对未谈"), joint: (", ", "，"))
            .map { Wording("Talks \(year): " + $0.english, "\(year) 年谈心谈话：" + $0.chinese) }
    }

    /// The counts of what is missing, each worded by its pattern (`%d` the count).
    private func missing(secretary: (String, String), committee: (String, String), pairs: (String, String), joint: (String, String)) -> Wording? {
        let counts = [(self.secretary == nil ? 0 : notByTheSecretary.count, secretary), (notByTheCommittee.count, committee), (committeePairsMissing.count, pairs)]
            .filter { $0.0 > 0 }
        guard !counts.isEmpty else { return nil }
        func worded(_ pick: ((String, String)) -> String) -> String {
            counts.map { pick($0.1).replacingOccurrences(of: "%d", with: "\($0.0)") }.joined(separator: pick(joint))
        }
        return Wording(worded(\.0), worded(\.1))
    }
}

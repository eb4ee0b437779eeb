/// The branch roster, asked about a given day.
public struct Roster: Sendable {
    public var members: [Member]

    public init(members: [Member]) {
        self.members = members
    }

    /// Everybody on the roster on `day`, in roster order.
    public func onRoster(on day: Day) -> [MemberSnapshot] {
        members.compactMap { $0.snapshot(on: day) }
    }

    /// Who is expected at a meeting of `types` on `day`. A party group meeting expects
    /// that group, a committee meeting the committee, every other type the whole roster;
    /// a meeting of several types expects the union of their scopes.
    public func expected(at types: [MeetingType], partyGroupID: String?, on day: Day) -> [MemberSnapshot] {
        onRoster(on: day).filter { member in
            types.contains { type in
                switch type {
                case .partyGroupMeeting:
                    return partyGroupID != nil && member.partyGroupID == partyGroupID
                case .committeeMeeting:
                    return member.role.isOnCommittee
                default:
                    return true
                }
            }
        }
    }

    /// Full members on the roster on `day`: a branch with fewer than 7 has no committee.
    public func fullMemberCount(on day: Day) -> Int {
        onRoster(on: day).filter { $0.category == .full }.count
    }

    public func member(id: String) -> Member? {
        members.first { $0.id == id }
    }
}

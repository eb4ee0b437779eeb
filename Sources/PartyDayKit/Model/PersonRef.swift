/// Somebody named in a record: a member, a guest, or a name typed by hand. The name
/// is kept as it was at the meeting, so the record reads the same after the roster changes.
public struct PersonRef: Codable, Equatable, Hashable, Sendable {
    public var name: String
    public var memberID: String?
    public var guestID: String?

    public init(name: String, memberID: String? = nil, guestID: String? = nil) {
        self.name = name
        self.memberID = memberID
        self.guestID = guestID
    }

    public static func member(_ member: Member) -> PersonRef {
        PersonRef(name: member.name, memberID: member.id)
    }

    public static func guest(_ guest: Guest) -> PersonRef {
        PersonRef(name: guest.name, guestID: guest.id)
    }
}

/// A visitor who is not a branch member, such as a visiting leader; recorded with a title.
public struct Guest: Codable, Equatable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var title: String
    public var organization: String

    public init(id: String = ShortID.make(), name: String, title: String = "", organization: String = "") {
        self.id = id
        self.name = name
        self.title = title
        self.organization = organization
    }
}

/// Somebody who sits in without a vote (列席): an activist, a visiting mobile member.
public struct NonVotingAttendee: Codable, Equatable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var note: String

    public init(id: String = ShortID.make(), name: String, note: String = "") {
        self.id = id
        self.name = name
        self.note = note
    }
}

import Foundation

/// A change of the branch committee (换届): the regular election at the end of a term, a
/// by-election (补选) of one post, or a resignation (辞去) — with the day, the term's number,
/// who holds which post after it and the votes. Kept in `elections/<id>.plist`, one file
/// each. The roster's roles follow it in the same change (`u` undoes both).
public struct Election: Codable, Equatable, Sendable, Identifiable {
    public enum Kind: String, Codable, CaseIterable, Sendable {
        /// The whole committee elected for a new term.
        case regular
        /// One post filled during the term.
        case byElection = "by-election"
        /// One member leaving the committee during the term.
        case resignation

        public var name: Wording {
            switch self {
            case .regular: Wording("election of the committee", "换届选举")
            case .byElection: Wording("by-election", "补选")
            case .resignation: Wording("resignation", "辞去职务")
            }
        }
    }

    /// One post and who holds it (or, for a resignation, who left it).
    public struct Post: Codable, Equatable, Sendable {
        public var memberID: String?
        public var name: String
        public var role: Role
        /// Votes for them, where a vote was counted.
        public var votes: Int?

        public init(memberID: String?, name: String, role: Role, votes: Int? = nil) {
            self.memberID = memberID
            self.name = name
            self.role = role
            self.votes = votes
        }
    }

    public var id: String
    public var day: Day
    public var kind: Kind
    /// 第几届: the term's number, for a regular election.
    public var termNumber: Int?
    /// The term's length in years: 3, or 5 for a village or community branch.
    public var termYears: Int
    public var posts: [Post]
    /// Votes cast, the higher committee's approval, anything else the record says.
    public var note: String

    public init(id: String = ShortID.make(), day: Day, kind: Kind = .regular, termNumber: Int? = nil, termYears: Int = 3, posts: [Post] = [], note: String = "") {
        self.id = id
        self.day = day
        self.kind = kind
        self.termNumber = termNumber
        self.termYears = termYears
        self.posts = posts
        self.note = note
    }

    /// "2024-03-15 换届选举": lists sort by it, messages name it.
    public var name: String { "\(day) \(kind.name.chinese)" }
}

extension Election {
    /// By day, then id.
    public static func byDay(_ elections: [Election]) -> [Election] { elections.sorted { ($0.day, $0.id) < ($1.day, $1.id) } }

    /// The committee of the roster on `day`, as a regular election records who was elected.
    public static func committee(of members: [Member], on day: Day) -> [Post] {
        let order: (Role.Kind) -> Int = { [.secretary: 0, .deputySecretary: 1, .committeeMember: 2][$0] ?? 3 }
        return members.compactMap { member in member.snapshot(on: day).flatMap { $0.role.isOnCommittee ? Post(memberID: member.id, name: member.name, role: $0.role) : nil } }
            .enumerated().sorted { (order($0.element.role.kind), $0.offset) < (order($1.element.role.kind), $1.offset) }.map(\.element)
    }

    /// The roster with this election's posts in force from its day: a regular election
    /// makes everyone else on the committee a member again; a resignation makes its person one.
    public func applied(to members: [Member]) -> [Member] {
        members.map { member in
            var changed = member
            let post = posts.first { $0.memberID == member.id }
            switch kind {
            case .regular:
                let role = post?.role ?? Role(.member)
                if member.role.value(on: day) != role, member.snapshot(on: day) != nil { changed.role.set(role, from: day) }
            case .byElection:
                if let post, member.role.value(on: day) != post.role { changed.role.set(post.role, from: day) }
            case .resignation:
                if post != nil, member.role.value(on: day)?.isOnCommittee == true { changed.role.set(Role(.member), from: day) }
            }
            return changed
        }
    }
}

extension Election {
    /// The votes each elected received, as a form shows them: "王建国 28、李振华 27".
    public var votesText: String {
        posts.compactMap { post in post.votes.map { "\(post.name) \($0)" } }.joined(separator: "、")
    }

    /// The posts with the votes read from `text` ("王建国 28、李振华 27"; for one post a bare
    /// number will do); empty text clears them. A name that holds no post, or a count that
    /// is not a number, is the problem returned.
    public static func posts(_ posts: [Post], withVotes text: String) -> (posts: [Post], problem: Wording?) {
        var posts = posts.map { post in
            var cleared = post
            cleared.votes = nil
            return cleared
        }
        let entries = text.split(whereSeparator: { "、，,;；\n".contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if posts.count == 1, entries.count == 1, let votes = Int(entries[0]), votes >= 0 {
            posts[0].votes = votes
            return (posts, nil)
        }
        for entry in entries {
            let parts = entry.split(whereSeparator: { $0 == " " || $0 == "：" || $0 == ":" })
            // "王建国 28", "王建国：28票", "王建国 28 票"
            let digits = parts.count >= 2 ? parts[1].filter(\.isNumber) : ""
            guard parts.count >= 2, let votes = Int(digits), !digits.isEmpty else {
                return (posts, Wording("“\(entry)” is not a name and a number of votes", "“\(entry)”不是“姓名 票数”"))
            }
            let name = String(parts[0])
            guard let index = posts.firstIndex(where: { $0.name == name }) else {
                return (posts, Wording("\(name) holds no post in this election", "\(name)不在本次当选人中"))
            }
            posts[index].votes = votes
        }
        return (posts, nil)
    }
}

import Foundation

/// One heart-to-heart talk (谈心谈话): who talked with whom, on what day, on what
/// occasion, about what, what was agreed and what follows. The 条例 asks that committee
/// members talk among themselves, with members, and members with each other, at least once
/// a year, and the secretary with everyone — before the organizational-life meeting.
/// Kept in `talks/<id>.plist`, one file each, so two PCs recording talks never touch one file.
public struct Talk: Codable, Equatable, Sendable, Identifiable {
    public var id: String
    public var day: Day
    /// Who led the talk (usually the secretary or a committee member) and who was talked
    /// with; members by id, the names kept as written.
    public var talker: PersonRef
    public var partner: PersonRef
    public var occasion: TalkOccasion
    public var topics: String
    /// What was agreed (a promise to keep, a problem to solve).
    public var agreed: String
    /// What follows: done, or to check on.
    public var followUp: String
    /// The occasion as the branch's settings word it, when it is none of the common ones
    /// (`occasion` is then `other`); absent in files written before branches listed their own.
    public var occasionName: String?
    /// What was agreed, made a pledge to follow up: it is on the Pledges screen with the
    /// meetings' pledges, reviewed the same way (by: the member talked with).
    public var pledge: Pledge?

    public init(id: String = ShortID.make(), day: Day, talker: PersonRef, partner: PersonRef, occasion: TalkOccasion = .yearly,
                topics: String = "", agreed: String = "", followUp: String = "") {
        self.id = id
        self.day = day
        self.talker = talker
        self.partner = partner
        self.occasion = occasion
        self.topics = topics
        self.agreed = agreed
        self.followUp = followUp
    }

    /// The occasion as lists print it: the branch's own wording, or the common one's name.
    public func occasionText(_ language: Language) -> String { occasionName ?? occasion.name.text(language) }

    /// "王建国—李振华": how lists and messages name it.
    public var name: String { "\(talker.name)—\(partner.name)" }

    /// Whether the talk was between these two members (either way round).
    public func isBetween(_ one: String, _ other: String) -> Bool {
        (talker.memberID == one && partner.memberID == other) || (talker.memberID == other && partner.memberID == one)
    }

    /// Whether `memberID` took part.
    public func involves(_ memberID: String) -> Bool { talker.memberID == memberID || partner.memberID == memberID }
}

/// Why a talk was held: the yearly round, or one of the occasions that call for a talk
/// besides ("六必谈", as Party committees commonly list them).
public enum TalkOccasion: String, Codable, CaseIterable, Sendable {
    case yearly
    case postChange = "post-change"
    case difficulty
    case mistake
    case illness
    case retirement
    case dispute
    case other

    public var name: Wording {
        switch self {
        case .yearly: Wording("yearly talk", "年度谈心谈话")
        case .postChange: Wording("change of post", "岗位变动")
        case .difficulty: Wording("difficulty at home", "家庭困难")
        case .mistake: Wording("a mistake or complaint", "犯错误或受到反映")
        case .illness: Wording("illness", "生病住院")
        case .retirement: Wording("before retirement", "退休前")
        case .dispute: Wording("a dispute", "发生矛盾纠纷")
        case .other: Wording("other", "其他")
        }
    }
}

extension TalkOccasion {
    /// The occasions a form offers besides the yearly talk and "other": the branch's own
    /// list from its settings, or the common ones (六必谈).
    public static func listed(by branch: BranchProfile?, _ language: Language) -> [String] {
        branch?.talkOccasions ?? allCases.filter { $0 != .yearly && $0 != .other }.map { $0.name.text(language) }
    }

    /// The occasion a listed name stands for: a common one by its name in either language,
    /// else `other` with the branch's wording.
    public static func named(_ name: String) -> (TalkOccasion, String?) {
        if let known = allCases.first(where: { $0.name.chinese == name || $0.name.english == name }) { return (known, nil) }
        return (.other, name)
    }
}

extension Talk {
    /// The register's order: by day, then by who, then id (so files read in any order list the same).
    public static func byDay(_ talks: [Talk]) -> [Talk] { talks.sorted { ($0.day, $0.name, $0.id) < ($1.day, $1.name, $1.id) } }
}

/// The settings' list of talk occasions as typed: separated by 、，, ; or new lines, blanks
/// and repeats dropped, in the order given.
public enum TalkOccasions {
    public static func parse(_ text: String) -> [String] {
        var seen = Set<String>()
        return text.split(whereSeparator: { "、，,;；\n".contains($0) })
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && seen.insert($0).inserted }
    }
}

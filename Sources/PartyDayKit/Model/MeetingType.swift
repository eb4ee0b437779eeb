/// The seven kinds of organizational-life meeting. The raw value is the slug used
/// on the command line and in file names alike.
public enum MeetingType: String, Codable, CaseIterable, Sendable, Comparable {
    case themePartyDay = "theme-party-day"
    case generalMeeting = "general-meeting"
    case committeeMeeting = "committee-meeting"
    case partyGroupMeeting = "party-group-meeting"
    case partyLecture = "party-lecture"
    case organizationalLifeMeeting = "organizational-life-meeting"
    case democraticEvaluation = "democratic-evaluation"

    public var slug: String { rawValue }

    public var englishName: String {
        switch self {
        case .themePartyDay: "theme Party Day"
        case .generalMeeting: "branch general meeting"
        case .committeeMeeting: "branch committee meeting"
        case .partyGroupMeeting: "party group meeting"
        case .partyLecture: "party lecture"
        case .organizationalLifeMeeting: "organizational-life meeting"
        case .democraticEvaluation: "democratic evaluation of members"
        }
    }

    public var chineseName: String {
        switch self {
        case .themePartyDay: "主题党日"
        case .generalMeeting: "支部党员大会"
        case .committeeMeeting: "支部委员会会议"
        case .partyGroupMeeting: "党小组会"
        case .partyLecture: "党课"
        case .organizationalLifeMeeting: "组织生活会"
        case .democraticEvaluation: "民主评议党员"
        }
    }

    /// How often the rules page says this meeting is due, before a branch edits it.
    public var defaultFrequency: Frequency {
        switch self {
        case .themePartyDay, .committeeMeeting, .partyGroupMeeting: .monthly
        case .generalMeeting, .partyLecture: .quarterly
        case .organizationalLifeMeeting, .democraticEvaluation: .yearly
        }
    }

    public static func < (lhs: MeetingType, rhs: MeetingType) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// How often a meeting type is owed.
public enum Frequency: String, Codable, CaseIterable, Sendable {
    case monthly, quarterly, yearly
    /// Not owed at all (a branch without party groups owes no party group meetings).
    case never
}

extension MeetingType {
    /// Types held once a year *for* a year (which may be the year before the meeting).
    public var isForAYear: Bool { self == .democraticEvaluation || self == .organizationalLifeMeeting }
}

import Foundation

/// The language of texts that the program writes into a branch's records
/// (default agenda steps); the interface language follows it.
public enum Language: String, Codable, CaseIterable, Sendable {
    case english = "en"
    case chinese = "zh"
}

extension AgendaTemplate {
    /// Starting agendas per type. The theme Party Day follows the flow on the rules
    /// page ("3+X" and the seed meeting); every branch may edit them.
    public static func defaults(language: Language) -> [AgendaTemplate] {
        MeetingType.allCases.map { type in
            AgendaTemplate(type: type, steps: steps(type, language))
        }
    }

    /// One type's default steps.
    static func steps(_ type: MeetingType, _ language: Language) -> [String] {
        language == .chinese ? chineseSteps(type) : englishSteps(type)
    }

    private static func chineseSteps(_ type: MeetingType) -> [String] {
        switch type {
        case .themePartyDay:
            ["签到", "缴纳党费", "重温入党誓词", "学习党章", "支部书记通报近期重点工作",
             "党员围绕主题研讨发言", "上级领导点评并提出要求", "领导回应党员建议", "党员表态承诺", "主持人总结"]
        case .generalMeeting:
            ["签到、清点到会人数", "宣布议题", "审议讨论", "表决", "主持人总结"]
        case .committeeMeeting:
            ["通报上次会议决定落实情况", "研究议题", "形成决定", "明确分工"]
        case .partyGroupMeeting:
            ["签到", "集中学习", "交流讨论", "汇报思想和工作情况"]
        case .partyLecture:
            ["签到", "讲授党课", "交流讨论"]
        case .organizationalLifeMeeting:
            ["签到", "通报征求意见情况", "支部班子对照检查", "党员个人发言，开展批评和自我批评", "上级点评", "制定整改措施"]
        case .democraticEvaluation:
            ["签到", "学习教育", "个人自评", "党员互评", "民主测评", "组织评定"]
        }
    }

    private static func englishSteps(_ type: MeetingType) -> [String] {
        switch type {
        case .themePartyDay:
            ["Sign-in", "Pay membership dues", "Re-take the admission oath", "Read the Party Constitution",
             "Secretary reports recent key work", "Members speak on the theme", "Visiting leader comments and sets requirements",
             "Leaders answer members' suggestions", "Members state their pledges", "Host's summary"]
        case .generalMeeting:
            ["Sign-in and count of those present", "Announce the agenda", "Deliberation", "Vote", "Host's summary"]
        case .committeeMeeting:
            ["Follow-up of the last meeting's decisions", "Items for discussion", "Decisions", "Assign responsibilities"]
        case .partyGroupMeeting:
            ["Sign-in", "Study", "Discussion", "Members report on their thinking and work"]
        case .partyLecture:
            ["Sign-in", "Lecture", "Discussion"]
        case .organizationalLifeMeeting:
            ["Sign-in", "Report on the opinions gathered", "Committee's self-examination",
             "Members' criticism and self-criticism", "Superior's comments", "Rectification measures"]
        case .democraticEvaluation:
            ["Sign-in", "Study", "Self-assessment", "Mutual assessment", "Democratic appraisal", "Branch's grading"]
        }
    }
}

/// Short random identifiers for records; long enough not to collide in one branch,
/// short enough to read in a file name.
public enum ShortID {
    public static func make() -> String {
        String(UUIDString.random().prefix(8))
    }

    public static func long() -> String { UUIDString.random() }
}

enum UUIDString {
    static func random() -> String {
        UUID().uuidString.lowercased()
    }
}

import Foundation

/// The year's work plan (年度工作计划), adopted at a committee meeting at the start of the
/// year: the 三会一课 calendar (which month each general meeting, lecture,
/// organizational-life meeting and evaluation is held; the theme Party Day's fixed day),
/// the lecture plan (who, on what) and the tasks, each with its content, time, measures,
/// the one responsible and its check (四落实). Kept in `plans/plan-YYYY.plist`, one a year.
public struct YearPlan: Codable, Equatable, Sendable, Identifiable {
    public var id: String
    public var year: Int
    /// The day it was adopted, and the meeting that adopted it.
    public var adoptedOn: Day?
    public var adoptedAtMeetingID: String?
    /// The theme Party Day's fixed day of the month (10: the 10th), if the branch keeps one.
    public var themePartyDayDay: Int?
    public var meetings: [PlannedMeeting]
    public var tasks: [PlanTask]

    public init(year: Int, adoptedOn: Day? = nil, adoptedAtMeetingID: String? = nil, themePartyDayDay: Int? = nil,
                meetings: [PlannedMeeting] = [], tasks: [PlanTask] = []) {
        id = Self.id(year)
        self.year = year
        self.adoptedOn = adoptedOn
        self.adoptedAtMeetingID = adoptedAtMeetingID
        self.themePartyDayDay = themePartyDayDay
        self.meetings = meetings
        self.tasks = tasks
    }

    public static func id(_ year: Int) -> String { "plan-\(year)" }

    public var name: String { "\(year)年度工作计划" }

    /// The planned meetings in calendar order.
    public var calendar: [PlannedMeeting] { meetings.sorted { ($0.month, $0.type.rawValue, $0.id) < ($1.month, $1.type.rawValue, $1.id) } }
}

/// One meeting the plan puts in a month: its type (a party group's for one group), the
/// theme, and for a lecture who gives it.
public struct PlannedMeeting: Codable, Equatable, Sendable, Identifiable {
    public var id: String
    public var type: MeetingType
    public var month: Int
    public var partyGroupID: String?
    public var theme: String
    /// A lecture's lecturer (党课主讲人).
    public var lecturer: PersonRef?

    public init(id: String = ShortID.make(), type: MeetingType, month: Int, partyGroupID: String? = nil, theme: String = "", lecturer: PersonRef? = nil) {
        self.id = id
        self.type = type
        self.month = month
        self.partyGroupID = partyGroupID
        self.theme = theme
        self.lecturer = lecturer
    }
}

/// A task of the plan with its 四落实: content, time, measures, who is responsible, how it is checked.
public struct PlanTask: Codable, Equatable, Sendable, Identifiable {
    public var id: String
    public var content: String
    public var time: String
    public var measures: String
    public var responsible: String
    public var check: String
    /// Done, with the day.
    public var doneOn: Day?

    public init(id: String = ShortID.make(), content: String, time: String = "", measures: String = "", responsible: String = "", check: String = "", doneOn: Day? = nil) {
        self.id = id
        self.content = content
        self.time = time
        self.measures = measures
        self.responsible = responsible
        self.check = check
        self.doneOn = doneOn
    }
}

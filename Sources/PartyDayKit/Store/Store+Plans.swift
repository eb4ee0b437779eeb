import Foundation

/// Year plans as a folder kind (`plans/plan-YYYY.plist`).
extension YearPlan: FolderRecord {
    public static let kind = RecordKind.plan
    public static let folder = "plans"
    public static let syncLabel = (english: "plan: ", chinese: "年度计划：")

    public func saveIssue(filedAs fileID: String?) -> Wording? { PlanValidation.issue(self, filedAs: fileID) }
}

/// What the save path and `check` refuse in a plan.
public enum PlanValidation {
    public static func issue(_ plan: YearPlan, filedAs fileID: String? = nil) -> Wording? {
        if plan.id != YearPlan.id(plan.year) { return Wording("a plan's id is plan-YEAR (plan-\(plan.year))", "年度计划的编号应为 plan-年份（plan-\(plan.year)）") }
        if let fileID, fileID != plan.id { return Wording("the file is named \(fileID) but holds \(plan.id)", "文件名为 \(fileID)，内容却是 \(plan.id)") }
        if !Day.supportedYears.contains(plan.year) { return Wording("the year is out of range", "年份超出范围") }
        if let day = plan.themePartyDayDay, !(1...31).contains(day) { return Wording("the theme Party Day's day is 1 to 31", "主题党日固定日期应为 1 至 31 日") }
        if plan.meetings.count + plan.tasks.count > 2000 { return Wording("the plan holds more than 2,000 entries", "计划条目超过 2000 条") }
        for meeting in plan.meetings {
            if !(1...12).contains(meeting.month) { return Wording("a planned meeting's month is 1 to 12", "计划会议的月份应为 1 至 12") }
            if !FolderRecords.isFileID(meeting.id) { return Wording("a planned meeting's id is not letters, digits and dashes", "计划会议的编号不是字母、数字和连字符") }
        }
        for task in plan.tasks where task.content.trimmingCharacters(in: .whitespaces).isEmpty {
            return Wording("a task has no content", "有任务没有填写内容")
        }
        return nil
    }
}

extension YearPlan: Sanitizable {
    public func sanitized() -> YearPlan {
        func line(_ text: String) -> String { TextSanitizer.singleLine(text) }
        var copy = self
        copy.id = line(id)
        copy.adoptedAtMeetingID = adoptedAtMeetingID.map(line)
        copy.meetings = meetings.map { meeting in
            var clean = meeting
            clean.id = line(meeting.id)
            clean.partyGroupID = meeting.partyGroupID.map(line)
            clean.theme = line(meeting.theme)
            clean.lecturer = meeting.lecturer.map { PersonRef(name: line($0.name), memberID: $0.memberID.map(line), guestID: $0.guestID.map(line)) }
            return clean
        }
        copy.tasks = tasks.map { task in
            PlanTask(id: line(task.id), content: TextSanitizer.multiLine(task.content), time: line(task.time), measures: TextSanitizer.multiLine(task.measures),
                     responsible: line(task.responsible), check: line(task.check), doneOn: task.doneOn)
        }
        return copy
    }
}

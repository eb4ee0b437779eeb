import Foundation
import PartyDayKit

/// What a Development form is for; its answer comes back to `DevelopmentForms.receive`.
public enum DevelopmentForm: Equatable, AddressedForm {
    /// A new applicant: who, and the day the application was received.
    case addPerson
    case editPerson(id: String)
    /// One step of the 25 (not contacts, sponsors or assessments: their own forms).
    case step(personID: String, DevelopmentStep)
    case contact(personID: String)
    case sponsor(personID: String)
    case report(personID: String)
    case assessment(personID: String)
    case notice(personID: String, DevelopmentStep)
    case departure(personID: String)
    /// The branch's local time limits.
    case limits

    /// Addressed to the Development screen.
    var purpose: FormPurpose { .addressed(FormAddress(.development, self)) }
}

/// The Development screen's forms, built from the context; their answers are in
/// `DevelopmentFormReplies.swift`.
enum DevelopmentForms {
    /// The form that records `step` for `person` (contacts, sponsors, assessments included).
    static func form(for step: DevelopmentStep, _ person: DevelopmentPerson, _ context: ScreenContext) -> Form {
        switch step {
        case .contactsAssigned: return sponsorship(person, sponsor: false, context)
        case .sponsorsAssigned: return sponsorship(person, sponsor: true, context)
        case .activistAssessment, .probationAssessment: return dated(person, report: false, context)
        default: return self.step(step, person, context)
        }
    }

    static func person(_ person: DevelopmentPerson?, _ context: ScreenContext) -> Form {
        let s = context.strings
        var fields = [
            FormField(.name, s.t("Name", "姓名"), .text(required: true), value: person?.name ?? ""),
            FormField(.gender, s.t("Gender", "性别"), .text(required: false), value: person?.gender ?? ""),
            FormField(.birth, s.t("Born", "出生日期"), .day(required: false), value: person?.birthDate?.description ?? ""),
            FormField(.unit, s.t("Unit", "工作单位"), .text(required: false), value: person?.unit ?? ""),
            FormField(.post, s.t("Post", "职务"), .text(required: false), value: person?.post ?? ""),
        ]
        if person == nil {
            fields.append(FormField(.day, s.t("Application received", "收到入党申请书日期"), .day(required: true), value: context.today.description))
        }
        return Form((person.map { DevelopmentForm.editPerson(id: $0.id) } ?? .addPerson).purpose,
                    title: person == nil ? s.t("A new applicant (入党申请人)", "新的入党申请人") : s.t("\(person!.name): details", "\(person!.name)：基本信息"),
                    fields: fields)
    }

    /// The meetings that may decide a step: committee and general meetings, newest first.
    static func deciding(_ context: ScreenContext) -> [MeetingSummary] {
        Array(context.meetings.filter { DecidingBody.of($0.types) == .generalMeeting || DecidingBody.of($0.types) == .branchCommittee }.prefix(30))
    }

    static func meetingName(_ meeting: MeetingSummary, _ context: ScreenContext) -> String {
        let day = Day(meeting.start, in: context.timeZone)
        let body = DecidingBody.of(meeting.types)?.name.text(context.strings.language) ?? ""
        return "\(day) \(body) \(meeting.theme)"
    }

    static func step(_ step: DevelopmentStep, _ person: DevelopmentPerson, _ context: ScreenContext) -> Form {
        let s = context.strings
        let entry = person.entry(step)
        var fields = [
            FormField(.day, s.t("Day (empty: not done)", "日期（空：未完成）"), .day(required: false), value: entry?.day.description ?? context.today.description),
            FormField(.by, s.t("By whom", "经办人/谈话人"), .text(required: false), value: entry?.by ?? ""),
        ]
        if step.isMeetingStep {
            let meetings = deciding(context)
            let chosen = entry?.meetingID.flatMap { id in meetings.firstIndex { $0.id == id } }.map { $0 + 1 } ?? 0
            fields.append(.choice(.meeting, s.t("Meeting", "决定的会议"), [s.t("— not in partyday —", "— 未在 partyday 中记录 —")] + meetings.map { meetingName($0, context) },
                                  selected: chosen))
            let bodies = DecidingBody.allCases
            fields.append(.choice(.kind, s.t("Decided by (when no meeting is chosen)", "决定机构（未选会议时）"), bodies.map { $0.name.text(s.language) },
                                  selected: entry?.body.flatMap { bodies.firstIndex(of: $0) } ?? bodies.firstIndex(of: step.decidingBodies.first ?? .branch)!))
        }
        if [.activistFiled, .candidateFiled, .preReview, .applicationForm, .admissionApproval, .filedAbove, .conversionApproval, .archived].contains(step) {
            fields.append(FormField(.document, step == .applicationForm ? s.t("Form number (志愿书编号)", "入党志愿书编号") : s.t("Document", "文件/文号"),
                                    .text(required: false), value: entry?.document ?? ""))
        }
        if step == .training {
            fields.append(FormField(.days, s.t("Days", "天数"), .number(0...365), value: entry?.days.map(String.init) ?? "3"))
            fields.append(FormField(.hours, s.t("Class hours", "学时"), .number(0...2000), value: entry?.hours.map(String.init) ?? "24"))
        }
        if [.admissionVote, .admissionApproval, .conversionVote, .conversionApproval].contains(step) {
            let outcomes = step == .conversionVote ? DevelopmentOutcome.allCases : [.passed, .refused]
            fields.append(.choice(.outcome, s.t("Result", "结果"), outcomes.map { $0.name.text(s.language) },
                                  selected: entry?.outcome.flatMap { outcomes.firstIndex(of: $0) } ?? 0))
        }
        if step == .conversionVote {
            fields.append(FormField(.extensionMonths, s.t("Extension, months (6–12, if extended)", "延长预备期月数（6–12，如延长）"), .number(0...12),
                                    value: entry?.extensionMonths.map(String.init) ?? ""))
        }
        if step == .admissionApproval && person.memberID == nil {
            let groups = context.branch?.activeGroups(on: context.today) ?? []
            fields.append(.choice(.group, s.t("Party group on the roster", "编入党小组"), [s.t("none", "无")] + groups.map(\.name), selected: groups.isEmpty ? 0 : 1))
        }
        fields.append(FormField(.note, s.t("Note", "备注"), .text(required: false), value: entry?.note ?? ""))
        return Form(DevelopmentForm.step(personID: person.id, step).purpose,
                    title: s.t("\(person.name): \(step.number). \(step.name.english)", "\(person.name)：\(step.number). \(step.name.chinese)"), fields: fields)
    }

    /// Contacts and sponsors: full members, picked from the roster.
    static func sponsorship(_ person: DevelopmentPerson, sponsor: Bool, _ context: ScreenContext) -> Form {
        let s = context.strings
        let day = person.day(sponsor ? .candidateDecided : .activistDecided) ?? context.today
        return Form((sponsor ? DevelopmentForm.sponsor(personID: person.id) : .contact(personID: person.id)).purpose,
                    title: sponsor ? s.t("\(person.name): a sponsor (入党介绍人)", "\(person.name)：入党介绍人") : s.t("\(person.name): a contact (培养联系人)", "\(person.name)：培养联系人"),
                    fields: [
                        .person(.name, s.t("Member", "党员"), nil, required: true),
                        FormField(.from, s.t("From", "自"), .day(required: true), value: max(day, context.today.adding(days: -3650)).description),
                        FormField(.to, s.t("Until (empty: still)", "至（空：至今）"), .day(required: false)),
                    ],
                    candidates: context.members.filter { $0.category.current == .full && $0.rosterStatus.current.isOnRoster }
                        .map { PersonCandidate(person: .member($0), detail: "") })
    }

    /// A 思想汇报 received, or an assessment written.
    static func dated(_ person: DevelopmentPerson, report: Bool, _ context: ScreenContext) -> Form {
        let s = context.strings
        return Form((report ? DevelopmentForm.report(personID: person.id) : .assessment(personID: person.id)).purpose,
                    title: report ? s.t("\(person.name): a written report received (思想汇报)", "\(person.name)：收到思想汇报")
                        : s.t("\(person.name): an assessment", "\(person.name)：考察意见"),
                    fields: [
                        FormField(.day, s.t("Day", "日期"), .day(required: true), value: context.today.description),
                        FormField(.by, report ? s.t("Received by", "接收人") : s.t("By", "考察人"), .text(required: false)),
                        FormField(.text, report ? s.t("Subject", "内容摘要") : s.t("Assessment", "考察意见"), .multiline),
                    ])
    }

    static func notice(_ person: DevelopmentPerson, step: DevelopmentStep, _ context: ScreenContext) -> Form {
        let s = context.strings
        let existing = person.notices.first { $0.step == step }
        let from = existing?.from ?? person.day(step) ?? context.today
        return Form(DevelopmentForm.notice(personID: person.id, step).purpose,
                    title: s.t("\(person.name): public notice of “\(step.name.english)”", "\(person.name)：“\(step.name.chinese)”公示"),
                    fields: [
                        FormField(.from, s.t("Shown from", "公示开始"), .day(required: true), value: from.description),
                        FormField(.to, s.t("Until", "公示结束"), .day(required: true), value: (existing?.to ?? from.adding(days: 6)).description),
                    ])
    }

    /// The local limits a committee adds to the 细则's (RULES.md, "Developing members").
    static func limits(_ context: ScreenContext) -> Form {
        let s = context.strings
        let limits = context.branch?.development ?? .defaults
        return Form(DevelopmentForm.limits.purpose, title: s.t("Developing members: the local time limits", "发展党员：本地时限设置"), fields: [
            FormField(.months, s.t("Months from application to activist, at least", "申请后至少几个月方可确定为积极分子"), .number(0...36), value: "\(limits.monthsBeforeActivist)"),
            FormField(.text, s.t("A written report (思想汇报) every … months", "思想汇报每几个月一次"), .number(1...36), value: "\(limits.reportMonths)"),
            FormField(.step, s.t("Assessed on probation every … months", "预备期每几个月考察一次"), .number(1...36), value: "\(limits.probationAssessmentMonths)"),
            FormField(.since, s.t("A political review is valid … months", "政审有效期（月）"), .number(0...36), value: "\(limits.reviewValidMonths)"),
            FormField(.to, s.t("General meeting within … months of the pre-review", "预审后几个月内召开支部大会"), .number(0...36), value: "\(limits.preReviewMonths)"),
            FormField(.days, s.t("Archived within … days of conversion", "转正后几天内归档"), .number(0...60), value: "\(limits.archiveDays)"),
            FormField(.hours, s.t("A public notice runs … working days at least", "公示至少几个工作日"), .number(0...30), value: "\(limits.noticeWorkingDays)"),
            .multiChoice(.kind, s.t("Steps announced in a public notice", "需要公示的步骤"),
                         [DevelopmentStep.activistDecided, .candidateDecided, .committeeReview, .conversionRequest].map { "\($0.number). \($0.name.text(s.language))" },
                         chosen: Set([DevelopmentStep.activistDecided, .candidateDecided, .committeeReview, .conversionRequest].indices.filter {
                             limits.noticeSteps.contains([DevelopmentStep.activistDecided, .candidateDecided, .committeeReview, .conversionRequest][$0])
                         })),
        ])
    }

    static func departure(_ person: DevelopmentPerson, _ context: ScreenContext) -> Form {
        let s = context.strings
        let reasons = Departure.Reason.allCases
        return Form(DevelopmentForm.departure(personID: person.id).purpose,
                    title: s.t("\(person.name) leaves the pipeline (the file is kept)", "\(person.name)退出发展程序（档案保留）"),
                    fields: [
                        FormField(.day, s.t("Day", "日期"), .day(required: true), value: context.today.description),
                        .choice(.reason, s.t("Why", "原因"), reasons.map { $0.name.text(s.language) }, selected: 0),
                        FormField(.note, s.t("Note", "说明"), .text(required: false)),
                    ])
    }
}

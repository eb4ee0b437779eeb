/// The time rules of developing members, judged as of a day: nothing dated after it
/// counts, so a file typed in from paper can be checked for the day it was inspected.
public struct DevelopmentRules: Sendable {
    public var limits: DevelopmentLimits
    /// The roster: contacts and sponsors must be full members on the day they serve.
    public var members: [Member]

    public init(limits: DevelopmentLimits = .defaults, members: [Member] = []) {
        self.limits = limits
        self.members = members
    }

    /// Every finding in `person`'s file as of `today`.
    public func findings(_ whole: DevelopmentPerson, asOf today: Day) -> [DevelopmentFinding] {
        let person = whole.asOf(today)
        // A person who left is judged up to the day they left: nothing falls due after.
        let end = person.departure.map { min($0.day, today) } ?? today
        var found: [DevelopmentFinding] = []
        func add(_ kind: DevelopmentFinding.Kind, _ step: DevelopmentStep?, _ severity: DevelopmentFinding.Severity,
                 _ english: String, _ chinese: String, _ rule: Wording) {
            found.append(DevelopmentFinding(kind, step: step, severity, Wording(english, chinese), rule: rule))
        }
        // Each step's day looked up once (the rules ask for them many times).
        var stepDays = [Day?](repeating: nil, count: DevelopmentStep.allCases.count + 1)
        for entry in person.steps { stepDays[entry.step.rawValue] = entry.day }
        func day(_ step: DevelopmentStep) -> Day? { stepDays[step.rawValue] }
        let reportDays = person.reports.map(\.day).sorted(), assessmentDays = person.assessments.map(\.day).sorted()

        // Stage I: the application and the talk.
        if let applied = day(.application), let born = person.birthDate, born.adding(months: 12 * 18) > applied {
            add(.underAge, .application, .violation, "under 18 on the day of the application (\(applied))", "递交申请书时（\(applied)）未满十八周岁", DevelopmentRule.age)
        }
        if let applied = day(.application) {
            let due = applied.adding(months: 1)
            if let talked = day(.applicantTalk) {
                if talked > due { add(.talkLate, .applicantTalk, .violation, "talk on \(talked), more than a month after the application (\(applied))",
                                      "谈话（\(talked)）距收到申请书（\(applied)）超过一个月", DevelopmentRule.talk) }
            } else if end > due {
                add(.talkLate, .applicantTalk, .violation, "no talk within a month of the application (due \(due))",
                    "收到申请书后一个月内未派人谈话（应于 \(due) 前）", DevelopmentRule.talk)
            }
        }

        // Stage II: the activist.
        if let applied = day(.application), let activist = day(.activistDecided), activist < applied.adding(months: limits.monthsBeforeActivist) {
            add(.activistTooSoon, .activistDecided, .warning, "made an activist less than \(limits.monthsBeforeActivist) months after the application",
                "递交申请书不满 \(limits.monthsBeforeActivist) 个月即确定为入党积极分子", DevelopmentRule.local)
        }
        if let activist = day(.activistDecided) {
            if person.contacts.isEmpty {
                if end > activist.adding(months: 1) {
                    add(.contactMissing, .contactsAssigned, .violation, "no contact (培养联系人) assigned", "未指定培养联系人", DevelopmentRule.contacts)
                }
            }
            for contact in person.contacts where !isFull(contact, on: contact.from) {
                add(.contactNotFull, .contactsAssigned, .violation, "contact \(contact.name) was not a full member on \(contact.from)",
                    "培养联系人\(contact.name)在 \(contact.from) 不是正式党员", DevelopmentRule.contacts)
            }
            // Assessed every half year while an activist (until made a candidate).
            let until = min(day(.candidateDecided) ?? end, end)
            for (from, to) in periods(from: activist, months: 6, until: until) where !Self.any(of: assessmentDays, from: from, to: to) {
                add(.assessmentMissing, .activistAssessment, .violation, "no assessment for the half year \(from) to \(to)",
                    "\(from) 至 \(to) 半年未进行考察", DevelopmentRule.halfYearly)
            }
            // 思想汇报 every quarter (local) from the activist's day until conversion.
            let reportsUntil = min(day(.conversionVote) ?? end, end)
            for (from, to) in periods(from: activist, months: limits.reportMonths, until: reportsUntil) where !Self.any(of: reportDays, from: from, to: to) {
                add(.reportMissing, .activistAssessment, .warning, "no written report (思想汇报) for \(from) to \(to)",
                    "\(from) 至 \(to) 未递交思想汇报", DevelopmentRule.local)
            }
        }

        // Stage III: the candidate.
        if let activist = day(.activistDecided), let candidate = day(.candidateDecided), candidate < activist.adding(months: 12) {
            add(.candidateTooSoon, .candidateDecided, .violation, "made a candidate on \(candidate), less than a year after becoming an activist (\(activist))",
                "确定为入党积极分子（\(activist)）不满一年即列为发展对象（\(candidate)）", DevelopmentRule.oneYear)
        }
        if let sponsored = day(.admissionVote) ?? day(.sponsorsAssigned) {
            let serving = person.sponsors.filter { $0.serves(on: sponsored) }
            if serving.count < 2 {
                add(.sponsorsMissing, .sponsorsAssigned, .violation, "\(serving.count) sponsor(s) on \(sponsored); two full members are needed",
                    "\(sponsored) 入党介绍人 \(serving.count) 名，应为两名正式党员", DevelopmentRule.sponsors)
            }
            // A full member on the day named a sponsor, and still on the day of the vote.
            for sponsor in serving {
                guard let day = [sponsor.from, sponsored].first(where: { !isFull(sponsor, on: $0) }) else { continue }
                add(.sponsorNotFull, .sponsorsAssigned, .violation, "sponsor \(sponsor.name) was not a full member on \(day)",
                    "入党介绍人\(sponsor.name)在 \(day) 不是正式党员", DevelopmentRule.sponsors)
            }
        }
        if let reviewed = day(.politicalReview) {
            let expires = reviewed.adding(months: limits.reviewValidMonths)
            if let admitted = day(.admissionVote) ?? (end > expires ? end : nil), admitted > expires {
                add(.reviewExpired, .politicalReview, .warning, "the political review of \(reviewed) was more than \(limits.reviewValidMonths) months old by \(admitted)",
                    "政治审查（\(reviewed)）至 \(admitted) 已超过 \(limits.reviewValidMonths) 个月有效期", DevelopmentRule.local)
            }
        }
        if let training = person.entry(.training), (training.days ?? 0) < 3 && (training.hours ?? 0) < 24 {
            add(.trainingShort, .training, .violation, "concentrated training of \(training.days ?? 0) day(s), \(training.hours ?? 0) hours: at least 3 days or 24 hours",
                "集中培训 \(training.days ?? 0) 天、\(training.hours ?? 0) 学时，应不少于3天或24学时", DevelopmentRule.training)
        }

        // Stage IV: admission.
        if let preReviewed = day(.preReview) {
            let due = preReviewed.adding(months: limits.preReviewMonths)
            if let admitted = day(.admissionVote) ?? (end > due ? end : nil), admitted > due {
                add(.preReviewLate, .admissionVote, .warning, "the general meeting more than \(limits.preReviewMonths) month(s) after the pre-review (\(preReviewed))",
                    "预审（\(preReviewed)）后超过 \(limits.preReviewMonths) 个月未召开支部大会", DevelopmentRule.local)
            }
        }
        for entry in person.steps {
            guard let body = entry.body, !entry.step.decidingBodies.isEmpty, !entry.step.decidingBodies.contains(body) else { continue }
            let rule: Wording = switch entry.step {
            case .activistDecided: DevelopmentRule.article("八")
            case .candidateDecided: DevelopmentRule.oneYear
            case .conversionVote, .conversionApproval: DevelopmentRule.probation
            default: DevelopmentRule.admission
            }
            add(.wrongBody, entry.step, .violation, "\(entry.step.name.english) decided by the \(body.name.english), not the \(entry.step.decidingBodies[0].name.english)",
                "“\(entry.step.name.chinese)”由\(body.name.chinese)决定，应由\(entry.step.decidingBodies[0].name.chinese)决定", rule)
        }
        if let admitted = person.entry(.admissionVote), admitted.outcome != .refused {
            let late = admitted.day.adding(months: 3), lapsed = admitted.day.adding(months: 6)
            let approved = day(.admissionApproval) ?? (end > late ? end : nil)
            if let approved, approved > lapsed {
                add(.approvalLapsed, .admissionApproval, .violation, "not approved within six months of the general meeting (\(admitted.day)): the procedure starts again",
                    "支部大会（\(admitted.day)）后六个月内未审批，应重新履行程序", DevelopmentRule.admission)
            } else if let approved, approved > late {
                add(.approvalLate, .admissionApproval, .warning, "approval more than three months after the general meeting (\(admitted.day))",
                    "支部大会（\(admitted.day)）后超过三个月未审批", DevelopmentRule.admission)
            }
            // The roster's 入党时间 and probation count from the general meeting's day.
            if let member = members.first(where: { $0.id == person.memberID }),
               let typed = member.probationStart ?? member.joinedOn, typed != admitted.day {
                add(.rosterMismatch, .admissionVote, .warning, "the roster gives \(member.name) \(typed) as the day of joining; the general meeting admitted them on \(admitted.day)",
                    "名册上\(member.name)的入党时间为 \(typed)，支部大会接收之日为 \(admitted.day)，二者不一致", DevelopmentRule.probation)
            }
            // Stage V: probation ends a year after the general meeting (longer if extended).
            let probationEnd = DevelopmentRules.probationEnd(person)!
            let converted = person.entry(.conversionVote).map { $0.outcome != .extended || $0.day > probationEnd } ?? false
            if !converted && end > probationEnd && person.departure == nil {
                add(.probationOverdue, .conversionVote, .violation, "probation ended on \(probationEnd) with no conversion meeting",
                    "预备期已于 \(probationEnd) 期满，未召开支部大会讨论转正", DevelopmentRule.probation)
            }
            let assessedUntil = min(day(.conversionVote) ?? end, end)
            for (from, to) in periods(from: admitted.day, months: limits.probationAssessmentMonths, until: assessedUntil)
                where !Self.any(of: assessmentDays, from: from, to: to) {
                add(.assessmentMissing, .probationAssessment, .warning, "no assessment on probation for \(from) to \(to)",
                    "\(from) 至 \(to) 预备期未进行考察", DevelopmentRule.local)
            }
        }
        if let converted = person.entry(.conversionVote), converted.outcome == nil || converted.outcome == .passed {
            let due = converted.day.adding(months: 3)
            if let approved = day(.conversionApproval) ?? (end > due ? end : nil), approved > due {
                add(.conversionApprovalLate, .conversionApproval, .violation, "conversion not approved within three months of the general meeting (\(converted.day))",
                    "转正支部大会（\(converted.day)）后三个月内未审批", DevelopmentRule.probation)
            }
        }
        if let approved = day(.conversionApproval) {
            let due = approved.adding(days: limits.archiveDays)
            if let archived = day(.archived) ?? (end > due ? end : nil), archived > due {
                add(.archiveLate, .archived, .warning, "the file not archived within \(limits.archiveDays) days of conversion",
                    "转正后 \(limits.archiveDays) 天内未将材料归档", DevelopmentRule.local)
            }
        }

        // Public notices, where the branch's settings ask for them.
        for step in limits.noticeSteps {
            guard let stepDay = day(step) else { continue }
            guard let notice = person.notices.first(where: { $0.step == step }) else {
                add(.noticeMissing, step, .warning, "no public notice for “\(step.name.english)” (\(stepDay))", "“\(step.name.chinese)”（\(stepDay)）未公示", DevelopmentRule.local)
                continue
            }
            let length = DevelopmentRules.workingDays(from: notice.from, to: notice.to)
            if length < limits.noticeWorkingDays {
                add(.noticeShort, step, .warning, "the notice of “\(step.name.english)” ran \(length) working day(s); at least \(limits.noticeWorkingDays)",
                    "“\(step.name.chinese)”公示 \(length) 个工作日，应不少于 \(limits.noticeWorkingDays) 个工作日", DevelopmentRule.local)
            }
        }

        // Dates in the wrong order: each step against the one it must follow.
        for (later, earlier) in DevelopmentRules.order {
            guard let laterDay = day(later), let earlierDay = day(earlier), laterDay < earlierDay else { continue }
            add(.wrongOrder, later, .violation, "“\(later.name.english)” (\(laterDay)) is dated before “\(earlier.name.english)” (\(earlierDay))",
                "“\(later.name.chinese)”（\(laterDay)）早于“\(earlier.name.chinese)”（\(earlierDay)）", DevelopmentRule.order)
        }
        return found
    }

    /// Each step, and the step it must not come before.
    static let order: [(DevelopmentStep, DevelopmentStep)] = [
        (.applicantTalk, .application), (.activistDecided, .application), (.activistFiled, .activistDecided), (.contactsAssigned, .activistDecided),
        (.candidateDecided, .activistDecided), (.candidateFiled, .candidateDecided), (.sponsorsAssigned, .candidateDecided),
        (.politicalReview, .candidateDecided), (.training, .candidateDecided), (.committeeReview, .candidateDecided), (.preReview, .committeeReview),
        (.applicationForm, .preReview), (.admissionVote, .applicationForm), (.committeeTalk, .admissionVote), (.admissionApproval, .admissionVote),
        (.admissionApproval, .committeeTalk), (.filedAbove, .admissionApproval), (.placedInGroup, .admissionApproval), (.oath, .admissionApproval),
        (.conversionRequest, .admissionVote), (.conversionVote, .conversionRequest), (.conversionApproval, .conversionVote), (.archived, .conversionApproval),
    ]

    /// The day probation ends: a year after the general meeting, plus an extension.
    public static func probationEnd(_ person: DevelopmentPerson) -> Day? {
        guard let admitted = person.day(.admissionVote) else { return nil }
        let extended = person.steps.compactMap(\.extensionMonths).max() ?? 0
        return admitted.adding(months: 12 + extended)
    }

    /// Whether a contact or sponsor was a full member on `day` (a name not on the roster
    /// cannot be checked and is taken as written).
    func isFull(_ who: Sponsorship, on day: Day) -> Bool {
        guard let member = members.first(where: { $0.id == who.memberID }) ?? members.first(where: { $0.name == who.name }) else { return true }
        return member.category.value(on: day) == .full
    }

    /// Whole periods of `months` from `start` that ended by `until`: each must hold an entry.
    func periods(from start: Day, months: Int, until: Day) -> [(Day, Day)] {
        guard months > 0 else { return [] }
        var result: [(Day, Day)] = []
        var index = 0
        while true {
            let from = start.adding(months: months * index), next = start.adding(months: months * (index + 1))
            guard next <= until, result.count < 200 else { break }
            result.append((from, next.adding(days: -1)))
            index += 1
        }
        return result
    }

    /// Whether sorted `days` hold one from `from` to `to`, both counted (a binary search:
    /// a file with years of quarterly reports is asked once per quarter).
    static func any(of days: [Day], from: Day, to: Day) -> Bool {
        var low = 0, high = days.count
        while low < high {
            let middle = (low + high) / 2
            if days[middle] < from { low = middle + 1 } else { high = middle }
        }
        return low < days.count && days[low] <= to
    }

    /// Monday to Friday between two days, both counted.
    public static func workingDays(from: Day, to: Day) -> Int {
        guard from <= to else { return 0 }
        var count = 0, day = from
        while day <= to && count < 400 {
            // 1970-01-01 was a Thursday: day 0 of the epoch count.
            let weekday = ((DateText.daysSinceEpoch(day) % 7) + 7 + 3) % 7 // 0 = Monday
            if weekday < 5 { count += 1 }
            day = day.adding(days: 1)
        }
        return count
    }
}

/// Where a person stands as of a day: the stage, the next step and its deadline, what
/// falls due (a 思想汇报, an assessment), and the findings.
public struct DevelopmentStatus: Sendable {
    public var person: DevelopmentPerson
    public var stage: DevelopmentStage
    /// The next step not yet recorded (nil: converted and archived, or left).
    public var next: DevelopmentStep?
    /// The last day for it, where a rule sets one.
    public var deadline: Day?
    /// The first day it may be taken, where a rule sets one (a candidate after a year).
    public var earliest: Day?
    /// What falls due, earliest first: the next step, the next report and assessment.
    public var due: [DueItem]
    public var findings: [DevelopmentFinding]

    /// A dated thing to do.
    public struct DueItem: Equatable, Sendable {
        public var what: Wording
        public var by: Day
    }

    public init(_ whole: DevelopmentPerson, asOf today: Day, rules: DevelopmentRules) {
        let person = whole.asOf(today)
        self.person = whole
        stage = person.stage
        findings = rules.findings(whole, asOf: today)
        let day = person.day
        let limits = rules.limits
        if person.departure != nil || (person.isConverted && day(.archived) != nil) {
            next = nil
        } else {
            // The first step not recorded after the furthest one recorded: a filing left out of
            // a paper file does not hold the person back (the timeline shows it blank).
            let furthest = person.steps.map(\.step).max() ?? .application
            next = DevelopmentStep.allCases.first { !$0.isContinuous && person.entry($0) == nil && $0 > furthest }
            if person.entry(.conversionVote)?.outcome == .extended && !person.isConverted { next = .conversionVote }
        }
        switch next {
        case .applicantTalk: deadline = day(.application)?.adding(months: 1)
        case .activistDecided: earliest = day(.application)?.adding(months: limits.monthsBeforeActivist)
        case .contactsAssigned, .activistFiled: deadline = day(.activistDecided)?.adding(months: 1)
        case .candidateDecided: earliest = day(.activistDecided)?.adding(months: 12)
        case .admissionVote: deadline = day(.preReview)?.adding(months: limits.preReviewMonths)
        case .committeeTalk, .admissionApproval: deadline = day(.admissionVote)?.adding(months: 3)
        case .conversionRequest, .conversionVote: deadline = DevelopmentRules.probationEnd(person)
        case .conversionApproval: deadline = day(.conversionVote)?.adding(months: 3)
        case .archived: deadline = day(.conversionApproval)?.adding(days: limits.archiveDays)
        default: break
        }
        var due: [DueItem] = []
        if let next, let deadline { due.append(DueItem(what: next.name, by: deadline)) }
        // Reports and assessments run from the activist's day until conversion.
        if next != nil, person.departure == nil, let activist = day(.activistDecided), !person.isConverted {
            let lastReport = person.reports.map(\.day).max() ?? activist
            due.append(DueItem(what: Wording("written report (思想汇报)", "思想汇报"), by: max(lastReport, activist).adding(months: limits.reportMonths).adding(days: -1)))
            let onProbation = day(.admissionVote) != nil
            let since = onProbation ? day(.admissionVote)! : activist
            let lastAssessment = person.assessments.map(\.day).filter { $0 >= since }.max() ?? since
            if onProbation || day(.candidateDecided) == nil {
                let months = onProbation ? limits.probationAssessmentMonths : 6
                due.append(DueItem(what: Wording("assessment", onProbation ? "预备期考察" : "半年考察"), by: lastAssessment.adding(months: months).adding(days: -1)))
            }
        }
        self.due = due.sorted { $0.by < $1.by }
    }

    /// Overdue or due by the end of `month`'s last day, for home's "falls due this month".
    public func dueBy(_ last: Day) -> [DueItem] { due.filter { $0.by <= last } }
}

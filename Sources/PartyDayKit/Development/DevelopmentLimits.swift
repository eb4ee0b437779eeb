/// The time limits many Party committees add to the 细则's (`member-development.md`'s
/// "local" limits): branch settings, with the commonest values as defaults.
public struct DevelopmentLimits: Codable, Equatable, Sendable {
    /// Months from the application before an applicant may be made an activist.
    public var monthsBeforeActivist: Int
    /// How often a 思想汇报 is due, in months.
    public var reportMonths: Int
    /// How often a probationary member is assessed, in months.
    public var probationAssessmentMonths: Int
    /// How long a political review stays valid, in months.
    public var reviewValidMonths: Int
    /// Months from the higher committee's pre-review to the general meeting.
    public var preReviewMonths: Int
    /// Days from conversion's approval to the file's archiving.
    public var archiveDays: Int
    /// The steps announced in a public notice, and its least length in working days.
    public var noticeSteps: [DevelopmentStep]
    public var noticeWorkingDays: Int

    public init(monthsBeforeActivist: Int = 3, reportMonths: Int = 3, probationAssessmentMonths: Int = 3, reviewValidMonths: Int = 12,
                preReviewMonths: Int = 1, archiveDays: Int = 7, noticeSteps: [DevelopmentStep] = [.candidateDecided, .committeeReview, .conversionRequest],
                noticeWorkingDays: Int = 5) {
        self.monthsBeforeActivist = monthsBeforeActivist
        self.reportMonths = reportMonths
        self.probationAssessmentMonths = probationAssessmentMonths
        self.reviewValidMonths = reviewValidMonths
        self.preReviewMonths = preReviewMonths
        self.archiveDays = archiveDays
        self.noticeSteps = noticeSteps
        self.noticeWorkingDays = noticeWorkingDays
    }

    public static let defaults = DevelopmentLimits()

    /// What is impossible in them (`check` names it; the defaults stand in meanwhile).
    public var problem: Wording? {
        let months = [monthsBeforeActivist, reportMonths, probationAssessmentMonths, reviewValidMonths, preReviewMonths]
        if months.contains(where: { !(0...36).contains($0) }) { return Wording("a development time limit is outside 0–36 months", "发展党员时限超出 0–36 个月") }
        if !(0...60).contains(archiveDays) || !(0...30).contains(noticeWorkingDays) {
            return Wording("a development time limit in days is out of range", "发展党员的天数时限超出范围")
        }
        if reportMonths == 0 || probationAssessmentMonths == 0 { return Wording("reports and assessments are due at least every month", "思想汇报和考察至少每月一次") }
        return nil
    }
}

extension BranchProfile {
    /// The branch's development limits, or the defaults (also when the file's are impossible).
    public var development: DevelopmentLimits { developmentLimits.flatMap { $0.problem == nil ? $0 : nil } ?? .defaults }
}

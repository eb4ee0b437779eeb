/// Something an inspector would find in a person's file, as of a day: a time limit
/// broken, a step out of order, a step decided by the wrong body. Each names the rule it
/// rests on — the 细则's article where there is one, else "local setting".
public struct DevelopmentFinding: Equatable, Sendable {
    public enum Kind: String, CaseIterable, Sendable {
        case underAge = "under-age"
        case talkLate = "talk-late"
        case activistTooSoon = "activist-too-soon"
        case contactMissing = "contact-missing"
        case contactNotFull = "contact-not-full"
        case assessmentMissing = "assessment-missing"
        case reportMissing = "report-missing"
        case candidateTooSoon = "candidate-too-soon"
        case sponsorsMissing = "sponsors-missing"
        case sponsorNotFull = "sponsor-not-full"
        case reviewExpired = "review-expired"
        case trainingShort = "training-short"
        case preReviewLate = "pre-review-late"
        case wrongBody = "wrong-body"
        case wrongOrder = "wrong-order"
        case approvalLate = "approval-late"
        case approvalLapsed = "approval-lapsed"
        case probationOverdue = "probation-overdue"
        case conversionApprovalLate = "conversion-approval-late"
        case archiveLate = "archive-late"
        case noticeMissing = "notice-missing"
        case noticeShort = "notice-short"
        case rosterMismatch = "roster-mismatch"
    }

    public enum Severity: String, Sendable {
        /// Against the 细则: the file is wrong.
        case violation
        /// Late against a local limit, or soon to be wrong.
        case warning
    }

    public var kind: Kind
    public var step: DevelopmentStep?
    public var severity: Severity
    public var text: Wording
    /// The rule it rests on ("细则第十三条", "local setting").
    public var rule: Wording

    public init(_ kind: Kind, step: DevelopmentStep?, _ severity: Severity, _ text: Wording, rule: Wording) {
        self.kind = kind
        self.step = step
        self.severity = severity
        self.text = text
        self.rule = rule
    }
}

/// The rules' references, written once.
enum DevelopmentRule {
    static func article(_ number: String) -> Wording { Wording("Detailed Rules, art. \(number)", "《发展党员工作细则》第\(number)条") }
    static func chapter(_ number: String, _ title: String, _ english: String) -> Wording {
        Wording("Detailed Rules, ch. \(english)", "《发展党员工作细则》第\(number)章（\(title)）")
    }
    static let age = article("五")
    static let talk = article("七")
    static let contacts = article("九")
    static let halfYearly = article("十一")
    static let oneYear = article("十三")
    static let sponsors = article("十四")
    static let training = article("十七")
    static let admission = chapter("四", "预备党员的接收", "4 (admission)")
    static let probation = chapter("五", "预备党员的教育、考察和转正", "5 (probation and conversion)")
    static let order = Wording("Detailed Rules: the order of the procedure", "《发展党员工作细则》规定的程序顺序")
    static let local = Wording("local setting", "本地规定（支部设置）")
}

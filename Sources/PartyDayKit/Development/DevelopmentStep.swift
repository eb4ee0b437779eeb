/// The 25 steps of developing a member (发展党员), as branches and committees count
/// them, in the five stages of the 细则. A person's file records each with a day.
public enum DevelopmentStep: Int, CaseIterable, Codable, Sendable, Comparable {
    case application = 1, applicantTalk, activistDecided, activistFiled, contactsAssigned, activistAssessment
    case candidateDecided, candidateFiled, sponsorsAssigned, politicalReview, training
    case committeeReview, preReview, applicationForm, admissionVote, committeeTalk, admissionApproval, filedAbove
    case placedInGroup, oath, probationAssessment, conversionRequest, conversionVote, conversionApproval, archived

    public static func < (lhs: DevelopmentStep, rhs: DevelopmentStep) -> Bool { lhs.rawValue < rhs.rawValue }

    public var number: Int { rawValue }

    /// The step's name as inspectors' files write it.
    public var name: Wording {
        switch self {
        case .application: Wording("written application", "递交入党申请书")
        case .applicantTalk: Wording("talk with the applicant", "党组织派人谈话")
        case .activistDecided: Wording("activist decided", "确定入党积极分子")
        case .activistFiled: Wording("activist filed above", "报上级党委备案（积极分子）")
        case .contactsAssigned: Wording("contacts assigned", "指定培养联系人")
        case .activistAssessment: Wording("training and assessment", "培养教育考察")
        case .candidateDecided: Wording("candidate decided", "确定发展对象")
        case .candidateFiled: Wording("candidate filed above", "报上级党委备案（发展对象）")
        case .sponsorsAssigned: Wording("sponsors assigned", "确定入党介绍人")
        case .politicalReview: Wording("political review", "进行政治审查")
        case .training: Wording("concentrated training", "开展集中培训")
        case .committeeReview: Wording("branch committee review", "支部委员会审查")
        case .preReview: Wording("higher committee's pre-review", "上级党委预审")
        case .applicationForm: Wording("application form filled in", "填写入党志愿书")
        case .admissionVote: Wording("general meeting admits", "支部大会讨论接收")
        case .committeeTalk: Wording("higher committee's talk", "上级党委派人谈话")
        case .admissionApproval: Wording("higher committee approves", "上级党委审批")
        case .filedAbove: Wording("filed one level up", "再上一级党委组织部门备案")
        case .placedInGroup: Wording("placed in a party group", "编入党支部和党小组")
        case .oath: Wording("oath", "入党宣誓")
        case .probationAssessment: Wording("continued assessment", "继续教育考察")
        case .conversionRequest: Wording("asks to convert", "提出转正申请")
        case .conversionVote: Wording("general meeting converts", "支部大会讨论转正")
        case .conversionApproval: Wording("conversion approved", "上级党委审批转正")
        case .archived: Wording("file archived", "材料归档")
        }
    }

    public var stage: DevelopmentStage {
        switch rawValue {
        case 1...2: .applicant
        case 3...6: .activist
        case 7...11: .candidate
        case 12...18: .admission
        default: .probation
        }
    }

    /// Who must decide it, where the rules say so: a step decided elsewhere is a finding.
    public var decidingBodies: [DecidingBody] {
        switch self {
        // The committee decides; a branch without a committee decides at its general meeting.
        case .activistDecided, .candidateDecided, .committeeReview: [.branchCommittee, .generalMeeting]
        case .admissionVote, .conversionVote: [.generalMeeting]
        case .preReview, .admissionApproval, .conversionApproval: [.higherCommittee]
        default: []
        }
    }

    /// Steps kept as a series of dated entries rather than one day (assessments).
    public var isContinuous: Bool { self == .activistAssessment || self == .probationAssessment }

    /// The steps a branch records by meeting: committee and general meetings.
    public var isMeetingStep: Bool { [.activistDecided, .candidateDecided, .committeeReview, .admissionVote, .conversionVote].contains(self) }
}

/// The five stages of the 细则, and where a person stands.
public enum DevelopmentStage: Int, CaseIterable, Codable, Sendable, Comparable {
    case applicant = 1, activist, candidate, admission, probation

    public static func < (lhs: DevelopmentStage, rhs: DevelopmentStage) -> Bool { lhs.rawValue < rhs.rawValue }

    public var name: Wording {
        switch self {
        case .applicant: Wording("applicant", "入党申请人")
        case .activist: Wording("activist", "入党积极分子")
        case .candidate: Wording("candidate", "发展对象")
        case .admission: Wording("admission", "预备党员的接收")
        case .probation: Wording("probationary member", "预备党员")
        }
    }
}

/// Who made a step's decision.
public enum DecidingBody: String, Codable, CaseIterable, Sendable {
    case branchCommittee = "branch-committee"
    case generalMeeting = "general-meeting"
    case partyGroup = "party-group"
    case higherCommittee = "higher-committee"
    case branch

    public var name: Wording {
        switch self {
        case .branchCommittee: Wording("branch committee", "支部委员会")
        case .generalMeeting: Wording("general meeting", "支部党员大会")
        case .partyGroup: Wording("party group", "党小组")
        case .higherCommittee: Wording("higher committee", "上级党委")
        case .branch: Wording("the branch", "党支部")
        }
    }

    /// The body a meeting of these types decides as.
    public static func of(_ types: [MeetingType]) -> DecidingBody? {
        if types.contains(.generalMeeting) { return .generalMeeting }
        if types.contains(.committeeMeeting) { return .branchCommittee }
        if types.contains(.partyGroupMeeting) { return .partyGroup }
        return nil
    }
}

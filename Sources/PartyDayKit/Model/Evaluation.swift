/// A grade of the democratic evaluation of members (民主评议党员).
public enum EvaluationGrade: String, Codable, CaseIterable, Sendable, Comparable {
    case excellent
    case qualified
    case basicallyQualified = "basically-qualified"
    case unqualified

    /// 基本合格 and 不合格 call for improvement measures, with an owner and a day.
    public var needsImprovement: Bool { self == .basicallyQualified || self == .unqualified }

    public static func < (lhs: EvaluationGrade, rhs: EvaluationGrade) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// The democratic ballot's count for one member, if the branch keeps it.
public struct BallotTally: Codable, Equatable, Sendable {
    public var excellent: Int
    public var qualified: Int
    public var basicallyQualified: Int
    public var unqualified: Int

    public init(excellent: Int, qualified: Int, basicallyQualified: Int, unqualified: Int) {
        self.excellent = excellent
        self.qualified = qualified
        self.basicallyQualified = basicallyQualified
        self.unqualified = unqualified
    }
}

/// One member's evaluation at a democratic-evaluation meeting, for the meeting's
/// evaluation year.
public struct MemberEvaluation: Codable, Equatable, Sendable {
    public var memberID: String
    public var name: String
    public var selfEvaluationDone: Bool
    public var ballot: BallotTally?
    /// Nil: not graded (probationary members commonly are not).
    public var grade: EvaluationGrade?

    public init(memberID: String, name: String, selfEvaluationDone: Bool = false, ballot: BallotTally? = nil, grade: EvaluationGrade? = nil) {
        self.memberID = memberID
        self.name = name
        self.selfEvaluationDone = selfEvaluationDone
        self.ballot = ballot
        self.grade = grade
    }
}

extension Meeting {
    /// Why `grade` cannot be given to the member of attendance row `row`, or nil.
    public func gradeRefusal(_ grade: EvaluationGrade?, for row: AttendanceRecord) -> GradeRefusal? {
        if grade == .excellent && row.category == .probationary { return .probationaryExcellent }
        return nil
    }

    /// True when, with `grade` for `memberID`, more than a third of those being graded
    /// at this meeting would be 优秀. Those being graded are the full members on its roll
    /// (probationary members take part but are not graded), or those graded so far where
    /// they are more: grading in roster order never trips it before the last grades are in.
    public func tooManyExcellent(after grade: EvaluationGrade?, for memberID: String) -> Bool {
        var grades = Dictionary(evaluations.compactMap { e in e.grade.map { (e.memberID, $0) } }, uniquingKeysWith: { first, _ in first })
        grades[memberID] = grade
        let excellent = grades.values.filter { $0 == .excellent }.count
        let beingGraded = max(attendance.filter { $0.category == .full }.count, grades.count)
        return excellent * 3 > beingGraded
    }

    /// The member's evaluation here, if any.
    public func evaluation(of memberID: String) -> MemberEvaluation? {
        evaluations.first { $0.memberID == memberID }
    }
}

public enum GradeRefusal: Equatable, Sendable {
    /// Probationary members take part but are not graded 优秀.
    case probationaryExcellent
}

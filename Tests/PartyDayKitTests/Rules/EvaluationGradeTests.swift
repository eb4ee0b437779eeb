import Foundation
import Testing
@testable import PartyDayKit

/// The democratic evaluation's grades as the rules allow them, and where they show.
@Suite struct EvaluationGradeTests {
    func evaluationMeeting(graded: Int, excellent: Int) -> Meeting {
        var fixture = RuleFixture(memberCount: 21)
        var meeting = fixture.hold([.democraticEvaluation], on: "2027-01-15")
        meeting.evaluations = (0..<graded).map { index in
            MemberEvaluation(memberID: "p\(index)", name: "党员\(index)", selfEvaluationDone: true,
                             grade: index < excellent ? .excellent : .qualified)
        }
        return meeting
    }

    /// The share is of everyone being graded at the meeting (its 21 full members), not of
    /// those graded so far: grading in roster order, the first 优秀 is never "more than a third".
    @Test func theShareOfExcellentIsOfEveryoneBeingGraded() {
        #expect(!evaluationMeeting(graded: 0, excellent: 0).tooManyExcellent(after: .excellent, for: "p0"), "the first of 21")
        #expect(!evaluationMeeting(graded: 6, excellent: 6).tooManyExcellent(after: .excellent, for: "p6"), "seven of twenty-one is a third")
        #expect(evaluationMeeting(graded: 7, excellent: 7).tooManyExcellent(after: .excellent, for: "p7"), "eight of twenty-one is more")
        #expect(!evaluationMeeting(graded: 20, excellent: 7).tooManyExcellent(after: .qualified, for: "p10"))
    }

    @Test func aProbationaryMemberIsNotGradedExcellent() {
        var fixture = RuleFixture()
        fixture.members[5].category = History(.probationary, since: Day("2020-01-01")!)
        let meeting = fixture.hold([.democraticEvaluation], on: "2027-01-15")
        let row = meeting.attendance.first { $0.memberID == "p5" }!
        #expect(meeting.gradeRefusal(.excellent, for: row) == .probationaryExcellent)
        #expect(meeting.gradeRefusal(.qualified, for: row) == nil)
        #expect(meeting.gradeRefusal(nil, for: row) == nil, "or not graded at all")
    }

    @Test func theLastGradeShowsInParticipationAndTheYearsGradesInTheReport() {
        var fixture = RuleFixture()
        var january = fixture.hold([.democraticEvaluation], on: "2026-01-15")
        january.evaluations = [MemberEvaluation(memberID: "p1", name: "党员1", selfEvaluationDone: true, grade: .excellent),
                               MemberEvaluation(memberID: "p2", name: "党员2", selfEvaluationDone: true, grade: .basicallyQualified)]
        fixture.meetings[0] = january
        let row = fixture.participation(.year(2026), today: "2026-11-27").rows.first { $0.memberID == "p1" }
        #expect(row?.lastGradeValue == .excellent && row?.lastGradeYear == 2025, "January's evaluation is for 2025")
        let report = EvaluationReport(branch: fixture.branch, meetings: fixture.meetings, year: 2025, asOf: Day("2026-11-27")!)
        #expect(report.rows.map(\.name) == ["党员1", "党员2"])
        #expect(report.count(.excellent) == 1 && report.count(.basicallyQualified) == 1)
        #expect(EvaluationReport(branch: fixture.branch, meetings: fixture.meetings, year: 2026, asOf: Day("2026-11-27")!).rows.isEmpty)
        let table = EvaluationOutput(report: report, language: .chinese).render(.table)
        #expect(table.contains("2025年度民主评议党员结果") && table.contains("基本合格"))
    }
}

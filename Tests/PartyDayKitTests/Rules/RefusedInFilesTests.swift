import Foundation
import Testing
@testable import PartyDayKit

/// What the forms refuse, arrived in a file: a probationary member graded 优秀, an
/// admission voted at a committee meeting. `check` names both; neither is counted as valid.
@Suite struct RefusedInFilesTests {
    @Test func aProbationaryExcellentAndAnAdmissionAtACommitteeMeetingAreNamedAndNotCounted() throws {
        let folder = TempFolder()
        let store = try openStore(folder)
        let demo = DemoData.make()
        try demo.write(to: store)
        var evaluation = try #require(demo.meetings.first { $0.types.contains(.democraticEvaluation) })
        let probationary = try #require(evaluation.attendance.first { $0.category == .probationary })
        evaluation.evaluations.removeAll { $0.memberID == probationary.memberID }
        evaluation.evaluations.append(MemberEvaluation(memberID: probationary.memberID, name: probationary.name, grade: .excellent))
        try store.save(evaluation)
        var committee = try #require(demo.meetings.first { $0.types == [.committeeMeeting] })
        var admission = Decision(id: "wrong-body", text: "接收刘思远为预备党员", yes: 5, no: 0, abstain: 0)
        admission.kind = .admission
        committee.decisions.append(admission)
        try store.save(committee)
        try store.flush()
        let problems = try openStore(folder, .readOnly).check()
        #expect(problems.contains { $0.message.contains("graded excellent as a probationary member") }, "\(problems)")
        #expect(problems.contains { $0.message.contains("not a general meeting") }, "\(problems)")
        #expect(committee.outcome(of: committee.decisions.last!) == .notValid, "never passed, whatever the votes")
        let minutes = MinutesDocument(meeting: committee, branch: demo.branch, language: .chinese, format: .text, members: demo.members).render()
        #expect(minutes.contains("无效：应由支部党员大会决定"), "the minutes say so")
        let report = EvaluationReport(branch: demo.branch, meetings: [evaluation], year: evaluation.forYear(in: demo.branch.timeZone), asOf: Day("2027-12-31")!)
        #expect(report.rows.first { $0.memberID == probationary.memberID }?.grade == nil, "the refused grade is not counted")
    }

    @Test func aPledgeKeptAfterTheReportsDayWasOpenOnIt() {
        var pledge = Pledge(id: "p", by: nil, text: "完成", due: Day("2026-10-31"))
        pledge.status = .kept
        pledge.reviews = [Pledge.Review(on: Day("2026-11-20")!, note: "已完成")]
        let summary = PledgeSummary(pledge)
        #expect(PledgeLedger.status(summary, asOf: Day("2026-11-10")!) == .open)
        #expect(PledgeLedger.status(summary, asOf: Day("2026-11-20")!) == .kept)
    }
}

/// `report evaluation` lists a grade's members by pinyin, as a Chinese list reads.
@Suite struct EvaluationOrderTests {
    @Test func withinAGradeNamesGoByPinyinNotCodePoint() {
        var fixture = RuleFixture(memberCount: 3)
        fixture.members[0].name = "张三"
        fixture.members[1].name = "李四"
        fixture.members[2].name = "阿丽亚·吐尔逊"
        var meeting = fixture.hold([.democraticEvaluation], on: "2027-01-15")
        meeting.evaluations = fixture.members.map { MemberEvaluation(memberID: $0.id, name: $0.name, grade: .qualified) }
        let report = EvaluationReport(branch: fixture.branch, meetings: [meeting], year: meeting.forYear(in: fixture.branch.timeZone), asOf: Day("2027-12-31")!)
        #expect(report.rows.map(\.name) == ["阿丽亚·吐尔逊", "李四", "张三"])
    }
}

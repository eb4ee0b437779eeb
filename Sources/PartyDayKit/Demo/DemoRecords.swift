import Foundation

/// What the rules ask a record to show, added to the demo's year after it is made (so the
/// year's generated figures stay as they were): the conversion of 冯雪 with its two dates,
/// an admission vote with written opinions, the grades of the evaluation for 2025, and a
/// make-up study.
enum DemoRecords {
    static let conversionApproved = Day("2026-06-20")!
    /// The general meeting that admitted 刘思远 as a probationary member.
    static let admissionDay = Day("2026-09-25")!

    static func add(to meetings: inout [Meeting], members: [Member]) {
        for index in meetings.indices {
            let day = Day(meetings[index].start, in: DemoData.timeZone)
            if day == Day("2026-06-10")!, let decision = meetings[index].decisions.indices.first {
                recordConversion(&meetings[index].decisions[decision], members: members)
            }
            if day == admissionDay { addAdmission(to: &meetings[index]) }
            if meetings[index].types.contains(.democraticEvaluation) { grade(&meetings[index]) }
            if day == Day("2026-10-10")!, let row = meetings[index].attendance.firstIndex(where: { $0.memberID == DemoRoster.longLeaveMember }) {
                meetings[index].attendance[row].madeUp = MakeUpStudy(on: Day("2026-11-02")!, how: "自学会议材料，并向支部书记汇报学习体会")
            }
            if day > admissionDay { addAdmitted(to: &meetings[index], members: members) }
        }
    }

    /// 刘思远 takes part, as a probationary member, in every meeting expecting him after
    /// the general meeting that admitted him.
    private static func addAdmitted(to meeting: inout Meeting, members: [Member]) {
        let day = Day(meeting.start, in: DemoData.timeZone)
        let expected = Roster(members: members).expected(at: meeting.types, partyGroupID: meeting.partyGroupID, on: day)
        guard let snapshot = expected.first(where: { $0.memberID == DemoRoster.admittedMember }),
              !meeting.attendance.contains(where: { $0.memberID == snapshot.memberID }) else { return }
        meeting.attendance.append(AttendanceRecord(member: snapshot, status: .present))
    }

    private static func recordConversion(_ decision: inout Decision, members: [Member]) {
        decision.kind = .conversion
        decision.method = .secretBallot
        decision.subject = members.first { $0.name == "冯雪" }.map(PersonRef.member)
        decision.sponsorsOpinion = "该同志预备期间表现良好，已具备正式党员条件，同意按期转正。"
        decision.committeeOpinion = "支委会审查合格，提请党员大会讨论。"
        decision.approvedOn = conversionApproved
    }

    private static func addAdmission(to meeting: inout Meeting) {
        let tally = meeting.tally
        let written = min(2, tally.votersExpected - tally.votersPresent)
        var admission = Decision(id: "demo-admission", text: "接收刘思远同志为中共预备党员",
                                 yes: tally.votersPresent + written - 1, no: 0, abstain: 1)
        admission.kind = .admission
        admission.method = .secretBallot
        admission.writtenOpinions = written
        admission.subject = PersonRef(name: "刘思远")
        admission.statement = "我将以党员标准严格要求自己，自觉接受党组织的教育和考验。"
        admission.scrutineers = ["王海燕", "杨帆"]
        admission.tellers = ["黄磊"]
        admission.sponsorsOpinion = "该同志入党动机端正，工作积极，同意介绍其入党。"
        admission.committeeOpinion = "经支委会审查，该同志已具备入党条件，提请党员大会讨论。"
        meeting.decisions.append(admission)
        meeting.nonVotingAttendees.append(NonVotingAttendee(id: "demo-applicant", name: "刘思远", note: "发展对象"))
    }

    /// The evaluation for 2025: most qualified, a few excellent (well under a third), one
    /// basically qualified with improvement measures as a pledge; probationary members
    /// take part ungraded.
    private static func grade(_ meeting: inout Meeting) {
        let excellent: Set<String> = ["m-02", "m-05", "m-08", "m-14"]
        let basic = "m-22"
        var records: [MemberEvaluation] = []
        for row in meeting.attendance where row.status != .excluded {
            let grade: EvaluationGrade? = row.category == .probationary ? nil
                : excellent.contains(row.memberID) ? .excellent : row.memberID == basic ? .basicallyQualified : .qualified
            let votes = meeting.tally.attended
            let ballot: BallotTally = switch grade {
            case .excellent: BallotTally(excellent: votes - 3, qualified: 3, basicallyQualified: 0, unqualified: 0)
            case .basicallyQualified: BallotTally(excellent: 0, qualified: votes - 8, basicallyQualified: 8, unqualified: 0)
            default: BallotTally(excellent: 2, qualified: votes - 2, basicallyQualified: 0, unqualified: 0)
            }
            records.append(MemberEvaluation(memberID: row.memberID, name: row.name, selfEvaluationDone: row.attended,
                                            ballot: ballot, grade: grade))
            if grade == .basicallyQualified {
                meeting.pledges.append(Pledge(id: "demo-improvement", by: PersonRef(name: row.name, memberID: row.memberID),
                                              text: "整改措施：按时参加组织生活，每月向党小组长汇报思想和工作", due: Day("2026-06-30"),
                                              status: .kept, reviews: [Pledge.Review(on: Day("2026-06-30")!, note: "已按期整改，经支委会确认")]))
            }
        }
        meeting.evaluations = records
    }
}

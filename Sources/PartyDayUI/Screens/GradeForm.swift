import PartyDayKit

/// The democratic-evaluation grade of one member, as the rules allow it: a probationary
/// member is not graded 优秀; more than a third graded 优秀 is warned about first (save
/// again to keep it); 基本合格 and 不合格 need improvement measures, which become a
/// pledge of the member with its due day.
extension WorkspaceState {
    mutating func receiveGrade(_ form: Form, memberID: String, _ context: ScreenContext, _ ids: inout SeededGenerator) -> [Intent] {
        let strings = context.strings
        guard let row = meeting.attendance.first(where: { $0.memberID == memberID }) else { return [] }
        let choice = form.choice(.grade)
        let grade: EvaluationGrade? = choice > 0 ? EvaluationGrade.allCases[min(choice - 1, EvaluationGrade.allCases.count - 1)] : nil
        if meeting.gradeRefusal(grade, for: row) == .probationaryExcellent {
            return Self.again(form, strings.probationaryNotExcellent(row.name))
        }
        let measures = form.text(.measures)
        if let grade, grade.needsImprovement, measures.isEmpty || form.day(.due) == nil {
            return Self.again(form, strings.measuresNeeded(strings.labels.gradeName(grade)))
        }
        let warning = strings.tooManyExcellent
        if grade == .excellent, meeting.tooManyExcellent(after: grade, for: memberID), !form.overrides(warning) {
            return [.openForm(form.warning(warning))]
        }
        let ballotTexts = [form.text(.ballotExcellent), form.text(.ballotQualified), form.text(.ballotBasic), form.text(.ballotUnqualified)]
        let ballot = ballotTexts.allSatisfy(\.isEmpty) ? nil
            : BallotTally(excellent: form.number(.ballotExcellent), qualified: form.number(.ballotQualified),
                          basicallyQualified: form.number(.ballotBasic), unqualified: form.number(.ballotUnqualified))
        let record = MemberEvaluation(memberID: memberID, name: row.name, selfEvaluationDone: form.isOn(.selfEvaluation), ballot: ballot, grade: grade)
        let pledge = grade.map(\.needsImprovement) == true
            ? Pledge(id: ids.shortID(), by: PersonRef(name: row.name, memberID: memberID), text: measures, due: form.day(.due)) : nil
        return edit { meeting in
            var records = meeting.evaluations.filter { $0.memberID != memberID }
            records.append(record)
            // Kept in roster order, as the record lists them.
            let order = Dictionary(meeting.attendance.enumerated().map { ($1.memberID, $0) }, uniquingKeysWith: { first, _ in first })
            meeting.evaluations = records.sorted { (order[$0.memberID] ?? .max) < (order[$1.memberID] ?? .max) }
            if let pledge { meeting.pledges.append(pledge) }
        }
    }
}

/// The agenda a new meeting of one or more types starts with.
///
/// One gathering often counts as several types (a theme Party Day with a general meeting;
/// the year-end 组织生活会 with 民主评议党员). Their templates end to end read as two
/// meetings: study after the rectification measures, the host's summary before the vote.
/// So: a step already there is not repeated; the host's summary closes the whole meeting;
/// and the organizational-life meeting with the evaluation, while both templates are the
/// defaults, is the one agenda branches hold (the evaluation's self- and mutual assessment
/// is the meeting's criticism and self-criticism; the ballot and the grading come before
/// the measures).
extension BranchProfile {
    public func agenda(for types: [MeetingType]) -> [String] {
        var steps: [String] = []
        var rest = types
        if types.contains(.organizationalLifeMeeting), types.contains(.democraticEvaluation),
           let language = [Language.chinese, .english].first(where: { language in
               agendaTemplate(for: .organizationalLifeMeeting) == AgendaTemplate.steps(.organizationalLifeMeeting, language)
                   && agendaTemplate(for: .democraticEvaluation) == AgendaTemplate.steps(.democraticEvaluation, language)
           }) {
            steps = Self.lifeMeetingWithEvaluation(language)
            rest.removeAll { $0 == .organizationalLifeMeeting || $0 == .democraticEvaluation }
        }
        for type in rest { steps += agendaTemplate(for: type) }
        var seen = Set<String>()
        var agenda = steps.filter { seen.insert($0).inserted }
        // Only when another type's steps would follow it.
        if types.count > 1 {
            for closing in ["主持人总结", "Host's summary"] {
                if let index = agenda.firstIndex(of: closing), index != agenda.count - 1 { agenda.append(agenda.remove(at: index)) }
            }
        }
        return agenda
    }

    static func lifeMeetingWithEvaluation(_ language: Language) -> [String] {
        language == .chinese
            ? ["签到", "学习教育", "通报征求意见情况", "支部班子对照检查",
               "党员个人发言（个人自评、党员互评），开展批评和自我批评", "民主测评", "上级点评", "组织评定", "制定整改措施"]
            : ["Sign-in", "Study", "Report on the opinions gathered", "Committee's self-examination",
               "Members' self- and mutual assessment: criticism and self-criticism", "Democratic appraisal",
               "Superior's comments", "Branch's grading", "Rectification measures"]
    }
}

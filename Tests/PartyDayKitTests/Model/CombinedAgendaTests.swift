import Testing
@testable import PartyDayKit

/// The agenda a new meeting of several types starts with.
@Suite struct CombinedAgendaTests {
    let branch = BranchProfile(name: "酸轧作业区党支部")

    @Test func theLifeMeetingWithTheEvaluationIsOneAgendaNotTwoTemplatesEndToEnd() {
        let agenda = branch.agenda(for: [.organizationalLifeMeeting, .democraticEvaluation])
        #expect(agenda.first == "签到")
        #expect(agenda.filter { $0 == "签到" }.count == 1)
        #expect(agenda.firstIndex(of: "学习教育")! < agenda.firstIndex(of: "支部班子对照检查")!, "study opens the meeting")
        #expect(agenda.firstIndex(of: "民主测评")! < agenda.firstIndex(of: "组织评定")!)
        #expect(agenda.last == "制定整改措施", "the measures close it, after the grading")
        #expect(!agenda.contains("个人自评") && !agenda.contains("党员互评"), "they are the members' own speeches, said once")
    }

    @Test func aBranchsOwnTemplatesAreKeptAsItWroteThem() {
        var own = branch
        own.agendaTemplates = own.agendaTemplates.map { template in
            var changed = template
            if template.type == .democraticEvaluation { changed.steps = ["签到", "测评"] }
            return changed
        }
        let agenda = own.agenda(for: [.organizationalLifeMeeting, .democraticEvaluation])
        #expect(agenda == ["签到", "通报征求意见情况", "支部班子对照检查", "党员个人发言，开展批评和自我批评", "上级点评", "制定整改措施", "测评"])
    }

    @Test func theHostsSummaryClosesAThemePartyDayWithAGeneralMeeting() {
        let agenda = branch.agenda(for: [.themePartyDay, .generalMeeting])
        #expect(agenda.last == "主持人总结")
        #expect(agenda.firstIndex(of: "表决")! < agenda.firstIndex(of: "主持人总结")!)
        #expect(agenda.filter { $0 == "主持人总结" }.count == 1)
        #expect(branch.agenda(for: [.themePartyDay]) == branch.agendaTemplate(for: .themePartyDay), "one type: its template as it is")
    }

    @Test func englishDefaultsCombineTooAndTheNewMeetingTakesTheAgenda() {
        let english = BranchProfile(name: "Branch", agendaTemplates: AgendaTemplate.defaults(language: .english))
        let agenda = english.agenda(for: [.organizationalLifeMeeting, .democraticEvaluation])
        #expect(agenda.last == "Rectification measures" && agenda.first == "Sign-in")
        var ids = PartyDayKit.SeededGenerator(seed: 1)
        let meeting = Meeting.new(types: [.organizationalLifeMeeting, .democraticEvaluation], start: DemoData.date("2026-12-20", 9),
                                  branch: english, members: [], ids: &ids)
        #expect(meeting.agenda.map(\.title) == agenda)
    }
}

import Foundation
import Testing
@testable import PartyDayKit
@testable import PartyDayUI

/// The Development screen, key by key over a real store: an applicant recorded through to
/// conversion across backdated steps; the person joins the roster at admission's approval
/// and converts with the two dates; `u` and Ctrl-R undo and redo each change, the roster's with it.
@Suite struct DevelopmentScreenTests {
    static let branch = BranchProfile(name: "测试支部", timeZoneIdentifier: "Asia/Shanghai",
                                      partyGroups: [PartyGroup(id: "g1", name: "第一党小组")])
    static let members = [Member(id: "a", name: "甲", joinedOn: Day("2010-07-01"), onRosterSince: Day("2010-07-01")!),
                          Member(id: "b", name: "乙", joinedOn: Day("2012-07-01"), onRosterSince: Day("2012-07-01")!)]

    private func shell() throws -> TestShell {
        try TestShell(demo: false, branch: Self.branch, members: Self.members, language: .chinese, now: DemoData.date("2027-04-20", 10))
    }

    /// Highlights `step` on the open timeline and records it on `day` (the form's other fields as offered).
    private func record(_ shell: TestShell, _ step: DevelopmentStep, _ day: String, _ more: (TestShell) -> Void = { _ in }) {
        shell.press(.home)
        for _ in 1..<step.rawValue { shell.press(.down) }
        shell.press(.enter)
        shell.press(.control("u"), .control("k"))
        shell.type(day)
        more(shell)
        shell.press(.function(2))
    }

    private func person(_ shell: TestShell) throws -> DevelopmentPerson {
        try #require(shell.store.loadAllDevelopment().people.first)
    }

    @Test func anApplicantRecordedThroughToConversion() throws {
        let shell = try shell()
        shell.type("8")
        #expect(shell.state.screen == .development)
        #expect(shell.screen.contains("尚无发展党员记录"))
        shell.type("a")
        shell.type("张三")
        shell.press(.tab, .tab)
        shell.type("1996-03-01")
        for _ in 0..<3 { shell.press(.tab) }
        shell.press(.control("u"), .control("k"))
        shell.type("2024-01-10")
        shell.press(.function(2))
        shell.perform([])
        #expect(try person(shell).day(.application) == Day("2024-01-10"))
        #expect(shell.line(containing: "张三")?.contains("入党申请人") == true)
        shell.press(.enter)
        #expect(shell.line(containing: "→ 2. 党组织派人谈话") != nil, "the next step is highlighted")
        for (step, day) in [(DevelopmentStep.applicantTalk, "2024-01-25"), (.activistDecided, "2024-05-10"), (.activistFiled, "2024-05-15"),
                            (.candidateDecided, "2025-05-20"), (.candidateFiled, "2025-05-25"), (.politicalReview, "2025-07-01"),
                            (.training, "2025-06-10"), (.committeeReview, "2026-02-10"), (.preReview, "2026-02-20"), (.applicationForm, "2026-03-01"),
                            (.admissionVote, "2026-03-15"), (.committeeTalk, "2026-04-01")] {
            record(shell, step, day)
            #expect(try person(shell).day(step) == Day(day), "step \(step.number)")
        }
        #expect(shell.state.developmentScreen.highlightedStep == .admissionApproval, "a step recorded moves the highlight to the next")
        #expect(!shell.state.members.contains { $0.name == "张三" }, "not on the roster before the approval")
        // The approval: he joins the roster as probationary from the general meeting's day, in his group.
        record(shell, .admissionApproval, "2026-05-10")
        let joined = try #require(shell.state.members.first { $0.name == "张三" })
        #expect(joined.category.current == .probationary && joined.probationStart == Day("2026-03-15") && joined.joinedOn == Day("2026-03-15"))
        #expect(joined.partyGroup.current == "g1")
        #expect(try shell.store.loadMembers().contains { $0.name == "张三" })
        #expect(try person(shell).memberID == joined.id)
        // u undoes the approval and the roster's change together; Ctrl-R makes both again.
        shell.type("u")
        #expect(!shell.state.members.contains { $0.name == "张三" })
        #expect(shell.screen.contains("已撤销"))
        #expect(try person(shell).entry(.admissionApproval) == nil)
        shell.press(.control("r"))
        #expect(shell.state.members.contains { $0.name == "张三" })
        #expect(try person(shell).day(.admissionApproval) == Day("2026-05-10"))
        // A step is recorded when done: a day after today is refused, the form kept.
        record(shell, .conversionRequest, "2027-05-01")
        #expect(try person(shell).entry(.conversionRequest) == nil)
        #expect(shell.screen.contains("晚于今天"))
        shell.press(.escape)
        // Conversion on time, approved in April: full from the end of probation, the vote from the approval.
        record(shell, .conversionRequest, "2027-02-20")
        record(shell, .conversionVote, "2027-03-15")
        record(shell, .conversionApproval, "2027-04-10")
        let converted = try #require(shell.state.members.first { $0.name == "张三" })
        #expect(converted.category.value(on: Day("2027-03-15")!) == .full)
        #expect(converted.category.value(on: Day("2027-03-14")!) == .probationary)
        #expect(converted.votesFrom == Day("2027-04-10"))
        shell.type("u")
        #expect(shell.state.members.first { $0.name == "张三" }?.category.current == .probationary, "undo puts the roster back too")
        shell.press(.control("r"))
        record(shell, .archived, "2027-04-15")
        // Done: off the pipeline (v lists everyone), and the file has every step.
        shell.press(.escape)
        #expect(shell.state.developmentRowCount == 0)
        shell.type("v")
        #expect(shell.line(containing: "张三")?.contains("已完成") == true)
        let file = try person(shell)
        #expect(file.steps.map(\.step.number) == [1, 2, 3, 4, 7, 8, 10, 11, 12, 13, 14, 15, 16, 17, 22, 23, 24, 25])
        #expect(DevelopmentStatus(file, asOf: Day("2027-04-20")!, rules: DevelopmentRules(members: shell.state.members)).next == nil)
    }

    @Test func contactsSponsorsReportsAndAssessmentsHaveTheirForms() throws {
        let shell = try shell()
        shell.type("8a张三")
        shell.press(.function(2))
        shell.press(.enter)
        shell.type("c")
        shell.type("甲")
        shell.press(.function(2))
        #expect(try person(shell).contacts.map(\.name) == ["甲"])
        #expect(try person(shell).entry(.contactsAssigned) != nil, "assigning a contact is step 5")
        shell.type("s乙")
        shell.press(.function(2))
        #expect(try person(shell).sponsors.map(\.name) == ["乙"])
        shell.type("w")
        shell.press(.tab, .tab)
        shell.type("学习体会")
        shell.press(.function(2))
        #expect(try person(shell).reports.map(\.text) == ["学习体会"])
        shell.type("k")
        shell.press(.function(2))
        #expect(try person(shell).assessments.count == 1)
        shell.type("x")
        shell.press(.function(2))
        #expect(try person(shell).departure?.reason == .withdrew)
        // Undo takes the departure back, and says so.
        shell.type("u")
        #expect(try person(shell).departure == nil)
    }

    @Test func aDecisionAtAMeetingTicksThePersonsStep() throws {
        let shell = try TestShell(language: .chinese)
        shell.perform([])
        // 王璐 is the demo's candidate: the committee review is next. An admission passed at a
        // general meeting ticks step 15 with the meeting.
        let before = try #require(shell.state.development.people.first { $0.name == "王璐" })
        #expect(before.entry(.admissionVote) == nil)
        let meeting = try #require(shell.state.summaries.first { $0.types.contains(.generalMeeting) && $0.state == .concluded })
        shell.send(.key(.enter))
        shell.state.opening = meeting.id
        shell.perform([.loadMeeting(id: meeting.id)])
        var effects: [Effect] = []
        shell.state.changeMeeting(&effects) { meeting in
            var decision = Decision(text: "接收王璐同志为中共预备党员", yes: meeting.tally.votersPresent, no: 0, abstain: 0)
            decision.kind = .admission
            decision.subject = PersonRef(name: "王璐")
            meeting.decisions.append(decision)
        }
        shell.perform(effects)
        let after = try #require(shell.state.development.people.first { $0.name == "王璐" })
        #expect(after.entry(.admissionVote)?.meetingID == meeting.id)
        #expect(after.entry(.admissionVote)?.body == .generalMeeting)
        shell.type("u")
        #expect(shell.state.development.people.first { $0.name == "王璐" }?.entry(.admissionVote) == nil, "undo takes the tick back with the decision")
    }

    @Test func theLocalTimeLimitsAreBranchSettingsAndAreUndone() throws {
        let shell = try shell()
        shell.type("8l")
        guard case let .form(form) = shell.state.modal else { Issue.record("l opens the limits"); return }
        #expect(form.text(.text) == "3", "a report every three months by default")
        shell.press(.tab)
        shell.press(.control("u"), .control("k"))
        shell.type("2")
        shell.press(.function(2))
        #expect(try shell.store.loadBranch()?.developmentLimits?.reportMonths == 2)
        #expect(shell.state.branch?.development.reportMonths == 2)
        shell.type("u")
        #expect(shell.state.branch?.developmentLimits == nil)
        // An impossible value is refused with the form kept.
        shell.type("l")
        shell.press(.tab)
        shell.press(.control("u"), .control("k"))
        shell.type("0")
        shell.press(.function(2))
        guard case .form = shell.state.modal else { Issue.record("the form stays"); return }
        #expect(shell.state.branch?.developmentLimits == nil)
    }

    /// `/` finds a person by pinyin initials, as on every list; the counts stay the pipeline's.
    @Test func aPersonIsFoundByPinyinInitials() throws {
        let shell = try TestShell(language: .chinese)
        shell.type("8/zh")
        // 周航 by initials, 赵晨 by the start of "zhao".
        #expect(shell.state.developmentRowCount == 2, "\(shell.screen)")
        #expect(shell.line(containing: "周航")?.contains("入党申请人") == true)
        #expect(shell.line(containing: "赵晨") != nil && shell.line(containing: "王璐") == nil)
        #expect(shell.lines[1].contains("入党申请人 2"), "\(shell.lines[1])")
    }
}

import Testing
@testable import PartyDayKit

/// Every time rule of developing members: a file with every date right has no finding,
/// and each rule, broken once, is found exactly once — as of the day asked, nothing
/// dated after it counting.
@Suite struct DevelopmentRulesTests {
    static let sponsorA = Member(id: "a", name: "甲", joinedOn: Day("2010-07-01"), onRosterSince: Day("2010-07-01")!)
    static let sponsorB = Member(id: "b", name: "乙", joinedOn: Day("2012-07-01"), onRosterSince: Day("2012-07-01")!)
    /// On probation until 2026-01-01: not yet a full member before.
    static let probationary: Member = {
        var member = Member(id: "p", name: "丙", joinedOn: Day("2025-01-01"), onRosterSince: Day("2025-01-01")!, category: .probationary,
                            probationStart: Day("2025-01-01"))
        member.recordConversion(fullFrom: Day("2026-01-01")!, approvedOn: Day("2026-01-01")!)
        return member
    }()

    let rules = DevelopmentRules(members: [sponsorA, sponsorB, probationary])

    static func day(_ text: String) -> Day { Day(text)! }

    /// A file from application to archiving with every date right.
    static var clean: DevelopmentPerson {
        func step(_ step: DevelopmentStep, _ day: String, body: DecidingBody? = nil) -> DevelopmentStepEntry {
            DevelopmentStepEntry(step, on: Day(day)!, body: body)
        }
        var training = step(.training, "2025-06-10")
        training.days = 3
        var person = DevelopmentPerson(id: "clean", name: "张三", birthDate: day("1995-01-01"), steps: [
            step(.application, "2024-01-10"), step(.applicantTalk, "2024-01-25"), step(.activistDecided, "2024-05-10", body: .branchCommittee),
            step(.activistFiled, "2024-05-15"), step(.contactsAssigned, "2024-05-10"), step(.candidateDecided, "2025-05-20", body: .branchCommittee),
            step(.candidateFiled, "2025-05-25"), step(.sponsorsAssigned, "2025-05-20"), step(.politicalReview, "2025-07-01"), training,
            step(.committeeReview, "2026-02-10", body: .branchCommittee), step(.preReview, "2026-02-20", body: .higherCommittee),
            step(.applicationForm, "2026-03-01"), step(.admissionVote, "2026-03-15", body: .generalMeeting), step(.committeeTalk, "2026-04-01"),
            step(.admissionApproval, "2026-05-10", body: .higherCommittee), step(.filedAbove, "2026-05-20"), step(.placedInGroup, "2026-05-10"),
            step(.oath, "2026-05-20"), step(.conversionRequest, "2027-02-20"), step(.conversionVote, "2027-03-15", body: .generalMeeting),
            step(.conversionApproval, "2027-04-10", body: .higherCommittee), step(.archived, "2027-04-15"),
        ])
        person.contacts = [Sponsorship(memberID: "a", name: "甲", from: day("2024-05-10"))]
        person.sponsors = [Sponsorship(memberID: "a", name: "甲", from: day("2025-05-20")), Sponsorship(memberID: "b", name: "乙", from: day("2025-05-20"))]
        person.assessments = ["2024-10-01", "2025-04-01", "2026-06-01", "2026-09-01", "2026-12-01", "2027-03-01"].map { DatedNote(day: day($0)) }
        var report = day("2024-06-01")
        while report < day("2027-06-01") {
            person.reports.append(DatedNote(day: report))
            report = report.adding(months: 2)
        }
        person.notices = [PublicNotice(step: .candidateDecided, from: day("2025-05-21"), to: day("2025-05-27")),
                          PublicNotice(step: .committeeReview, from: day("2026-02-11"), to: day("2026-02-17")),
                          PublicNotice(step: .conversionRequest, from: day("2027-02-22"), to: day("2027-02-26"))]
        return person
    }

    func findings(_ person: DevelopmentPerson, asOf: String = "2027-09-01") -> [DevelopmentFinding.Kind] {
        rules.findings(person, asOf: Self.day(asOf)).map(\.kind)
    }

    func setDay(_ person: inout DevelopmentPerson, _ step: DevelopmentStep, _ day: String) {
        var entry = person.entry(step)!
        entry.day = Self.day(day)
        person.record(entry)
    }

    @Test func aFileWithEveryDateRightHasNoFinding() {
        #expect(findings(Self.clean) == [])
        // Nor on any day along the way.
        for day in ["2024-01-20", "2024-06-30", "2025-01-01", "2025-12-31", "2026-04-01", "2026-12-31", "2027-03-20"] {
            #expect(findings(Self.clean, asOf: day) == [], "as of \(day)")
        }
        #expect(DevelopmentStatus(Self.clean, asOf: Self.day("2027-09-01"), rules: rules).next == nil)
    }

    @Test func underEighteenOnTheApplicationDay() {
        var person = Self.clean
        person.birthDate = Self.day("2006-01-11")
        #expect(findings(person) == [.underAge])
        person.birthDate = Self.day("2006-01-10")
        #expect(findings(person) == [], "eighteen on the day itself")
    }

    @Test func theTalkMoreThanAMonthAfterTheApplication() {
        var person = Self.clean
        setDay(&person, .applicantTalk, "2024-02-11")
        #expect(findings(person) == [.talkLate])
        // Not yet held, and a month has passed: overdue as of the day asked.
        person.steps.removeAll { $0.step == .applicantTalk }
        #expect(findings(person, asOf: "2024-02-10") == [])
        #expect(findings(person, asOf: "2024-02-11") == [.talkLate])
        let status = DevelopmentStatus(person, asOf: Self.day("2024-02-01"), rules: rules)
        #expect(status.next == .applicantTalk && status.deadline == Self.day("2024-02-10"))
    }

    @Test func anActivistSoonerThanTheLocalSettingAllows() {
        var person = Self.clean
        setDay(&person, .activistDecided, "2024-04-09")
        // The half-yearly periods move with it: assessments fall where they should still.
        #expect(findings(person).filter { $0 == .activistTooSoon }.count == 1)
        var lenient = rules
        lenient.limits.monthsBeforeActivist = 2
        #expect(!lenient.findings(person, asOf: Self.day("2027-09-01")).contains { $0.kind == .activistTooSoon })
    }

    @Test func noContactOrAContactWhoWasNotAFullMember() {
        var person = Self.clean
        person.contacts = []
        #expect(findings(person) == [.contactMissing])
        person.contacts = [Sponsorship(memberID: "p", name: "丙", from: Self.day("2024-05-10"))]
        #expect(findings(person) == [.contactNotFull])
    }

    @Test func aHalfYearWithoutAnAssessment() {
        var person = Self.clean
        person.assessments.removeAll { $0.day == Self.day("2024-10-01") }
        #expect(findings(person) == [.assessmentMissing])
        // Before the half year ends it is not missing yet.
        #expect(findings(person, asOf: "2024-11-09") == [])
    }

    @Test func aQuarterWithoutAWrittenReport() {
        var person = Self.clean
        person.reports.removeAll { $0.day == Self.day("2024-08-01") || $0.day == Self.day("2024-10-01") }
        #expect(findings(person) == [.reportMissing])
    }

    @Test func aCandidateLessThanAYearAfterBecomingAnActivist() {
        var person = Self.clean
        setDay(&person, .candidateDecided, "2025-05-09")
        setDay(&person, .sponsorsAssigned, "2025-05-09")
        person.sponsors = person.sponsors.map { Sponsorship(memberID: $0.memberID, name: $0.name, from: Self.day("2025-05-09")) }
        person.notices[0] = PublicNotice(step: .candidateDecided, from: Self.day("2025-05-12"), to: Self.day("2025-05-16"))
        #expect(findings(person) == [.candidateTooSoon])
    }

    @Test func oneSponsorOrASponsorOnProbation() {
        var person = Self.clean
        person.sponsors.removeLast()
        #expect(findings(person) == [.sponsorsMissing])
        person.sponsors.append(Sponsorship(memberID: "p", name: "丙", from: Self.day("2025-05-20")))
        #expect(findings(person) == [.sponsorNotFull])
    }

    @Test func aPoliticalReviewOlderThanTheSettingAtAdmission() {
        var strict = rules
        strict.limits.reviewValidMonths = 8
        // Reviewed 2025-07-01, valid eight months: expired by the general meeting of 2026-03-15.
        #expect(strict.findings(Self.clean, asOf: Self.day("2027-09-01")).map(\.kind) == [.reviewExpired])
        strict.limits.reviewValidMonths = 9
        #expect(strict.findings(Self.clean, asOf: Self.day("2027-09-01")).isEmpty)
    }

    @Test func trainingShorterThanThreeDaysOr24Hours() {
        var person = Self.clean
        var training = person.entry(.training)!
        training.days = 2
        training.hours = 16
        person.record(training)
        #expect(findings(person) == [.trainingShort])
        training.hours = 24
        person.record(training)
        #expect(findings(person) == [])
    }

    @Test func theGeneralMeetingTooLongAfterThePreReview() {
        var person = Self.clean
        setDay(&person, .preReview, "2026-02-14")
        #expect(findings(person) == [.preReviewLate])
    }

    @Test func anAdmissionVotedByTheBranchCommittee() {
        var person = Self.clean
        var vote = person.entry(.admissionVote)!
        vote.body = .branchCommittee
        person.record(vote)
        #expect(findings(person) == [.wrongBody])
    }

    @Test func approvalPastThreeMonthsIsLateAndPastSixStartsAgain() {
        var person = Self.clean
        // What follows the approval follows it on the file.
        for step in [DevelopmentStep.filedAbove, .placedInGroup, .oath] { setDay(&person, step, "2026-09-20") }
        setDay(&person, .admissionApproval, "2026-07-01")
        #expect(findings(person) == [.approvalLate])
        setDay(&person, .admissionApproval, "2026-09-16")
        #expect(findings(person) == [.approvalLapsed])
        // Not approved yet: late, then lapsed, as the days pass.
        person.steps.removeAll { $0.step.rawValue >= DevelopmentStep.admissionApproval.rawValue }
        #expect(findings(person, asOf: "2026-06-15") == [])
        #expect(findings(person, asOf: "2026-06-16").contains(.approvalLate))
        #expect(findings(person, asOf: "2026-09-16").contains(.approvalLapsed))
    }

    @Test func probationEndedWithNoConversionMeeting() {
        var person = Self.clean
        person.steps.removeAll { $0.step >= .conversionVote }
        #expect(findings(person, asOf: "2027-03-15") == [])
        #expect(findings(person, asOf: "2027-03-16") == [.probationOverdue])
        // An extension of six months moves the end.
        person.record(DevelopmentStepEntry(.conversionVote, on: Self.day("2027-03-15"), body: .generalMeeting, outcome: .extended, extensionMonths: 6))
        #expect(!findings(person, asOf: "2027-09-01").contains(.probationOverdue))
        #expect(findings(person, asOf: "2027-09-16").contains(.probationOverdue))
    }

    @Test func conversionNotApprovedWithinThreeMonths() {
        var person = Self.clean
        setDay(&person, .conversionApproval, "2027-06-16")
        setDay(&person, .archived, "2027-06-20")
        #expect(findings(person) == [.conversionApprovalLate])
    }

    @Test func theFileArchivedLate() {
        var person = Self.clean
        setDay(&person, .archived, "2027-04-18")
        #expect(findings(person) == [.archiveLate])
    }

    @Test func aNoticeMissingOrTooShort() {
        var person = Self.clean
        person.notices.removeFirst()
        #expect(findings(person) == [.noticeMissing])
        person.notices.append(PublicNotice(step: .candidateDecided, from: Self.day("2025-05-21"), to: Self.day("2025-05-26")))
        #expect(findings(person) == [.noticeShort], "Wed to Mon is four working days")
    }

    @Test func aStepDatedBeforeTheOneItFollows() {
        var person = Self.clean
        setDay(&person, .applicationForm, "2026-02-19")
        #expect(findings(person) == [.wrongOrder])
    }

    @Test func nothingDatedAfterTheDayAskedCounts() {
        var person = Self.clean
        // A talk typed in with a day after the inspection: as of the inspection, no talk yet.
        setDay(&person, .applicantTalk, "2024-03-01")
        #expect(findings(person, asOf: "2024-02-20") == [.talkLate])
        #expect(person.asOf(Self.day("2024-02-20")).entry(.applicantTalk) == nil)
    }

    @Test func eachFindingNamesItsRule() {
        var person = Self.clean
        person.birthDate = Self.day("2010-01-01")
        setDay(&person, .archived, "2027-05-30")
        let found = rules.findings(person, asOf: Self.day("2027-09-01"))
        #expect(found.first { $0.kind == .underAge }?.rule.chinese == "《发展党员工作细则》第五条")
        #expect(found.first { $0.kind == .archiveLate }?.rule.chinese == "本地规定（支部设置）")
    }
}

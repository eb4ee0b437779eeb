import Foundation
import Testing
@testable import PartyDayKit
@testable import PartyDayUI

/// The Talks screen, key by key over a real store: talks recorded (the secretary leads by
/// default), the coverage grid naming who is still to be talked with and which committee
/// pairs have not talked, a talk started from the grid with that member, a correction, a
/// removal — each saved in its own file, and `u` / Ctrl-R undoing and redoing every one.
@Suite struct TalksScreenTests {
    static let branch = BranchProfile(name: "测试支部", timeZoneIdentifier: "Asia/Shanghai")
    static let members = [
        Member(id: "a", name: "王书记", joinedOn: Day("2000-07-01"), onRosterSince: Day("2010-07-01")!, role: Role(.secretary)),
        Member(id: "b", name: "李组织", joinedOn: Day("2005-07-01"), onRosterSince: Day("2010-07-01")!, role: Role(.committeeMember, portfolio: "组织")),
        Member(id: "c", name: "张三", joinedOn: Day("2012-07-01"), onRosterSince: Day("2012-07-01")!),
        Member(id: "d", name: "赵四", joinedOn: Day("2015-07-01"), onRosterSince: Day("2015-07-01")!),
    ]

    private func shell() throws -> TestShell {
        try TestShell(demo: false, branch: Self.branch, members: Self.members, language: .chinese, now: DemoData.date("2026-12-07", 10))
    }

    private func saved(_ shell: TestShell) -> [Talk] { Talk.byDay(shell.store.loadAll(Talk.self).records) }

    @Test func talksRecordedTheGridNamesWhoIsMissingAndUndoRedoesEachChange() throws {
        let shell = try shell()
        shell.type("9")
        #expect(shell.state.screen == .talks)
        #expect(shell.screen.contains("2026 年尚无谈话记录"), "\(shell.screen)")
        // The secretary leads a talk by default: only the member is typed.
        shell.type("a")
        #expect(shell.screen.contains("王书记"), "the talker is the secretary")
        shell.type("张三")
        shell.press(.tab, .tab, .tab, .tab)
        shell.type("工作调动后的思想状况")
        shell.press(.function(2))
        shell.perform([])
        var talks = saved(shell)
        #expect(talks.map(\.name) == ["王书记—张三"])
        #expect(talks.first?.talker.memberID == "a" && talks.first?.partner.memberID == "c")
        #expect(talks.first?.topics == "工作调动后的思想状况")
        #expect(shell.line(containing: "张三")?.contains("年度谈心谈话") == true)
        // The grid: 赵四 by nobody, 李组织 not by the secretary, the committee pair missing.
        shell.type("g")
        #expect(shell.screen.contains("书记尚未与 2 名党员谈话"), "\(shell.screen)")
        #expect(shell.screen.contains("支委之间未谈：王书记—李组织"))
        #expect(shell.line(containing: "赵四")?.contains("未谈：书记、支委") == true)
        #expect(shell.line(containing: "张三")?.contains("✓") == true)
        // a on the grid's highlighted member starts the talk with them.
        shell.press(.home)
        for _ in 0..<3 { shell.press(.down) }
        shell.type("a")
        shell.press(.function(2))
        talks = saved(shell)
        #expect(talks.map(\.name) == ["王书记—张三", "王书记—赵四"])
        #expect(!(shell.line(containing: "赵四")?.contains("未谈") ?? true))
        // u removes it again, Ctrl-R brings it back: file and screen.
        shell.type("u")
        #expect(saved(shell).map(\.name) == ["王书记—张三"])
        #expect(shell.screen.contains("已撤销"))
        shell.press(.control("r"))
        #expect(saved(shell).map(\.name) == ["王书记—张三", "王书记—赵四"])
        // The register: newest first; Enter corrects, d removes (u puts it back).
        shell.type("g")
        shell.press(.home)
        shell.press(.enter)
        shell.press(.tab, .tab, .tab)
        shell.press(.right)
        shell.press(.function(2))
        #expect(saved(shell).last?.occasion == .postChange)
        shell.type("u")
        #expect(saved(shell).last?.occasion == .yearly)
        shell.press(.control("r"))
        shell.type("d")
        #expect(saved(shell).map(\.name) == ["王书记—张三"])
        shell.type("u")
        #expect(saved(shell).count == 2)
        #expect(shell.store.loadAll(Talk.self).problems.isEmpty)
    }

    @Test func aTalkAfterTodayOrWithOneselfIsRefusedAndTheFormKept() throws {
        let shell = try shell()
        shell.type("9a张三")
        shell.press(.tab)
        shell.press(.control("u"), .control("k"))
        shell.type("2026-12-20")
        shell.press(.function(2))
        #expect(shell.screen.contains("晚于今天"))
        #expect(shell.state.modal != nil, "the form stays open")
        shell.press(.escape)
        shell.type("a王书记")
        shell.press(.function(2))
        #expect(shell.screen.contains("谈话双方不能是同一个人"), "\(shell.screen)")
        #expect(saved(shell).isEmpty)
    }

    @Test func homeWarnsWhileTheOrganizationalLifeMeetingIsAheadAndTalksAreMissing() throws {
        let shell = try shell()
        shell.type("1")
        #expect(shell.screen.contains("组织生活会前谈心谈话：书记未谈3人，支委未谈2人，支委之间1对"), "\(shell.screen)")
    }
}

/// The work book from the Meetings screen (W): written into exports/ from the files, a
/// talk recorded a moment before included (what waits to be saved is saved first).
@Suite struct WorkBookFromTheScreensTests {
    @Test func wOnTheMeetingsScreenWritesTheYearsWorkBookWithTheTalkJustRecorded() throws {
        let shell = try TestShell(language: .chinese)
        shell.type("9a")
        shell.type("周海")
        shell.press(.function(2))
        shell.type("2")
        shell.type("W")
        let exports = shell.folder.appendingPathComponent("exports")
        let written = (try? FileManager.default.contentsOfDirectory(atPath: exports.path)) ?? []
        let book = try #require(written.first { $0.hasSuffix(".docx") }, "\(written) \(shell.screen)")
        #expect(book.contains("党支部工作手册（2026年度）"), "\(book)")
        #expect(shell.screen.contains("已写入 exports/"), "\(shell.screen)")
        // The talk with 周海, recorded just now, is in its chapter: the document's XML names it.
        let unzip = Process()
        unzip.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        unzip.arguments = ["unzip", "-p", exports.appendingPathComponent(book).path, "word/document.xml"]
        let pipe = Pipe()
        unzip.standardOutput = pipe
        try unzip.run()
        let xml = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        unzip.waitUntilExit()
        #expect(xml.contains("九、谈心谈话"))
        // Every yearly talk of 2026 is a row, the one just recorded included.
        let yearly = shell.state.talks.talks.filter { $0.day.year == 2026 && $0.occasion == .yearly }
        #expect(yearly.contains { $0.partner.name == "周海" && $0.talker.name == "李振华" && $0.day == Day("2026-11-25") })
        #expect(xml.components(separatedBy: "<w:t xml:space=\"preserve\">年度谈心谈话</w:t>").count - 1 == yearly.count)
    }

    /// D on Talks writes the dossier (a page per member), Y on Meetings the year's figures;
    /// python-docx and openpyxl read them back.
    @Test func dOnTalksWritesTheDossierAndYOnMeetingsTheYearsFigures() throws {
        let shell = try TestShell(language: .chinese)
        shell.type("9D")
        shell.type("2Y")
        let exports = shell.folder.appendingPathComponent("exports")
        let written = (try? FileManager.default.contentsOfDirectory(atPath: exports.path)) ?? []
        let dossier = try #require(written.first { $0.hasSuffix(".docx") && $0.contains("组织生活会前党员情况") }, "\(written) \(shell.screen)")
        let figures = try #require(written.first { $0.hasSuffix(".xlsx") }, "\(written)")
        let onRoster = shell.state.members.filter { $0.snapshot(on: shell.state.today) != nil }
        let read = try python("""
            import sys, docx, openpyxl
            d = docx.Document(sys.argv[1])
            names = set(sys.argv[3].split(','))
            heads = [p.text for p in d.paragraphs if p.style.name.startswith('Heading') and p.text in names]
            breaks = sum(1 for p in d.paragraphs if p.paragraph_format.page_break_before)
            ws = openpyxl.load_workbook(sys.argv[2]).active
            values = [str(c.value) for row in ws.iter_rows() for c in row if c.value is not None]
            print(len(heads), breaks, any('谈心谈话' in v for v in values), any('党费' in v for v in values))
            """, exports.appendingPathComponent(dossier).path, exports.appendingPathComponent(figures).path, onRoster.map(\.name).joined(separator: ","))
        #expect(read == "\(onRoster.count) \(onRoster.count - 1) True True", "a page per member on the roster: \(read)")
    }

    private func python(_ script: String, _ arguments: String...) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let out = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return out.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// The committee's election from the Members screen (E): the roster's committee recorded as
/// elected, saved in its own file, the term on the Members screen and warned on home when it
/// ends within six months; a by-election changes the roles; u and Ctrl-R undo and redo both.
@Suite struct ElectionFromTheMembersScreenTests {
    static let branch = BranchProfile(name: "测试支部", timeZoneIdentifier: "Asia/Shanghai")
    static let members = (0..<8).map { index in
        Member(id: "m\(index)", name: ["王书记", "李组织", "周宣传", "张三", "赵四", "钱五", "孙六", "吴七"][index], joinedOn: Day("2000-07-01"),
               onRosterSince: Day("2015-01-01")!, role: [Role(.secretary), Role(.committeeMember, portfolio: "组织"), Role(.committeeMember, portfolio: "宣传")].indices.contains(index)
                ? [Role(.secretary), Role(.committeeMember, portfolio: "组织"), Role(.committeeMember, portfolio: "宣传")][index] : Role(.member))
    }

    @Test func anElectionWithATermEndingInFiveMonthsIsWarnedOnHome() throws {
        let shell = try TestShell(demo: false, branch: Self.branch, members: Self.members, language: .chinese, now: DemoData.date("2026-12-07", 10))
        shell.type("3E")
        shell.press(.tab)
        shell.press(.control("u"), .control("k"))
        shell.type("2024-05-15")
        shell.press(.tab)
        shell.type("4")
        shell.press(.function(2))
        let saved = shell.store.loadAll(Election.self).records
        #expect(saved.map(\.name) == ["2024-05-15 换届选举"], "\(shell.screen)")
        #expect(saved.first?.posts.map(\.name) == ["王书记", "李组织", "周宣传"])
        #expect(shell.screen.contains("支部委员会任期至 2027-05-15 届满，还有 5 个月"), "\(shell.screen)")
        shell.type("1")
        #expect(shell.screen.contains("支部委员会任期至 2027-05-15 届满，还有 5 个月"), "\(shell.screen)")
        // A by-election: 张三 as discipline member from 2026-06-01.
        shell.type("3E")
        shell.press(.right)
        shell.press(.tab)
        shell.press(.control("u"), .control("k"))
        shell.type("2026-06-01")
        shell.press(.tab, .tab, .tab)
        shell.type("张三")
        shell.press(.tab, .tab)
        shell.type("纪检")
        shell.press(.function(2))
        #expect(shell.store.loadAll(Election.self).records.count == 2, "\(shell.screen)")
        #expect(try shell.store.loadMembers()[3].role.value(on: Day("2026-06-01")!) == Role(.committeeMember, portfolio: "纪检"))
        shell.type("u")
        #expect(shell.store.loadAll(Election.self).records.count == 1)
        #expect(try shell.store.loadMembers()[3].role.current == Role(.member), "undo puts the roles back too")
        shell.press(.control("r"))
        #expect(try shell.store.loadMembers()[3].role.current == Role(.committeeMember, portfolio: "纪检"))
    }
}

/// The year's plan (0): a lecture planned for this month is named on home until it is
/// scheduled; n on it makes the meeting with its type, theme and lecturer; u and Ctrl-R
/// undo and redo the plan's entry and the meeting.
@Suite struct PlanScreenTests {
    @Test func aPlannedLectureBecomesAMeetingWithItsLecturer() throws {
        let shell = try TestShell(demo: false, branch: ElectionFromTheMembersScreenTests.branch, members: ElectionFromTheMembersScreenTests.members,
                                  language: .chinese, now: DemoData.date("2026-12-07", 10))
        shell.type("0")
        #expect(shell.state.screen == .plan)
        #expect(shell.screen.contains("2026年度计划中还没有会议"), "\(shell.screen)")
        shell.type("a")
        shell.press(.tab, .tab, .tab)
        shell.type("学习贯彻四中全会精神")
        shell.press(.tab)
        shell.type("王书记")
        shell.press(.function(2))
        let plan = try #require(shell.store.loadAll(YearPlan.self).records.first)
        #expect(plan.id == "plan-2026" && plan.meetings.map(\.month) == [12] && plan.meetings.first?.lecturer?.memberID == "m0")
        #expect(shell.line(containing: "党课（王书记主讲）")?.contains("待开") == true, "\(shell.screen)")
        shell.type("1")
        #expect(shell.screen.contains("本月计划未安排：党课（王书记主讲）"), "\(shell.screen)")
        shell.type("0n")
        #expect(shell.screen.contains("按计划新建会议：党课（王书记主讲）"))
        shell.press(.function(2))
        let meeting = try #require(shell.state.workspace?.meeting)
        #expect(meeting.types == [.partyLecture] && meeting.theme == "学习贯彻四中全会精神")
        #expect(meeting.lecturer?.memberID == "m0" && meeting.lectureTitle == "学习贯彻四中全会精神")
        shell.press(.escape)
        shell.type("1")
        #expect(!shell.screen.contains("本月计划未安排"), "scheduled now: \(shell.screen)")
        shell.type("u")
        #expect(shell.store.listMeetings().summaries.isEmpty, "u removes the meeting")
        shell.type("u")
        #expect(shell.store.loadAll(YearPlan.self).records.isEmpty, "and then the plan's entry")
        shell.press(.control("r"))
        #expect(shell.store.loadAll(YearPlan.self).records.first?.meetings.count == 1)
    }
}

/// A member away from the Members screen (o): a letter of transfer out with the dues paid
/// filled in, its receipt taking the member off the roster from its day (u puts both back);
/// a mobile member's stay and report; out of contact for over six months, warned on home.
@Suite struct AwayFromTheMembersScreenTests {
    @Test func aLetterAndItsReceiptAStayAwayAndAMemberOutOfContact() throws {
        let shell = try TestShell(demo: false, branch: ElectionFromTheMembersScreenTests.branch, members: ElectionFromTheMembersScreenTests.members,
                                  language: .chinese, now: DemoData.date("2026-12-07", 10))
        func away(_ id: String) -> AwayRecord? { shell.store.loadAll(AwayRecord.self).records.first { $0.id == id } }
        // 张三 (the fourth): a letter out to 宝钢股份党委, then its receipt.
        shell.type("3")
        for _ in 0..<3 { shell.press(.down) }
        shell.type("o")
        #expect(shell.screen.contains("张三：组织关系转接、流动和失联"), "\(shell.screen)")
        shell.press(.function(2))
        shell.press(.tab, .tab)
        shell.type("2026-045")
        shell.press(.tab)
        shell.type("宝钢股份党委")
        shell.press(.function(2))
        let letter = try #require(away("m3")?.letters.first, "\(shell.screen)")
        #expect(letter.number == "2026-045" && letter.organization == "宝钢股份党委" && letter.validUntil == Day("2027-01-07"))
        shell.type("o")
        shell.press(.right, .right)
        shell.press(.function(2))
        shell.press(.function(2))
        #expect(away("m3")?.letters.first?.receiptOn == Day("2026-12-07"), "\(shell.screen)")
        #expect(try shell.store.loadMembers()[3].rosterStatus.current == .transferredOut, "off the roster from the receipt's day")
        shell.type("u")
        #expect(try shell.store.loadMembers()[3].rosterStatus.current == .active, "u puts the roster back with the receipt")
        #expect(away("m3")?.letters.first?.receiptOn == nil)
        // 钱五 (the sixth) arrived by a letter of transfer in from 宝钢股份党委.
        shell.press(.down, .down)
        shell.type("o")
        shell.press(.right)
        shell.press(.function(2))
        shell.press(.tab, .tab, .tab)
        shell.type("宝钢股份党委")
        shell.press(.function(2))
        #expect(away("m5")?.letters.map(\.direction) == [.in] && away("m5")?.letters.first?.organization == "宝钢股份党委", "\(shell.screen)")
        shell.press(.up, .up)
        // 赵四 (the fifth): out of contact since May.
        shell.press(.down)
        shell.type("o")
        for _ in 0..<5 { shell.press(.right) }
        shell.press(.function(2))
        shell.press(.control("u"), .control("k"))
        shell.type("2026-05-20")
        shell.press(.function(2))
        #expect(away("m4")?.lostSince == Day("2026-05-20"), "\(shell.screen)")
        shell.type("1")
        #expect(shell.screen.contains("赵四：失联满 6 个月（2026-05-20 起），可决定停止党籍"), "\(shell.screen)")
    }
}

/// The letter of transfer out states the dues paid up to, read from the dues register; a
/// letter in leaves it for the letter's own figure.
@Suite struct AwayLetterDuesTests {
    @Test func theLetterOutOffersTheLastMonthPaid() throws {
        let shell = try TestShell(language: .chinese)
        shell.type("3o")
        shell.press(.function(2))
        let paid = shell.line(containing: "党费交至")
        // 李振华 paid through November at the seed's theme Party Day (the demo's today is 25 November).
        #expect(paid?.contains("2026-11") == true, "\(shell.screen)")
        shell.press(.escape)
        shell.type("o")
        shell.press(.right)
        shell.press(.function(2))
        #expect(shell.screen.contains("转入组织关系介绍信"))
        #expect(shell.line(containing: "党费交至")?.contains("2026-") == false, "a letter in gives its own figure: \(shell.screen)")
    }
}

/// `T` on Members: a member who arrives with a letter of transfer in is added to the roster
/// with the letter, in one change; `o`'s general meeting decision changes the roster too.
@Suite struct ArrivalAndMembershipFromTheMembersScreenTests {
    func shell() throws -> TestShell {
        try TestShell(demo: false, branch: ElectionFromTheMembersScreenTests.branch, members: ElectionFromTheMembersScreenTests.members,
                      language: .chinese, now: DemoData.date("2026-12-07", 10))
    }

    @Test func aMemberArrivesWithALetterOfTransferInAndUndoTakesBothBack() throws {
        let shell = try shell()
        let count = try shell.store.loadMembers().count
        shell.type("3T")
        #expect(shell.screen.contains("党员转入（持组织关系介绍信）"), "\(shell.screen)")
        shell.type("郑八")
        shell.press(.tab, .tab)
        shell.type("2009.07")
        shell.press(.tab, .tab, .tab, .tab)
        shell.type("中共宝钢股份有限公司委员会")
        shell.press(.tab)
        shell.type("宝党转字〔2026〕45号")
        shell.press(.tab, .tab, .tab)
        shell.type("2026-11-30")
        shell.press(.tab, .tab)
        shell.type("2026-11")
        shell.press(.function(2))
        // 2009.07 is not a day: the form says so and keeps what was typed.
        guard case let .form(form) = shell.state.modal else { Issue.record("the form stays: \(shell.screen)"); return }
        #expect(form.error?.contains("2009.07") == true && form.text(.name) == "郑八")
        // The form stands on the field at fault.
        shell.press(.control("u"), .control("k"))
        shell.type("2009-07-01")
        shell.press(.function(2))
        let members = try shell.store.loadMembers()
        let arrived = try #require(members.first { $0.name == "郑八" }, "\(shell.screen)")
        #expect(members.count == count + 1)
        #expect(arrived.rosterStatus.changes.map(\.value) == [.transferredIn] && arrived.rosterStatus.changes.first?.since == Day("2026-12-07"))
        #expect(arrived.joinedOn == Day("2009-07-01") && arrived.snapshot(on: Day("2026-12-07")!) != nil)
        let letter = try #require(shell.store.loadAll(AwayRecord.self).records.first { $0.id == arrived.id }?.letters.first)
        #expect(letter.direction == .in && letter.number == "宝党转字〔2026〕45号" && letter.organization == "中共宝钢股份有限公司委员会")
        #expect(letter.issuedOn == Day("2026-11-30") && letter.duesPaidThrough == YearMonth("2026-11") && letter.receiptOn == Day("2026-12-07"))
        // The year's figures count the transfer in.
        #expect(YearFigures.changes(members, from: Day("2026-01-01")!, to: Day("2026-12-31")!).contains { $0.kind == .transferredIn && $0.name == "郑八" })
        shell.type("u")
        #expect(try shell.store.loadMembers().count == count)
        #expect(shell.store.loadAll(AwayRecord.self).records.isEmpty)
        shell.press(.control("r"))
        #expect(try shell.store.loadMembers().contains { $0.name == "郑八" })
        // The same name again while on the roster is refused.
        shell.type("T郑八")
        shell.press(.tab, .tab, .tab, .tab, .tab, .tab)
        shell.type("某党委")
        shell.press(.tab, .tab, .tab, .tab)
        shell.type("2026-12-01")
        shell.press(.function(2))
        guard case let .form(again) = shell.state.modal else { Issue.record("the form stays: \(shell.screen)"); return }
        #expect(again.error?.contains("已在名册上") == true, "\(again.error ?? "")")
    }

    @Test func oTheGeneralMeetingsDecisionStopsTheMembershipOnTheRoster() throws {
        let shell = try shell()
        shell.type("3")
        for _ in 0..<3 { shell.press(.down) }
        let name = try shell.store.loadMembers()[3].name
        shell.type("o")
        for _ in 0..<7 { shell.press(.right) }
        shell.press(.function(2))
        #expect(shell.screen.contains("支部大会决定"), "\(shell.screen)")
        shell.press(.function(2))
        let member = try shell.store.loadMembers()[3]
        #expect(member.rosterStatus.current == .stopped && member.name == name, "\(shell.screen)")
        #expect(shell.store.loadAll(AwayRecord.self).records.first?.decisions.map(\.kind) == [.stopped])
        shell.type("u")
        #expect(try shell.store.loadMembers()[3].rosterStatus.current == .active)
    }
}

/// The occasions a talk is held on are the branch's (Settings), and what a talk agreed can
/// be a pledge followed up on the Pledges screen with the meetings' pledges.
@Suite struct TalkOccasionsAndPledgesTests {
    func shell() throws -> TestShell {
        try TestShell(demo: false, branch: TalksScreenTests.branch, members: TalksScreenTests.members, language: .chinese, now: DemoData.date("2026-12-07", 10))
    }

    func talks(_ shell: TestShell) -> [Talk] { Talk.byDay(shell.store.loadAll(Talk.self).records) }

    @Test func theSettingsListTheOccasionsTheTalkFormOffers() throws {
        let shell = try shell()
        shell.type("6")
        shell.press(.enter)
        guard case let .form(form) = shell.state.modal else { Issue.record("Enter opens the settings"); return }
        #expect(form.text(.named("talk-occasions")) == "岗位变动、家庭困难、犯错误或受到反映、生病住院、退休前、发生矛盾纠纷", "the common list by default")
        for _ in 0..<(form.fields.count - 1) { shell.press(.tab) }
        shell.press(.control("u"), .control("k"))
        shell.type("岗位变动、受到处分，、 入党十周年、岗位变动")
        shell.press(.function(2))
        #expect(try shell.store.loadBranch()?.talkOccasions == ["岗位变动", "受到处分", "入党十周年"], "split, trimmed, repeats dropped")
        shell.type("9a张三")
        shell.press(.tab, .tab, .tab)
        // 年度谈心谈话 ‹ 岗位变动 · 受到处分 · 入党十周年 › 其他: the third is the branch's own.
        shell.press(.right, .right, .right)
        #expect(shell.line(containing: "事由")?.contains("入党十周年") == true, "\(shell.screen)")
        shell.press(.function(2))
        let talk = try #require(talks(shell).first)
        #expect(talk.occasion == .other && talk.occasionName == "入党十周年")
        #expect(shell.line(containing: "张三")?.contains("入党十周年") == true, "\(shell.screen)")
        shell.press(.right)
        // One the common list has keeps its kind.
        shell.type("a赵四")
        shell.press(.tab, .tab, .tab, .right)
        shell.press(.function(2))
        let other = talks(shell).first { $0.partner.name == "赵四" }
        #expect(other?.occasion == .postChange && other?.occasionName == nil)
    }

    @Test func whatWasAgreedBecomesAPledgeReviewedOnThePledgesScreen() throws {
        let shell = try shell()
        shell.type("9a张三")
        shell.press(.tab, .tab, .tab, .tab, .tab)
        shell.type("年底前补交党费并参加支部活动")
        shell.press(.tab)
        shell.type(" ")
        shell.press(.tab)
        shell.type("2026-12-31")
        shell.press(.function(2))
        let talk = try #require(talks(shell).first, "\(shell.screen)")
        let pledge = try #require(talk.pledge)
        #expect(pledge.text == "年底前补交党费并参加支部活动" && pledge.by?.memberID == "c" && pledge.due == Day("2026-12-31") && pledge.status == .open)
        // On the Pledges screen, with the meetings' pledges; x marks it kept in the talk's file.
        shell.type("5")
        shell.perform([])
        #expect(shell.line(containing: "年底前补交党费")?.contains("张三") == true, "\(shell.screen)")
        shell.type("/年底")
        shell.press(.enter)
        shell.type("x")
        shell.press(.function(2))
        #expect(talks(shell).first?.pledge?.status == .kept, "\(shell.screen)")
        #expect(talks(shell).first?.pledge?.reviews.count == 1)
        #expect(shell.line(containing: "年底前补交党费") == nil, "kept: off the open pledges \(shell.screen)")
        shell.type("u")
        #expect(talks(shell).first?.pledge?.status == .open, "u takes the review back")
        #expect(shell.line(containing: "年底前补交党费")?.contains("待兑现") == true, "\(shell.screen)")
        // A pledge with nothing agreed is refused.
        shell.type("9a赵四")
        shell.press(.tab, .tab, .tab, .tab, .tab, .tab)
        shell.type(" ")
        shell.press(.function(2))
        #expect(shell.screen.contains("作为承诺跟踪，要先填写商定事项"), "\(shell.screen)")
        #expect(talks(shell).count == 1)
    }
}

/// The votes each elected received are a field of the election form; `e` corrects a
/// recorded election (its day, term, votes) or removes it — each undone by `u`.
@Suite struct ElectionVotesAndCorrectionTests {
    func elections(_ shell: TestShell) -> [Election] { shell.store.loadAll(Election.self).records }

    @Test func votesPerPersonAreRecordedAndAPastElectionIsCorrected() throws {
        let shell = try TestShell(demo: false, branch: ElectionFromTheMembersScreenTests.branch, members: ElectionFromTheMembersScreenTests.members,
                                  language: .chinese, now: DemoData.date("2026-12-07", 10))
        shell.type("3E")
        shell.press(.tab)
        shell.press(.control("u"), .control("k"))
        shell.type("2024-05-15")
        for _ in 0..<6 { shell.press(.tab) }
        // A name not elected is refused, the form kept.
        shell.type("王书记 28、张三 3")
        shell.press(.function(2))
        #expect(shell.screen.contains("张三不在本次当选人中"), "\(shell.screen)")
        #expect(elections(shell).isEmpty)
        shell.press(.control("u"), .control("k"))
        shell.type("王书记 28、李组织：27票、周宣传 26")
        shell.press(.function(2))
        let recorded = try #require(elections(shell).first, "\(shell.screen)")
        #expect(recorded.posts.map(\.votes) == [28, 27, 26])
        #expect(shell.screen.contains("还有 5 个月"), "\(shell.screen)")
        // e: the term was five years (a community branch) and 李组织 had 29.
        shell.type("3e")
        #expect(shell.screen.contains("更正换届记录"), "\(shell.screen)")
        shell.press(.function(2))
        #expect(shell.line(containing: "每人得票")?.contains("王书记 28、李组织 27、周宣传 26") == true, "\(shell.screen)")
        shell.press(.tab, .tab)
        shell.press(.right)
        shell.press(.tab)
        shell.press(.control("u"), .control("k"))
        shell.type("王书记 28、李组织 29、周宣传 26")
        shell.press(.function(2))
        let corrected = try #require(elections(shell).first)
        #expect(corrected.termYears == 5 && corrected.posts.map(\.votes) == [28, 29, 26] && corrected.id == recorded.id, "\(shell.screen)")
        #expect(!shell.screen.contains("还有 5 个月"), "a five-year term ends in 2029: \(shell.screen)")
        shell.type("u")
        #expect(elections(shell).first == recorded, "u takes the correction back")
        // Removed: the roles stay; u brings the record back.
        shell.type("e")
        shell.press(.function(2))
        for _ in 0..<5 { shell.press(.tab) }
        shell.type(" ")
        shell.press(.function(2))
        #expect(elections(shell).isEmpty, "\(shell.screen)")
        #expect(try shell.store.loadMembers()[0].role.current.kind == .secretary)
        shell.type("u")
        #expect(elections(shell) == [recorded])
    }
}

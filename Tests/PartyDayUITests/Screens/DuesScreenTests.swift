import Foundation
import Testing
@testable import PartyDayKit
@testable import PartyDayUI

/// The Dues screen and the dues pane at a meeting, driven key by key over a real store.
@Suite struct DuesScreenTests {
    private func duesYear(_ shell: TestShell) throws -> DuesYear { try shell.store.loadDues(year: 2026) }

    @Test func theDuesScreenShowsTheMonthsRegisterAndTheAtRiskPanelItsDuesHalf() throws {
        let shell = try TestShell()
        #expect(shell.line(containing: "Dues unpaid:")?.contains("钱斌 4 months") == true, "July to October unpaid, as of 25 November")
        shell.type("7")
        #expect(shell.state.screen == .dues)
        #expect(shell.lines[1].contains("Party dues · 2026-11"))
        #expect(shell.line(containing: "钱斌")?.contains("due") == true)
        #expect(shell.line(containing: "郭鹏")?.contains("exempt") == true)
        #expect(shell.line(containing: "Due 3117.09 · collected 2884.06 (28 of 30 settled)") != nil)
        shell.press(.left)
        #expect(shell.lines[1].contains("2026-10"))
        #expect(shell.line(containing: "钱斌")?.contains("in arrears") == true)
        // g: the year at a glance, one mark a month.
        shell.type("g")
        let qian = try #require(shell.line(containing: "钱斌"))
        #expect(qian.contains("✓  ✓  ✓  ✓  ✓  ✓  ✗  ✗  ✗  ✗  ·  ·  4"), "\(qian)")
        #expect(shell.line(containing: "周海")?.contains("✓  ✓  ✓  ·  ·  ·  0") == true, "the quarterly payer's quarter is still due")
    }

    @Test func backPayingFourMonthsOnTheDuesScreenEndsTheRun() throws {
        let shell = try TestShell()
        shell.type("7")
        while shell.state.selectedDuesMember?.id != "m-13" { shell.press(.down) }
        shell.type("n")
        guard case let .form(form) = shell.state.modal else { Issue.record("n asks how many months"); return }
        #expect(form.text(.months) == "5", "July to November, the oldest first")
        #expect(form.text(.amount) == "635.80")
        shell.press(.function(2))
        let payment = try #require(try duesYear(shell).payments.last)
        #expect(payment.memberID == "m-13")
        #expect(payment.months.map(\.description) == ["2026-07", "2026-08", "2026-09", "2026-10", "2026-11"])
        #expect(payment.amount == Money(fen: 63580) && payment.paidOn == Day("2026-11-25") && payment.meetingID == nil)
        #expect(shell.state.duesLedger.arrears(of: shell.state.members.first { $0.id == "m-13" }!).count == 0)
        shell.type("1")
        #expect(shell.line(containing: "Dues unpaid:") == nil)
    }

    @Test func aBaseIsSetFromAMonthAndAnAmountThatDoesNotReadIsRefused() throws {
        let shell = try TestShell()
        shell.type("7b")
        guard case let .form(form) = shell.state.modal else { Issue.record("b opens the base form"); return }
        #expect(form.text(.base) == "2800.00")
        shell.press(.tab, .control("u"), .control("k"))
        shell.type("3000.5.1")
        shell.press(.function(2))
        #expect(shell.screen.contains("The amount is yuan with at most two decimals"))
        guard case .form = shell.state.modal else { Issue.record("the form stays open"); return }
        shell.press(.control("u"), .control("k"))
        shell.type("5200")
        shell.press(.function(2))
        let bases = try shell.store.loadDuesBases().first { $0.memberID == "m-01" }!
        #expect(bases.basis(in: YearMonth(year: 2026, month: 11))?.base == Money(fen: 520_000))
        #expect(bases.basis(in: YearMonth(year: 2026, month: 10))?.base == Money(fen: 280_000), "a change applies from its month")
        #expect(shell.line(containing: "李振华")?.contains("78.00") == true)
    }

    /// The issue's budget: 30 members, 3 exceptions, at most 15 keystrokes.
    @Test func takingDuesForAMeetingWithThreeExceptionsTakesFewKeystrokes() throws {
        let shell = try TestShell()
        // A fresh theme Party Day's dues: remove what the demo recorded at the seed meeting.
        var year = try duesYear(shell)
        year.payments.removeAll { $0.meetingID == DemoData.seedMeetingID || $0.paidOn == Day("2026-11-15") }
        try shell.store.save(year)
        shell.state.dues = DuesRecords()
        shell.send(.meetingsListed(shell.state.summaries, problems: []))
        #expect(shell.state.dues.loaded)
        let seed = try shell.store.loadMeeting(id: DemoData.seedMeetingID)
        let ledger = shell.state.duesLedger
        let owing = seed.attendance.filter(\.attended).compactMap { row in shell.state.members.first { $0.id == row.memberID } }
            .filter { [.due, .arrears].contains(ledger.month(YearMonth(year: 2026, month: 11), of: $0).status) }
        var keys = 0
        func type(_ text: String) { shell.type(text); keys += text.count }
        func press(_ key: Key) { shell.press(key); keys += 1 }
        press(.enter)                     // the seed meeting
        type("2j")                        // agenda, the dues step
        type("p")                         // the dues pane
        #expect(shell.state.workspace?.duesOpen == true)
        type("/zh")                       // 周海 pays the quarter …
        press(.enter)
        type("n")
        press(.function(2))
        type("P")                         // … everyone else present pays this month
        #expect(keys <= 15, "\(keys) keystrokes")
        let here = try duesYear(shell).payments.filter { $0.meetingID == DemoData.seedMeetingID }
        #expect(here.count == owing.count + 1, "the present members who owe, and the quarterly payer (not counted at the meeting)")
        #expect(owing.count > 20)
        #expect(here.first { $0.memberID == "m-10" }?.months.count == 3)
        #expect(!here.contains { $0.memberID == "m-13" }, "absent: not marked")
        #expect(!here.contains { $0.memberID == "m-16" }, "exempt: owes nothing")
        press(.escape)
        let step = try #require(shell.meeting?.agenda.first { $0.isDuesStep })
        #expect(step.notes.hasPrefix("Dues: \(owing.count + 1) members paid at the meeting: 2026-10 "), "\(step.notes)")
        // The quarterly payer's October and December are their months', not November's.
        #expect(step.notes.contains(", 2026-11 ") && step.notes.contains(", 2026-12 ") && step.notes.contains(" in all."), "\(step.notes)")
        #expect(shell.state.workspace?.pane == .agenda)

    }

    /// One bad value arriving by sync blocked every payment of the year ("NOT SAVED"). The
    /// damaged file is set aside whole (moved to replaced/, its bytes kept), what of it
    /// passes the checks is kept, and dues go on.
    @Test func aDamagedDuesFileIsSetAsideAndDuesGoOn() throws {
        let shell = try TestShell(demo: true)
        let file = shell.folder.appendingPathComponent("dues/2026.plist")
        var text = try String(contentsOf: file, encoding: .utf8)
        let payments = try shell.store.loadDues(year: 2026).payments.count
        // The first payment loses its months: the save path would refuse the file.
        let paymentsStart = try #require(text.range(of: "<key>payments</key>"))
        let months = try #require(text.range(of: #"(?s)<key>months</key>\s*<array>.*?</array>"#, options: .regularExpression,
                                             range: paymentsStart.upperBound..<text.endIndex))
        text.replaceSubrange(months, with: "<key>months</key>\n\t\t\t\t<array/>")
        try Data(text.utf8).write(to: file)
        let damaged = Data(text.utf8)
        // Read again, as at the next start.
        shell.state.dues = DuesRecords()
        shell.type("7")
        #expect(shell.state.dues.problems.isEmpty)
        #expect(shell.state.message?.text.contains("set aside as replaced/2026.plist") == true, "\(shell.state.message?.text ?? "")")
        #expect(try Data(contentsOf: shell.folder.appendingPathComponent("replaced/2026.plist")) == damaged, "set aside whole")
        let kept = try shell.store.loadDues(year: 2026).payments.count
        #expect(kept == payments - 1, "every other payment kept: \(kept) of \(payments); \(shell.state.message?.text ?? "")")
        // And a payment is taken as usual.
        shell.press(.home)
        for _ in 0..<40 where shell.state.selectedDuesMember?.id != "m-13" { shell.press(.down) }
        shell.type(" ")
        #expect(try shell.store.loadDues(year: 2026).payments.count == payments, "recorded")
    }

    @Test func aNewerPartydaysDuesFileIsNeverSetAside() throws {
        let shell = try TestShell(demo: true)
        let file = shell.folder.appendingPathComponent("dues/2026.plist")
        let text = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "<integer>\(FileFormat.version)</integer>", with: "<integer>99</integer>")
        try Data(text.utf8).write(to: file)
        shell.state.dues = DuesRecords()
        shell.type("7 ")
        #expect(shell.state.dues.problems.map(\.path) == ["dues/2026.plist"])
        #expect(shell.screen.contains("dues cannot be recorded until it is"))
        #expect(try Data(contentsOf: file) == Data(text.utf8), "left untouched")
    }
}

/// A branch created today: the Dues screen works from the first minute.
@Suite struct DuesFromNothingTests {
    @Test func aBranchCreatedInTheSessionHasItsDuesScreenAndABaseCanBeSet() throws {
        let shell = try TestShell(demo: false)
        #expect(shell.state.screen == .welcome)
        shell.press(.enter)
        shell.type("新支部")
        shell.press(.function(2))
        shell.state.members = [Member(id: "m-1", name: "王伟", joinedOn: Day("2010-07-01"), onRosterSince: Day("2026-01-01")!)]
        try shell.store.save(shell.state.members)
        shell.type("7")
        #expect(shell.state.dues.loaded, "read as soon as there is a branch")
        #expect(!shell.screen.contains("loading"))
        shell.type("b")
        guard case .form = shell.state.modal else { Issue.record("b opens the base form: \(shell.screen)"); return }
        shell.press(.tab)
        shell.type("4800")
        shell.press(.function(2))
        #expect(try shell.store.loadDuesBases().first?.basis(in: YearMonth(year: 2026, month: 11))?.base == Money(fen: 480_000))
        shell.type(" ")
        #expect(try shell.store.loadDues(year: 2026).payments.first?.amount == Money(fen: 4800))
    }

    @Test func takingDuesAtAMeetingWrittenUpAfterwardsTicksTheStepInsideTheMeeting() throws {
        let shell = try TestShell()
        // The seed meeting (10 November) opened on 25 November: the step was ticked then.
        var seed = try shell.store.loadMeeting(id: DemoData.seedMeetingID)
        let step = try #require(seed.agenda.firstIndex { $0.isDuesStep })
        seed.agenda[step].status = .pending
        seed.agenda[step].doneAt = nil
        try shell.store.save(seed)
        shell.press(.enter)
        shell.type("2j")
        shell.type("p")
        shell.press(.escape)
        let ticked = try #require(shell.meeting?.agenda[step])
        #expect(ticked.status == .done)
        let done = try #require(ticked.doneAt)
        #expect(done >= seed.start && done <= seed.end!, "inside the meeting, not on the 25th")
        #expect(shell.meeting?.state == .concluded, "a concluded meeting stays concluded")
    }

    @Test func takingDuesAtAPlannedMeetingStartsItsLogLikeATick() throws {
        let shell = try TestShell()
        var seed = try shell.store.loadMeeting(id: DemoData.seedMeetingID)
        seed.state = .planned
        for index in seed.agenda.indices {
            seed.agenda[index].status = .pending
            seed.agenda[index].doneAt = nil
        }
        try shell.store.save(seed)
        shell.press(.enter)
        shell.type("2jp")
        shell.press(.escape)
        #expect(shell.meeting?.agenda.first { $0.isDuesStep }?.status == .done)
        #expect(shell.meeting?.state == .inProgress, "ticked by the dues pane: the meeting is being logged")
    }
}

/// Amounts typed in the dues forms: a hand-over of twelve digits is refused (it crashed
/// the screens), a payment far past a member's dues asks once.
@Suite struct DuesAmountBoundsTests {
    @Test func aTwelveDigitHandOverIsRefusedWithItsLimit() throws {
        let shell = try TestShell()
        shell.type("7h")
        shell.press(.tab, .tab, .tab)
        shell.press(.control("u"), .control("k"))
        shell.type("999999999999.99")
        shell.press(.function(2))
        guard case .form = shell.state.modal else { Issue.record("the form stays open"); return }
        #expect(shell.screen.contains("A hand-over is at most"))
        #expect(try shell.store.loadDues(year: 2026).handovers.allSatisfy { $0.total.fen < 100_000_000_000 })
    }

    /// The money is not always taken by the organization member: a group leader collects at
    /// a group meeting. The payment form names who received it, the usual one first.
    @Test func theReceiverOfAPaymentCanBeChosen() throws {
        let shell = try TestShell(language: .chinese)
        shell.type("7")
        shell.type("n")
        guard case let .form(form) = shell.state.modal else { Issue.record("n opens the payment form"); return }
        #expect(!shell.state.duesReceiver.isEmpty)
        #expect(form.text(.receivedBy) == shell.state.duesReceiver, "the usual receiver is offered")
        #expect(shell.screen.contains("收缴人"))
        shell.press(.tab, .tab, .tab, .control("u"), .control("k"))
        shell.type("赵明")
        shell.press(.function(2))
        #expect(shell.state.modal == nil)
        let payment = try #require(try shell.store.loadDues(year: 2026).payments.last)
        #expect(payment.receivedBy == "赵明")
        #expect(shell.state.duesReceiver != "赵明", "a choice the test can see")
    }

    @Test func aPaymentFarPastTheDuesAsksOnceThenIsRecorded() throws {
        let shell = try TestShell()
        shell.type("7")
        shell.type("n")
        shell.press(.tab, .control("u"), .control("k"))
        shell.type("150000")
        let before = try shell.store.loadDues(year: 2026).payments.count
        shell.press(.function(2))
        guard case let .form(form) = shell.state.modal else { Issue.record("it asks first"); return }
        #expect(form.error?.contains("far more than a member's dues") == true)
        shell.press(.function(2))
        #expect(shell.state.modal == nil)
        #expect(try shell.store.loadDues(year: 2026).payments.count == before + 1)
    }

    /// The issue's slip: months 2 with the amount left as offered recorded two months for
    /// one month's money, silently. The amount follows the months; an amount short of them asks.
    @Test func theAmountFollowsTheMonthsAndAShortAmountAsks() throws {
        let shell = try TestShell()
        shell.type("7")
        shell.press(.home)
        for _ in 0..<40 where shell.state.selectedDuesMember?.id != "m-01" { shell.press(.down) }
        shell.type("n")
        guard case let .form(form) = shell.state.modal else { Issue.record("n opens the form: \(shell.screen)"); return }
        #expect(form.text(.months) == "1")
        let oneMonth = try #require(Money(yuan: form.text(.amount)))
        shell.press(.control("u"), .control("k"))
        shell.type("2")
        shell.press(.function(2))
        let payment = try #require(try shell.store.loadDues(year: 2026).payments.last)
        #expect(payment.months.count == 2 && payment.amount == oneMonth * 2, "\(payment)")
        shell.type("u")
        // An amount typed short of the months asks first.
        shell.type("n")
        shell.press(.control("u"), .control("k"))
        shell.type("2")
        shell.press(.tab, .control("u"), .control("k"))
        shell.type("10")
        shell.press(.function(2))
        guard case let .form(asked) = shell.state.modal else { Issue.record("a short amount asks"); return }
        #expect(asked.error?.contains("does not cover the 2 month(s)") == true, "\(asked.error ?? "")")
        shell.press(.function(2))
        #expect(shell.state.modal == nil)
        #expect(try shell.store.loadDues(year: 2026).payments.last?.amount == Money(yuan: "10"))
    }

    /// The issue's slip: writing up a past meeting, the dues pane judged everyone as of
    /// today; it judges as of the meeting's day (a payment made after the meeting is not
    /// yet made then).
    @Test func theDuesPaneOfAPastMeetingJudgesAsOfItsDay() throws {
        let shell = try TestShell()
        let later = try #require(try shell.store.loadDues(year: 2026).payments.first { $0.paidOn == Day("2026-11-15") && $0.months == [YearMonth(year: 2026, month: 11)] })
        let member = try #require(shell.state.members.first { $0.id == later.memberID })
        #expect(shell.state.duesLedger.month(YearMonth(year: 2026, month: 11), of: member).status == .paid, "paid by today")
        shell.press(.enter)
        shell.type("2jp")
        #expect(shell.state.workspace?.duesOpen == true)
        let row = try #require(shell.line(containing: member.name))
        #expect(row.contains("due") && !row.contains("paid"), "not paid on 10 November: \(row)")
    }

    /// Friction of a real quarter: after the dues pane closed, the highlight stayed on the
    /// ticked dues step while ▸ marked the next, and the natural Space unticked it.
    @Test func afterTheDuesPaneTheHighlightFollowsTheNextStep() throws {
        let shell = try TestShell(now: DemoData.date("2026-12-10", 9, 30))
        shell.type("2n")
        guard case let .form(form) = shell.state.modal else { Issue.record("n opens the form"); return }
        #expect(form.chosen(.types) == [0], "a theme Party Day by default")
        shell.press(.tab, .tab)
        shell.type("十二月主题党日")
        shell.press(.function(2))
        try #require(shell.meeting?.theme == "十二月主题党日")
        shell.type("1P2")
        let dues = try #require(shell.meeting?.agenda.firstIndex { $0.isDuesStep })
        for _ in 0..<dues { shell.type(" ") }
        #expect(shell.state.workspace?.highlightedStep?.step.isDuesStep == true)
        shell.type("p")
        shell.type("P")
        shell.press(.escape)
        #expect(shell.meeting?.agenda[dues].status == .done)
        let current = try #require(shell.state.workspace?.currentStepIndex)
        #expect(current > dues)
        #expect(shell.state.workspace?.cursor.index == current, "the highlight is on ▸: Space ticks the next step")
    }
}

/// `/` on the Dues screen finds a member by name or pinyin initials (it typed into the
/// hand-over form).
@Suite struct DuesFindTests {
    @Test func slashFindsAMemberAndSpacePaysTheOneFound() throws {
        let shell = try TestShell()
        shell.send(.pinyinReady(Dictionary(uniqueKeysWithValues: zip(shell.state.members.map(\.name), PinyinKey.keys(for: shell.state.members.map(\.name))))))
        shell.type("7/qb")
        #expect(shell.state.modal == nil, "no form opened")
        shell.press(.enter)
        #expect(shell.state.selectedDuesMember?.name == "钱斌")
        let before = try shell.store.loadDues(year: 2026).payments.count
        shell.type(" ")
        #expect(try shell.store.loadDues(year: 2026).payments.last?.memberID == "m-13")
        #expect(try shell.store.loadDues(year: 2026).payments.count == before + 1)
        shell.type("/")
        shell.press(.escape)
        #expect(shell.state.duesScreenMembers.count > 20, "Esc clears the search")
    }
}

import Foundation
import Testing
@testable import PartyDayKit
@testable import PartyDayUI

@Suite struct WorkspaceTests {
    func openSeed(language: Language = .english, size: Size = Size(columns: 80, rows: 24)) throws -> TestShell {
        let shell = try TestShell(language: language, size: size)
        shell.press(.enter)
        try #require(shell.meeting?.id == DemoData.seedMeetingID)
        return shell
    }

    @Test func attendanceColumnsLineUpWithChineseAndLatinNames() throws {
        let shell = try openSeed(language: .chinese)
        shell.press(.end)
        let rows = shell.lines.filter { $0.contains("正式党员") || $0.contains("预备党员") }
        #expect(rows.count >= 10)
        // The category column starts at the same display column whatever the name's script,
        // just past the widest name ("Lin Qing" and the Chinese names alike).
        let starts = Set(rows.map { row in displayWidth(String(row.prefix { !"正预".contains($0) })) })
        #expect(starts.count == 1, "\(rows)")
        #expect(starts.first.map { $0 >= 1 + 8 && $0 <= 1 + 20 + 1 } == true)
        #expect(shell.screen.contains("Lin Qing"))
    }

    @Test func aLongChineseThemeIsCutAtTheEdgeWithoutSplittingACharacter() throws {
        let shell = try openSeed(language: .chinese)
        shell.type("i")
        shell.press(.control("u"))
        shell.type(String(repeating: "决战四季度坚决打赢扭亏攻坚战", count: 4))
        shell.press(.control("s"))
        let header = shell.lines[1]
        #expect(displayWidth(header) == 80)
        #expect(header.contains("决战四季度坚决打赢"))
        #expect(header.hasSuffix("已结束 "))
        for line in shell.lines { #expect(displayWidth(line) == 80, "\(line)") }
    }

    @Test func resizingWhileEditingKeepsTheTextAndTheCaret() throws {
        let shell = try openSeed()
        shell.type("3a")
        shell.type("lzh")
        shell.press(.enter, .tab)
        shell.type("决战四季度")
        shell.resize(100, 30)
        #expect(shell.screen.contains("决战四季度"))
        let wide = try #require(shell.frame.cursor)
        #expect(shell.frame.grid[wide.x - 2, wide.y].grapheme == "度", "the caret follows the last character")
        shell.resize(60, 16)
        let narrow = try #require(shell.frame.cursor)
        #expect(narrow.x < 60 && narrow.y < 16)
        #expect(shell.frame.grid[narrow.x - 2, narrow.y].grapheme == "度")
        #expect(shell.screen.contains("决战四季度"))
        shell.resize(20, 5)
        #expect(shell.screen.contains("60×16"))
        #expect(shell.frame.cursor == nil)
        shell.resize(80, 24)
        shell.type("，坚决打赢")
        shell.press(.control("s"))
        #expect(shell.meeting?.speeches.last?.summary == "决战四季度，坚决打赢")
    }

    @Test func theCaretSitsAtTheTextWhereverAFieldHasFocus() throws {
        let shell = try openSeed()
        #expect(shell.frame.cursor == nil, "no text field, no cursor")
        shell.type("/")
        shell.type("钱")
        let caret = try #require(shell.frame.cursor)
        #expect(caret.x == 2 + displayWidth(shell.state.strings.findLabel) + 2)
        #expect(shell.frame.grid[caret.x - 2, caret.y].grapheme == "钱")
    }

    @Test func agendaStepsAreTickedSkippedAddedAndMoved() throws {
        let demo = DemoData.make()
        let shell = try TestShell(demo: false, branch: demo.branch, members: demo.members, now: DemoData.date("2026-12-10", 9, 5))
        shell.type("n")
        shell.press(.control("s"))
        shell.type("2")
        #expect(shell.screen.contains("Agenda: 0 of 10 done"))
        shell.type(" ")
        #expect(shell.meeting?.agenda[0].status == .done)
        #expect(shell.meeting?.agenda[0].doneAt == DemoData.date("2026-12-10", 9, 5))
        #expect(shell.meeting?.state == .inProgress)
        #expect(shell.line(containing: "[✓]")?.contains("09:05") == true)
        shell.type("s")
        shell.type("时间不够")
        shell.press(.enter)
        #expect(shell.meeting?.agenda[1].status == .skipped)
        #expect(shell.screen.contains("skipped: 时间不够"))
        shell.type("a")
        shell.type("学习《条例》")
        shell.press(.control("s"))
        #expect(shell.meeting?.agenda[2].title == "学习《条例》")
        shell.type("[")
        #expect(shell.meeting?.agenda[1].title == "学习《条例》")
        shell.type("d")
        #expect(shell.meeting?.agenda.count == 10)
        shell.type("u")
        #expect(shell.meeting?.agenda.count == 11)
    }

    @Test func decisionsShowTheComputedResult() throws {
        let shell = try openSeed()
        shell.type("5a")
        shell.type("同意转正")
        shell.press(.tab)
        shell.type("13")
        shell.press(.tab)
        shell.type("2")
        shell.press(.tab, .control("s"))
        // 24 voters expected, 22 present: 13 yes is more than 12.
        #expect(shell.screen.contains("Voters expected 24, present 22: quorum met"))
        #expect(shell.line(containing: "同意转正")?.contains("passed") == true)
        shell.press(.enter, .tab, .control("u"))
        shell.type("12")
        shell.press(.control("s"))
        #expect(shell.line(containing: "同意转正")?.contains("not passed") == true, "exactly half of the expected is not a pass")
    }

    @Test func helpListsTheKeysOfThePane() throws {
        let shell = try openSeed()
        shell.type("?")
        #expect(shell.screen.contains("everyone still unmarked is present"))
        shell.press(.escape)
        shell.type("2?")
        #expect(shell.screen.contains("tick done (stamps the time)"))
    }

    @Test func aReadOnlyInstanceChangesNothing() throws {
        let shell = try TestShell(readOnly: "the data folder is in use by another partyday process (pid 42)")
        #expect(shell.screen.contains("READ-ONLY"))
        shell.press(.enter)
        shell.type("p")
        #expect(shell.screen.contains("Read-only"))
        shell.type("n")
        #expect(!shell.allEffects.contains { if case .saveMeeting = $0 { true } else { false } })
    }

    @Test func undoPutsAnAttendanceMarkBack() throws {
        let shell = try openSeed()
        shell.type("w")
        #expect(shell.meeting?.attendance[0].status == .absentUnexcused)
        shell.type("u")
        #expect(shell.meeting?.attendance[0].status == .present)
        #expect(try shell.store.loadMeeting(id: DemoData.seedMeetingID).attendance[0].status == .present)
    }

    @Test func guestsAndNonVotingAttendeesAreAddedAndRemoved() throws {
        let shell = try openSeed()
        shell.type("n")
        shell.type("郑文博")
        shell.press(.tab)
        shell.type("入党积极分子")
        shell.press(.enter)
        #expect(shell.screen.contains("郑文博 is not on the roster or the guest list"), "a name partyday does not know is asked about")
        shell.press(.control("s"))
        #expect(shell.meeting?.nonVotingAttendees.count == 2, "\(shell.screen)")
        shell.press(.end)
        #expect(shell.line(containing: "郑文博")?.contains("non-voting") == true)
        shell.type("d")
        #expect(shell.meeting?.nonVotingAttendees.count == 1)
    }

    @Test func capitalEExportsTheMinutesInTheInterfaceLanguage() throws {
        let shell = try TestShell(language: .chinese)
        shell.press(.enter)
        shell.type("E")
        // Asked for by the open meeting, whose feature takes the answer ("会议记录已导出").
        #expect(shell.allEffects.contains { if case .addressed(.workspace, .exportMinutes) = $0 { true } else { false } })
        let minutes = try #require(shell.exportedMinutes.first)
        #expect(minutes.hasPrefix("# 会议记录：冷轧厂酸轧作业区党支部2026年11月主题党日"))
        #expect(minutes.contains("李振华（支部书记）"), "posts come from the roster")
        #expect(minutes.contains("记录人（赵明）签字："))
        #expect(shell.screen.contains("会议记录已导出"))
    }

    @Test func aPlannedMeetingPicksUpAMemberWhoJoinedAfterItWasPlanned() throws {
        let shell = try TestShell()
        var planned = Meeting.new(types: [.themePartyDay], start: DemoData.date("2026-12-10", 9),
                                  branch: shell.state.branch!, members: shell.state.members)
        planned.id = "planned-2026-12"
        try shell.store.save(planned)
        shell.state.members.append(Member(id: "m-new", name: "新同志", joinedOn: Day("2026-11-20")!, onRosterSince: Day("2026-11-20")!))
        shell.send(.meetingsListed(shell.store.listMeetings().summaries, problems: []))
        shell.press(.enter)
        #expect(shell.meeting?.id == "planned-2026-12")
        #expect(shell.meeting?.attendance.last?.memberID == "m-new")
        #expect(shell.screen.contains("Expected members updated from the roster"))
        #expect(try shell.store.loadMeeting(id: "planned-2026-12").attendance.count == planned.attendance.count + 1)
        shell.type("u")
        #expect(shell.meeting?.attendance.count == planned.attendance.count)
    }
}


/// A Party lecture names its lecturer (a guest too) and its title; the minutes print
/// them, not the host and the theme.
@Suite struct LectureFieldsTests {
    @Test func aLecturesLecturerAndTitleReachTheRecordAndTheMinutes() throws {
        let shell = try TestShell()
        let lecture = try #require(shell.state.summaries.first { $0.types == [.partyLecture] })
        shell.type("2")
        while shell.state.selectedMeeting?.id != lecture.id { shell.press(.down) }
        shell.press(.enter)
        try #require(shell.meeting?.id == lecture.id)
        // A guest lecturer: added first, then picked.
        shell.type("g")
        shell.type("王教授")
        shell.press(.control("s"))
        shell.type("i")
        guard case let .form(form) = shell.state.modal else { Issue.record("i opens the header"); return }
        let lecturerField = try #require(form.fields.firstIndex { $0.key == .lecturer })
        for _ in 0..<lecturerField { shell.press(.tab) }
        shell.press(.control("u"))
        shell.type("王教授")
        shell.press(.tab)
        shell.type("学习贯彻党的二十届四中全会精神")
        shell.press(.control("s"))
        let meeting = try shell.store.loadMeeting(id: lecture.id)
        #expect(meeting.lecturer?.name == "王教授" && meeting.lecturer?.guestID != nil, "\(String(describing: meeting.lecturer))")
        #expect(meeting.lectureTitle == "学习贯彻党的二十届四中全会精神")
        let minutes = MinutesDocument(meeting: meeting, branch: shell.state.branch!, language: .chinese, format: .text, members: shell.state.members).render()
        #expect(minutes.contains("主讲人：王教授"), "\(minutes.prefix(600))")
        #expect(minutes.contains("党课题目：学习贯彻党的二十届四中全会精神"))
    }
}

/// 列席 is picked like any person: `cg` typed and saved asks first, instead of recording
/// a person called "cg".
@Suite struct NonVotingPickerTests {
    @Test func aNameOnNoListIsAskedAboutOnce() throws {
        let shell = try TestShell()
        shell.press(.enter)
        let before = shell.meeting?.nonVotingAttendees.count ?? 0
        shell.type("n")
        shell.type("cg")
        shell.press(.control("s"))
        guard case let .form(form) = shell.state.modal else { Issue.record("it asks first"); return }
        #expect(form.error != nil, "\(shell.screen)")
        #expect(shell.meeting?.nonVotingAttendees.count == before, "nothing recorded yet")
        shell.press(.escape)
        #expect(shell.meeting?.nonVotingAttendees.contains { $0.name == "cg" } == false)
        // A non-voting attendee of this meeting is on the list: picked by initials.
        let known = try #require(shell.meeting?.nonVotingAttendees.first)
        shell.type("n")
        shell.type(String(known.name.prefix(1)))
        shell.press(.control("s"))
        #expect(shell.state.modal == nil, "\(shell.screen)")
    }
}

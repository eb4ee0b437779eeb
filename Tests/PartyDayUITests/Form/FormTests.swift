import Foundation
import Testing
@testable import PartyDayKit
@testable import PartyDayUI

@Suite struct FormTests {
    let strings = Strings.english

    func form(_ fields: [FormField], candidates: [PersonCandidate] = []) -> Form {
        Form(.addStep, title: "t", fields: fields, candidates: candidates)
    }

    @Test func impossibleDatesAndTimesAreRefusedWithAClearMessage() {
        var f = form([FormField(.start, "Starts", .dateTime(required: true), value: "2026-02-30 09:00")])
        #expect(f.handle(.key(.enter), strings: strings, pinyin: [:]) == .editing)
        #expect(f.error == "Starts: '2026-02-30 09:00' is not a day and time — e.g. 2026-11-10 14:30, 11/10 9:00, 昨天 9点")
        var late = form([FormField(.start, "Starts", .dateTime(required: true), value: "2026-11-10 25:00")])
        _ = late.handle(.key(.enter), strings: strings, pinyin: [:])
        #expect(late.error?.contains("'2026-11-10 25:00' is not a day and time") == true)
        var fine = form([FormField(.start, "Starts", .dateTime(required: true), value: "2026-11-10 09:00")])
        #expect(fine.handle(.key(.enter), strings: strings, pinyin: [:]) == .submitted)
        #expect(fine.date(.start, in: TimeZone(identifier: "Asia/Shanghai")!) == DemoData.date("2026-11-10", 9))
    }

    @Test func formsReadTheShortFormsOfADayRelativeToToday() throws {
        let shell = try TestShell()
        shell.type("n")
        // Types, party group, theme, then the start.
        shell.press(.tab, .tab, .tab, .control("u"))
        shell.type("11/13 14:30")
        shell.press(.control("s"))
        let meeting = try #require(shell.meeting, "\(shell.screen)")
        #expect(meeting.start == DemoData.date("2026-11-13", 14) + 30 * 60, "11/13 is this year's 13 November")
        shell.type("i")
        shell.press(.tab, .control("u"))
        shell.type("昨天 9点")
        shell.press(.control("s"))
        #expect(shell.meeting?.start == DemoData.date("2026-11-24", 9), "the test's today is 2026-11-25")
    }

    @Test func requiredFieldsAndNumbersAreChecked() {
        var f = form([FormField(.name, "Name", .text(required: true)), FormField(.yes, "Yes", .number(0...100), value: "-3")])
        _ = f.handle(.key(.control("s")), strings: strings, pinyin: [:])
        #expect(f.error == "Name: required" && f.focus == 0)
        _ = f.handle(.text("侯军"), strings: strings, pinyin: [:])
        _ = f.handle(.key(.control("s")), strings: strings, pinyin: [:])
        #expect(f.error == "Yes: '-3' is not a whole number from 0 to 100" && f.focus == 1)
    }

    @Test func chinesePromptsInChinese() {
        var f = form([FormField(.due, "完成时限", .day(required: false), value: "2026-13-01")])
        _ = f.handle(.key(.enter), strings: .chinese, pinyin: [:])
        #expect(f.error == "完成时限：“2026-13-01”不是有效日期，例如 2026-11-10、11/10、2026年11月10日、今天")
    }

    @Test func enterMovesOnAndSubmitsOnTheLastField() {
        var f = form([FormField(.title, "A", .text(required: false)), FormField(.notes, "B", .multiline)])
        #expect(f.handle(.key(.enter), strings: strings, pinyin: [:]) == .editing)
        #expect(f.focus == 1)
        _ = f.handle(.text("line"), strings: strings, pinyin: [:])
        #expect(f.handle(.key(.enter), strings: strings, pinyin: [:]) == .editing, "Enter in a multi-line field is a new line")
        _ = f.handle(.text("two"), strings: strings, pinyin: [:])
        #expect(f.text(.notes) == "line\ntwo")
        #expect(f.handle(.key(.function(2)), strings: strings, pinyin: [:]) == .submitted)
        #expect(form([]).fields.isEmpty)
    }

    @Test func personFieldsPickByPinyinInitials() {
        let zhang = PersonCandidate(person: PersonRef(name: "张润生", guestID: "g1"), detail: "总经理")
        let zhao = PersonCandidate(person: PersonRef(name: "赵明", memberID: "m4"))
        let pinyin = Dictionary(uniqueKeysWithValues: zip(["张润生", "赵明"], PinyinKey.keys(for: ["张润生", "赵明"])))
        var f = form([.person(.host, "Who", nil, required: true)], candidates: [zhang, zhao])
        _ = f.handle(.text("z"), strings: strings, pinyin: pinyin)
        #expect(f.matches(0, pinyin).count == 2)
        _ = f.handle(.text("r"), strings: strings, pinyin: pinyin)
        #expect(f.matches(0, pinyin).map(\.person.name) == ["张润生"])
        #expect(f.handle(.key(.enter), strings: strings, pinyin: pinyin) == .submitted)
        #expect(f.person(.host) == zhang.person)
    }

    @Test func aNameNobodyMatchesIsKeptAsTyped() {
        var f = form([.person(.host, "Who", nil, required: true)], candidates: [])
        _ = f.handle(.text("Visitor Li"), strings: strings, pinyin: [:])
        #expect(f.handle(.key(.enter), strings: strings, pinyin: [:]) == .submitted)
        #expect(f.person(.host) == PersonRef(name: "Visitor Li"))
    }

    /// 杨帆's full pinyin "yangfan" contains "gf"; 高峰's initials are "gf": 高峰 is offered first,
    /// highlighted, and it is the one Tab, Enter and Ctrl-S take.
    @Test(arguments: [Key.tab, .enter, .control("s")])
    func theHighlightedMatchIsTheOneTaken(_ key: Key) {
        let names = ["杨帆", "高峰"]
        let pinyin = Dictionary(uniqueKeysWithValues: zip(names, PinyinKey.keys(for: names)))
        let candidates = [PersonCandidate(person: PersonRef(name: "杨帆", memberID: "m1")), PersonCandidate(person: PersonRef(name: "高峰", memberID: "m2"))]
        var f = form([.person(.host, "Host", nil, required: true), FormField(.place, "Place", .text(required: false))], candidates: candidates)
        _ = f.handle(.text("g"), strings: strings, pinyin: pinyin)
        _ = f.handle(.text("f"), strings: strings, pinyin: pinyin)
        #expect(f.matches(0, pinyin).map(\.person.name) == ["高峰", "杨帆"])
        _ = f.handle(.key(key), strings: strings, pinyin: pinyin)
        #expect(f.person(.host) == PersonRef(name: "高峰", memberID: "m2"))
    }

    @Test func aNameOnNobodysListIsSavedOnlyAfterTheFormSaysSo() {
        let candidates = [PersonCandidate(person: PersonRef(name: "高峰", memberID: "m2"))]
        var f = form([.person(.host, "Host", nil, required: true)], candidates: candidates)
        _ = f.handle(.text("侯军"), strings: strings, pinyin: [:])
        #expect(f.handle(.key(.control("s")), strings: strings, pinyin: [:]) == .editing)
        #expect(f.error?.contains("侯军 is not on the roster or the guest list") == true)
        #expect(f.handle(.key(.control("s")), strings: strings, pinyin: [:]) == .submitted, "the second Ctrl-S keeps it")
        #expect(f.person(.host) == PersonRef(name: "侯军"))
    }

    @Test func theHighlightIsDrawnOnTheMatchThatWillBeTaken() throws {
        let shell = try TestShell()
        shell.press(.enter)
        shell.type("3a")
        shell.type("zm")
        let row = try #require(shell.frame.grid.lines.firstIndex { $0.contains("赵明") && !$0.contains("recorder") })
        let line = shell.frame.grid.lines[row]
        let x = displayWidth(line[..<(try #require(line.range(of: "赵明"))).lowerBound])
        #expect(shell.frame.grid[x, row].style.reverse, "the first match, the one taken, is in reverse video")
    }

    @Test func choicesCycleAndDigitsPick() {
        var f = form([.choice(.status, "C", ["a", "b", "c"], selected: 0), .multiChoice(.types, "M", ["x", "y", "z"], chosen: [])])
        _ = f.handle(.key(.right), strings: strings, pinyin: [:])
        #expect(f.choice(.status) == 1)
        _ = f.handle(.text("3"), strings: strings, pinyin: [:])
        #expect(f.choice(.status) == 2)
        _ = f.handle(.key(.tab), strings: strings, pinyin: [:])
        _ = f.handle(.key(.control("s")), strings: strings, pinyin: [:])
        #expect(f.error == "M: choose at least one")
        _ = f.handle(.text("2"), strings: strings, pinyin: [:])
        _ = f.handle(.key(.down), strings: strings, pinyin: [:])
        _ = f.handle(.text(" "), strings: strings, pinyin: [:])
        #expect(f.chosen(.types) == [1, 2])
    }
}

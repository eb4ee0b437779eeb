import Foundation
import Testing
@testable import PartyDayKit
@testable import PartyDayUI

/// The declarations are the one source of keys: they must be unambiguous, translated,
/// and what the hint bar and the `?` box show.
@Suite struct KeyBindingTests {
    @Test func noKeyIsBoundTwiceWhereItCouldBeAmbiguous() {
        // Within a scope, a key names one binding unless their `when` conditions differ.
        for scope in KeyScope.allCases {
            var seen: [KeyStroke: Int] = [:]
            for binding in scope.bindings where binding.when == nil {
                for key in binding.keys { seen[key, default: 0] += 1 }
            }
            #expect(seen.filter { $0.value > 1 }.isEmpty, "\(scope): \(seen.filter { $0.value > 1 })")
        }
    }

    @Test func everyBindingSpeaksBothLanguages() {
        for scope in KeyScope.allCases {
            #expect(!scope.title.en.isEmpty && !scope.title.zh.isEmpty)
            for binding in scope.bindings {
                #expect(!binding.help.en.isEmpty && !binding.help.zh.isEmpty && !binding.label.en.isEmpty && !binding.label.zh.isEmpty)
                #expect(binding.help.en != binding.help.zh || binding.help.en.allSatisfy { !$0.isLetter }, "\(binding.help.en) is not translated")
                #expect(!binding.keys.isEmpty)
            }
        }
    }

    /// Every screen, pane and mode, in both languages, at 80 columns: the hint bar is
    /// whole words only, fits, and ends with "? more" where ? opens the list.
    @Test(arguments: [Language.english, .chinese])
    func hintBarsFitEightyColumnsAndEndWithMore(_ language: Language) throws {
        let shell = try TestShell(language: language)
        var checked = 0
        func check(_ place: String, more: Bool = true) {
            let bar = shell.lines[23]
            #expect(displayWidth(bar) <= 80, "\(place): \(bar)")
            let trimmed = bar.trimmingCharacters(in: .whitespaces)
            let moreText = language == .chinese ? "? 更多" : "? more"
            #expect(trimmed.hasSuffix(moreText) == more, "\(place): \(bar)")
            // Each shown item is one binding's keys and label, never a cut one.
            let labels = shell.state.activeBindings.compactMap { $0.hint != nil ? $0.shortKeyName(language) + " " + $0.label.text(language) : nil }
            let items = trimmed.components(separatedBy: "  ").filter { $0 != moreText }
            #expect(!items.isEmpty, "\(place): \(bar)")
            for item in items { #expect(labels.contains(item), "\(place): '\(item)' is not a whole hint") }
            // No key is offered twice ("Esc Backspace back  Esc back").
            let offered = shell.state.activeBindings.filter { $0.hint != nil && items.contains($0.shortKeyName(language) + " " + $0.label.text(language)) }
            let keys = offered.flatMap(\.keys)
            #expect(Set(keys).count == keys.count, "\(place): a key offered twice: \(bar)")
            checked += 1
        }
        check("home")
        for digit in ["2", "3", "4", "5", "6"] {
            shell.type(digit)
            check("screen \(digit)")
        }
        shell.type("4")
        shell.press(.enter)
        check("a member's timeline")
        shell.press(.escape)
        shell.type("2/")
        check("meetings search", more: false)
        shell.press(.escape)
        shell.press(.enter)
        for pane in 1...7 {
            shell.type("\(pane)")
            check("pane \(pane)")
        }
        shell.type("1/")
        check("find", more: false)
        shell.press(.escape)
        shell.type("i")
        check("form", more: false)
        #expect(checked == 17)
    }

    @Test func theAttendanceHintKeepsItsMostUsefulKeysAtEightyColumns() throws {
        let shell = try TestShell()
        shell.type("2")
        shell.press(.enter)
        let bar = shell.lines[23]
        for item in ["P all present", "p present", "v leave", "x absent", "w no reason", "/ find"] {
            #expect(bar.contains(item), "\(item) in \(bar)")
        }
        shell.resize(100, 30)
        #expect(shell.lines[29].contains("g guest"), "wider terminals show more")
    }

    @Test func theHelpBoxScrollsWhenItDoesNotFitAndSaysSo() throws {
        let shell = try TestShell()
        shell.type("2")
        shell.press(.enter)
        shell.type("?")
        #expect(shell.screen.contains("rows 1–"), "the title says the box scrolls")
        #expect(shell.screen.contains("everyone still unmarked is present"))
        #expect(!shell.screen.contains("undo the last change"), "the global keys are further down")
        shell.press(.end)
        #expect(shell.screen.contains("undo the last change"), "End shows the last rows")
        shell.press(.pageUp, .pageUp, .pageUp, .pageUp, .pageUp)
        #expect(shell.screen.contains("rows 1–"))
        shell.press(.escape)
        #expect(shell.state.modal == nil)
    }

    @Test func theHelpBoxListsWhatTheScreenDispatches() throws {
        let shell = try TestShell(size: Size(columns: 120, rows: 60))
        shell.type("c?")
        let language = Language.english
        for binding in KeyScope.pledgesKeys where binding.applies(to: shell.state) {
            #expect(shell.screen.contains(binding.keyName(language)))
        }
        #expect(!shell.screen.contains("back to the meeting"), "Esc q back to the meeting only when reviewing at a meeting")
    }

    /// A key that belongs on the screen but cannot act now says why when pressed, and `?`
    /// says it next to the key; the hint bar does not offer it.
    @Test(arguments: [Language.english, .chinese])
    func aDisabledKeySaysWhyWhenPressedAndInHelp(_ language: Language) throws {
        let shell = try TestShell(demo: false, branch: BranchProfile(name: "测试支部", timeZoneIdentifier: "Asia/Shanghai"), members: [], language: language)
        shell.type("2")
        let why = language == .chinese ? "未选中会议" : "no meeting selected"
        #expect(!shell.lines[23].contains(language == .chinese ? "Enter 打开" : "Enter open"), "not offered: \(shell.lines[23])")
        shell.press(.enter)
        #expect(shell.screen.contains(why), "said when pressed: \(shell.screen)")
        shell.type("?")
        let help = shell.state.helpLayout().rows.map(\.text).joined(separator: language == .chinese ? "" : " ")
        #expect(help.contains(language == .chinese ? "暂不可用：\(why)" : "not now: \(why)"), "\(help)")
        #expect(shell.screen.contains(language == .chinese ? "暂不可用" : "not now"), "on the screen too: \(shell.screen)")
        shell.press(.escape)
        shell.type("7")
        shell.type("n")
        #expect(shell.state.modal == nil)
        #expect(shell.screen.contains(language == .chinese ? "未选中党员" : "no member selected"), "\(shell.screen)")
        // The roster empty: edit, transfer, correct and delete say so; the pledges, none: review says so.
        shell.type("3")
        for key in ["t", "h", "d"] {
            shell.type(key)
            #expect(shell.state.modal == nil, "\(key)")
            #expect(shell.screen.contains(language == .chinese ? "名册为空" : "the roster is empty"), "\(key): \(shell.screen)")
        }
        shell.type("5")
        shell.type("x")
        #expect(shell.state.modal == nil)
        #expect(shell.screen.contains(language == .chinese ? "未选中承诺" : "no pledge selected"), "\(shell.screen)")
    }

    /// A meeting's attendance pane and the Participation screen say why too: nobody expected
    /// (a branch with an empty roster), a guest's row under a status key, no member in the table.
    @Test func theMeetingPanesAndParticipationSayWhy() throws {
        let shell = try TestShell(demo: false, branch: BranchProfile(name: "测试支部", timeZoneIdentifier: "Asia/Shanghai"), members: [], language: .chinese)
        shell.type("4")
        shell.press(.enter)
        #expect(shell.screen.contains("所示期间没有党员"), "\(shell.screen)")
        shell.type("2n")
        shell.press(.function(2))
        #expect(shell.state.screen == .workspace)
        shell.type("p")
        #expect(shell.screen.contains("本次会议没有应到党员"), "\(shell.screen)")
        shell.type("g")
        shell.type("侯军")
        shell.press(.function(2))
        shell.type("x")
        #expect(shell.screen.contains("所选为来宾或列席人员"), "\(shell.screen)")
        shell.type("d")
        #expect(shell.meeting?.guests.isEmpty == true, "d removes the guest")
    }

    @Test func helpSaysWhyAWritingKeyIsRefusedInAReadOnlyWindow() throws {
        let shell = try TestShell(readOnly: "locked by another partyday")
        shell.type("2?")
        let help = shell.state.helpLayout().rows.map(\.text).joined(separator: " ")
        #expect(help.contains("new meeting — not now: "), "\(help)")
    }

    @Test func readOnlyRefusesEveryWritingKeyWithAMessage() throws {
        let shell = try TestShell(readOnly: "locked by another partyday")
        shell.type("2")
        shell.press(.enter)
        let before = shell.meeting
        shell.type("P")
        #expect(shell.meeting == before)
        #expect(shell.screen.contains("read-only") || shell.screen.contains("READ-ONLY"))
    }

    @Test func ctrlCQuitsFromAFormAQuestionAndTheHelpBox() throws {
        for open in ["n", "?", "2d"] {
            let shell = try TestShell()
            shell.type(open)
            #expect(shell.state.modal != nil, "\(open) opens a box")
            shell.press(.control("c"))
            #expect(shell.quit, "Ctrl-C quits from the box \(open) opens")
        }
    }

    @Test func noKeyActsWhileTheScreenIsTooSmall() throws {
        let shell = try TestShell()
        shell.type("2")
        shell.resize(30, 10)
        shell.send(.key(.escape), .text("d"), .text("y"), .text("n"))
        #expect(shell.state.modal == nil)
        #expect(shell.state.screen == .meetings)
        #expect(!shell.allEffects.contains { if case .deleteMeeting = $0 { true } else { false } })
    }

    @Test func aRuleSentenceWrapsInsteadOfBeingCut() throws {
        let shell = try TestShell()
        shell.type("2")
        shell.press(.enter)
        shell.type("5")
        let text = shell.lines.joined(separator: " ").split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        #expect(text.contains("A decision passes with more than 12 yes votes."), "\(shell.screen)")
        #expect(shell.screen.contains("7 Notes"), "every pane's tab shows at 80 columns")
    }
}

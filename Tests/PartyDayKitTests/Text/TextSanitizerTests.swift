import Foundation
import Testing
@testable import PartyDayKit

@Suite struct TextSanitizerTests {
    @Test func singleLineFieldsLoseEveryControlCharacter() {
        #expect(TextSanitizer.singleLine("主题\u{0}党日\u{7}\u{1B}[31m") == "主题党日[31m")
        #expect(TextSanitizer.singleLine("一\n二\r\n三\t四") == "一 二 三 四")
        #expect(TextSanitizer.singleLine("a\u{7F}b\u{9B}c\u{FFFE}d\u{FFFF}e") == "abcde")
        #expect(TextSanitizer.singleLine("a\u{85}b") == "a b", "NEL is a line break")
    }

    @Test func multiLineFieldsKeepNewlinesOnly() {
        #expect(TextSanitizer.multiLine("第一行\r\n第二行\r第三行\n\u{8}第四行") == "第一行\n第二行\n第三行\n第四行")
        #expect(TextSanitizer.multiLine("甲\u{2028}乙") == "甲\n乙")
    }

    @Test func cleanTextIsReturnedUnchanged() {
        let text = "决战四季度，坚决打赢扭亏攻坚战 👍🏽 é"
        #expect(TextSanitizer.singleLine(text) == text)
        #expect(TextSanitizer.isClean(text, multiLine: false))
        #expect(!TextSanitizer.isClean("a\u{1}", multiLine: true))
    }

    @Test func datesKeepWholeSeconds() {
        let date = Date(timeIntervalSince1970: 1_780_000_000.75)
        #expect(TextSanitizer.wholeSeconds(date).timeIntervalSince1970 == 1_780_000_000)
    }
}

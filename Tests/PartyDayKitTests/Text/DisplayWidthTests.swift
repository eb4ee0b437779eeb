import Testing
@testable import PartyDayKit

@Suite struct DisplayWidthTests {
    @Test func measuresColumns() {
        #expect(displayWidth("abc") == 3)
        #expect(displayWidth("张润生") == 6)
        #expect(displayWidth("Aliya 张") == 8)
        #expect(displayWidth("，。") == 4, "fullwidth punctuation")
        #expect(displayWidth("e\u{301}") == 1, "a combining accent adds nothing")
        #expect(displayWidth("👍🏽") == 2)
        #expect(displayWidth("한국") == 4)
    }

    @Test func truncationNeverSplitsAWideCharacter() {
        #expect(truncate("コンピ", toWidth: 5, ellipsis: "") == "コン")
        #expect(pad(truncate("コンピ", toWidth: 5, ellipsis: ""), toWidth: 5) == "コン ", "the half cell is padded")
        #expect(pad("コンピ", toWidth: 5) == "コン…")
        #expect(displayWidth(pad("决战四季度坚决打赢", toWidth: 9)) == 9)
        #expect(truncate("决战四季度", toWidth: 6) == "决战…")
        #expect(truncate("short", toWidth: 10) == "short")
        #expect(truncate("张", toWidth: 1, ellipsis: "") == "")
    }

    @Test func paddingFillsToTheWidth() {
        #expect(pad("张三", toWidth: 6) == "张三  ")
        #expect(pad("abcdef", toWidth: 4) == "abc…")
    }
}

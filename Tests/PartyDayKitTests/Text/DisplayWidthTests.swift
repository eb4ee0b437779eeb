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

    @Test func theFastPathAgreesWithGraphemeByGraphemeMeasure() {
        // Every scalar the fast path answers for, alone and after a Latin letter and an
        // ideograph, measures the same as the per-character rule.
        var values = Array(UInt32(0x20)..<0x7F) + Array(UInt32(0x3000)...0x3029) + Array(UInt32(0xFF01)...0xFF60)
        values += stride(from: UInt32(0x4E00), through: 0x9FFF, by: 97).map { $0 }
        for value in values {
            let text = "a" + String(Unicode.Scalar(value)!) + "中"
            #expect(displayWidth(text) == text.reduce(0) { $0 + displayWidth($1) }, "U+\(String(value, radix: 16))")
        }
        // Outside it, the grapheme rule decides: combining marks, emoji sequences, tone marks.
        for text in ["e\u{301}", "👍🏽", "〪中", "🇨🇳", "한국어", "Ａｌｉｙａ"] {
            #expect(displayWidth(text) == text.reduce(0) { $0 + displayWidth($1) }, "\(text)")
        }
    }
}

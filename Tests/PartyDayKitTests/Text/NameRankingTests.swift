import Testing
@testable import PartyDayKit

/// Person fields and finding in attendance rank their matches, so the name a secretary
/// means comes first.
@Suite struct NameRankingTests {
    let names = ["杨帆", "高峰", "曾国强", "单丽", "尉迟敬", "区志明", "Lin Qing"]

    func ranked(_ query: String) -> [String] {
        let keys = Dictionary(uniqueKeysWithValues: zip(names, PinyinKey.keys(for: names)))
        let prepared = NameMatcher.Query(query)
        return names.enumerated().compactMap { offset, name in prepared.rank(name: name, key: keys[name]).map { ($0, offset, name) } }
            .sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2)
    }

    @Test func exactInitialsComeBeforeAPinyinThatMerelyContainsThem() {
        // "yangfan" contains "gf"; 高峰's initials are exactly "gf".
        #expect(ranked("gf") == ["高峰", "杨帆"])
        #expect(ranked("gaof").first == "高峰")
    }

    @Test func theExactNameComesFirst() {
        #expect(ranked("杨帆") == ["杨帆"])
        #expect(ranked("linqing") == ["Lin Qing"])
        #expect(ranked("Lin Qing") == ["Lin Qing"])
    }

    @Test func surnamesWithTheirOwnReadingMatchBothReadings() {
        #expect(ranked("zgq") == ["曾国强"])
        #expect(ranked("cgq") == ["曾国强"])
        #expect(ranked("shanli") == ["单丽"])
        #expect(ranked("danli") == ["单丽"])
        #expect(ranked("yuchi").first == "尉迟敬")
        #expect(ranked("ozm") == ["区志明"])
        #expect(ranked("ouzhiming") == ["区志明"])
        #expect(ranked("quzhiming") == ["区志明"])
    }

    @Test func fullwidthLettersFromAnInputMethodCountAsLatin() {
        #expect(ranked("ｇｆ") == ["高峰", "杨帆"])
    }

    @Test func nothingMatchesNothing() {
        #expect(ranked("xyz").isEmpty)
        #expect(NameMatcher.Query("").rank(name: "高峰", key: nil) == 0)
    }
}

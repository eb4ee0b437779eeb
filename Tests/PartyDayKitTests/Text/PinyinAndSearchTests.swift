import Foundation
import Testing
@testable import PartyDayKit

@Suite struct PinyinAndSearchTests {
    @Test func namesAreFoundByInitialsFullPinyinOrCharacters() {
        let keys = PinyinKey.keys(for: ["张润生", "欧阳明月", "Aliya Tursun"])
        #expect(keys[0] == PinyinKey(full: "zhangrunsheng", initials: "zrs"))
        #expect(keys[1].initials == "oymy")
        #expect(NameMatcher.matches("zrs", name: "张润生", key: keys[0]))
        #expect(NameMatcher.matches("zhangrun", name: "张润生", key: keys[0]))
        #expect(NameMatcher.matches("润生", name: "张润生", key: keys[0]))
        #expect(NameMatcher.matches("ALIYA", name: "Aliya Tursun", key: keys[2]))
        #expect(NameMatcher.matches("aliyatur", name: "Aliya Tursun", key: keys[2]))
        #expect(!NameMatcher.matches("zm", name: "张润生", key: keys[0]))
        #expect(!NameMatcher.matches("李", name: "张润生", key: keys[0]))
    }

    @Test func searchIgnoresLatinCaseOnly() {
        #expect(TextSearch.contains("Theme PARTY day", "party"))
        #expect(TextSearch.contains("决战四季度", "四季"))
        #expect(!TextSearch.contains("决战四季度", "四月"))
        #expect(TextSearch.contains("abc", ""))
        #expect(!TextSearch.contains("ab", "abc"))
    }
}


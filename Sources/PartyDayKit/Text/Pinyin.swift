import Foundation

/// How a name is found by typing Latin letters: `zrs` or `zhangrun` finds 张润生.
public struct PinyinKey: Equatable, Hashable, Sendable {
    /// Syllables run together, lower case, no tone marks: "zhangrunsheng".
    public var full: String
    /// First letter of each syllable or word: "zrs".
    public var initials: String
    /// Other readings of the same name: a surname read differently as a surname (曾 is
    /// zeng or ceng, 单 shan or dan …); the name matches under any of them.
    public var alternates: [PinyinKey] = []

    public init(full: String, initials: String, alternates: [PinyinKey] = []) {
        self.full = full
        self.initials = initials
        self.alternates = alternates
    }

    /// Surnames whose reading as a surname differs from the common one ICU gives, with
    /// the readings to match: the surname's own first, then the common one.
    static let surnameReadings: [(surname: String, readings: [[String]])] = [
        ("尉迟", [["yu", "chi"], ["wei", "chi"]]), ("曾", [["zeng"], ["ceng"]]), ("单", [["shan"], ["dan"]]),
        ("解", [["xie"], ["jie"]]), ("仇", [["qiu"], ["chou"]]), ("查", [["zha"], ["cha"]]),
        ("区", [["ou"], ["qu"]]), ("朴", [["piao"], ["pu"]]),
    ]

    /// Keys for many names in one transform: ICU's first call costs ~150 ms, later ones
    /// a few, so the shell computes these once, after the first frame.
    public static func keys(for names: [String]) -> [PinyinKey] {
        guard !names.isEmpty else { return [] }
        let joined = names.joined(separator: "\n")
        let latin = joined.applyingTransform(.mandarinToLatin, reverse: false)?
            .applyingTransform(.stripDiacritics, reverse: false) ?? joined
        let lines = latin.components(separatedBy: "\n")
        guard lines.count == names.count else { return names.map(plain) }
        return zip(names, lines).map { name, line in withSurnameReadings(name, key(line)) }
    }

    /// Adds the other readings of a surname that has them.
    static func withSurnameReadings(_ name: String, _ key: PinyinKey) -> PinyinKey {
        guard let (surname, readings) = surnameReadings.first(where: { name.hasPrefix($0.surname) }) else { return key }
        let words = key.full.isEmpty ? [] : syllables(of: key, name: name)
        guard words.count >= surname.count else { return key }
        let rest = Array(words.dropFirst(surname.count))
        var result = key
        for reading in readings {
            let alternate = PinyinKey(full: (reading + rest).joined(), initials: String((reading + rest).compactMap(\.first)))
            if alternate.full != key.full { result.alternates.append(alternate) }
        }
        return result
    }

    /// The syllables of a Chinese name's key, one per character (the transform gives one word each).
    private static func syllables(of key: PinyinKey, name: String) -> [String] {
        let latin = name.applyingTransform(.mandarinToLatin, reverse: false)?.applyingTransform(.stripDiacritics, reverse: false) ?? ""
        return latin.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }

    /// A key without any transform (Latin names, or when ICU is missing).
    public static func plain(_ name: String) -> PinyinKey { key(name) }

    private static func key(_ latin: String) -> PinyinKey {
        let words = latin.lowercased().split { !$0.isLetter && !$0.isNumber }
        return PinyinKey(full: words.joined(), initials: String(words.compactMap(\.first)))
    }
}

/// Finds people by part of the name, in any script, or by pinyin.
public enum NameMatcher {
    public static func matches(_ query: String, name: String, key: PinyinKey?) -> Bool {
        Query(query).matches(name: name, key: key)
    }

    /// A query prepared once for matching against many names (a roster, a person field's candidates).
    public struct Query: Sendable {
        let needle: String
        /// The needle in lower case when it is ASCII (pinyin is only matched then).
        let lowerASCII: String?

        public init(_ query: String) {
            // Fullwidth letters and digits from an input method count as ASCII.
            let halfwidth = String(String.UnicodeScalarView(query.unicodeScalars.map { scalar in
                (0xFF01...0xFF5E).contains(scalar.value) ? Unicode.Scalar(scalar.value - 0xFEE0)! : scalar
            }))
            needle = halfwidth.utf8.contains(32) ? halfwidth.filter { $0 != " " } : halfwidth
            lowerASCII = needle.utf8.allSatisfy { $0 < 128 } ? needle.lowercased() : nil
        }

        public var isEmpty: Bool { needle.isEmpty }

        public func matches(name: String, key: PinyinKey?) -> Bool { rank(name: name, key: key) != nil }

        /// How well the name matches, best first: 0 the exact name, 1 exactly the pinyin
        /// initials, 2 the start of the initials, 3 the start of the full pinyin, 4 a part of
        /// the name, 5 a part of the full pinyin; nil when it does not match. `gf` finds
        /// 高峰 (initials) before 杨帆 (whose full pinyin "yangfan" merely contains it).
        public func rank(name: String, key: PinyinKey?) -> Int? {
            guard !needle.isEmpty else { return 0 }
            let spaceless = name.utf8.contains(32) ? name.filter { $0 != " " } : name
            if name == needle || spaceless == needle || (lowerASCII != nil && spaceless.lowercased() == lowerASCII) { return 0 }
            var best: Int?
            func consider(_ value: Int) { best = min(best ?? value, value) }
            if let key, let lower = lowerASCII {
                for reading in [key] + key.alternates {
                    if reading.initials == lower { consider(1) }
                    if reading.initials.hasPrefix(lower) { consider(2) }
                    if reading.full.hasPrefix(lower) { consider(3) }
                    if TextSearch.contains(reading.full, lower) { consider(5) }
                }
            }
            if TextSearch.contains(name, needle) || TextSearch.contains(spaceless, needle) { consider(4) }
            return best
        }
    }
}

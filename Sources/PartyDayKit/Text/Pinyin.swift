import Foundation

/// How a name is found by typing Latin letters: `zrs` or `zhangrun` finds 张润生.
public struct PinyinKey: Equatable, Hashable, Sendable {
    /// Syllables run together, lower case, no tone marks: "zhangrunsheng".
    public var full: String
    /// First letter of each syllable or word: "zrs".
    public var initials: String

    public init(full: String, initials: String) {
        self.full = full
        self.initials = initials
    }

    /// Keys for many names in one transform: ICU's first call costs ~150 ms, later ones
    /// a few, so the shell computes these once, after the first frame.
    public static func keys(for names: [String]) -> [PinyinKey] {
        guard !names.isEmpty else { return [] }
        let joined = names.joined(separator: "\n")
        let latin = joined.applyingTransform(.mandarinToLatin, reverse: false)?
            .applyingTransform(.stripDiacritics, reverse: false) ?? joined
        let lines = latin.components(separatedBy: "\n")
        guard lines.count == names.count else { return names.map(plain) }
        return lines.map(key)
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
            needle = query.utf8.contains(32) ? query.filter { $0 != " " } : query
            lowerASCII = needle.utf8.allSatisfy { $0 < 128 } ? needle.lowercased() : nil
        }

        public var isEmpty: Bool { needle.isEmpty }

        public func matches(name: String, key: PinyinKey?) -> Bool {
            guard !needle.isEmpty else { return true }
            if TextSearch.contains(name, needle) || (name.utf8.contains(32) && TextSearch.contains(name.filter { $0 != " " }, needle)) {
                return true
            }
            guard let key, let lower = lowerASCII else { return false }
            return key.initials.hasPrefix(lower) || TextSearch.contains(key.full, lower)
        }
    }
}

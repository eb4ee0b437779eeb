import Foundation

/// Cheap looks at a property list's bytes before (or beside) decoding it.
enum PropertyListShape {
    /// No partyday record nests deeper than about 8; 64 leaves room for any hand edit.
    static let maximumDepth = 64

    /// Why the bytes must not be given to the decoder, or nil. Foundation's parser recurses
    /// once per level, so 10,000 nested arrays overflow its stack: counted here first, in
    /// one pass, without recursion. Binary property lists are refused: partyday writes XML,
    /// and their nesting cannot be seen without parsing them.
    static func refusal(_ data: Data) -> Wording? {
        if data.starts(with: Array("bplist".utf8)) {
            return Wording("a binary property list; partyday reads XML property lists (convert it with: plutil -convert xml1 FILE)", "二进制属性列表；partyday 只读取 XML 属性列表（可用 plutil -convert xml1 FILE 转换）")
        }
        // Foundation's XML reader traps on some invalid UTF-8 (inside an <integer>, found by
        // fuzz-records): our files are UTF-8, so anything else is refused before it reads.
        guard isValidUTF8(data) else {
            return Wording("not valid UTF-8 text (a partyday file is UTF-8 XML)", "不是有效的 UTF-8 文本（partyday 文件为 UTF-8 编码的 XML）")
        }
        var depth = 0
        var deepest = 0
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            let count = bytes.count
            var index = 0
            while index < count {
                defer { index += 1 }
                guard bytes[index] == UInt8(ascii: "<"), index + 1 < count else { continue }
                let closing = bytes[index + 1] == UInt8(ascii: "/")
                let nameStart = closing ? index + 2 : index + 1
                guard let tag = containerTag(bytes, at: nameStart) else { continue }
                // `<array/>` opens and closes at once.
                var end = nameStart + tag
                while end < count, bytes[end] != UInt8(ascii: ">") { end += 1 }
                let selfClosing = end > 0 && end < count && bytes[end - 1] == UInt8(ascii: "/")
                if closing {
                    depth -= 1
                } else if !selfClosing {
                    depth += 1
                    deepest = max(deepest, depth)
                }
                index = end
            }
        }
        return deepest > maximumDepth ? Wording("nested more than \(maximumDepth) levels deep (\(deepest)); not a partyday record", "嵌套超过 \(maximumDepth) 层（\(deepest) 层），不是 partyday 记录") : nil
    }

    /// False when the bytes cannot hold text that loading would clean: no control byte but
    /// line feeds and tabs (indentation), no character reference (`&#…;`), and nothing beyond ASCII but
    /// CJK ideographs, CJK and fullwidth punctuation and a few common marks (“”‘’—–…·).
    /// Such a file is taken as written; anything else goes through `sanitized()` (which
    /// costs about a third of decoding, so nearly every file skips it).
    static func mayNeedCleaning(_ data: Data) -> Bool {
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> Bool in
            let count = bytes.count
            var index = 0
            while index < count {
                let byte = bytes[index]
                if byte < 0x80 {
                    if byte < 0x20 && byte != 0x0A && byte != 0x09 { return true }
                    if byte == UInt8(ascii: "&"), index + 1 < count, bytes[index + 1] == UInt8(ascii: "#") { return true }
                    index += 1
                    continue
                }
                guard index + 2 < count else { return true }
                let second = bytes[index + 1], third = bytes[index + 2]
                switch byte {
                case 0xE3...0xE9:
                    // U+3000–U+9FFF: CJK punctuation, kana, ideographs.
                    index += 3
                case 0xEF where second == 0xBC || second == 0xBD:
                    // U+FF00–U+FF7F: fullwidth forms.
                    index += 3
                case 0xE2 where second == 0x80 && [0x93, 0x94, 0x98, 0x99, 0x9C, 0x9D, 0xA6].contains(third):
                    index += 3
                case 0xC2 where second == 0xB7:
                    index += 2
                default:
                    return true
                }
            }
            return false
        }
    }

    /// Validates without building a String (the bytes are not copied). Runs of ASCII are
    /// passed over eight bytes at a time: every file is checked before it is decoded.
    static func isValidUTF8(_ data: Data) -> Bool {
        data.withUnsafeBytes { bytes in
            let count = bytes.count
            var index = 0
            while index < count {
                if index + 8 <= count, bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    index += 8
                    continue
                }
                let lead = bytes[index]
                if lead < 0x80 {
                    index += 1
                    continue
                }
                let following: Int
                var scalar: UInt32
                let smallest: UInt32
                switch lead {
                case 0xC0...0xDF: (following, scalar, smallest) = (1, UInt32(lead & 0x1F), 0x80)
                case 0xE0...0xEF: (following, scalar, smallest) = (2, UInt32(lead & 0x0F), 0x800)
                case 0xF0...0xF7: (following, scalar, smallest) = (3, UInt32(lead & 0x07), 0x10000)
                default: return false
                }
                guard index + following < count else { return false }
                for offset in 1...following {
                    let byte = bytes[index + offset]
                    guard byte & 0xC0 == 0x80 else { return false }
                    scalar = scalar << 6 | UInt32(byte & 0x3F)
                }
                // No overlong forms, no surrogates, nothing past U+10FFFF.
                guard scalar >= smallest, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar) else { return false }
                index += following + 1
            }
            return true
        }
    }

    private static let containerNames: [[UInt8]] = [Array("array".utf8), Array("dict".utf8)]

    /// The length of `array` or `dict` at `start` when followed by `>`, `/` or a space.
    private static func containerTag(_ bytes: UnsafeRawBufferPointer, at start: Int) -> Int? {
        // Most tags are neither: one byte tells (`a` or `d`), before anything is compared.
        guard start < bytes.count, bytes[start] == UInt8(ascii: "a") || bytes[start] == UInt8(ascii: "d") else { return nil }
        for utf8 in containerNames {
            guard start + utf8.count < bytes.count else { continue }
            var matches = true
            for (offset, byte) in utf8.enumerated() where bytes[start + offset] != byte { matches = false; break }
            guard matches else { continue }
            let next = bytes[start + utf8.count]
            if next == UInt8(ascii: ">") || next == UInt8(ascii: "/") || next == UInt8(ascii: " ") || next == 0x09 || next == 0x0A || next == 0x0D {
                return utf8.count
            }
        }
        return nil
    }

    /// Keys present in `data` that `known` (the same file decoded and encoded again by this
    /// build) does not have: fields a newer partyday wrote, which a save would drop.
    /// Paths are dotted, array positions folded to `[]`.
    static func unknownKeys(in data: Data, comparedWith known: Data) -> [String] {
        guard let original = try? PropertyListSerialization.propertyList(from: data, format: nil),
              let reencoded = try? PropertyListSerialization.propertyList(from: known, format: nil) else { return [] }
        var have = Set<String>()
        collect(reencoded, "", into: &have)
        var found = Set<String>()
        collect(original, "", into: &found)
        return found.subtracting(have).filter { path in
            // Report the outermost unknown key only.
            !found.contains { $0 != path && path.hasPrefix($0 + ".") && !have.contains($0) }
        }.sorted()
    }

    private static func collect(_ value: Any, _ prefix: String, into paths: inout Set<String>) {
        if let dictionary = value as? [String: Any] {
            for (key, child) in dictionary {
                let path = prefix.isEmpty ? key : "\(prefix).\(key)"
                paths.insert(path)
                collect(child, path, into: &paths)
            }
        } else if let array = value as? [Any] {
            for child in array { collect(child, prefix + "[]", into: &paths) }
        }
    }
}

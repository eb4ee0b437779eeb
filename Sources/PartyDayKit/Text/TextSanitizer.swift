import Foundation

/// Removes what would make a property-list file unreadable to other tools: control
/// characters (C0, DEL, C1) and the XML non-characters U+FFFE and U+FFFF.
public enum TextSanitizer {
    /// For one-line fields: line breaks and tabs become a space, other controls go.
    public static func singleLine(_ text: String) -> String {
        clean(text, keepNewlines: false)
    }

    /// For multi-line fields: every line break becomes `\n`, tabs a space, other controls go.
    public static func multiLine(_ text: String) -> String {
        clean(text, keepNewlines: true)
    }

    /// For a person's name: one line, NFC, no invisible characters (zero-width spaces and
    /// joiners, soft hyphens, byte-order marks), trimmed. `张\u{200B}建军` is 张建军: two names
    /// that look the same are the same name.
    public static func name(_ text: String) -> String {
        // Nearly every name is ASCII or CJK ideographs with no space at either end: such a
        // name is clean and in NFC already (normalising costs, and runs on every load).
        if text.unicodeScalars.allSatisfy(isPlainNameScalar), text.first != " ", text.last != " " { return text }
        var cleaned = clean(text, keepNewlines: false)
        if cleaned.unicodeScalars.contains(where: isInvisibleInName) {
            cleaned = String(String.UnicodeScalarView(cleaned.unicodeScalars.filter { !isInvisibleInName($0) }))
        }
        return cleaned.precomposedStringWithCanonicalMapping.trimmingCharacters(in: .whitespaces)
    }

    /// Printable ASCII and CJK unified ideographs: never changed by NFC, never invisible.
    private static func isPlainNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (0x20...0x7E).contains(value) || (0x4E00...0x9FFF).contains(value)
    }

    private static func isInvisibleInName(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00AD, 0x034F, 0x180E, 0x200B...0x200D, 0x2060...0x2064, 0xFEFF: true
        default: false
        }
    }

    /// For output on its way to a terminal: line ends and tabs stay as they are (CSV keeps
    /// its CRLF), every other control character goes, so no sequence reaches the terminal.
    public static func forTerminal(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { isControl($0) && !"\r\n\t".unicodeScalars.contains($0) }) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.filter { !isControl($0) || "\r\n\t".unicodeScalars.contains($0) }))
    }

    public static func isClean(_ text: String, multiLine: Bool) -> Bool {
        clean(text, keepNewlines: multiLine) == text
    }

    private static func clean(_ text: String, keepNewlines: Bool) -> String {
        guard text.unicodeScalars.contains(where: needsWork) else { return text }
        var out = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\r":
                out.append(keepNewlines ? "\n" : " ")
            case "\n":
                if previousWasCR { continue }
                out.append(keepNewlines ? "\n" : " ")
            case "\t", "\u{2028}", "\u{2029}", "\u{85}":
                out.append(scalar == "\t" || !keepNewlines ? " " : "\n")
            default:
                if !isControl(scalar) { out.append(scalar) }
            }
        }
        return String(out)
    }

    private static func needsWork(_ scalar: Unicode.Scalar) -> Bool {
        isControl(scalar) || scalar == "\u{2028}" || scalar == "\u{2029}"
    }

    /// C0, DEL, C1, the XML non-characters, and the bidirectional controls (which can make
    /// text show in an order other than the one stored).
    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x20 || (0x7F...0x9F).contains(value) || value == 0xFFFE || value == 0xFFFF { return true }
        return value == 0x061C || value == 0x200E || value == 0x200F || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
    }

    /// Whole seconds, as XML property lists keep them.
    public static func wholeSeconds(_ date: Date) -> Date {
        Date(timeIntervalSince1970: (date.timeIntervalSince1970).rounded(.down))
    }
}

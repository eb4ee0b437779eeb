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

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || (0x7F...0x9F).contains(value) || value == 0xFFFE || value == 0xFFFF
    }

    /// Whole seconds, as XML property lists keep them.
    public static func wholeSeconds(_ date: Date) -> Date {
        Date(timeIntervalSince1970: (date.timeIntervalSince1970).rounded(.down))
    }
}

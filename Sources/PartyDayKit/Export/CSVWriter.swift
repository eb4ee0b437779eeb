/// RFC 4180 output: comma separated, CRLF line ends, a field quoted when it holds a
/// comma, quote, CR or LF (quotes doubled). UTF-8, no byte-order mark.
public struct CSVWriter {
    public private(set) var text = ""

    public init(header: [String]) {
        add(header)
    }

    public mutating func add(_ fields: [String]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { text += "," }
            text += Self.field(field)
        }
        text += "\r\n"
    }

    /// Control characters other than line breaks are dropped: a cell never carries an
    /// escape sequence to whatever shows the file.
    public static func field(_ raw: String) -> String {
        if isPlain(raw) { return raw }
        let value = TextSanitizer.multiLine(raw)
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Nothing to quote or clean: no comma, quote or control character, looked for in the
    /// bytes (a month's export has thousands of cells, nearly all plain).
    static func isPlain(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case 0..<0x20, 0x7F, UInt8(ascii: ","), UInt8(ascii: "\""): return false
                case 0xC2: // U+0080–U+009F (C1 controls)
                    if index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]) { return false }
                case 0xD8: // U+061C
                    if index + 1 < bytes.count, bytes[index + 1] == 0x9C { return false }
                case 0xE2: // U+200E/F, U+2028–U+202E, U+2066–U+2069
                    if index + 2 < bytes.count {
                        let (second, third) = (bytes[index + 1], bytes[index + 2])
                        if second == 0x80, third == 0x8E || third == 0x8F || (0xA8...0xAE).contains(third) { return false }
                        if second == 0x81, (0xA6...0xA9).contains(third) { return false }
                    }
                case 0xEF: // U+FFFE, U+FFFF
                    if index + 2 < bytes.count, bytes[index + 1] == 0xBF, bytes[index + 2] >= 0xBE { return false }
                default: break
                }
                index += 1
            }
            return true
        }
    }
}

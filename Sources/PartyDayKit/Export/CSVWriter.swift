/// RFC 4180 output: comma separated, CRLF line ends, a field quoted when it holds a
/// comma, quote, CR or LF (quotes doubled). UTF-8, no byte-order mark.
public struct CSVWriter {
    public private(set) var text = ""

    public init(header: [String]) {
        add(header)
    }

    public mutating func add(_ fields: [String]) {
        text += fields.map(Self.field).joined(separator: ",") + "\r\n"
    }

    /// Control characters other than line breaks are dropped: a cell never carries an
    /// escape sequence to whatever shows the file.
    public static func field(_ raw: String) -> String {
        let value = TextSanitizer.multiLine(raw)
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

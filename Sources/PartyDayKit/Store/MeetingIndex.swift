import Foundation

/// The derived list of meeting summaries, kept in `.partyday/meetings-index.tsv`.
/// Never the source of truth: an entry is used only while its file's stamp matches,
/// and a missing or unreadable index is simply rebuilt from the meeting files.
///
/// It is a private tab-separated text file rather than a property list because the
/// first screen waits for it: listing the decade's 600 meetings this way (index parsed,
/// every file's stamp checked) takes 7–8 ms; a property list of the same summaries took
/// ~50 ms to parse with Foundation.
struct MeetingIndex: Sendable {
    struct Entry: Equatable, Sendable {
        var stamp: FileStamp
        var summary: MeetingSummary
        /// CRC-32 of the file's bytes; 0 when not known. Lets a file whose time changed but
        /// whose bytes did not (a git checkout, a copy without -a) keep its summary.
        var checksum: UInt32 = 0
    }

    /// Keyed by the path relative to the data folder.
    var entries: [String: Entry] = [:]

    /// Changes whenever the columns change; an index with another header is rebuilt.
    static let header = "partyday-meetings-index 4"
    /// Changes saved since the index was last written whole, one row (or removal) a line,
    /// appended in order; the reader applies them over the index. Quitting after an edit
    /// appends a line instead of rewriting every meeting's row.
    static let journalHeader = "partyday-meetings-journal 4"
    /// A journal line that removes a path starts with this column (paths never do).
    static let removal = "-"
    static let columnCount = IndexColumn.allCases.count

    func write(to url: URL) throws {
        try AtomicFile.write(serialized(), to: url)
    }

    func serialized() -> Data {
        var writer = MeetingIndexRowWriter(capacity: entries.count * 2048)
        writer.line(MeetingIndex.header)
        for (path, entry) in entries.sorted(by: { $0.key < $1.key }) {
            writer.row(path, entry)
        }
        return Data(writer.bytes)
    }

    /// Journal lines for these paths: the entry's row, or a removal when it has none.
    func journalLines(for paths: [String]) -> String {
        paths.sorted().map { path in
            entries[path].map { MeetingIndex.row(path, $0) } ?? MeetingIndex.removal + "\t" + MeetingIndex.escape(path) + "\n"
        }.joined()
    }

    /// One entry as a line of the index, newline included.
    static func row(_ path: String, _ entry: Entry) -> String {
        var writer = MeetingIndexRowWriter()
        writer.row(path, entry)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    static func parse(_ data: Data) -> MeetingIndex? {
        MeetingIndexParser.parse(data)
    }

    // Records inside a column are joined with the ASCII record and unit separators, which
    // never occur in stored text: the store strips control characters before saving.
    static let recordSeparator = "\u{1E}"
    static let fieldSeparator = "\u{1F}"

    static func separatorByte(_ separator: String) -> UInt8 { separator.utf8.first! }

    static func escape(_ text: String) -> String {
        guard text.contains(where: { $0 == "\\" || $0 == "\t" || $0 == "\n" || $0 == "\r" }) else { return text }
        return text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\t", with: "\\t")
            .replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\r", with: "\\r")
    }

    static func unescape(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "\\")) else { return text }
        var out = "", escaping = false
        for character in text {
            if escaping {
                switch character {
                case "t": out.append("\t")
                case "n": out.append("\n")
                case "r": out.append("\r")
                default: out.append(character)
                }
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                out.append(character)
            }
        }
        return out
    }
}

import Foundation

/// The derived list of meeting summaries, kept in `.partyday/meetings-index.tsv`.
/// Never the source of truth: an entry is used only while its file's stamp matches,
/// and a missing or unreadable index is simply rebuilt from the meeting files.
///
/// It is a private tab-separated text file rather than a property list because the
/// first screen waits for it: parsing 600 summaries this way takes about a millisecond,
/// a property list of the same takes ~50 ms with Foundation.
struct MeetingIndex {
    struct Entry: Equatable {
        var stamp: FileStamp
        var summary: MeetingSummary
    }

    /// Keyed by the path relative to the data folder.
    var entries: [String: Entry] = [:]

    /// Changes whenever the columns change; an index with another header is rebuilt.
    static let header = "partyday-meetings-index 1"

    static func load(from url: URL) -> MeetingIndex? {
        guard let data = try? Data(contentsOf: url) else { return nil }
        return parse(data)
    }

    func write(to url: URL) throws {
        try AtomicFile.write(serialized(), to: url)
    }

    func serialized() -> Data {
        var text = MeetingIndex.header + "\n"
        for (path, entry) in entries.sorted(by: { $0.key < $1.key }) {
            let s = entry.summary
            let columns: [String] = [
                path, "\(entry.stamp.size)", "\(entry.stamp.modifiedNanoseconds)", "\(entry.stamp.inode)",
                s.id, s.types.map(\.rawValue).joined(separator: ","), s.partyGroupID ?? "", s.theme,
                "\(Int64(s.start.timeIntervalSince1970))", s.end.map { "\(Int64($0.timeIntervalSince1970))" } ?? "",
                s.state.rawValue,
                "\(s.expectedFull)", "\(s.expectedProbationary)", "\(s.attendedFull)", "\(s.attendedProbationary)",
                "\(s.votersExpected)", "\(s.votersPresent)", "\(s.guestCount)",
                s.openPledgeDueDays.map(\.description).joined(separator: ","),
                "\(s.openPledgesWithoutDue)", "\(s.keptPledges)", "\(s.droppedPledges)",
            ]
            text += columns.map(MeetingIndex.escape).joined(separator: "\t") + "\n"
        }
        return Data(text.utf8)
    }

    static func parse(_ data: Data) -> MeetingIndex? {
        // [UInt8] slices, because splitting Data itself is many times slower.
        let bytes = [UInt8](data)
        let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: true)
        guard let first = lines.first, String(decoding: first, as: UTF8.self) == header else { return nil }
        var index = MeetingIndex()
        for line in lines.dropFirst() {
            let columns = line.split(separator: 0x09, omittingEmptySubsequences: false).map { column in
                column.contains(UInt8(ascii: "\\")) ? unescape(String(decoding: column, as: UTF8.self))
                    : String(decoding: column, as: UTF8.self)
            }
            guard let (path, entry) = entry(from: columns) else { return nil }
            index.entries[path] = entry
        }
        return index
    }

    private static func entry(from c: [String]) -> (String, Entry)? {
        guard c.count == 22,
              let size = Int64(c[1]), let modified = Int64(c[2]), let inode = UInt64(c[3]),
              let start = Int64(c[8]), let state = Meeting.State(rawValue: c[10]) else { return nil }
        let types = c[5].split(separator: ",").compactMap { MeetingType(rawValue: String($0)) }
        let numbers = [11, 12, 13, 14, 15, 16, 17, 19, 20, 21].compactMap { Int(c[$0]) }
        guard numbers.count == 10, !types.isEmpty else { return nil }
        let dueDays = c[18].split(separator: ",").compactMap { Day(String($0)) }
        let summary = MeetingSummary(
            id: c[4], types: types, partyGroupID: c[6].isEmpty ? nil : c[6], theme: c[7],
            start: Date(timeIntervalSince1970: Double(start)),
            end: Int64(c[9]).map { Date(timeIntervalSince1970: Double($0)) }, state: state,
            expectedFull: numbers[0], expectedProbationary: numbers[1], attendedFull: numbers[2],
            attendedProbationary: numbers[3], votersExpected: numbers[4], votersPresent: numbers[5],
            guestCount: numbers[6], openPledgeDueDays: dueDays, openPledgesWithoutDue: numbers[7],
            keptPledges: numbers[8], droppedPledges: numbers[9])
        return (c[0], Entry(stamp: FileStamp(size: size, modifiedNanoseconds: modified, inode: inode), summary: summary))
    }

    private static func escape(_ text: String) -> String {
        guard text.contains(where: { $0 == "\\" || $0 == "\t" || $0 == "\n" || $0 == "\r" }) else { return text }
        return text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\t", with: "\\t")
            .replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\r", with: "\\r")
    }

    private static func unescape(_ text: String) -> String {
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

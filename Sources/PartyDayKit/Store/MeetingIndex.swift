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
    static let header = "partyday-meetings-index 2"
    static let columnCount = 21

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
                MeetingIndex.records(s.participants.map { p in
                    [p.memberID, p.category == .full ? "f" : "p", p.hasVote ? "1" : "0", p.status.rawValue,
                     p.exclusion?.rawValue ?? "", p.reason]
                }),
                s.speakerIDs.map(MeetingIndex.field).joined(separator: MeetingIndex.recordSeparator),
                MeetingIndex.records(s.pledges.map { p in
                    [p.id, p.memberID ?? "", p.name, p.text, p.due?.description ?? "", p.status.rawValue,
                     p.lastReview?.on.description ?? "", p.lastReview?.note ?? "", "\(p.reviewCount)"]
                }),
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
        var names = Interner()
        for line in lines.dropFirst() {
            let raw = line.split(separator: 0x09, omittingEmptySubsequences: false)
            guard raw.count == columnCount else { return nil }
            let columns = raw.prefix(18).map(text)
            guard let (path, entry) = entry(from: columns, participants: raw[18], speakers: raw[19],
                                            pledges: raw[20], names: &names) else { return nil }
            index.entries[path] = entry
        }
        return index
    }

    private static func entry(from c: [String], participants: ArraySlice<UInt8>, speakers: ArraySlice<UInt8>,
                              pledges: ArraySlice<UInt8>, names: inout Interner) -> (String, Entry)? {
        guard let size = Int64(c[1]), let modified = Int64(c[2]), let inode = UInt64(c[3]),
              let start = Int64(c[8]), let state = Meeting.State(rawValue: c[10]) else { return nil }
        let types = c[5].split(separator: ",").compactMap { MeetingType(rawValue: String($0)) }
        let counts = (11...17).compactMap { Int(c[$0]) }
        guard counts.count == 7, !types.isEmpty else { return nil }
        var rows: [ParticipantSummary] = []
        for fields in split(participants, fields: 6) {
            guard let status = AttendanceStatus(rawValue: fields[3]) else { return nil }
            rows.append(ParticipantSummary(
                memberID: names.intern(fields[0]), category: fields[1] == "p" ? .probationary : .full,
                hasVote: fields[2] == "1", status: status, exclusion: ExclusionReason(rawValue: fields[4]),
                reason: fields[5]))
        }
        let speakerIDs = speakers.split(separator: separatorByte(recordSeparator)).map { names.intern(text($0)) }
        var pledgeList: [PledgeSummary] = []
        for f in split(pledges, fields: 9) {
            guard let status = Pledge.Status(rawValue: f[5]), let reviewCount = Int(f[8]) else { return nil }
            pledgeList.append(PledgeSummary(
                id: f[0], memberID: f[1].isEmpty ? nil : names.intern(f[1]), name: f[2], text: f[3], due: Day(f[4]),
                status: status, lastReview: Day(f[6]).map { Pledge.Review(on: $0, note: f[7]) }, reviewCount: reviewCount))
        }
        let summary = MeetingSummary(
            id: c[4], types: types, partyGroupID: c[6].isEmpty ? nil : c[6], theme: c[7],
            start: Date(timeIntervalSince1970: Double(start)),
            end: Int64(c[9]).map { Date(timeIntervalSince1970: Double($0)) }, state: state,
            counts: counts, participants: rows, speakerIDs: speakerIDs, pledges: pledgeList)
        return (c[0], Entry(stamp: FileStamp(size: size, modifiedNanoseconds: modified, inode: inode), summary: summary))
    }

    // Records inside a column are joined with the ASCII record and unit separators, which
    // never occur in stored text: the store strips control characters before saving.
    static let recordSeparator = "\u{1E}"
    static let fieldSeparator = "\u{1F}"

    private static func separatorByte(_ separator: String) -> UInt8 { separator.utf8.first! }

    private static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "\u{1E}" || $0 == "\u{1F}" }) else { return text }
        return text.replacingOccurrences(of: "\u{1E}", with: " ").replacingOccurrences(of: "\u{1F}", with: " ")
    }

    private static func records(_ list: [[String]]) -> String {
        list.map { $0.map(field).joined(separator: fieldSeparator) }.joined(separator: recordSeparator)
    }

    /// The records of one column, each with exactly `fields` fields; a malformed record is skipped.
    private static func split(_ column: ArraySlice<UInt8>, fields: Int) -> [[String]] {
        column.split(separator: separatorByte(recordSeparator)).compactMap { record in
            let parts = record.split(separator: separatorByte(fieldSeparator), omittingEmptySubsequences: false)
            return parts.count == fields ? parts.map(text) : nil
        }
    }

    private static func text(_ bytes: ArraySlice<UInt8>) -> String {
        let string = String(decoding: bytes, as: UTF8.self)
        return bytes.contains(UInt8(ascii: "\\")) ? unescape(string) : string
    }

    /// Shares one string per member id across thousands of rows.
    private struct Interner {
        var seen: [String: String] = [:]
        mutating func intern(_ text: String) -> String {
            if let known = seen[text] { return known }
            seen[text] = text
            return text
        }
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

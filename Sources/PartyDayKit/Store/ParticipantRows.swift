import Foundation

/// A summary's attendance rows. Read back from the index they stay as the index's bytes
/// until something asks for them: the rows are most of the index (a row per member per
/// meeting), and a command that only orders or chooses meetings (`export json`, an
/// export of a month, the meetings list) never needs them — at twenty times the decade
/// they were 720,000 rows parsed and held for nothing.
///
/// Thread-safe: summaries travel to the report threads, and the first to ask parses.
final class ParticipantRows: @unchecked Sendable, Equatable {
    private let lock = NSLock()
    private var rows: [ParticipantSummary]?
    /// The participants column in the index's bytes (escaped, as written).
    private var source: (bytes: Data, range: Range<Int>)?

    init(_ rows: [ParticipantSummary]) {
        self.rows = rows
    }

    init(bytes: Data, range: Range<Int>) {
        source = (bytes, range)
    }

    var value: [ParticipantSummary] {
        lock.lock()
        defer { lock.unlock() }
        if let rows { return rows }
        guard let (bytes, range) = source else { return [] }
        let parsed = bytes.withUnsafeBytes { raw -> [ParticipantSummary] in
            guard let base = raw.bindMemory(to: UInt8.self).baseAddress else { return [] }
            let reader = MeetingIndexParser.Reader(base: base, count: raw.count)
            var names = MeetingIndexParser.Names(reader: reader)
            return reader.participants(range, names: &names)
        }
        rows = parsed
        source = nil
        return parsed
    }

    /// The column as the index holds it, while not yet parsed: written back as it is.
    var unparsedColumn: Data? {
        lock.lock()
        defer { lock.unlock() }
        guard rows == nil, let (bytes, range) = source else { return nil }
        // Offsets count from the first byte (the buffer's, as the parser saw it).
        return bytes.withUnsafeBytes { raw in Data(raw[range]) }
    }

    static func == (lhs: ParticipantRows, rhs: ParticipantRows) -> Bool {
        lhs === rhs || lhs.value == rhs.value
    }
}

extension MeetingSummary {
    /// Parses every summary's attendance rows now, on all cores (a report that reads them
    /// all would otherwise parse them one by one on its own thread).
    public static func readAttendanceRows(of summaries: [MeetingSummary]) {
        let chunks = max(1, min(ProcessInfo.processInfo.activeProcessorCount, summaries.count / 64))
        let size = (summaries.count + chunks - 1) / max(1, chunks)
        guard size > 0 else { return }
        _ = stride(from: 0, to: summaries.count, by: size).map { Array(summaries[$0..<min(summaries.count, $0 + size)]) }
            .parallelMap { chunk in chunk.reduce(0) { $0 + $1.participantRows.value.count } }
    }
}

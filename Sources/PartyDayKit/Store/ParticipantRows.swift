import Foundation

/// Rows of one column of a summary read back from the index — its attendance rows, its
/// pledges — kept as the index's bytes until something asks for them. They are most of
/// the index (a row per member per meeting), and a command that only orders or chooses
/// meetings (`export json`, an export of a month, the meetings list) never needs them: at
/// twenty times the decade they were 720,000 attendance rows and 28 MB of pledges parsed
/// and held for nothing.
///
/// Thread-safe: summaries travel to the report threads, and the first to ask parses.
final class IndexRows<Row: Equatable & Sendable>: @unchecked Sendable, Equatable {
    typealias Parse = @Sendable (MeetingIndexParser.Reader, Range<Int>) -> [Row]

    private let lock = NSLock()
    private var rows: [Row]?
    /// The column in the index's bytes (escaped, as written), and how to read it.
    private var source: (bytes: Data, range: Range<Int>, parse: Parse)?

    init(_ rows: [Row]) {
        self.rows = rows
    }

    init(bytes: Data, range: Range<Int>, parse: @escaping Parse) {
        source = (bytes, range, parse)
    }

    var value: [Row] {
        lock.lock()
        defer { lock.unlock() }
        if let rows { return rows }
        guard let (bytes, range, parse) = source else { return [] }
        let parsed = bytes.withUnsafeBytes { raw -> [Row] in
            guard let base = raw.bindMemory(to: UInt8.self).baseAddress else { return [] }
            return parse(MeetingIndexParser.Reader(base: base, count: raw.count), range)
        }
        rows = parsed
        source = nil
        return parsed
    }

    /// The column as the index holds it, while not yet parsed: written back as it is.
    var unparsedColumn: Data? {
        lock.lock()
        defer { lock.unlock() }
        guard rows == nil, let (bytes, range, _) = source else { return nil }
        // Offsets count from the first byte (the buffer's, as the parser saw it).
        return bytes.withUnsafeBytes { raw in Data(raw[range]) }
    }

    static func == (lhs: IndexRows, rhs: IndexRows) -> Bool {
        lhs === rhs || lhs.value == rhs.value
    }
}

typealias ParticipantRows = IndexRows<ParticipantSummary>
typealias PledgeRows = IndexRows<PledgeSummary>

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

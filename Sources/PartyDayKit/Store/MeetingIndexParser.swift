import Foundation

/// Reads `meetings-index.tsv` (see `MeetingIndex`) straight from its bytes. The index
/// holds a row per member per meeting, so the reader works on offsets into one buffer,
/// finds separators with `memchr` and makes a String only for text that is kept: the
/// listing waits on this before the home screen is complete.
enum MeetingIndexParser {
    static func parse(_ data: Data) -> MeetingIndex? {
        data.withUnsafeBytes { raw -> MeetingIndex? in
            guard let base = raw.bindMemory(to: UInt8.self).baseAddress else { return nil }
            let reader = Reader(base: base, count: raw.count, source: data)
            var lines = reader.pieces(0..<raw.count, 0x0A).filter { !$0.isEmpty }
            guard let first = lines.first, reader.string(first) == MeetingIndex.header else { return nil }
            lines.removeFirst()
            // Chunks of lines on every core; each chunk keeps its own cache of member ids.
            let chunkCount = max(1, min(ProcessInfo.processInfo.activeProcessorCount, lines.count / 64))
            let size = max(1, (lines.count + chunkCount - 1) / chunkCount)
            let chunks = stride(from: 0, to: lines.count, by: size).map { Array(lines[$0..<min(lines.count, $0 + size)]) }
            let parsed = chunks.parallelMap { chunk -> [(String, MeetingIndex.Entry)]? in
                var names = Names(reader: reader)
                var entries: [(String, MeetingIndex.Entry)] = []
                entries.reserveCapacity(chunk.count)
                for line in chunk {
                    guard let entry = reader.entry(line, names: &names) else { return nil }
                    entries.append(entry)
                }
                return entries
            }
            var index = MeetingIndex()
            for chunk in parsed {
                guard let chunk else { return nil }
                for (path, entry) in chunk { index.entries[path] = entry }
            }
            return index
        }
    }

    /// Applies the journal's complete lines in order; returns how many there were and
    /// whether all of it read. A line cut short by a crash, or any line that does not read,
    /// ends the journal there: the entries it would have changed are then older than their
    /// files and get re-read, and the next write starts the index afresh.
    static func applyJournal(_ data: Data, to index: inout MeetingIndex) -> (lines: Int, whole: Bool) {
        data.withUnsafeBytes { raw -> (lines: Int, whole: Bool) in
            guard let base = raw.bindMemory(to: UInt8.self).baseAddress else { return (0, true) }
            let reader = Reader(base: base, count: raw.count, source: data)
            var start = 0
            let headerEnd = reader.find(0x0A, 0, raw.count)
            guard headerEnd < raw.count, reader.string(0..<headerEnd) == MeetingIndex.journalHeader else { return (0, false) }
            start = headerEnd + 1
            var names = Names(reader: reader)
            var applied = 0
            let removal = UInt8(ascii: "-")
            while start < raw.count {
                let end = reader.find(0x0A, start, raw.count)
                guard end < raw.count else { return (applied, false) }
                if end - start > 2, base[start] == removal, base[start + 1] == 0x09 {
                    index.entries[reader.string((start + 2)..<end)] = nil
                } else if let (path, entry) = reader.entry(start..<end, names: &names) {
                    index.entries[path] = entry
                } else {
                    return (applied, false)
                }
                applied += 1
                start = end + 1
            }
            return (applied, true)
        }
    }

    private static let record = MeetingIndex.separatorByte(MeetingIndex.recordSeparator)
    private static let unit = MeetingIndex.separatorByte(MeetingIndex.fieldSeparator)

    /// Offsets into the index's bytes, shared read-only by the parsing threads.
    struct Reader: @unchecked Sendable {
        let base: UnsafePointer<UInt8>
        let count: Int
        /// The bytes `base` points into, kept by summaries whose rows are parsed later.
        var source: Data?

        init(base: UnsafePointer<UInt8>, count: Int, source: Data? = nil) {
            self.base = base
            self.count = count
            self.source = source
        }

        /// The ranges between separators in `range`, empty ones included.
        func pieces(_ range: Range<Int>, _ separator: UInt8) -> [Range<Int>] {
            var parts: [Range<Int>] = []
            var start = range.lowerBound
            while start <= range.upperBound {
                let end = find(separator, start, range.upperBound)
                parts.append(start..<end)
                start = end + 1
            }
            return parts
        }

        func find(_ byte: UInt8, _ from: Int, _ to: Int) -> Int {
            guard from < to, let hit = memchr(base + from, Int32(byte), to - from) else { return to }
            return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        }

        func string(_ range: Range<Int>) -> String {
            guard !range.isEmpty else { return "" }
            let text = String(decoding: UnsafeBufferPointer(start: base + range.lowerBound, count: range.count), as: UTF8.self)
            return find(UInt8(ascii: "\\"), range.lowerBound, range.upperBound) < range.upperBound ? MeetingIndex.unescape(text) : text
        }

        func integer(_ range: Range<Int>) -> Int64? {
            guard !range.isEmpty else { return nil }
            var value: Int64 = 0
            var index = range.lowerBound
            let negative = base[index] == UInt8(ascii: "-")
            if negative { index += 1 }
            guard index < range.upperBound else { return nil }
            while index < range.upperBound {
                let digit = Int64(base[index]) - 48
                guard (0...9).contains(digit) else { return nil }
                value = value &* 10 &+ digit
                index += 1
            }
            return negative ? -value : value
        }

        /// `YYYY-MM-DD`, or nil.
        func day(_ range: Range<Int>) -> Day? {
            guard range.count == 10, base[range.lowerBound + 4] == UInt8(ascii: "-"), base[range.lowerBound + 7] == UInt8(ascii: "-"),
                  let year = integer(range.lowerBound..<(range.lowerBound + 4)),
                  let month = integer((range.lowerBound + 5)..<(range.lowerBound + 7)),
                  let day = integer((range.lowerBound + 8)..<range.upperBound) else { return nil }
            return Day(year: Int(year), month: Int(month), day: Int(day))
        }

        func same(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
            a.count == b.count && memcmp(base + a.lowerBound, base + b.lowerBound, a.count) == 0
        }

        func entry(_ line: Range<Int>, names: inout Names) -> (String, MeetingIndex.Entry)? {
            let c = pieces(line, 0x09)
            guard c.count == MeetingIndex.columnCount,
                  let size = integer(c[IndexColumn.size]), let modified = integer(c[IndexColumn.modified]),
                  let inode = integer(c[IndexColumn.inode]), let start = integer(c[IndexColumn.start]),
                  let state = Meeting.State(rawValue: string(c[IndexColumn.state])) else { return nil }
            let types = pieces(c[IndexColumn.types], UInt8(ascii: ",")).compactMap { MeetingType(rawValue: string($0)) }
            let counts = IndexColumn.counts.compactMap { integer(c[$0]).map(Int.init) }
            guard counts.count == IndexColumn.counts.count, !types.isEmpty else { return nil }
            let group = c[IndexColumn.partyGroup]
            let summary = MeetingSummary(
                id: string(c[IndexColumn.id]), types: types, partyGroupID: group.isEmpty ? nil : string(group),
                theme: string(c[IndexColumn.theme]), start: Date(timeIntervalSince1970: Double(start)),
                end: integer(c[IndexColumn.end]).map { Date(timeIntervalSince1970: Double($0)) }, state: state,
                counts: counts, participants: rows(c[IndexColumn.participants], names: &names),
                speakerIDs: pieces(c[IndexColumn.speakers], MeetingIndexParser.record).filter { !$0.isEmpty }.map { names.id($0, at: nil) },
                pledges: pledgeRows(c[IndexColumn.pledges], names: &names), pledgeCounts: pledgeCounts(c[IndexColumn.pledges]),
                evaluationYear: integer(c[IndexColumn.evaluationYear]).map(Int.init),
                madeUpIDs: pieces(c[IndexColumn.madeUp], MeetingIndexParser.record).filter { !$0.isEmpty }.map(string),
                grades: grades(c[IndexColumn.grades]))
            let stamp = FileStamp(size: size, modifiedNanoseconds: modified, inode: UInt64(bitPattern: inode))
            let checksum = integer(c[IndexColumn.checksum]).flatMap { UInt32(exactly: $0) } ?? 0
            return (string(c[IndexColumn.path]), MeetingIndex.Entry(stamp: stamp, summary: summary, checksum: checksum))
        }

        /// Left as bytes when the index's own buffer can be kept (see `IndexRows`).
        private func rows(_ column: Range<Int>, names: inout Names) -> ParticipantRows {
            guard let source else { return ParticipantRows(participants(column, names: &names)) }
            return ParticipantRows(bytes: source, range: column) { reader, range in
                var names = Names(reader: reader)
                return reader.participants(range, names: &names)
            }
        }

        private func pledgeRows(_ column: Range<Int>, names: inout Names) -> PledgeRows {
            guard let source else { return PledgeRows(pledges(column, names: &names)) }
            return PledgeRows(bytes: source, range: column) { reader, range in
                var names = Names(reader: reader)
                return reader.pledges(range, names: &names)
            }
        }

        /// What the summary counts of its pledges (open, kept, dropped, the open ones' due
        /// days), read from the status and due fields alone: no text is made.
        func pledgeCounts(_ column: Range<Int>) -> (open: Int, kept: Int, dropped: Int, due: [Day]) {
            var open = 0, kept = 0, dropped = 0
            var due: [Day] = []
            for record in pieces(column, MeetingIndexParser.record) where !record.isEmpty {
                let f = pieces(record, MeetingIndexParser.unit)
                guard f.count == PledgeField.allCases.count, let status = Pledge.Status(rawValue: string(f[PledgeField.status])) else { continue }
                switch status {
                case .open:
                    open += 1
                    if let day = day(f[PledgeField.due]) { due.append(day) }
                case .kept: kept += 1
                case .dropped: dropped += 1
                }
            }
            return (open, kept, dropped, due)
        }

        func participants(_ column: Range<Int>, names: inout Names) -> [ParticipantSummary] {
            var rows: [ParticipantSummary] = []
            var position = 0
            var start = column.lowerBound
            while start < column.upperBound {
                let end = find(MeetingIndexParser.record, start, column.upperBound)
                defer { start = end + 1 }
                // The fields, found in place (no array per row), in `ParticipantField` order:
                // member id, category, vote, status, exclusion, reason.
                let unit = MeetingIndexParser.unit
                let a = find(unit, start, end), b = find(unit, a + 1, end), c = find(unit, b + 1, end)
                let d = find(unit, c + 1, end), e = find(unit, d + 1, end)
                guard ParticipantField.allCases.count == 6, e < end, let status = status((c + 1)..<d) else { continue }
                rows.append(ParticipantSummary(
                    memberID: names.id(start..<a, at: position), category: base[a + 1] == UInt8(ascii: "p") ? .probationary : .full,
                    hasVote: base[b + 1] == UInt8(ascii: "1"), status: status,
                    exclusion: d + 1 == e ? nil : ExclusionReason(rawValue: string((d + 1)..<e)),
                    reason: string((e + 1)..<end)))
                position += 1
            }
            return rows
        }

        private func grades(_ column: Range<Int>) -> [String: EvaluationGrade] {
            var grades: [String: EvaluationGrade] = [:]
            for record in pieces(column, MeetingIndexParser.record) where !record.isEmpty {
                let parts = pieces(record, MeetingIndexParser.unit)
                if parts.count == 2, let grade = EvaluationGrade(rawValue: string(parts[1])) { grades[string(parts[0])] = grade }
            }
            return grades
        }

        private func status(_ range: Range<Int>) -> AttendanceStatus? {
            // Present is nearly every row: answer it without making a string.
            if range.count == 7, base[range.lowerBound] == UInt8(ascii: "p") { return .present }
            return AttendanceStatus(rawValue: string(range))
        }

        func pledges(_ column: Range<Int>, names: inout Names) -> [PledgeSummary] {
            pieces(column, MeetingIndexParser.record).filter { !$0.isEmpty }.compactMap { record in
                let f = pieces(record, MeetingIndexParser.unit)
                guard f.count == PledgeField.allCases.count, let status = Pledge.Status(rawValue: string(f[PledgeField.status])),
                      let reviews = integer(f[PledgeField.reviewCount]) else { return nil }
                let member = f[PledgeField.memberID]
                return PledgeSummary(
                    id: string(f[PledgeField.id]), memberID: member.isEmpty ? nil : names.id(member, at: nil),
                    name: string(f[PledgeField.name]), text: string(f[PledgeField.text]), due: day(f[PledgeField.due]), status: status,
                    lastReview: day(f[PledgeField.reviewedOn]).map { Pledge.Review(on: $0, note: string(f[PledgeField.reviewNote])) },
                    reviewCount: Int(reviews))
            }
        }
    }

    /// One String per member id across thousands of rows. Meetings list their members in
    /// roster order, so a row usually holds the same id as that row of the meeting before:
    /// comparing bytes there is cheaper than hashing.
    struct Names {
        let reader: Reader
        var known: [String: String] = [:]
        var byPosition: [(range: Range<Int>, id: String)] = []

        init(reader: Reader) {
            self.reader = reader
        }

        mutating func id(_ range: Range<Int>, at position: Int?) -> String {
            // Up to 15 bytes a String holds its text inline: nothing to share, nothing to hash.
            if range.count <= 15 { return reader.string(range) }
            if let position, position < byPosition.count, reader.same(byPosition[position].range, range) {
                return byPosition[position].id
            }
            let text = reader.string(range)
            let id = known[text] ?? text
            known[text] = id
            if let position {
                if position < byPosition.count { byPosition[position] = (range, id) } else { byPosition.append((range, id)) }
            }
            return id
        }
    }
}

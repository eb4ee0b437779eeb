import Foundation

/// Writes rows of `meetings-index.tsv` as bytes. A cold start writes every meeting's row
/// (60 attendance records each in the decade) before the index is saved: building them
/// as Strings through dictionaries and joins took a third of a cold listing.
struct MeetingIndexRowWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    mutating func line(_ text: String) {
        bytes.append(contentsOf: text.utf8)
        bytes.append(0x0A)
    }

    /// One entry as a line, in `IndexColumn` order (see `MeetingIndex.row`).
    mutating func row(_ path: String, _ entry: MeetingIndex.Entry) {
        let s = entry.summary
        text(path); tab()
        number(entry.stamp.size); tab()
        number(entry.stamp.modifiedNanoseconds); tab()
        bytes.append(contentsOf: String(entry.stamp.inode).utf8); tab()
        number(Int64(entry.checksum)); tab()
        text(s.id); tab()
        for (index, type) in s.types.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            text(type.rawValue)
        }
        tab()
        text(s.partyGroupID ?? ""); tab()
        text(s.theme); tab()
        number(Int64(s.start.timeIntervalSince1970)); tab()
        if let end = s.end { number(Int64(end.timeIntervalSince1970)) }
        tab()
        text(s.state.rawValue); tab()
        for count in [s.expectedFull, s.expectedProbationary, s.attendedFull, s.attendedProbationary, s.votersExpected,
                      s.votersPresent, s.guestCount] {
            number(Int64(count)); tab()
        }
        // Participants: ParticipantField order; rows never parsed go back as they were read.
        if let column = s.participantRows.unparsedColumn {
            bytes.append(contentsOf: column)
        } else {
            participants(s.participants)
        }
        tab()
        list(s.speakerIDs); tab()
        // Pledges: PledgeField order; never parsed, as read.
        if let column = s.pledgeRows.unparsedColumn {
            bytes.append(contentsOf: column)
        } else {
            pledges(s.pledges)
        }
        tab()
        if let year = s.evaluationYear { number(Int64(year)) }
        tab()
        list(s.madeUpIDs); tab()
        for (index, grade) in s.grades.sorted(by: { $0.key < $1.key }).enumerated() {
            if index > 0 { record() }
            field(grade.key); unit()
            field(grade.value.rawValue)
        }
        bytes.append(0x0A)
    }

    private mutating func participants(_ rows: [ParticipantSummary]) {
        for (index, p) in rows.enumerated() {
            if index > 0 { record() }
            field(p.memberID); unit()
            bytes.append(p.category == .full ? UInt8(ascii: "f") : UInt8(ascii: "p")); unit()
            bytes.append(p.hasVote ? UInt8(ascii: "1") : UInt8(ascii: "0")); unit()
            field(p.status.rawValue); unit()
            field(p.exclusion?.rawValue ?? ""); unit()
            field(p.reason)
        }
    }

    private mutating func pledges(_ rows: [PledgeSummary]) {
        for (index, p) in rows.enumerated() {
            if index > 0 { record() }
            field(p.id); unit()
            field(p.memberID ?? ""); unit()
            field(p.name); unit()
            field(p.text); unit()
            field(p.due?.description ?? ""); unit()
            field(p.status.rawValue); unit()
            field(p.lastReview?.on.description ?? ""); unit()
            field(p.lastReview?.note ?? ""); unit()
            number(Int64(p.reviewCount))
        }
    }

    private mutating func tab() { bytes.append(0x09) }
    private mutating func record() { bytes.append(0x1E) }
    private mutating func unit() { bytes.append(0x1F) }

    private mutating func list(_ items: [String]) {
        for (index, item) in items.enumerated() {
            if index > 0 { record() }
            field(item)
        }
    }

    private mutating func number(_ value: Int64) {
        if value >= 0, value < 10 {
            bytes.append(UInt8(48 + value))
        } else {
            bytes.append(contentsOf: String(value).utf8)
        }
    }

    /// A column's text: backslash, tab and line breaks escaped (`MeetingIndex.unescape`).
    private mutating func text(_ value: String) { append(value, separators: false) }

    /// Text inside a record: the separators, which stored text never holds, become spaces.
    private mutating func field(_ value: String) { append(value, separators: true) }

    private mutating func append(_ value: String, separators: Bool) {
        var value = value
        value.withUTF8 { utf8 in
            // Nearly every text needs nothing done: copy it whole.
            if !utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\\") }) {
                bytes.append(contentsOf: utf8)
                return
            }
            for byte in utf8 {
                switch byte {
                case 0x1E where separators, 0x1F where separators: bytes.append(0x20)
                case UInt8(ascii: "\\"): bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "\\"))
                case 0x09: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "t"))
                case 0x0A: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "n"))
                case 0x0D: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "r"))
                default: bytes.append(byte)
                }
            }
        }
    }
}

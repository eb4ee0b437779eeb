/// The columns of `meetings-index.tsv`, in file order: the writer and the reader both go
/// by these names, so neither counts positions.
enum IndexColumn: Int, CaseIterable {
    case path, size, modified, inode
    /// CRC-32 of the file's bytes (`MeetingIndex.Entry.checksum`).
    case checksum
    case id, types, partyGroup, theme, start, end, state
    case expectedFull, expectedProbationary, attendedFull, attendedProbationary, votersExpected, votersPresent, guests
    /// One record per attendance row (`ParticipantField`).
    case participants
    /// The speakers' member ids.
    case speakers
    /// One record per pledge (`PledgeField`).
    case pledges
    /// The year a democratic evaluation or organizational-life meeting is for; empty when not recorded.
    case evaluationYear
    /// Member ids of the absent members who made up the meeting (补学).
    case madeUp
    /// Grades of a democratic evaluation: `memberID` and grade, one record each.
    case grades

    /// The counts, in `MeetingSummary(counts:)` order.
    static let counts: [IndexColumn] = [.expectedFull, .expectedProbationary, .attendedFull, .attendedProbationary,
                                        .votersExpected, .votersPresent, .guests]
}

/// The fields of one attendance row inside the participants column.
enum ParticipantField: Int, CaseIterable {
    case memberID, category, hasVote, status, exclusion, reason
}

/// The fields of one pledge inside the pledges column.
enum PledgeField: Int, CaseIterable {
    case id, memberID, name, text, due, status, reviewedOn, reviewNote, reviewCount
}

extension Array {
    /// A row's value by its column's name.
    subscript<Column: RawRepresentable>(column: Column) -> Element where Column.RawValue == Int { self[column.rawValue] }
}

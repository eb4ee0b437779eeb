import Foundation

/// `partyday export json`: the whole branch in one JSON document. The records keep the
/// keys of the property-list files (Docs/FILE-FORMAT.md); each meeting also carries the
/// figures partyday computes from it. Documented in Docs/EXPORTS.md.
public struct DataExport: Encodable {
    public static let formatName = "partyday-export"
    public static let formatVersion = 1

    public struct ExportedMeeting: Encodable {
        public var record: Meeting
        public var computed: Computed
    }

    public struct Computed: Encodable {
        public var date: Day
        public var expected: Int
        public var expectedFull: Int
        public var expectedProbationary: Int
        public var attended: Int
        public var attendedFull: Int
        public var attendedProbationary: Int
        public var votersExpected: Int
        public var votersPresent: Int
        public var quorumMet: Bool
        /// Decision id to its result: passed, failed, no-quorum, invalid-count, not-voted.
        public var decisionOutcomes: [String: String]
    }

    public var format = DataExport.formatName
    public var formatVersion = DataExport.formatVersion
    public var branch: BranchProfile
    public var members: [Member]
    public var meetings: [ExportedMeeting]

    public init(branch: BranchProfile, members: [Member], meetings: [Meeting]) {
        self.branch = branch
        self.members = members
        self.meetings = meetings.sorted { ($0.start, $0.id) < ($1.start, $1.id) }.map { meeting in
            let tally = meeting.tally
            return ExportedMeeting(record: meeting, computed: Computed(
                date: DateText.day(meeting.start, in: branch.timeZone),
                expected: tally.expected, expectedFull: tally.expectedFull, expectedProbationary: tally.expectedProbationary,
                attended: tally.attended, attendedFull: tally.attendedFull, attendedProbationary: tally.attendedProbationary,
                votersExpected: tally.votersExpected, votersPresent: tally.votersPresent, quorumMet: tally.quorumMet,
                decisionOutcomes: Dictionary(uniqueKeysWithValues: meeting.decisions.map { ($0.id, meeting.outcome(of: $0).rawValue) })))
        }
    }

    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }
}

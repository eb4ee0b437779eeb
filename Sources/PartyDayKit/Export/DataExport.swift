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

        init(_ meeting: Meeting, in zone: TimeZone) {
            let tally = meeting.tally
            record = meeting
            computed = Computed(
                date: DateText.day(meeting.start, in: zone),
                expected: tally.expected, expectedFull: tally.expectedFull, expectedProbationary: tally.expectedProbationary,
                attended: tally.attended, attendedFull: tally.attendedFull, attendedProbationary: tally.attendedProbationary,
                votersExpected: tally.votersExpected, votersPresent: tally.votersPresent, quorumMet: tally.quorumMet,
                decisionOutcomes: Dictionary(uniqueKeysWithValues: meeting.decisions.map { ($0.id, meeting.outcome(of: $0).rawValue) }))
        }
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
    /// The people in development, one record each as in their files, by name.
    public var development: [DevelopmentPerson]
    public var members: [Member]
    public var meetings: [ExportedMeeting]
    /// The talks (谈心谈话), one record each as in their files, by day.
    public var talks: [Talk]
    /// The committee's elections, by-elections and resignations, by day.
    public var elections: [Election]
    /// The year plans, by year.
    public var plans: [YearPlan]
    /// Members' transfer letters, stays away and being out of contact, by name.
    public var away: [AwayRecord]

    public init(branch: BranchProfile, members: [Member], meetings: [Meeting], development: [DevelopmentPerson] = [], talks: [Talk] = [], elections: [Election] = [], plans: [YearPlan] = [], away: [AwayRecord] = []) {
        self.branch = branch
        self.away = AwayRecord.ordered(away)
        self.plans = plans.sorted { $0.year < $1.year }
        self.elections = Election.byDay(elections)
        self.development = development
        self.talks = Talk.byDay(talks)
        self.members = members
        self.meetings = meetings.sorted { ($0.start, $0.id) < ($1.start, $1.id) }.map { ExportedMeeting($0, in: branch.timeZone) }
    }

    public func json() throws -> String {
        String(decoding: try DataExport.encoder.encode(self), as: UTF8.self) + "\n"
    }

    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    /// Writes the same document as `json()` in pieces, reading one meeting at a time, so
    /// memory stays flat however many meetings the branch has. `meetings` are the
    /// summaries of the meetings to export; `load` reads one in full by its id.
    public static func stream(branch: BranchProfile, members: [Member], meetings: [MeetingSummary], development: [DevelopmentPerson] = [],
                              talks: [Talk] = [], elections: [Election] = [], plans: [YearPlan] = [], away: [AwayRecord] = [], load: (String) throws -> Meeting, write: (String) throws -> Void) throws {
        let encoder = DataExport.encoder
        // A value nested `indent` deep, as the encoder would write it inside the whole
        // document (the empty line of an empty list or dictionary stays empty).
        func encoded<Value: Encodable>(_ value: Value, indent: String) throws -> String {
            String(decoding: try encoder.encode(value), as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
                .enumerated().map { $0.offset == 0 || $0.element.isEmpty ? String($0.element) : indent + $0.element }
                .joined(separator: "\n")
        }
        // The keys in sorted order, as .sortedKeys writes them.
        try write("{\n  \"away\" : \(try encoded(AwayRecord.ordered(away), indent: "  ")),\n")
        try write("  \"branch\" : \(try encoded(branch, indent: "  ")),\n")
        try write("  \"development\" : \(try encoded(development, indent: "  ")),\n")
        try write("  \"elections\" : \(try encoded(Election.byDay(elections), indent: "  ")),\n")
        try write("  \"format\" : \(try encoded(formatName, indent: "  ")),\n")
        try write("  \"formatVersion\" : \(formatVersion),\n")
        try write("  \"meetings\" : [\n")
        let ordered = meetings.sorted { ($0.start, $0.id) < ($1.start, $1.id) }
        if ordered.isEmpty { try write("\n") }
        for (number, summary) in ordered.enumerated() {
            let meeting = try load(summary.id)
            let separator = number == ordered.count - 1 ? "\n" : ",\n"
            try write("    " + (try encoded(ExportedMeeting(meeting, in: branch.timeZone), indent: "    ")) + separator)
        }
        try write("  ],\n  \"members\" : \(try encoded(members, indent: "  ")),\n")
        try write("  \"plans\" : \(try encoded(plans.sorted { $0.year < $1.year }, indent: "  ")),\n")
        try write("  \"talks\" : \(try encoded(Talk.byDay(talks), indent: "  "))\n}\n")
    }
}

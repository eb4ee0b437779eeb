import Foundation

/// What lists and the home screen show of a meeting, small enough to keep for every
/// meeting in one derived index instead of decoding each meeting file.
public struct MeetingSummary: Codable, Equatable, Sendable, Identifiable {
    public var id: String
    public var types: [MeetingType]
    public var partyGroupID: String?
    public var theme: String
    public var start: Date
    public var end: Date?
    public var state: Meeting.State
    public var expectedFull: Int
    public var expectedProbationary: Int
    public var attendedFull: Int
    public var attendedProbationary: Int
    public var votersExpected: Int
    public var votersPresent: Int
    public var guestCount: Int
    /// Due days of the open pledges that have one.
    public var openPledgeDueDays: [Day]
    public var openPledgesWithoutDue: Int
    public var keptPledges: Int
    public var droppedPledges: Int

    public init(_ meeting: Meeting) {
        let tally = meeting.tally
        id = meeting.id
        types = meeting.types
        partyGroupID = meeting.partyGroupID
        theme = meeting.theme
        start = meeting.start
        end = meeting.end
        state = meeting.state
        expectedFull = tally.expectedFull
        expectedProbationary = tally.expectedProbationary
        attendedFull = tally.attendedFull
        attendedProbationary = tally.attendedProbationary
        votersExpected = tally.votersExpected
        votersPresent = tally.votersPresent
        guestCount = meeting.guests.count
        let open = meeting.pledges.filter { $0.status == .open }
        openPledgeDueDays = open.compactMap(\.due)
        openPledgesWithoutDue = open.count - openPledgeDueDays.count
        keptPledges = meeting.pledges.filter { $0.status == .kept }.count
        droppedPledges = meeting.pledges.filter { $0.status == .dropped }.count
    }

    /// Rebuilds a summary read back from the index.
    init(id: String, types: [MeetingType], partyGroupID: String?, theme: String, start: Date, end: Date?,
         state: Meeting.State, expectedFull: Int, expectedProbationary: Int, attendedFull: Int,
         attendedProbationary: Int, votersExpected: Int, votersPresent: Int, guestCount: Int,
         openPledgeDueDays: [Day], openPledgesWithoutDue: Int, keptPledges: Int, droppedPledges: Int) {
        self.id = id
        self.types = types
        self.partyGroupID = partyGroupID
        self.theme = theme
        self.start = start
        self.end = end
        self.state = state
        self.expectedFull = expectedFull
        self.expectedProbationary = expectedProbationary
        self.attendedFull = attendedFull
        self.attendedProbationary = attendedProbationary
        self.votersExpected = votersExpected
        self.votersPresent = votersPresent
        self.guestCount = guestCount
        self.openPledgeDueDays = openPledgeDueDays
        self.openPledgesWithoutDue = openPledgesWithoutDue
        self.keptPledges = keptPledges
        self.droppedPledges = droppedPledges
    }

    public var expected: Int { expectedFull + expectedProbationary }
    public var attended: Int { attendedFull + attendedProbationary }
    public var openPledges: Int { openPledgeDueDays.count + openPledgesWithoutDue }

    public func overduePledges(today: Day) -> Int {
        openPledgeDueDays.filter { $0 < today }.count
    }
}

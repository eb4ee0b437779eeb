/// The result of a vote under the "two majorities" reading of the rules: more than half
/// of the voters present (written opinions never count towards it), and yes votes more
/// than half of the voters *expected* (written opinions count, for admission and conversion).
public enum DecisionOutcome: String, Equatable, Sendable {
    case passed
    /// Quorum was met but the yes votes were not more than half of the voters expected.
    case failed
    /// Not more than half of the voters were present: no valid vote can be taken.
    case noQuorum = "no-quorum"
    /// More votes were counted than voters present: the count must be corrected.
    case invalidCount = "invalid-count"
    /// No votes entered yet.
    case notVoted = "not-voted"
    /// Taken by a body that may not decide it (an admission or a conversion outside a
    /// general meeting): never "passed", whatever the votes.
    case notValid = "not-valid"

    public init(_ decision: Decision, tally: AttendanceTally) {
        let written = (decision.kind ?? .ordinary).countsWrittenOpinions ? (decision.writtenOpinions ?? 0) : 0
        let counts = [decision.yes, decision.no, decision.abstain, written]
        // Checked before adding: a count from a damaged file must not overflow.
        guard counts.allSatisfy({ (0...Decision.maximumVotes).contains($0) }) else {
            self = .invalidCount
            return
        }
        let cast = decision.yes + decision.no + decision.abstain
        if cast == 0 {
            self = .notVoted
        } else if !tally.quorumMet {
            self = .noQuorum
        } else if cast > tally.votersPresent + written || written > tally.votersExpected - tally.votersPresent {
            // Written opinions may bring the votes above those present, by their number
            // and no more; there cannot be more of them than voters absent.
            self = .invalidCount
        } else if decision.yes * 2 > tally.votersExpected {
            self = .passed
        } else {
            self = .failed
        }
    }
}

extension Meeting {
    public var tally: AttendanceTally { AttendanceTally(self) }

    public func outcome(of decision: Decision) -> DecisionOutcome {
        if decidedByTheWrongBody(decision) { return .notValid }
        return DecisionOutcome(decision, tally: tally)
    }

    /// Admission, conversion, extending probation and discipline are the general meeting's to decide.
    public func decidedByTheWrongBody(_ decision: Decision) -> Bool {
        (decision.kind?.needsGeneralMeeting ?? false) && !types.contains(.generalMeeting)
    }

    /// Pledges made here that are still open past their due day.
    public func overduePledges(today: Day) -> [Pledge] {
        pledges.filter { $0.isOverdue(today: today) }
    }
}

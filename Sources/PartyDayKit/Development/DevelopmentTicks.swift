import Foundation

/// The steps a meeting's decisions decide: a decision about a person in development
/// (确定入党积极分子, 确定发展对象, admission, conversion, extension) that passed ticks the
/// person's step with the meeting's day, the meeting and the body it met as — so the
/// secretary records it once, at the meeting.
public enum DevelopmentTicks {
    /// The step a kind of decision decides.
    public static func step(of kind: DecisionKind) -> DevelopmentStep? {
        switch kind {
        case .activist: .activistDecided
        case .developmentCandidate: .candidateDecided
        case .admission: .admissionVote
        case .conversion, .probationExtension: .conversionVote
        default: nil
        }
    }

    /// The people whose files `meeting` changes, as changed (the others are not returned).
    public static func apply(_ meeting: Meeting, to people: [DevelopmentPerson], zone: TimeZone) -> [DevelopmentPerson] {
        let day = Day(meeting.start, in: zone)
        let tally = meeting.tally
        var changed: [String: DevelopmentPerson] = [:]
        for decision in meeting.decisions {
            guard let kind = decision.kind, let step = step(of: kind), let subject = decision.subject,
                  DecisionOutcome(decision, tally: tally) == .passed else { continue }
            // The subject by roster id (a probationary member converting), else by name among those still in the pipeline.
            let match = people.first { subject.memberID != nil && $0.memberID == subject.memberID }
                ?? people.first { $0.name == subject.name && $0.departure == nil }
            guard var person = match.map({ changed[$0.id] ?? $0 }) else { continue }
            var entry = person.entry(step) ?? DevelopmentStepEntry(step, on: day)
            entry.day = day
            entry.meetingID = meeting.id
            entry.body = DecidingBody.of(meeting.types)
            if kind == .probationExtension {
                entry.outcome = .extended
                entry.extensionMonths = entry.extensionMonths ?? 6
            } else if kind == .conversion, entry.outcome == .extended {
                entry.outcome = nil
            }
            guard person.entry(step) != entry else { continue }
            person.record(entry)
            changed[person.id] = person
        }
        return changed.values.sorted { $0.id < $1.id }
    }
}

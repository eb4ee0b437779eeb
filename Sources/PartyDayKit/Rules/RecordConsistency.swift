/// People a meeting's record says took part while its attendance says they were not
/// there: the host or recorder absent, a speaker on leave, a pledge made by somebody not
/// expected. An inspector rejects such a record, so concluding lists each.
public struct RecordInconsistency: Equatable, Sendable {
    public enum Part: String, Sendable { case host, recorder, speaker, suggestion, pledge }

    public var part: Part
    public var name: String
    /// Their attendance, or nil when they are not on the meeting's attendance at all.
    public var status: AttendanceStatus?
}

extension Meeting {
    /// Each member named in the record who, by the attendance, was not there.
    public var recordInconsistencies: [RecordInconsistency] {
        var found: [RecordInconsistency] = []
        let rows = Dictionary(attendance.map { ($0.memberID, $0) }, uniquingKeysWith: { first, _ in first })
        func check(_ person: PersonRef?, _ part: RecordInconsistency.Part) {
            guard let person, let memberID = person.memberID else { return }
            guard let row = rows[memberID] else {
                found.append(RecordInconsistency(part: part, name: person.name, status: nil))
                return
            }
            if !row.attended && row.status != .unmarked {
                found.append(RecordInconsistency(part: part, name: person.name, status: row.status))
            }
        }
        check(host, .host)
        check(recorder, .recorder)
        for speech in speeches { check(speech.speaker, .speaker) }
        for suggestion in suggestions { check(suggestion.by, .suggestion) }
        for pledge in pledges { check(pledge.by, .pledge) }
        return found
    }
}

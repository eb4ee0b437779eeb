import Foundation
import PartyDayKit

/// A meeting whose every text says which version wrote it.
enum VersionedMeeting {
    static func make(id: String, version: Int) -> Meeting {
        let mark = "v\(version)"
        var meeting = Meeting(id: id, types: [.themePartyDay], theme: mark,
                              start: Date(timeIntervalSince1970: 1_780_000_000), place: mark)
        meeting.agenda = (0..<40).map { AgendaStep(id: "s\($0)", title: mark, notes: String(repeating: "\(mark) 记录 ", count: 20)) }
        meeting.minutes = String(repeating: "\(mark)\n", count: 200)
        return meeting
    }
}

import Foundation
import PartyDayKit

/// Who came: one key per status, a find by name (pinyin initials too), guests and
/// non-voting attendees, and the live counts the record must state.
extension AppState {
    static let statusKeys: [String: AttendanceStatus] = [
        "p": .present, "l": .late, "e": .leftEarly, "v": .onLeave, "x": .absentExcused,
        "w": .absentUnexcused, "z": .excluded, "c": .unmarked,
    ]

    mutating func handleAttendance(_ event: Event, _ effects: inout [Effect]) -> Bool {
        guard let open = workspace else { return false }
        let meeting = open.meeting
        let index = open.cursor.index
        let memberRows = meeting.attendance.count
        switch event {
        case .text("/"):
            workspace?.find = TextField()
            workspace?.findOrigin = index
        case .text("P"):
            changeMeeting(&effects) { meeting in
                for row in meeting.attendance.indices where meeting.attendance[row].status == .unmarked {
                    meeting.attendance[row].status = .present
                }
            }
        case .text("g"):
            openGuestForm(nil)
        case .text("n"):
            openNonVotingForm(nil)
        case let .text(key) where Self.statusKeys[key] != nil && index < memberRows:
            mark(index, Self.statusKeys[key]!, &effects)
        case .key(.enter):
            if index < memberRows {
                let row = meeting.attendance[index]
                let status = row.status == .unmarked ? .onLeave : row.status
                if status == .excluded { openExclusionForm(row) } else { openReasonForm(row, status) }
            } else if index < memberRows + meeting.guests.count {
                openGuestForm(meeting.guests[index - memberRows])
            } else if index < open.attendanceRowCount {
                openNonVotingForm(meeting.nonVotingAttendees[index - memberRows - meeting.guests.count])
            }
        case .text("d"), .key(.delete):
            if index >= memberRows && index < memberRows + meeting.guests.count {
                let id = meeting.guests[index - memberRows].id
                changeMeeting(&effects) { $0.guests.removeAll { $0.id == id } }
            } else if index >= memberRows + meeting.guests.count && index < open.attendanceRowCount {
                let id = meeting.nonVotingAttendees[index - memberRows - meeting.guests.count].id
                changeMeeting(&effects) { $0.nonVotingAttendees.removeAll { $0.id == id } }
            } else {
                return false
            }
            workspace?.clampCursor()
        default:
            return false
        }
        return true
    }

    /// Sets a status; leave and absence with a reason ask for the reason first.
    private mutating func mark(_ index: Int, _ status: AttendanceStatus, _ effects: inout [Effect]) {
        guard let row = workspace?.meeting.attendance[index] else { return }
        switch status {
        case .onLeave, .absentExcused:
            openReasonForm(row, status)
        case .excluded:
            openExclusionForm(row)
        default:
            changeMeeting(&effects) { meeting in
                meeting.attendance[index].status = status
                meeting.attendance[index].exclusion = nil
            }
            advanceAttendanceCursor()
        }
    }

    private mutating func advanceAttendanceCursor() {
        guard var open = workspace else { return }
        var cursor = open.cursor
        cursor.index = min(cursor.index + 1, max(0, open.meeting.attendance.count - 1))
        open.cursor = cursor
        workspace = open
    }

    private mutating func openReasonForm(_ row: AttendanceRecord, _ status: AttendanceStatus) {
        guard writable else { return note(strings.readOnlyRefused, error: true) }
        let s = strings
        let statuses = AttendanceStatus.allCases.filter { $0 != .excluded }
        modal = .form(Form(.attendanceReason(memberID: row.memberID, status: status), title: row.name, fields: [
            FormField.choice("status", s.fieldStatus, statuses.map(s.statusName), selected: statuses.firstIndex(of: status) ?? 0),
            FormField("reason", s.fieldReason, .text(required: status == .onLeave || status == .absentExcused), value: row.reason),
        ]))
        if case var .form(form) = modal {
            form.focus = 1
            modal = .form(form)
        }
    }

    private mutating func openExclusionForm(_ row: AttendanceRecord) {
        guard writable else { return note(strings.readOnlyRefused, error: true) }
        let s = strings
        modal = .form(Form(.exclusion(memberID: row.memberID), title: s.excludeTitle(row.name), fields: [
            FormField.choice("why", s.fieldExclusion, ExclusionReason.allCases.map(s.exclusionName),
                             selected: row.exclusion.flatMap { ExclusionReason.allCases.firstIndex(of: $0) } ?? 0),
            FormField("note", s.fieldNote, .text(required: false), value: row.reason),
        ]))
    }

    private mutating func openGuestForm(_ guest: Guest?) {
        guard writable else { return note(strings.readOnlyRefused, error: true) }
        let s = strings
        modal = .form(Form(guest.map { .editGuest(id: $0.id) } ?? .addGuest, title: s.guestTitle, fields: [
            FormField("name", s.fieldName, .text(required: true), value: guest?.name ?? ""),
            FormField("title", s.fieldTitle, .text(required: false), value: guest?.title ?? ""),
            FormField("organization", s.fieldOrganization, .text(required: false), value: guest?.organization ?? ""),
        ]))
    }

    private mutating func openNonVotingForm(_ attendee: NonVotingAttendee?) {
        guard writable else { return note(strings.readOnlyRefused, error: true) }
        let s = strings
        modal = .form(Form(attendee.map { .editNonVoting(id: $0.id) } ?? .addNonVoting, title: s.nonVotingTitle, fields: [
            FormField("name", s.fieldName, .text(required: true), value: attendee?.name ?? ""),
            FormField("note", s.fieldNote, .text(required: false), value: attendee?.note ?? ""),
        ]))
    }

    mutating func submitAttendance(_ form: Form, _ effects: inout [Effect]) {
        switch form.purpose {
        case let .attendanceReason(memberID, _):
            let statuses = AttendanceStatus.allCases.filter { $0 != .excluded }
            let status = statuses[form.choice("status")]
            changeMeeting(&effects) { meeting in
                guard let row = meeting.attendance.firstIndex(where: { $0.memberID == memberID }) else { return }
                meeting.attendance[row].status = status
                meeting.attendance[row].reason = form.text("reason")
                meeting.attendance[row].exclusion = nil
            }
            advanceAttendanceCursor()
        case let .exclusion(memberID):
            changeMeeting(&effects) { meeting in
                guard let row = meeting.attendance.firstIndex(where: { $0.memberID == memberID }) else { return }
                meeting.attendance[row].status = .excluded
                meeting.attendance[row].exclusion = ExclusionReason.allCases[form.choice("why")]
                meeting.attendance[row].reason = form.text("note")
            }
            advanceAttendanceCursor()
        case .addGuest:
            let guest = Guest(name: form.text("name"), title: form.text("title"), organization: form.text("organization"))
            changeMeeting(&effects) { $0.guests.append(guest) }
        case let .editGuest(id):
            changeMeeting(&effects) { meeting in
                guard let index = meeting.guests.firstIndex(where: { $0.id == id }) else { return }
                meeting.guests[index].name = form.text("name")
                meeting.guests[index].title = form.text("title")
                meeting.guests[index].organization = form.text("organization")
            }
        case .addNonVoting:
            let attendee = NonVotingAttendee(name: form.text("name"), note: form.text("note"))
            changeMeeting(&effects) { $0.nonVotingAttendees.append(attendee) }
        case let .editNonVoting(id):
            changeMeeting(&effects) { meeting in
                guard let index = meeting.nonVotingAttendees.firstIndex(where: { $0.id == id }) else { return }
                meeting.nonVotingAttendees[index].name = form.text("name")
                meeting.nonVotingAttendees[index].note = form.text("note")
            }
        default:
            break
        }
    }

    /// Typing a name (or its pinyin initials) moves to the first match; Tab or ↓ to the next.
    mutating func handleFind(_ event: Event) -> Bool {
        guard var open = workspace, var find = open.find else { return false }
        let rows = open.meeting.attendance
        func matchIndexes(_ query: String) -> [Int] {
            rows.indices.filter { NameMatcher.matches(query, name: rows[$0].name, key: pinyin[rows[$0].name]) }
        }
        switch event {
        case .key(.enter):
            open.find = nil
        case .key(.escape):
            open.find = nil
            var cursor = open.cursor
            cursor.index = open.findOrigin
            open.cursor = cursor
        case .key(.tab), .key(.down):
            let matches = matchIndexes(find.text)
            if let next = matches.first(where: { $0 > open.cursor.index }) ?? matches.first {
                var cursor = open.cursor
                cursor.index = next
                open.cursor = cursor
            }
        default:
            _ = find.handle(event)
            open.find = find
            if let first = matchIndexes(find.text).first {
                var cursor = open.cursor
                cursor.index = first
                open.cursor = cursor
            }
        }
        workspace = open
        return true
    }

    func renderAttendance(_ grid: inout Grid, top: Int, height: Int) -> Point? {
        guard let open = workspace else { return nil }
        let s = strings
        let meeting = open.meeting
        let tally = meeting.tally
        grid.put(s.tallyLine(tally), x: 1, y: top, style: Style(bold: true), limit: grid.size.columns - 2)
        let quorum = tally.quorumMet ? s.quorumMet(tally.votersPresent, tally.votersExpected)
            : s.quorumNotMet(tally.votersPresent, tally.votersExpected)
        grid.put(quorum, x: 1, y: top + 1, style: Style(role: tally.quorumMet ? .good : .warning), limit: grid.size.columns - 2)
        let width = grid.size.columns
        let columns = [Column(title: s.columnName, width: 16), Column(title: s.columnCategory, width: 10),
                       Column(title: s.columnStatus, width: 12),
                       Column(title: s.columnReason, width: flexible(width, fixed: [16, 10, 12]))]
        var rows = meeting.attendance.map { row -> [String] in
            let category = s.categoryName(row.category) + (row.hasVote || row.category == .probationary ? "" : "·" + s.noVote)
            let reason = row.status == .excluded ? [row.exclusion.map(s.exclusionName) ?? "", row.reason].filter { !$0.isEmpty }.joined(separator: "：")
                : row.reason
            return [row.name, category, s.statusName(row.status), reason]
        }
        rows += meeting.guests.map { [$0.name, s.guest, $0.title, $0.organization] }
        rows += meeting.nonVotingAttendees.map { [$0.name, s.nonVoting, "", $0.note] }
        let findHeight = open.find == nil ? 0 : 1
        grid.table(top: top + 2, height: height - 2 - findHeight, columns: columns, rows: rows, selected: open.cursor.index) { index in
            guard index < meeting.attendance.count else { return Style(role: .accent) }
            switch meeting.attendance[index].status {
            case .unmarked: return Style(role: .muted)
            case .absentUnexcused: return Style(role: .danger)
            case .onLeave, .absentExcused, .excluded: return Style(role: .warning)
            default: return .plain
            }
        }
        if let find = open.find {
            let label = s.findLabel
            let y = top + height - 1
            grid.fill(x: 0, y: y, width: width, style: .plain)
            grid.put(label, x: 1, y: y, style: Style(bold: true))
            return find.draw(into: &grid, x: 2 + displayWidth(label), y: y, width: min(30, width - 3 - displayWidth(label)),
                             style: Style(underline: true))
        }
        return nil
    }
}

import Foundation
import PartyDayKit

/// Who came: one key per status, a find by name (pinyin initials too), guests and
/// non-voting attendees, and the live counts the record must state.
extension AppState {
    /// Marks the highlighted member, if the highlight is on a member's row.
    mutating func markHighlighted(_ status: AttendanceStatus, _ effects: inout [Effect]) {
        guard let open = workspace, open.cursor.index < open.meeting.attendance.count else { return }
        mark(open.cursor.index, status, &effects)
    }

    mutating func markEveryoneLeftPresent(_ effects: inout [Effect]) {
        changeMeeting(&effects) { meeting in
            for row in meeting.attendance.indices where meeting.attendance[row].status == .unmarked {
                meeting.attendance[row].status = .present
            }
        }
    }

    mutating func startFind() {
        guard let index = workspace?.cursor.index else { return }
        workspace?.find = TextField()
        workspace?.findOrigin = index
    }

    /// Enter on a row: a member's status and reason, or a guest's or non-voting attendee's details.
    mutating func editAttendanceRow() {
        guard let open = workspace else { return }
        let meeting = open.meeting
        let index = open.cursor.index
        let memberRows = meeting.attendance.count
        if index < memberRows {
            let row = meeting.attendance[index]
            let status = row.status == .unmarked ? .onLeave : row.status
            if status == .excluded { openExclusionForm(row) } else { openReasonForm(row, status) }
        } else if index < memberRows + meeting.guests.count {
            openGuestForm(meeting.guests[index - memberRows])
        } else if index < open.attendanceRowCount {
            openNonVotingForm(meeting.nonVotingAttendees[index - memberRows - meeting.guests.count])
        }
    }

    /// Removes the highlighted guest or non-voting row (member rows stay: they are the roster's).
    mutating func removeAttendanceRow(_ effects: inout [Effect]) {
        guard let open = workspace else { return }
        let meeting = open.meeting
        let index = open.cursor.index
        let memberRows = meeting.attendance.count
        if index >= memberRows && index < memberRows + meeting.guests.count {
            let id = meeting.guests[index - memberRows].id
            changeMeeting(&effects) { $0.guests.removeAll { $0.id == id } }
        } else if index >= memberRows + meeting.guests.count && index < open.attendanceRowCount {
            let id = meeting.nonVotingAttendees[index - memberRows - meeting.guests.count].id
            changeMeeting(&effects) { $0.nonVotingAttendees.removeAll { $0.id == id } }
        }
        workspace?.clampCursor()
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
            FormField.choice(.status, s.fieldStatus, statuses.map(s.statusName), selected: statuses.firstIndex(of: status) ?? 0),
            FormField(.reason, s.fieldReason, .text(required: status == .onLeave || status == .absentExcused), value: row.reason),
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
            FormField.choice(.why, s.fieldExclusion, ExclusionReason.allCases.map(s.exclusionName),
                             selected: row.exclusion.flatMap { ExclusionReason.allCases.firstIndex(of: $0) } ?? 0),
            FormField(.note, s.fieldNote, .text(required: false), value: row.reason),
        ]))
    }

    mutating func openGuestForm(_ guest: Guest?) {
        guard writable else { return note(strings.readOnlyRefused, error: true) }
        let s = strings
        modal = .form(Form(guest.map { .editGuest(id: $0.id) } ?? .addGuest, title: s.guestTitle, fields: [
            FormField(.name, s.fieldName, .text(required: true), value: guest?.name ?? ""),
            FormField(.title, s.fieldTitle, .text(required: false), value: guest?.title ?? ""),
            FormField(.organization, s.fieldOrganization, .text(required: false), value: guest?.organization ?? ""),
        ]))
    }

    mutating func openNonVotingForm(_ attendee: NonVotingAttendee?) {
        guard writable else { return note(strings.readOnlyRefused, error: true) }
        let s = strings
        modal = .form(Form(attendee.map { .editNonVoting(id: $0.id) } ?? .addNonVoting, title: s.nonVotingTitle, fields: [
            FormField(.name, s.fieldName, .text(required: true), value: attendee?.name ?? ""),
            FormField(.note, s.fieldNote, .text(required: false), value: attendee?.note ?? ""),
        ]))
    }

    mutating func submitAttendance(_ form: Form, _ effects: inout [Effect]) {
        switch form.purpose {
        case let .attendanceReason(memberID, _):
            let statuses = AttendanceStatus.allCases.filter { $0 != .excluded }
            let status = statuses[form.choice(.status)]
            changeMeeting(&effects) { meeting in
                guard let row = meeting.attendance.firstIndex(where: { $0.memberID == memberID }) else { return }
                meeting.attendance[row].status = status
                meeting.attendance[row].reason = form.text(.reason)
                meeting.attendance[row].exclusion = nil
            }
            advanceAttendanceCursor()
        case let .exclusion(memberID):
            changeMeeting(&effects) { meeting in
                guard let row = meeting.attendance.firstIndex(where: { $0.memberID == memberID }) else { return }
                meeting.attendance[row].status = .excluded
                meeting.attendance[row].exclusion = ExclusionReason.allCases[form.choice(.why)]
                meeting.attendance[row].reason = form.text(.note)
            }
            advanceAttendanceCursor()
        case .addGuest:
            let guest = Guest(id: newID(), name: form.text(.name), title: form.text(.title), organization: form.text(.organization))
            changeMeeting(&effects) { $0.guests.append(guest) }
        case let .editGuest(id):
            changeMeeting(&effects) { meeting in
                guard let index = meeting.guests.firstIndex(where: { $0.id == id }) else { return }
                meeting.guests[index].name = form.text(.name)
                meeting.guests[index].title = form.text(.title)
                meeting.guests[index].organization = form.text(.organization)
            }
        case .addNonVoting:
            let attendee = NonVotingAttendee(id: newID(), name: form.text(.name), note: form.text(.note))
            changeMeeting(&effects) { $0.nonVotingAttendees.append(attendee) }
        case let .editNonVoting(id):
            changeMeeting(&effects) { meeting in
                guard let index = meeting.nonVotingAttendees.firstIndex(where: { $0.id == id }) else { return }
                meeting.nonVotingAttendees[index].name = form.text(.name)
                meeting.nonVotingAttendees[index].note = form.text(.note)
            }
        default:
            break
        }
    }

    /// Rows of the attendance list whose name matches the find box.
    func findMatches() -> [Int] {
        guard let open = workspace, let find = open.find else { return [] }
        let rows = open.meeting.attendance
        return rows.indices.filter { NameMatcher.matches(find.text, name: rows[$0].name, key: pinyin[rows[$0].name]) }
    }

    mutating func endFind(restore: Bool) {
        guard var open = workspace else { return }
        if restore { open.setCursor(open.findOrigin) }
        open.find = nil
        workspace = open
    }

    mutating func nextFindMatch() {
        guard let index = workspace?.cursor.index else { return }
        let matches = findMatches()
        if let next = matches.first(where: { $0 > index }) ?? matches.first { workspace?.setCursor(next) }
    }

    /// Typing a name (or its pinyin initials) moves to the first match.
    mutating func typeIntoFind(_ event: Event) {
        guard var find = workspace?.find else { return }
        _ = find.handle(event)
        workspace?.find = find
        if let first = findMatches().first { workspace?.setCursor(first) }
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
        var rows = meeting.attendance.map { row -> [String] in
            let category = s.categoryName(row.category) + (row.hasVote || row.category == .probationary ? "" : "·" + s.noVote)
            let reason = row.status == .excluded ? [row.exclusion.map(s.exclusionName) ?? "", row.reason].filter { !$0.isEmpty }.joined(separator: "：")
                : row.reason
            return [row.name, category, s.statusName(row.status), reason]
        }
        rows += meeting.guests.map { [$0.name, s.guest, $0.title, $0.organization] }
        rows += meeting.nonVotingAttendees.map { [$0.name, s.nonVoting, "", $0.note] }
        let columns = fitColumns([ColumnSpec(title: s.columnName, minimum: 8, maximum: 20),
                                  ColumnSpec(title: s.columnCategory, minimum: 6, maximum: 20),
                                  ColumnSpec(title: s.columnStatus, minimum: 8, maximum: 24),
                                  ColumnSpec(title: s.columnReason, minimum: 12, maximum: 200, flexible: true)], rows: rows, total: width)
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

extension KeyScope {
    static let attendanceKeys: [KeyBinding] = [
        status("p", .present, Phrase("present", "出席"), Phrase("present; the highlight moves to the next member", "出席；光标移到下一位"), hint: 2),
        status("l", .late, Phrase("late", "迟到"), Phrase("late", "迟到"), hint: 8),
        status("e", .leftEarly, Phrase("left early", "早退"), Phrase("left early", "早退"), hint: 9),
        status("v", .onLeave, Phrase("leave", "请假"), Phrase("on leave (请假): asks the reason", "请假：填写原因"), hint: 3),
        status("x", .absentExcused, Phrase("absent", "因故缺席"), Phrase("absent with a proper reason (因病因事): asks the reason", "因故缺席（因病因事）：填写原因"), hint: 4),
        status("w", .absentUnexcused, Phrase("no reason", "无故缺席"), Phrase("absent without reason (无故缺席)", "无故缺席"), hint: 5),
        status("z", .excluded, Phrase("not counted", "不计应到"),
               Phrase("leave out of the expected count: choose the recognised reason (digits pick), add a note", "不计入应到人数：选择规定的原因（数字键选择），可加说明"), hint: 11),
        status("c", .unmarked, Phrase("clear", "清除"), Phrase("clear the mark", "清除标记")),
        KeyBinding([.char("P")], label: Phrase("all present", "其余出席"), help: Phrase("everyone still unmarked is present", "其余未标记者记为出席"), hint: 1, writes: true) { state, _, effects in
            state.markEveryoneLeftPresent(&effects)
        },
        KeyBinding([.char("/")], label: Phrase("find", "查找"), help: Phrase("find by name or pinyin initials", "按姓名或拼音首字母查找"), hint: 6) { state, _, _ in
            state.startFind()
        },
        KeyBinding([.key(.enter)], label: Phrase("reason", "原因"), help: Phrase("status and reason of the member (or edit a guest / non-voting row)", "该党员的状态和原因（或编辑来宾、列席人员）"),
                   hint: 10, writes: true) { state, _, _ in state.editAttendanceRow() },
        KeyBinding([.char("g")], label: Phrase("guest", "来宾"), help: Phrase("add a guest (name, title, organization)", "添加来宾（姓名、职务、单位）"), hint: 7, writes: true) { state, _, _ in
            state.openGuestForm(nil)
        },
        KeyBinding([.char("n")], label: Phrase("non-voting", "列席"), help: Phrase("add a non-voting attendee (列席)", "添加列席人员"), hint: 12, writes: true) { state, _, _ in
            state.openNonVotingForm(nil)
        },
        KeyBinding([.char("d"), .key(.delete)], label: Phrase("remove", "删除"), help: Phrase("remove the highlighted guest or non-voting row", "删除所选来宾或列席人员"),
                   writes: true) { state, _, effects in state.removeAttendanceRow(&effects) },
    ]

    private static func status(_ key: Character, _ status: AttendanceStatus, _ label: Phrase, _ help: Phrase, hint: Int? = nil) -> KeyBinding {
        KeyBinding([.char(key)], label: label, help: help, hint: hint, writes: true) { state, _, effects in
            state.markHighlighted(status, &effects)
        }
    }

    static let findKeys: [KeyBinding] = [
        KeyBinding([.key(.tab), .key(.down)], label: Phrase("next match", "下一个"), help: Phrase("the next member who matches", "下一个匹配的党员"), hint: 1) { state, _, _ in
            state.nextFindMatch()
        },
        KeyBinding([.key(.enter)], label: Phrase("done", "完成"), help: Phrase("stay on this member", "停在该党员"), hint: 2) { state, _, _ in
            state.endFind(restore: false)
        },
        KeyBinding([.key(.escape)], label: Phrase("back", "返回"), help: Phrase("back to where the find began", "回到查找前的位置"), hint: 3) { state, _, _ in
            state.endFind(restore: true)
        },
    ]
}

import Foundation
import PartyDayKit

/// The screen used during a meeting: a header, a row of tabs, and one pane at a time.
extension AppState {
    mutating func handleWorkspace(_ event: Event, _ effects: inout [Effect]) -> Bool {
        guard var open = workspace else { screen = .home; return true }
        if open.find != nil { return handleFind(event) }
        switch event {
        case .key(.tab):
            open.pane = WorkspaceState.Pane(rawValue: (open.pane.rawValue + 1) % WorkspaceState.Pane.allCases.count)!
        case .key(.backTab):
            open.pane = WorkspaceState.Pane(rawValue: (open.pane.rawValue + 6) % WorkspaceState.Pane.allCases.count)!
        case let .text(digit) where Int(digit).map { (1...7).contains($0) } == true:
            open.pane = WorkspaceState.Pane(rawValue: Int(digit)! - 1)!
        case .key(.escape), .text("q"):
            workspace = nil
            screen = .meetings
            return true
        case .text("i"):
            openHeaderForm()
            return true
        case .text("S"):
            advanceState(&effects)
            return true
        case .text("E"):
            effects.append(.exportMinutes(open.meeting))
            return true
        default:
            if let key = navigation(event) {
                var cursor = open.cursor
                let used = cursor.move(key, count: open.rowCount(open.pane))
                open.cursor = cursor
                workspace = open
                return used
            }
            switch open.pane {
            case .attendance: return handleAttendance(event, &effects)
            case .agenda: return handleAgenda(event, &effects)
            case .notes: return handleNotes(event)
            default: return handleRecords(event, &effects)
            }
        }
        workspace = open
        return true
    }

    private mutating func advanceState(_ effects: inout [Effect]) {
        let stamp = TextSanitizer.wholeSeconds(now)
        let members = self.members, branch = self.branch
        changeMeeting(&effects) { meeting in
            switch meeting.state {
            case .planned:
                if let branch { meeting.alignExpectedRows(members: members, branch: branch) }
                meeting.state = .inProgress
            case .inProgress:
                meeting.state = .concluded
                if meeting.end == nil { meeting.end = stamp }
            case .concluded: meeting.state = .inProgress
            }
        }
    }

    /// Members and guests of the open meeting, for person fields.
    var personCandidates: [PersonCandidate] {
        guard let meeting = workspace?.meeting else { return [] }
        var seen = Set<String>()
        var list: [PersonCandidate] = []
        for row in meeting.attendance where seen.insert(row.memberID).inserted {
            list.append(PersonCandidate(person: PersonRef(name: row.name, memberID: row.memberID), detail: strings.categoryName(row.category)))
        }
        list += meeting.guests.map { PersonCandidate(person: .guest($0), detail: $0.title) }
        list += meeting.nonVotingAttendees.map { PersonCandidate(person: PersonRef(name: $0.name), detail: strings.nonVoting) }
        return list
    }

    mutating func openHeaderForm() {
        guard writable, let meeting = workspace?.meeting else { return note(strings.readOnlyRefused, error: true) }
        let s = strings
        modal = .form(Form(.editHeader, title: s.editHeaderTitle, fields: [
            FormField("theme", s.fieldTheme, .text(required: false), value: meeting.theme),
            FormField("start", s.fieldStart, .dateTime(required: true), value: DateText.dateTime(meeting.start, in: timeZone)),
            FormField("end", s.fieldEnd, .dateTime(required: false), value: meeting.end.map { DateText.dateTime($0, in: timeZone) } ?? ""),
            FormField("place", s.fieldPlace, .text(required: false), value: meeting.place),
            .person("host", s.fieldHost, meeting.host, required: false),
            .person("recorder", s.fieldRecorder, meeting.recorder, required: false),
        ], candidates: personCandidates))
    }

    mutating func submitWorkspace(_ form: Form, _ effects: inout [Effect]) {
        switch form.purpose {
        case .editHeader:
            guard let start = form.date("start", in: timeZone) else { return }
            let end = form.date("end", in: timeZone)
            if let end, end < start {
                var again = form
                again.error = strings.endBeforeStart
                modal = .form(again)
                return
            }
            let members = self.members, branch = self.branch
            changeMeeting(&effects) { meeting in
                meeting.theme = form.text("theme")
                meeting.start = start
                meeting.end = end
                meeting.place = form.text("place")
                meeting.host = form.person("host")
                meeting.recorder = form.person("recorder")
                // A new day may mean another roster (not for a meeting already held).
                if let branch { meeting.alignExpectedRows(members: members, branch: branch) }
            }
        case .attendanceReason, .exclusion, .addGuest, .editGuest, .addNonVoting, .editNonVoting:
            submitAttendance(form, &effects)
        case .addStep, .editStep, .skipStep:
            submitAgenda(form, &effects)
        case .editNotes:
            changeMeeting(&effects) { meeting in
                meeting.hostSummary = form.text("summary")
                meeting.minutes = form.text("minutes")
            }
        default:
            submitRecord(form, &effects)
        }
    }

    func renderWorkspace(_ grid: inout Grid, top: Int, height: Int) -> Point? {
        guard let open = workspace else { return nil }
        let s = strings
        let meeting = open.meeting
        let width = grid.size.columns
        let types = meeting.types.map(s.typeName).joined(separator: " + ")
        var x = 1
        x += grid.put(types, x: x, y: top, style: Style(role: .accent, bold: true))
        x += grid.put("  ", x: x, y: top)
        grid.put(meeting.theme.isEmpty ? s.noTheme : meeting.theme, x: x, y: top, style: .heading, limit: width - x - 12)
        let state = s.stateName(meeting.state)
        grid.put(state, x: width - displayWidth(state) - 1, y: top,
                 style: Style(role: meeting.state == .inProgress ? .good : .muted, bold: true))
        var when = DateText.dateTime(meeting.start, in: timeZone)
        if let end = meeting.end { when += "–" + DateText.time(end, in: timeZone) }
        let details = [when, meeting.place, s.hostLabel + (meeting.host?.name ?? "—"), s.recorderLabel + (meeting.recorder?.name ?? "—")]
            .filter { !$0.isEmpty }.joined(separator: "  ")
        grid.put(details, x: 1, y: top + 1, style: Style(role: .muted), limit: width - 2)
        var tabX = 1
        for pane in WorkspaceState.Pane.allCases {
            let label = " \(pane.rawValue + 1) \(s.paneName(pane)) "
            if tabX + displayWidth(label) > width { break }
            tabX += grid.put(label, x: tabX, y: top + 2, style: pane == open.pane ? Style(role: .accent, bold: true, reverse: true) : Style(underline: true))
        }
        let paneTop = top + 3, paneHeight = height - 3
        switch open.pane {
        case .attendance: return renderAttendance(&grid, top: paneTop, height: paneHeight)
        case .agenda: renderAgenda(&grid, top: paneTop, height: paneHeight)
        case .notes: renderNotes(&grid, top: paneTop, height: paneHeight)
        default: renderRecords(&grid, top: paneTop, height: paneHeight)
        }
        return nil
    }
}

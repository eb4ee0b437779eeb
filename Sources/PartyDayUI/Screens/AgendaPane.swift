import Foundation
import PartyDayKit

/// The agenda, ticked off live: ticking stamps the time; skipping asks why.
extension AppState {
    mutating func handleAgenda(_ event: Event, _ effects: inout [Effect]) -> Bool {
        guard let open = workspace else { return false }
        let steps = open.meeting.agenda
        let index = open.cursor.index
        let step = index < steps.count ? steps[index] : nil
        let stamp = TextSanitizer.wholeSeconds(now)
        let members = self.members, branch = self.branch
        switch event {
        case .text(" "), .text("x"):
            guard let step else { return true }
            changeMeeting(&effects) { meeting in
                if step.status == .done {
                    meeting.agenda[index].status = .pending
                    meeting.agenda[index].doneAt = nil
                } else {
                    meeting.agenda[index].status = .done
                    meeting.agenda[index].doneAt = stamp
                    meeting.agenda[index].skipReason = ""
                    // Logging has begun once a step is ticked.
                    if meeting.state == .planned {
                        if let branch { meeting.alignExpectedRows(members: members, branch: branch) }
                        meeting.state = .inProgress
                    }
                }
            }
            if step.status != .done, let next = workspace?.currentStepIndex {
                workspace?.setCursor(next)
            }
        case .text("s"):
            guard let step, writable else { return true }
            modal = .form(Form(.skipStep(id: step.id), title: strings.skipTitle(step.title), fields: [
                FormField("reason", strings.fieldReason, .text(required: true), value: step.skipReason),
            ]))
        case .text("a"):
            guard writable else { note(strings.readOnlyRefused, error: true); return true }
            modal = .form(Form(.addStep, title: strings.addStepTitle, fields: [
                FormField("title", strings.fieldTitle, .text(required: true)),
                FormField("notes", strings.fieldNotes, .multiline),
            ]))
        case .key(.enter):
            guard let step, writable else { return true }
            modal = .form(Form(.editStep(id: step.id), title: strings.editStepTitle, fields: [
                FormField("title", strings.fieldTitle, .text(required: true), value: step.title),
                FormField("notes", strings.fieldNotes, .multiline, value: step.notes),
            ]))
        case .text("r"):
            reviewPledgesAtStep(step, &effects)
        case .text("d"), .key(.delete):
            guard step != nil else { return true }
            changeMeeting(&effects) { $0.agenda.remove(at: index) }
            workspace?.clampCursor()
        case .text("["), .text("]"):
            let target = event == .text("[") ? index - 1 : index + 1
            guard step != nil, target >= 0, target < steps.count else { return true }
            changeMeeting(&effects) { $0.agenda.swapAt(index, target) }
            workspace?.setCursor(target)
        default:
            return false
        }
        return true
    }

    /// Opens the earlier meetings' open pledges to review them at this step; with no
    /// agenda yet, adds a "review pledges" step first.
    private mutating func reviewPledgesAtStep(_ step: AgendaStep?, _ effects: inout [Effect]) {
        guard writable else { return note(strings.readOnlyRefused, error: true) }
        var target = step
        if target == nil {
            let added = AgendaStep(title: strings.reviewPledgesStep)
            changeMeeting(&effects) { $0.agenda.append(added) }
            target = added
        }
        guard let target, let meeting = workspace?.meeting else { return }
        openPledges(reviewAt: ReviewOrigin(meetingID: meeting.id, stepID: target.id,
                                           day: DateText.day(meeting.start, in: timeZone)))
    }

    mutating func submitAgenda(_ form: Form, _ effects: inout [Effect]) {
        switch form.purpose {
        case .addStep:
            let step = AgendaStep(title: form.text("title"), notes: form.text("notes"))
            let at = min((workspace?.cursor.index ?? 0) + 1, workspace?.meeting.agenda.count ?? 0)
            changeMeeting(&effects) { $0.agenda.insert(step, at: at) }
            workspace?.setCursor(at)
        case let .editStep(id):
            changeMeeting(&effects) { meeting in
                guard let index = meeting.agenda.firstIndex(where: { $0.id == id }) else { return }
                meeting.agenda[index].title = form.text("title")
                meeting.agenda[index].notes = form.text("notes")
            }
        case let .skipStep(id):
            changeMeeting(&effects) { meeting in
                guard let index = meeting.agenda.firstIndex(where: { $0.id == id }) else { return }
                meeting.agenda[index].status = .skipped
                meeting.agenda[index].doneAt = nil
                meeting.agenda[index].skipReason = form.text("reason")
            }
        default:
            break
        }
    }

    func renderAgenda(_ grid: inout Grid, top: Int, height: Int) {
        guard let open = workspace else { return }
        let s = strings
        let steps = open.meeting.agenda
        let done = steps.filter { $0.status == .done }.count
        grid.put(s.agendaProgress(done: done, total: steps.count), x: 1, y: top, style: Style(bold: true))
        if steps.isEmpty {
            grid.paragraph(s.emptyAgenda, x: 1, y: top + 2, width: grid.size.columns - 2, height: 2)
            return
        }
        let current = open.currentStepIndex
        let width = grid.size.columns
        let columns = [Column(title: "", width: 4), Column(title: s.columnStep, width: flexible(width, fixed: [4, 6, 24])),
                       Column(title: s.columnTime, width: 6), Column(title: s.columnNotes, width: 24)]
        let rows = steps.enumerated().map { index, step -> [String] in
            let mark = switch step.status {
            case .done: "[✓]"
            case .skipped: "[–]"
            case .pending: index == current ? "[▸]" : "[ ]"
            }
            let notes = step.status == .skipped ? s.skippedBecause(step.skipReason) : step.notes.replacingOccurrences(of: "\n", with: " ")
            return [mark, step.title, step.doneAt.map { DateText.time($0, in: timeZone) } ?? "", notes]
        }
        grid.table(top: top + 2, height: height - 2, columns: columns, rows: rows, selected: open.cursor.index) { index in
            if index == current { return Style(role: .accent, bold: true) }
            return steps[index].status == .pending ? .plain : Style(role: .muted)
        }
    }
}

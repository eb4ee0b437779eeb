import PartyDayKit

/// The host's summary and the free minutes.
extension WorkspaceState {
    func notesForm(_ strings: Strings) -> Form {
        Form(.editNotes, title: strings.notesTitle, fields: [
            FormField(.summary, strings.fieldHostSummary, .multiline, value: meeting.hostSummary),
            FormField(.minutes, strings.fieldMinutes, .multiline, value: meeting.minutes),
        ])
    }
}

extension WorkspaceState {
    func renderNotes(_ grid: inout Grid, _ context: ScreenContext, top: Int, height: Int) {
        let meeting = self.meeting
        let s = context.strings
        let width = grid.size.columns - 2
        var y = top
        grid.put(s.fieldHostSummary, x: 1, y: y, style: .heading)
        y += 1
        let summaryRows = max(1, (height - 4) / 3)
        let used = grid.paragraph(meeting.hostSummary.isEmpty ? s.emptyText : meeting.hostSummary, x: 1, y: y,
                                  width: width, height: summaryRows, style: meeting.hostSummary.isEmpty ? Style(role: .muted) : .plain)
        y += max(1, used) + 1
        grid.put(s.fieldMinutes, x: 1, y: y, style: .heading)
        y += 1
        grid.paragraph(meeting.minutes.isEmpty ? s.emptyText : meeting.minutes, x: 1, y: y, width: width,
                       height: top + height - y, style: meeting.minutes.isEmpty ? Style(role: .muted) : .plain)
    }
}

extension KeyScope {
    static let notesKeys: [KeyBinding] = [
        KeyBinding([.key(.enter), .char("a")], label: Phrase("write", "填写"), help: Phrase("write the host's summary and the record of the proceedings", "填写主持人总结和会议记录正文"),
                   hint: 1, writes: true, ifPresent: \.workspace) { open, context, _ in [.openForm(open.notesForm(context.strings))] },
    ]
}

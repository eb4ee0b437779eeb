import Foundation
import PartyDayKit

/// The screen used during a meeting: a header, a row of tabs, and one pane at a time.
extension AppState {
    /// Shows another pane; the order is the pane enum's.
    mutating func showPane(_ pane: WorkspaceState.Pane) {
        workspace?.pane = pane
    }

    mutating func leaveWorkspace() {
        workspace = nil
        screen = .meetings
    }

    /// Members and guests of the open meeting, for person fields.
    var personCandidates: [PersonCandidate] {
        guard let open = workspace else { return [] }
        return open.personCandidates(strings, groups: ScreenContext(app: self).groupNames(on: open.meeting))
    }
}

/// The open meeting: its header, the tabs, and the pane shown.
extension WorkspaceState {
    func renderWorkspace(_ grid: inout Grid, _ context: ScreenContext, top: Int, height: Int) -> Point? {
        let open = self
        let s = context.strings
        let meeting = open.meeting
        let width = grid.size.columns
        let types = context.typesText(meeting.types, partyGroupID: meeting.partyGroupID, separator: " + ")
        var x = 1
        x += grid.put(types, x: x, y: top, style: Style(role: .accent, bold: true))
        x += grid.put("  ", x: x, y: top)
        grid.put(meeting.theme.isEmpty ? s.noTheme : meeting.theme, x: x, y: top, style: .heading, limit: width - x - 12)
        let state = s.stateName(meeting.state)
        grid.put(state, x: width - displayWidth(state) - 1, y: top,
                 style: Style(role: meeting.state == .inProgress ? .good : .muted, bold: true))
        let timeZone = context.timeZone
        var when = DateText.dateTime(meeting.start, in: timeZone)
        if let end = meeting.end { when += "–" + DateText.time(end, in: timeZone) }
        let details = [when, meeting.place, s.hostLabel + (meeting.host?.name ?? "—"), s.recorderLabel + (meeting.recorder?.name ?? "—")]
            .filter { !$0.isEmpty }.joined(separator: "  ")
        grid.put(details, x: 1, y: top + 1, style: Style(role: .muted), limit: width - 2)
        // Every tab is shown: with room to spare each gets a margin, on 80 columns a single space.
        let labels = WorkspaceState.Pane.allCases.enumerated().map { "\($0.offset + 1) \(s.paneName($0.element))" }
        let roomy = labels.map { displayWidth($0) + 3 }.reduce(0, +) <= width - 1
        var tabX = 1
        for (pane, label) in zip(WorkspaceState.Pane.allCases, labels) {
            let shown = roomy ? " \(label) " : label
            if tabX + displayWidth(shown) > width { break }
            let drawn = grid.put(shown, x: tabX, y: top + 2, style: pane == open.pane ? Style(role: .accent, bold: true, reverse: true) : Style(underline: true))
            grid.target(.pane(pane), x: tabX, y: top + 2, width: drawn)
            tabX += drawn + 1
        }
        let paneTop = top + 3, paneHeight = height - 3
        switch open.pane {
        case .attendance: return open.duesOpen ? renderDuesPane(&grid, context, top: paneTop, height: paneHeight) : renderAttendance(&grid, context, top: paneTop, height: paneHeight)
        case .agenda: renderAgenda(&grid, context, top: paneTop, height: paneHeight)
        case .notes: renderNotes(&grid, context, top: paneTop, height: paneHeight)
        case .speeches, .suggestions, .decisions, .pledges: renderRecords(&grid, context, top: paneTop, height: paneHeight)
        }
        return nil
    }
}

extension WorkspaceState {
    /// The meeting's details, its notes, and the end of a meeting written up afterwards.
    mutating func receiveDetails(_ purpose: WorkspaceForm, _ form: Form, _ context: ScreenContext) -> [Intent] {
        let zone = context.timeZone
        switch purpose {
        case .editHeader:
            guard let start = form.date(.start, in: zone) else { return [] }
            let end = form.date(.end, in: zone)
            if let end, end < start { return Self.again(form, context.strings.endBeforeStart) }
            return edit { meeting in
                meeting.theme = form.text(.theme)
                meeting.start = start
                meeting.end = end
                meeting.place = form.text(.place)
                meeting.host = form.person(.host)
                meeting.recorder = form.person(.recorder)
                if meeting.types.contains(.partyLecture) {
                    meeting.lecturer = form.person(.lecturer)
                    meeting.lectureTitle = form.text(.lectureTitle).isEmpty ? nil : form.text(.lectureTitle)
                }
                if meeting.types.contains(where: \.isForAYear), !form.text(.evaluationYear).isEmpty {
                    meeting.evaluationYear = form.number(.evaluationYear)
                }
                // A new day may mean another roster (not for a meeting already held).
                if let branch = context.branch { meeting.alignExpectedRows(members: context.members, branch: branch) }
            }
        case .conclude:
            guard let end = form.date(.end, in: zone) else { return [] }
            guard end >= meeting.start else { return Self.again(form, context.strings.endBeforeStart) }
            return edit { meeting in
                meeting.end = end
                meeting.state = .concluded
            }
        case .editNotes:
            return edit { meeting in
                meeting.hostSummary = form.text(.summary)
                meeting.minutes = form.text(.minutes)
            }
        default:
            return []
        }
    }
}

extension WorkspaceState.Pane {
    /// The pane after this one, round the end.
    var next: Self { Self.allCases[(Self.allCases.firstIndex(of: self)! + 1) % Self.allCases.count] }
    var previous: Self { Self.allCases[(Self.allCases.firstIndex(of: self)! + Self.allCases.count - 1) % Self.allCases.count] }
}

extension WorkspaceState {
    /// Planned → in progress → concluded (the end stamped if none) → in progress again.
    mutating func advanceState(_ context: ScreenContext, recordChecked: Bool = false) -> [Intent] {
        let stamp = TextSanitizer.wholeSeconds(context.now)
        // An inspector rejects a record that names somebody who was not there: say who first.
        let inconsistencies = meeting.recordInconsistencies
        if meeting.state == .inProgress, !recordChecked, !inconsistencies.isEmpty {
            return [.ask(Confirmation(question: context.strings.recordInconsistencies(inconsistencies), action: .concludeAnyway))]
        }
        if meeting.state == .inProgress, meeting.end == nil, !meeting.isLive(at: stamp) {
            // Written up afterwards: the end is asked for (suggested: the usual length),
            // never taken from the clock days later.
            let s = context.strings
            var form = Form(.conclude, title: s.concludeTitle, fields: [
                FormField(.end, s.fieldEndedAt, .dateTime(required: true), value: DateText.dateTime(meeting.expectedEnd, in: context.timeZone)),
            ])
            form.dayOfBareTimes = DateText.day(meeting.start, in: context.timeZone)
            return [.openForm(form)]
        }
        return edit { meeting in
            switch meeting.state {
            case .planned:
                if let branch = context.branch { meeting.alignExpectedRows(members: context.members, branch: branch) }
                meeting.state = .inProgress
            case .inProgress:
                meeting.state = .concluded
                if meeting.end == nil { meeting.end = stamp }
            case .concluded: meeting.state = .inProgress
            }
        }
    }
}

extension ScreenContext {
    /// Each member's party group name on the meeting's day.
    func groupNames(on meeting: Meeting) -> [String: String] {
        guard let branch else { return [:] }
        let day = DateText.day(meeting.start, in: timeZone)
        var names: [String: String] = [:]
        for member in members {
            if let id = member.partyGroup.value(on: day) ?? nil, let group = branch.partyGroup(id: id) { names[member.id] = group.name }
        }
        return names
    }

}

extension WorkspaceState {
    func headerForm(_ context: ScreenContext) -> Form {
        let s = context.strings, timeZone = context.timeZone
        var yearField: [FormField] = []
        if meeting.types.contains(where: \.isForAYear) {
            let year = meeting.forYear(in: timeZone)
            yearField = [FormField(.evaluationYear, s.fieldEvaluationYear, .number(Day.supportedYears), value: "\(year)")]
        }
        // A Party lecture: who gives it (a member or a guest) and its title.
        let lectureFields: [FormField] = meeting.types.contains(.partyLecture) ? [
            .person(.lecturer, s.t("Lecturer", "主讲人"), meeting.lecturer ?? meeting.host, required: false),
            FormField(.lectureTitle, s.t("Lecture title", "党课题目"), .text(required: false), value: meeting.lectureTitle ?? ""),
        ] : []
        var form = Form(.editHeader, title: s.editHeaderTitle, fields: [
            FormField(.theme, s.fieldTheme, .text(required: false), value: meeting.theme),
            FormField(.start, s.fieldStart, .dateTime(required: true), value: DateText.dateTime(meeting.start, in: timeZone)),
            FormField(.end, s.fieldEnd, .dateTime(required: false), value: meeting.end.map { DateText.dateTime($0, in: timeZone) } ?? ""),
            FormField(.place, s.fieldPlace, .text(required: false), value: meeting.place),
            .person(.host, s.fieldHost, meeting.host, required: false),
            .person(.recorder, s.fieldRecorder, meeting.recorder, required: false),
        ] + lectureFields + yearField, candidates: personCandidates(s, groups: context.groupNames(on: meeting)))
        // "16:30" alone in the start or end field is on the meeting's own day.
        form.dayOfBareTimes = DateText.day(meeting.start, in: timeZone)
        return form
    }

}

extension KeyScope {
    static let workspaceKeys: [KeyBinding] = [
        KeyBinding([.key(.tab)], label: Phrase("next pane", "下一栏"), help: Phrase("next pane", "下一栏"), hint: 30, ifPresent: \.workspace) { open, _, _ in
            open.duesOpen = false
            open.pane = open.pane.next
            return []
        },
        KeyBinding([.key(.backTab)], label: Phrase("previous pane", "上一栏"), help: Phrase("previous pane", "上一栏"), ifPresent: \.workspace) { open, _, _ in
            open.duesOpen = false
            open.pane = open.pane.previous
            return []
        },
        KeyBinding(WorkspaceState.Pane.allCases.indices.map { .char(Character(String($0 + 1))) }, keyText: "1–\(WorkspaceState.Pane.allCases.count)",
                   label: Phrase("pane", "栏目"),
                   help: Phrase("panes: Attendance, Agenda, Speeches, Suggestions, Decisions, Pledges, Notes", "栏目：出席、议程、发言、意见建议、决议、承诺、总结与记录"),
                   ifPresent: \.workspace) { open, _, stroke in
            if case let .char(digit) = stroke, let number = digit.wholeNumberValue {
                open.duesOpen = false
                open.pane = WorkspaceState.Pane.allCases[number - 1]
            }
            return []
        },
        KeyBinding([.char("i")], label: Phrase("details", "会议信息"), help: Phrase("meeting details: theme, start, end, place, host, recorder", "会议信息：主题、开始、结束、地点、主持人、记录人"),
                   hint: 31, writes: true, ifPresent: \.workspace) { open, context, _ in [.openForm(open.headerForm(context))] },
        KeyBinding([.char("S")], label: Phrase("start/end", "开始/结束"),
                   help: Phrase("planned → in progress → concluded (a form asks when it ended; the record's gaps are named first) → in progress again",
                                "计划中 → 进行中 → 已结束（先提示记录中的缺漏，再填写结束时间）→ 再次进行中"),
                   hint: 32, writes: true, ifPresent: \.workspace) { open, context, _ in open.advanceState(context) },
        KeyBinding([.char("I")], label: Phrase("sign-in sheet", "签到表"),
                   help: Phrase("write the sign-in sheet to print: exports/DATE-TYPE-signin.docx (A4) and .md in the data folder",
                                "导出签到表以便打印：数据目录的 exports/日期-类型-signin.docx（A4）和 .md"),
                   ifPresent: \.workspace) { open, context, _ in
            guard let branch = context.branch else { return [] }
            return [.effect(Effect.exportSignIn(MinutesRequest(meeting: open.meeting, branch: branch, language: context.strings.language, members: context.members)).replying(to: .workspace))]
        },
        KeyBinding([.char("E")], label: Phrase("export", "导出"),
                   help: Phrase("export the minutes in the interface language as exports/DATE-TYPE-minutes.md, .txt and .docx (Word) in the data folder; a new name each time, nothing is replaced",
                                "以界面语言导出会议记录到数据目录的 exports/日期-类型-minutes.md、.txt 和 .docx（Word）；每次使用新文件名，不覆盖已有文件"),
                   ifPresent: \.workspace) { open, context, _ in
            guard let branch = context.branch else { return [] }
            let request = MinutesRequest(meeting: open.meeting, branch: branch, language: context.strings.language, members: context.members,
                                         development: context.development.people)
            return [.effect(Effect.exportMinutes(request).replying(to: .workspace))]
        },
        KeyBinding([.key(.escape), .char("q")], label: Phrase("back", "返回"), help: Phrase("back to the meetings", "返回会议列表"), hint: 33) { _, _ in [.leaveMeeting] },
    ]
}

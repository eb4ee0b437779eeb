import Foundation
import PartyDayKit

/// The agenda, ticked off live: ticking stamps the time; skipping asks why.
extension WorkspaceState {
    /// The highlighted step and its place, if the agenda has one there.
    var highlightedStep: (index: Int, step: AgendaStep)? {
        cursor.index < meeting.agenda.count ? (cursor.index, meeting.agenda[cursor.index]) : nil
    }

    /// Ticks the highlighted step done (stamping the time) or back to pending; a tick
    /// moves the highlight to the next step not yet done.
    mutating func toggleStep(_ context: ScreenContext) -> [Intent] {
        guard let (index, step) = highlightedStep else { return [] }
        // Live, the clock; written up afterwards, a time inside the meeting.
        let stamp = meeting.tickTime(forStep: index, now: TextSanitizer.wholeSeconds(context.now))
        let intents = edit { meeting in
            if step.status == .done {
                meeting.agenda[index].status = .pending
                meeting.agenda[index].doneAt = nil
            } else {
                meeting.tick(stepAt: index, at: stamp, members: context.members, branch: context.branch)
            }
        }
        if step.status != .done, let next = currentStepIndex { setCursor(next) }
        return intents
    }

    func skipForm(_ strings: Strings) -> Form? {
        guard let (_, step) = highlightedStep else { return nil }
        return Form(.skipStep(id: step.id), title: strings.skipTitle(step.title), fields: [
            FormField(.reason, strings.fieldReason, .text(required: true), value: step.skipReason),
        ])
    }

    /// The form to add a step after the highlighted one, or to edit it; a step already
    /// done shows its time, to correct.
    func stepForm(editing: Bool, _ strings: Strings, zone: TimeZone) -> Form? {
        let step = editing ? highlightedStep?.step : nil
        if editing && step == nil { return nil }
        var fields = [
            FormField(.title, strings.fieldTitle, .text(required: true), value: step?.title ?? ""),
            FormField(.notes, strings.fieldNotes, .multiline, value: step?.notes ?? ""),
        ]
        if let doneAt = step?.doneAt, step?.status == .done {
            fields.insert(FormField(.time, strings.fieldStepTime, .time(required: true), value: DateText.time(doneAt, in: zone)), at: 1)
        }
        return Form(step.map { .editStep(id: $0.id) } ?? .addStep, title: editing ? strings.editStepTitle : strings.addStepTitle, fields: fields)
    }

    mutating func deleteStep() -> [Intent] {
        guard let (index, _) = highlightedStep else { return [] }
        let intents = edit { $0.agenda.remove(at: index) }
        clampCursor()
        return intents
    }

    /// Moves the highlighted step up (-1) or down (+1).
    mutating func moveStep(by offset: Int) -> [Intent] {
        guard let (index, _) = highlightedStep else { return [] }
        let target = index + offset
        guard target >= 0, target < meeting.agenda.count else { return [] }
        let intents = edit { $0.agenda.swapAt(index, target) }
        setCursor(target)
        return intents
    }
}

extension WorkspaceState {
    func renderAgenda(_ grid: inout Grid, _ context: ScreenContext, top: Int, height: Int) {
        let open = self
        let s = context.strings
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
            return [mark, step.title, step.doneAt.map { DateText.time($0, in: context.timeZone) } ?? "", notes]
        }
        grid.table(top: top + 2, height: height - 2, columns: columns, rows: rows, selected: open.cursor.index) { index in
            if index == current { return Style(role: .accent, bold: true) }
            return steps[index].status == .pending ? .plain : Style(role: .muted)
        }
    }
}

extension WorkspaceState {
    mutating func receiveAgenda(_ purpose: WorkspaceForm, _ form: Form, _ context: ScreenContext, _ ids: inout SeededGenerator) -> [Intent] {
        switch purpose {
        case .addStep:
            let step = AgendaStep(id: ids.shortID(), title: form.text(.title), notes: form.text(.notes))
            let at = min(cursor.index + 1, meeting.agenda.count)
            let intents = edit { $0.agenda.insert(step, at: at) }
            setCursor(at)
            return intents
        case let .editStep(id):
            let zone = context.timeZone
            return edit { meeting in
                guard let index = meeting.agenda.firstIndex(where: { $0.id == id }) else { return }
                meeting.agenda[index].title = form.text(.title)
                meeting.agenda[index].notes = form.text(.notes)
                // A corrected time is on the meeting's day.
                if meeting.agenda[index].status == .done, let minutes = form.minutes(.time) {
                    meeting.agenda[index].doneAt = DateText.day(meeting.start, in: zone).start(in: zone).addingTimeInterval(Double(minutes * 60))
                }
            }
        case let .skipStep(id):
            return edit { meeting in
                guard let index = meeting.agenda.firstIndex(where: { $0.id == id }) else { return }
                meeting.agenda[index].status = .skipped
                meeting.agenda[index].doneAt = nil
                meeting.agenda[index].skipReason = form.text(.reason)
            }
        default:
            return []
        }
    }
}

extension Meeting {
    /// A step done at `stamp`. Logging has begun once a step is ticked: a planned meeting
    /// is in progress from then, expecting whom the roster says.
    mutating func tick(stepAt index: Int, at stamp: Date, members: [Member], branch: BranchProfile?) {
        agenda[index].status = .done
        agenda[index].doneAt = stamp
        agenda[index].skipReason = ""
        if state == .planned {
            if let branch { alignExpectedRows(members: members, branch: branch) }
            state = .inProgress
        }
    }
}

extension WorkspaceState {
    /// Reviews earlier meetings' pledges at the highlighted step (a step is added first when
    /// the agenda has none): the Pledges screen opens, reviewing in place.
    mutating func reviewPledges(_ context: ScreenContext, ids: inout SeededGenerator) -> [Intent] {
        var intents: [Intent] = []
        var target = highlightedStep?.step
        if target == nil {
            let before = meeting
            let added = AgendaStep(id: ids.shortID(), title: context.strings.reviewPledgesStep)
            meeting.agenda.append(added)
            intents.append(.meetingEdited(before: before))
            target = added
        }
        guard let target else { return intents }
        return intents + [.openPledges(ReviewOrigin(meetingID: meeting.id, stepID: target.id, day: DateText.day(meeting.start, in: context.timeZone)))]
    }
}

extension KeyScope {
    static let agendaKeys: [KeyBinding] = [
        KeyBinding([.char(" "), .char("x")], label: Phrase("tick", "完成"), help: Phrase("tick done (stamps the time) or untick; the highlight moves to the next step", "完成（记录时间）或取消；光标移到下一项"),
                   hint: 1, writes: true, ifPresent: \.workspace) { open, context, _ in open.toggleStep(context) },
        KeyBinding([.char("s")], label: Phrase("skip", "跳过"), help: Phrase("skip, with a reason", "跳过并说明原因"), hint: 2, writes: true,
                   ifPresent: \.workspace) { open, context, _ in open.skipForm(context.strings).map { [.openForm($0)] } ?? [] },
        KeyBinding([.char("a")], label: Phrase("add", "添加"), help: Phrase("add a step after the highlighted one", "在所选议程后添加"), hint: 3, writes: true,
                   ifPresent: \.workspace) { open, context, _ in open.stepForm(editing: false, context.strings, zone: context.timeZone).map { [.openForm($0)] } ?? [] },
        KeyBinding([.key(.enter)], label: Phrase("edit", "编辑"), help: Phrase("edit the title and the notes", "编辑标题和记录"), hint: 4, writes: true,
                   ifPresent: \.workspace) { open, context, _ in open.stepForm(editing: true, context.strings, zone: context.timeZone).map { [.openForm($0)] } ?? [] },
        KeyBinding([.char("r")], label: Phrase("review pledges", "回顾承诺"),
                   help: Phrase("review earlier meetings' open pledges here; each review is saved in that meeting's file, dated this meeting's day, and noted in this step (with no agenda yet, a step is added first)",
                                "在此回顾以往会议的待兑现承诺；每次回顾记入该会议的文件（日期为本次会议日期），并写入本议程的记录（尚无议程时先添加一项）"),
                   hint: 5, writes: true, ifPresent: \.workspace, ids: true) { open, context, _, ids in open.reviewPledges(context, ids: &ids) },
        KeyBinding([.char("p")], label: Phrase("dues", "收党费"),
                   help: Phrase("on the \"pay Party dues\" step: the dues pane, this month's amount for each member (Space paid, P everyone present)",
                                "在“缴纳党费”议程上：打开党费栏，列出每名党员本月应交金额（空格 已交，P 出席者均已交）"),
                   hint: 8, when: { $0.workspace?.highlightedStep?.step.isDuesStep == true }, ifPresent: \.workspace) { open, _, _ in
            open.openDuesPane()
            return []
        },
        KeyBinding([.char("[")], label: Phrase("move up", "上移"), help: Phrase("move the step up", "议程上移"), hint: 7, writes: true,
                   ifPresent: \.workspace) { open, _, _ in open.moveStep(by: -1) },
        KeyBinding([.char("]")], label: Phrase("move down", "下移"), help: Phrase("move the step down", "议程下移"), writes: true,
                   ifPresent: \.workspace) { open, _, _ in open.moveStep(by: 1) },
        KeyBinding([.char("d"), .key(.delete)], label: Phrase("delete", "删除"), help: Phrase("delete the step (u undoes)", "删除议程（u 可撤销）"), hint: 6, writes: true,
                   ifPresent: \.workspace) { open, _, _ in open.deleteStep() },
    ]
}

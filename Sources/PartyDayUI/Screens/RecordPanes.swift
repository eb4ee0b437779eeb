import Foundation
import PartyDayKit

/// Speeches, suggestions, decisions and pledges: lists with add (a), edit (Enter), delete (d).
extension WorkspaceState {
    /// Deletes the highlighted speech, suggestion, decision or pledge.
    mutating func deleteRecord() -> [Intent] {
        let index = cursor.index
        guard index < rowCount(pane) else { return [] }
        let pane = self.pane
        let intents = edit { meeting in
            switch pane {
            case .speeches: meeting.speeches.remove(at: index)
            case .suggestions: meeting.suggestions.remove(at: index)
            case .decisions: meeting.decisions.remove(at: index)
            case .pledges: meeting.pledges.remove(at: index)
            case .attendance, .agenda, .notes: break
            }
        }
        clampCursor()
        return intents
    }

    /// Members and guests of the meeting, for person fields, each with what tells two
    /// people apart: a member's category and party group, a guest's title.
    func personCandidates(_ strings: Strings, groups: [String: String] = [:]) -> [PersonCandidate] {
        var seen = Set<String>()
        var list: [PersonCandidate] = []
        for row in meeting.attendance where seen.insert(row.memberID).inserted {
            let detail = [strings.categoryName(row.category), groups[row.memberID]].compactMap { $0 }.joined(separator: " · ")
            list.append(PersonCandidate(person: PersonRef(name: row.name, memberID: row.memberID), detail: detail))
        }
        list += meeting.guests.map { PersonCandidate(person: .guest($0), detail: $0.title) }
        list += meeting.nonVotingAttendees.map { PersonCandidate(person: PersonRef(name: $0.name), detail: strings.nonVoting) }
        return list
    }

    /// The form to add a record to the pane on show (nil) or to edit record `index`.
    func recordForm(editing index: Int?, _ s: Strings, groups: [String: String] = [:]) -> Form? {
        let candidates = personCandidates(s, groups: groups)
        switch pane {
        case .speeches:
            let speech = index.map { meeting.speeches[$0] }
            let steps = meeting.agenda
            let stepIndex = speech?.agendaStepID.flatMap { id in steps.firstIndex { $0.id == id } } ?? currentStepIndex
            return Form(speech.map { .editSpeech(id: $0.id) } ?? .addSpeech, title: s.speechTitle, fields: [
                .person(.speaker, s.fieldSpeaker, speech?.speaker, required: true),
                .choice(.step, s.fieldStep, [s.none] + steps.map(\.title), selected: stepIndex.map { $0 + 1 } ?? 0),
                FormField(.summary, s.fieldSummary, .multiline, value: speech?.summary ?? ""),
                .toggle(.dissent, s.fieldDissent, on: speech?.dissent ?? false),
            ], candidates: candidates)
        case .suggestions:
            let item = index.map { meeting.suggestions[$0] }
            return Form(item.map { .editSuggestion(id: $0.id) } ?? .addSuggestion, title: s.suggestionTitle, fields: [
                .person(.by, s.fieldBy, item?.by, required: true),
                FormField(.text, s.fieldSuggestion, .multiline, value: item?.text ?? ""),
                FormField(.answer, s.fieldAnswer, .multiline, value: item?.answer ?? ""),
                .person(.answeredBy, s.fieldAnsweredBy, item?.answeredBy, required: false),
            ], candidates: candidates)
        case .decisions:
            let item = index.map { meeting.decisions[$0] }
            // Ten times those expected is far beyond any real count, and far below an overflow.
            let votes = 0...min(Decision.maximumVotes, max(10, meeting.attendance.count * 10))
            let labels = s.labels
            return Form(item.map { .editDecision(id: $0.id) } ?? .addDecision, title: s.decisionTitle, fields: [
                FormField(.text, s.fieldDecision, .multiline, value: item?.text ?? ""),
                FormField(.yes, s.fieldYes, .number(votes), value: item.map { "\($0.yes)" } ?? ""),
                FormField(.no, s.fieldNo, .number(votes), value: item.map { "\($0.no)" } ?? ""),
                FormField(.abstain, s.fieldAbstain, .number(votes), value: item.map { "\($0.abstain)" } ?? ""),
                FormField(.written, s.fieldWritten, .number(votes), value: item?.writtenOpinions.map { "\($0)" } ?? ""),
                .choice(.kind, s.fieldKind, DecisionKind.allCases.map(labels.decisionKindName),
                        selected: DecisionKind.allCases.firstIndex(of: item?.kind ?? .ordinary) ?? 0),
                .choice(.method, s.fieldMethod, [s.notRecorded] + VotingMethod.allCases.map(labels.votingMethodName),
                        selected: item?.method.flatMap { VotingMethod.allCases.firstIndex(of: $0) }.map { $0 + 1 } ?? 0),
                .person(.subject, s.fieldSubject, item?.subject, required: false),
                FormField(.scrutineers, s.t("Scrutineers (监票人)", "监票人"), .text(required: false), value: item?.scrutineers?.joined(separator: "、") ?? ""),
                FormField(.tellers, s.t("Tellers (计票人)", "计票人"), .text(required: false), value: item?.tellers?.joined(separator: "、") ?? ""),
                FormField(.statement, s.t("The person's statement (admission, conversion)", "本人表态（接收、转正）"), .text(required: false), value: item?.statement ?? ""),
                FormField(.sponsors, s.fieldSponsors, .text(required: false), value: item?.sponsorsOpinion ?? ""),
                FormField(.committeeView, s.fieldCommittee, .text(required: false), value: item?.committeeOpinion ?? ""),
                FormField(.approved, s.fieldApproved, .day(required: false), value: item?.approvedOn?.description ?? ""),
            ], candidates: candidates)
        case .pledges:
            let item = index.map { meeting.pledges[$0] }
            return Form(item.map { .editPledge(id: $0.id) } ?? .addPledge, title: s.pledgeTitle, fields: [
                .person(.by, s.fieldPledgedBy, item?.by, required: false),
                FormField(.text, s.fieldPledge, .multiline, value: item?.text ?? ""),
                FormField(.due, s.fieldDue, .day(required: false), value: item?.due?.description ?? ""),
                .choice(.status, s.fieldStatus, Pledge.Status.allCases.map(s.pledgeStatusName),
                        selected: item.flatMap { Pledge.Status.allCases.firstIndex(of: $0.status) } ?? 0),
            ], candidates: candidates.filter { $0.person.memberID != nil })
        case .attendance, .agenda, .notes:
            return nil
        }
    }

}

extension WorkspaceState {
    mutating func receiveRecord(_ purpose: WorkspaceForm, _ form: Form, _ context: ScreenContext, _ ids: inout SeededGenerator) -> [Intent] {
        let strings = context.strings
        switch purpose {
        case .addSpeech, .editSpeech:
            guard let speaker = form.person(.speaker) else { return [] }
            let stepChoice = form.choice(.step)
            let stepID = stepChoice > 0 && stepChoice <= meeting.agenda.count ? meeting.agenda[stepChoice - 1].id : nil
            let speech = Speech(id: ids.shortID(), speaker: speaker, agendaStepID: stepID, summary: form.text(.summary), dissent: form.isOn(.dissent))
            return upsert(purpose, \.speeches, speech) { if case let .editSpeech(id) = $0 { id } else { nil } }
        case .addSuggestion, .editSuggestion:
            guard let by = form.person(.by) else { return [] }
            let item = Suggestion(id: ids.shortID(), by: by, text: form.text(.text), answer: form.text(.answer), answeredBy: form.person(.answeredBy))
            return upsert(purpose, \.suggestions, item) { if case let .editSuggestion(id) = $0 { id } else { nil } }
        case .addDecision, .editDecision:
            var item = Decision(id: ids.shortID(), text: form.text(.text), yes: form.number(.yes), no: form.number(.no), abstain: form.number(.abstain))
            let kind = DecisionKind.allCases[min(form.choice(.kind), DecisionKind.allCases.count - 1)]
            // The rules give these to the branch general meeting alone.
            if kind.needsGeneralMeeting && !meeting.types.contains(.generalMeeting) {
                return Self.again(form, strings.onlyGeneralMeeting(strings.labels.decisionKindName(kind)))
            }
            let tally = meeting.tally
            let written = form.text(.written).isEmpty ? nil : form.number(.written)
            if let written, written > tally.votersExpected - tally.votersPresent {
                return Self.again(form, strings.tooManyWritten(tally.votersExpected - tally.votersPresent))
            }
            item.kind = kind == .ordinary ? nil : kind
            item.subject = form.person(.subject)
            if let membership = MembershipTicks.kind(of: kind) {
                // Corrected, a decision already in force about this member is not checked
                // against the standing it produced itself (stopped by this very decision).
                var decided: String?
                if case let .editDecision(id) = purpose, let old = meeting.decisions.first(where: { $0.id == id }), old.kind == kind { decided = old.subject?.memberID }
                let found = Self.membershipSubject(item.subject, membership, on: DateText.day(meeting.start, in: context.timeZone), context, decided: decided)
                guard let member = found.member else { return Self.again(form, found.problem?.text(strings.language) ?? "") }
                item.subject = PersonRef(name: member.name, memberID: member.id)
            }
            item.method = form.choice(.method) > 0 ? VotingMethod.allCases[form.choice(.method) - 1] : nil
            item.writtenOpinions = written
            item.sponsorsOpinion = form.text(.sponsors).isEmpty ? nil : form.text(.sponsors)
            item.committeeOpinion = form.text(.committeeView).isEmpty ? nil : form.text(.committeeView)
            item.approvedOn = form.day(.approved)
            item.scrutineers = form.names(.scrutineers)
            item.tellers = form.names(.tellers)
            item.statement = form.text(.statement).isEmpty ? nil : form.text(.statement)
            var intents = upsert(purpose, \.decisions, item) { if case let .editDecision(id) = $0 { id } else { nil } }
            // An approved conversion reaches the roster with its two dates.
            if kind == .conversion, let approved = item.approvedOn, let memberID = item.subject?.memberID,
               let member = context.members.first(where: { $0.id == memberID }), member.category.current == .probationary || member.votesFrom != nil {
                let fullFrom = member.probationEnd ?? approved
                intents += [.changeRoster(.convert(memberID: memberID, fullFrom: fullFrom, approvedOn: approved),
                                          label: Phrase("\(member.name)'s conversion", "\(member.name)的转正")),
                            .note(strings.conversionRecorded(member.name, fullFrom.description, approved.description), error: false)]
            }
            return intents
        case .addPledge, .editPledge:
            var item = Pledge(id: ids.shortID(), by: form.person(.by), text: form.text(.text), due: form.day(.due),
                              status: Pledge.Status.allCases[form.choice(.status)])
            if case let .editPledge(id) = purpose, let old = meeting.pledges.first(where: { $0.id == id }) {
                item.reviews = old.reviews
            }
            return upsert(purpose, \.pledges, item) { if case let .editPledge(id) = $0 { id } else { nil } }
        default:
            return []
        }
    }

    /// Whom a decision to stop, restore or remove a membership is about: a member of the
    /// roster (by the form's pick, or by name — a stopped member is not in the attendance),
    /// whose standing on the meeting's day allows it.
    static func membershipSubject(_ subject: PersonRef?, _ kind: MembershipDecision.Kind, on day: Day, _ context: ScreenContext,
                                  decided: String? = nil) -> (member: Member?, problem: Wording?) {
        let member = subject.flatMap { subject in
            context.members.first { subject.memberID != nil && $0.id == subject.memberID } ?? context.members.first { $0.name == subject.name }
        }
        guard let member else {
            return (nil, Wording("Say whom the decision is about (About: a member of the roster).", "请在“对象”中填写决定所涉及的党员（本支部名册上的党员）。"))
        }
        if member.id != decided, let problem = MembershipTicks.problem(member, kind, on: day) { return (nil, problem) }
        return (member, nil)
    }

    /// Adds `item`, or replaces the one being edited (keeping its id).
    private mutating func upsert<Item: EditableRecord>(_ purpose: WorkspaceForm, _ path: WritableKeyPath<Meeting, [Item]>, _ item: Item,
                                                      editedID: (WorkspaceForm) -> String?) -> [Intent] {
        var item = item
        if let id = editedID(purpose) {
            return edit { meeting in
                guard let index = meeting[keyPath: path].firstIndex(where: { $0.id == id }) else { return }
                item.id = id
                meeting[keyPath: path][index] = item
            }
        }
        let intents = edit { $0[keyPath: path].append(item) }
        setCursor(meeting[keyPath: path].count - 1)
        return intents
    }
}

extension WorkspaceState {
    func renderRecords(_ grid: inout Grid, _ context: ScreenContext, top: Int, height: Int) {
        let open = self
        let s = context.strings
        let meeting = open.meeting
        let width = grid.size.columns
        var columns: [Column] = []
        var rows: [[String]] = []
        var header = ""
        switch open.pane {
        case .speeches:
            header = s.speechesCount(meeting.speeches.count)
            columns = [Column(title: s.columnSpeaker, width: 14), Column(title: s.columnStep, width: 16),
                       Column(title: s.columnSummary, width: flexible(width, fixed: [14, 16]))]
            rows = meeting.speeches.map { speech in
                let step = meeting.agenda.first { $0.id == speech.agendaStepID }?.title ?? ""
                return [speech.speaker.name, step, (speech.dissent ? s.dissentMark : "") + oneLine(speech.summary)]
            }
        case .suggestions:
            header = s.suggestionsCount(meeting.suggestions.count)
            let flex = flexible(width, fixed: [12, 12])
            columns = [Column(title: s.columnBy, width: 12), Column(title: s.columnSuggestion, width: flex / 2),
                       Column(title: s.columnAnsweredBy, width: 12), Column(title: s.columnAnswer, width: flex - flex / 2 - 1)]
            rows = meeting.suggestions.map { [$0.by.name, oneLine($0.text), $0.answeredBy?.name ?? "", oneLine($0.answer)] }
        case .decisions:
            let tally = meeting.tally
            header = s.decisionsHeader(votersExpected: tally.votersExpected, votersPresent: tally.votersPresent, quorum: tally.quorumMet)
            columns = [Column(title: s.columnDecision, width: flexible(width, fixed: [14, 14])),
                       Column(title: s.columnVotes, width: 14), Column(title: s.columnResult, width: 14)]
            rows = meeting.decisions.map { decision in
                [oneLine(decision.text), "\(decision.yes)/\(decision.no)/\(decision.abstain)", s.outcomeName(meeting.outcome(of: decision))]
            }
        case .pledges:
            let overdue = meeting.overduePledges(today: context.today).count
            header = s.pledgesHeader(meeting.pledges.count, overdue: overdue)
            columns = [Column(title: s.columnPledgedBy, width: 12), Column(title: s.columnPledge, width: flexible(width, fixed: [12, 10, 10])),
                       Column(title: s.columnDue, width: 10), Column(title: s.columnStatus, width: 10)]
            rows = meeting.pledges.map { pledge in
                let status = pledge.isOverdue(today: context.today) ? s.overdue : s.pledgeStatusName(pledge.status)
                return [pledge.by?.name ?? s.wholeBranch, oneLine(pledge.text), pledge.due?.description ?? "", status]
            }
        default:
            return
        }
        // The header states a rule (who may vote, what passes): it wraps, never cut.
        let headerRows = grid.paragraph(header, x: 1, y: top, width: width - 2, height: 3, style: Style(bold: true))
        let tableTop = top + headerRows + 1
        if rows.isEmpty {
            grid.paragraph(s.emptyList, x: 1, y: tableTop, width: width - 2, height: 2, style: Style(role: .muted))
            return
        }
        grid.table(top: tableTop, height: top + height - tableTop, columns: columns, rows: rows, selected: open.cursor.index)
    }

    func oneLine(_ text: String) -> String { text.replacingOccurrences(of: "\n", with: " ") }
}

/// A record in a meeting's list that an edit replaces, keeping its id.
protocol EditableRecord: Sendable {
    var id: String { get set }
}

extension Speech: EditableRecord {}
extension Suggestion: EditableRecord {}
extension Decision: EditableRecord {}
extension Pledge: EditableRecord {}

extension KeyScope {
    static let recordKeys: [KeyBinding] = [
        KeyBinding([.char("a")], label: Phrase("add", "添加"), help: Phrase("add", "添加"), hint: 1, writes: true, ifPresent: \.workspace) { open, context, _ in
            open.recordForm(editing: nil, context.strings, groups: context.groupNames(on: open.meeting)).map { [.openForm($0)] } ?? []
        },
        KeyBinding([.key(.enter)], label: Phrase("edit", "编辑"), help: Phrase("edit", "编辑"), hint: 2, writes: true, ifPresent: \.workspace) { open, context, _ in
            guard open.cursor.index < open.rowCount(open.pane) else { return [] }
            return open.recordForm(editing: open.cursor.index, context.strings, groups: context.groupNames(on: open.meeting)).map { [.openForm($0)] } ?? []
        },
        KeyBinding([.char("d"), .key(.delete)], label: Phrase("delete", "删除"), help: Phrase("delete (u undoes)", "删除（u 可撤销）"), hint: 3, writes: true,
                   ifPresent: \.workspace) { open, _, _ in open.deleteRecord() },
    ]
}

import Foundation
import PartyDayKit

/// Who came: one key per status, a find by name (pinyin initials too), guests and
/// non-voting attendees, and the live counts the record must state.
extension WorkspaceState {
    /// Changes the meeting and says so, for undo and saving; nothing when nothing changed.
    mutating func edit(_ change: (inout Meeting) -> Void) -> [Intent] {
        let before = meeting
        change(&meeting)
        return meeting == before ? [] : [.meetingEdited(before: before)]
    }

    /// Sets the highlighted member's status; leave, absence with a reason and "not
    /// counted" ask first. A status set at once moves the highlight to the next member.
    mutating func markHighlighted(_ status: AttendanceStatus, _ strings: Strings) -> [Intent] {
        let index = cursor.index
        guard index < meeting.attendance.count else { return [] }
        let row = meeting.attendance[index]
        switch status {
        case .onLeave, .absentExcused:
            return [.openForm(Self.reasonForm(row, status, strings))]
        case .excluded:
            return [.openForm(Self.exclusionForm(row, strings))]
        default:
            let intents = edit { meeting in
                meeting.attendance[index].status = status
                meeting.attendance[index].exclusion = nil
            }
            advanceAttendanceCursor()
            return intents
        }
    }

    mutating func markEveryoneLeftPresent() -> [Intent] {
        edit { meeting in
            for row in meeting.attendance.indices where meeting.attendance[row].status == .unmarked {
                meeting.attendance[row].status = .present
            }
        }
    }

    mutating func startFind() {
        findOrigin = cursor.index
        find = TextField()
    }

    mutating func advanceAttendanceCursor() {
        setCursor(min(cursor.index + 1, max(0, meeting.attendance.count - 1)))
    }

    /// Enter on a row: a member's status and reason, or a guest's or non-voting attendee's details.
    func editAttendanceRow(_ strings: Strings, members: [Member]) -> [Intent] {
        let index = cursor.index
        let memberRows = meeting.attendance.count
        if index < memberRows {
            let row = meeting.attendance[index]
            let status = row.status == .unmarked ? .onLeave : row.status
            return [.openForm(status == .excluded ? Self.exclusionForm(row, strings) : Self.reasonForm(row, status, strings))]
        } else if index < memberRows + meeting.guests.count {
            return [.openForm(Self.guestForm(meeting.guests[index - memberRows], strings))]
        } else if index < attendanceRowCount {
            return [.openForm(Self.nonVotingForm(meeting.nonVotingAttendees[index - memberRows - meeting.guests.count], strings, meeting: meeting, members: members))]
        }
        return []
    }

    /// The make-up study (补学) of the highlighted member, who was absent.
    func makeUpForm(_ strings: Strings) -> [Intent] {
        let index = cursor.index
        guard index < meeting.attendance.count else { return [] }
        let row = meeting.attendance[index]
        guard !row.attended, row.status != .unmarked, row.status != .excluded else { return [.note(strings.makeUpOnlyAbsent, error: true)] }
        return [.openForm(Form(.makeUp(memberID: row.memberID), title: strings.makeUpTitle(row.name), fields: [
            FormField(.day, strings.fieldMakeUpDay, .day(required: true), value: row.madeUp?.on.description ?? ""),
            FormField(.text, strings.fieldMakeUpHow, .text(required: true), value: row.madeUp?.how ?? ""),
        ]))]
    }

    /// The highlighted member's democratic-evaluation record (evaluation meetings only).
    func gradeForm(_ strings: Strings) -> [Intent] {
        guard meeting.types.contains(.democraticEvaluation) else { return [.note(strings.gradesOnlyAtEvaluation, error: true)] }
        let index = cursor.index
        guard index < meeting.attendance.count else { return [] }
        let row = meeting.attendance[index]
        let record = meeting.evaluation(of: row.memberID)
        let labels = strings.labels
        let ballot = record?.ballot
        let count = { (value: Int?) in value.map { "\($0)" } ?? "" }
        let votes = 0...Decision.maximumVotes
        return [.openForm(Form(.grade(memberID: row.memberID), title: strings.gradeTitle(row.name), fields: [
            .toggle(.selfEvaluation, strings.fieldSelfEvaluation, on: record?.selfEvaluationDone ?? false),
            .choice(.grade, strings.fieldGrade, [strings.notGraded] + EvaluationGrade.allCases.map(labels.gradeName),
                    selected: record?.grade.flatMap { EvaluationGrade.allCases.firstIndex(of: $0) }.map { $0 + 1 } ?? 0),
            FormField(.ballotExcellent, strings.ballotLabel(labels.gradeName(.excellent)), .number(votes), value: count(ballot?.excellent)),
            FormField(.ballotQualified, strings.ballotLabel(labels.gradeName(.qualified)), .number(votes), value: count(ballot?.qualified)),
            FormField(.ballotBasic, strings.ballotLabel(labels.gradeName(.basicallyQualified)), .number(votes), value: count(ballot?.basicallyQualified)),
            FormField(.ballotUnqualified, strings.ballotLabel(labels.gradeName(.unqualified)), .number(votes), value: count(ballot?.unqualified)),
            FormField(.measures, strings.fieldMeasures, .text(required: false)),
            FormField(.due, strings.fieldDue, .day(required: false)),
        ]))]
    }

    /// Q: every full member not yet graded is graded 合格 (the usual grade), in one change;
    /// probationary members take part but are not graded. The exceptions come first.
    mutating func gradeTheRestQualified(_ strings: Strings) -> [Intent] {
        guard meeting.types.contains(.democraticEvaluation) else { return [.note(strings.gradesOnlyAtEvaluation, error: true)] }
        var graded = 0
        let intents = edit { meeting in
            for row in meeting.attendance where row.category == .full && meeting.evaluation(of: row.memberID)?.grade == nil {
                var record = meeting.evaluation(of: row.memberID) ?? MemberEvaluation(memberID: row.memberID, name: row.name, selfEvaluationDone: false,
                                                                                       ballot: nil, grade: nil)
                record.grade = .qualified
                meeting.evaluations.removeAll { $0.memberID == row.memberID }
                meeting.evaluations.append(record)
                graded += 1
            }
            let order = Dictionary(meeting.attendance.enumerated().map { ($1.memberID, $0) }, uniquingKeysWith: { first, _ in first })
            meeting.evaluations.sort { (order[$0.memberID] ?? .max) < (order[$1.memberID] ?? .max) }
        }
        return intents + [.note(strings.t("\(graded) members graded qualified (u undoes).", "已将 \(graded) 名党员评定为合格（u 可撤销）。"), error: false)]
    }

    /// Removes the highlighted guest or non-voting row (member rows stay: they are the roster's).
    mutating func removeAttendanceRow() -> [Intent] {
        let index = cursor.index
        let memberRows = meeting.attendance.count
        var intents: [Intent] = []
        if index >= memberRows && index < memberRows + meeting.guests.count {
            let id = meeting.guests[index - memberRows].id
            intents = edit { $0.guests.removeAll { $0.id == id } }
        } else if index >= memberRows + meeting.guests.count && index < attendanceRowCount {
            let id = meeting.nonVotingAttendees[index - memberRows - meeting.guests.count].id
            intents = edit { $0.nonVotingAttendees.removeAll { $0.id == id } }
        }
        clampCursor()
        return intents
    }

    static func reasonForm(_ row: AttendanceRecord, _ status: AttendanceStatus, _ s: Strings) -> Form {
        let statuses = AttendanceStatus.allCases.filter { $0 != .excluded }
        var form = Form(.attendanceReason(memberID: row.memberID, status: status), title: row.name, fields: [
            FormField.choice(.status, s.fieldStatus, statuses.map(s.statusName), selected: statuses.firstIndex(of: status) ?? 0),
            FormField(.reason, s.fieldReason, .text(required: status == .onLeave || status == .absentExcused), value: row.reason),
        ])
        form.focus = 1
        return form
    }

    static func exclusionForm(_ row: AttendanceRecord, _ s: Strings) -> Form {
        Form(.exclusion(memberID: row.memberID), title: s.excludeTitle(row.name), fields: [
            FormField.choice(.why, s.fieldExclusion, ExclusionReason.allCases.map(s.exclusionName),
                             selected: row.exclusion.flatMap { ExclusionReason.allCases.firstIndex(of: $0) } ?? 0),
            FormField(.note, s.fieldNote, .text(required: false), value: row.reason),
        ])
    }

    static func guestForm(_ guest: Guest?, _ s: Strings) -> Form {
        Form(guest.map { .editGuest(id: $0.id) } ?? .addGuest, title: s.guestTitle, fields: [
            FormField(.name, s.fieldName, .text(required: true), value: guest?.name ?? ""),
            FormField(.title, s.fieldGuestTitle, .text(required: false), value: guest?.title ?? ""),
            FormField(.organization, s.fieldOrganization, .text(required: false), value: guest?.organization ?? ""),
        ])
    }

    /// 列席: picked by name or pinyin initials from those who attended without a vote
    /// before at this meeting and the roster; a name on neither list is asked about once
    /// (typing `cg` no longer saves a person called "cg").
    static func nonVotingForm(_ attendee: NonVotingAttendee?, _ s: Strings, meeting: Meeting, members: [Member]) -> Form {
        let expected = Set(meeting.attendance.map(\.memberID))
        var candidates = meeting.nonVotingAttendees.map { PersonCandidate(person: PersonRef(name: $0.name), detail: $0.note) }
        candidates += members.filter { !expected.contains($0.id) }.map { PersonCandidate(person: .member($0), detail: s.t("member", "党员")) }
        return Form(attendee.map { .editNonVoting(id: $0.id) } ?? .addNonVoting, title: s.nonVotingTitle, fields: [
            .person(.name, s.fieldName, attendee.map { PersonRef(name: $0.name) }, required: true),
            FormField(.note, s.fieldNote, .text(required: false), value: attendee?.note ?? ""),
        ], candidates: candidates)
    }

    /// Rows of the attendance list whose name matches the find box.
    func findMatches(_ pinyin: [String: PinyinKey]) -> [Int] {
        guard let find else { return [] }
        let rows = meeting.attendance
        let query = NameMatcher.Query(find.text)
        // Best matches first (the exact initials before a name whose pinyin merely contains them).
        return rows.indices.compactMap { index in query.rank(name: rows[index].name, key: pinyin[rows[index].name]).map { ($0, index) } }
            .sorted { $0 < $1 }.map(\.1)
    }

    mutating func endFind(restore: Bool) {
        if restore { setCursor(findOrigin) }
        find = nil
    }

    mutating func nextFindMatch(_ pinyin: [String: PinyinKey]) {
        // The matches in their order (best first), round the end.
        let matches = findMatches(pinyin)
        let position = matches.firstIndex(of: cursor.index).map { $0 + 1 } ?? 0
        if !matches.isEmpty { setCursor(matches[position % matches.count]) }
    }
}

extension WorkspaceState {
    mutating func receiveAttendance(_ purpose: WorkspaceForm, _ form: Form, _ context: ScreenContext, _ ids: inout SeededGenerator) -> [Intent] {
        var intents: [Intent] = []
        switch purpose {
        case let .attendanceReason(memberID, _):
            let statuses = AttendanceStatus.allCases.filter { $0 != .excluded }
            let status = statuses[form.choice(.status)]
            intents = edit { meeting in
                guard let row = meeting.attendance.firstIndex(where: { $0.memberID == memberID }) else { return }
                meeting.attendance[row].status = status
                meeting.attendance[row].reason = form.text(.reason)
                meeting.attendance[row].exclusion = nil
            }
            advanceAttendanceCursor()
        case let .exclusion(memberID):
            intents = edit { meeting in
                guard let row = meeting.attendance.firstIndex(where: { $0.memberID == memberID }) else { return }
                meeting.attendance[row].status = .excluded
                meeting.attendance[row].exclusion = ExclusionReason.allCases[form.choice(.why)]
                meeting.attendance[row].reason = form.text(.note)
            }
            advanceAttendanceCursor()
        case let .makeUp(memberID):
            guard let day = form.day(.day) else { return [] }
            intents = edit { meeting in
                guard let row = meeting.attendance.firstIndex(where: { $0.memberID == memberID }) else { return }
                meeting.attendance[row].madeUp = MakeUpStudy(on: day, how: form.text(.text))
            }
        case let .grade(memberID):
            intents = receiveGrade(form, memberID: memberID, context, &ids)
        case .addGuest:
            let guest = Guest(id: ids.shortID(), name: form.text(.name), title: form.text(.title), organization: form.text(.organization))
            intents = edit { $0.guests.append(guest) }
        case let .editGuest(id):
            intents = edit { meeting in
                guard let index = meeting.guests.firstIndex(where: { $0.id == id }) else { return }
                meeting.guests[index].name = form.text(.name)
                meeting.guests[index].title = form.text(.title)
                meeting.guests[index].organization = form.text(.organization)
            }
        case .addNonVoting:
            let attendee = NonVotingAttendee(id: ids.shortID(), name: form.person(.name)?.name ?? form.text(.name), note: form.text(.note))
            intents = edit { $0.nonVotingAttendees.append(attendee) }
        case let .editNonVoting(id):
            intents = edit { meeting in
                guard let index = meeting.nonVotingAttendees.firstIndex(where: { $0.id == id }) else { return }
                meeting.nonVotingAttendees[index].name = form.person(.name)?.name ?? form.text(.name)
                meeting.nonVotingAttendees[index].note = form.text(.note)
            }
        default:
            break
        }
        return intents
    }
}

extension AppState {
    /// Typing a name (or its pinyin initials) moves to the first match.
    mutating func typeIntoFind(_ event: Event) {
        guard var open = workspace, var find = open.find else { return }
        _ = find.handle(event)
        open.find = find
        if let first = open.findMatches(pinyin).first { open.setCursor(first) }
        workspace = open
    }
}

extension WorkspaceState {
    func renderAttendance(_ grid: inout Grid, _ context: ScreenContext, top: Int, height: Int) -> Point? {
        let open = self
        let s = context.strings
        let meeting = open.meeting
        let tally = meeting.tally
        // The counts and the quorum are stated whole: on a narrow terminal they wrap.
        var headerRows = grid.paragraph(s.tallyLine(tally), x: 1, y: top, width: grid.size.columns - 2, height: 2, style: Style(bold: true))
        let quorum = tally.quorumMet ? s.quorumMet(tally.votersPresent, tally.votersExpected)
            : s.quorumNotMet(tally.votersPresent, tally.votersExpected)
        headerRows += grid.paragraph(quorum, x: 1, y: top + headerRows, width: grid.size.columns - 2, height: 2,
                                     style: Style(role: tally.quorumMet ? .good : .warning))
        let width = grid.size.columns
        var rows = meeting.attendance.map { row -> [String] in
            let category = s.categoryName(row.category) + (row.hasVote || row.category == .probationary ? "" : "·" + s.noVote)
            var reason = row.status == .excluded ? [row.exclusion.map(s.exclusionName) ?? "", row.reason].filter { !$0.isEmpty }.joined(separator: "：")
                : row.reason
            if let grade = meeting.evaluation(of: row.memberID)?.grade {
                reason = [reason, s.labels.gradeName(grade)].filter { !$0.isEmpty }.joined(separator: s.t("; ", "；"))
            }
            if let madeUp = row.madeUp { reason = [reason, s.madeUpNote(madeUp.on.description)].filter { !$0.isEmpty }.joined(separator: s.t("; ", "；")) }
            return [row.name, category, s.statusName(row.status), reason]
        }
        rows += meeting.guests.map { [$0.name, s.guest, $0.title, $0.organization] }
        rows += meeting.nonVotingAttendees.map { [$0.name, s.nonVoting, "", $0.note] }
        let columns = fitColumns([ColumnSpec(title: s.columnName, minimum: 8, maximum: 20),
                                  ColumnSpec(title: s.columnCategory, minimum: 6, maximum: 20),
                                  ColumnSpec(title: s.columnStatus, minimum: 8, maximum: 24),
                                  ColumnSpec(title: s.columnReason, minimum: 12, maximum: 200, flexible: true)], rows: rows, total: width)
        let findHeight = open.find == nil ? 0 : 1
        grid.table(top: top + headerRows, height: height - headerRows - findHeight, columns: columns, rows: rows, selected: open.cursor.index) { index in
            guard index < meeting.attendance.count else { return Style(role: .accent) }
            switch meeting.attendance[index].status {
            case .unmarked: return Style(role: .muted)
            case .absentUnexcused: return Style(role: .danger)
            case .onLeave, .absentExcused, .excluded: return Style(role: .warning)
            default: return .plain
            }
        }
        return renderFindLine(&grid, context, top: top, height: height)
    }

    /// The find-by-name field on the pane's last row, while finding; its caret.
    func renderFindLine(_ grid: inout Grid, _ context: ScreenContext, top: Int, height: Int) -> Point? {
        guard let find else { return nil }
        let label = context.strings.findLabel, width = grid.size.columns
        let y = top + height - 1
        grid.fill(x: 0, y: y, width: width, style: .plain)
        grid.put(label, x: 1, y: y, style: Style(bold: true))
        return find.draw(into: &grid, x: 2 + displayWidth(label), y: y, width: min(30, width - 3 - displayWidth(label)),
                         style: Style(underline: true))
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
        KeyBinding([.char("P")], label: Phrase("all present", "其余出席"), help: Phrase("everyone still unmarked is present", "其余未标记者记为出席"), hint: 1, writes: true,
                   ifPresent: \.workspace) { open, _, _ in open.markEveryoneLeftPresent() },
        KeyBinding([.char("/")], label: Phrase("find", "查找"), help: Phrase("find by name or pinyin initials", "按姓名或拼音首字母查找"), hint: 6,
                   ifPresent: \.workspace) { open, _, _ in
            open.startFind()
            return []
        },
        KeyBinding([.key(.enter)], label: Phrase("reason", "原因"), help: Phrase("status and reason of the member (or edit a guest / non-voting row)", "该党员的状态和原因（或编辑来宾、列席人员）"),
                   hint: 10, writes: true, ifPresent: \.workspace) { open, context, _ in open.editAttendanceRow(context.strings, members: context.members) }
            .disabled { state in state.workspace.map { $0.attendanceRowCount == 0 } == true ? Unavailable.noMemberRow(state) : nil },
        KeyBinding([.char("G")], label: Phrase("grade", "评议"),
                   help: Phrase("democratic evaluation: self-evaluation, ballot and grade of the member (evaluation meetings)", "民主评议：该党员的自评、测评票数和评定等次（民主评议会议）"),
                   hint: 14, writes: true, when: { $0.workspace?.meeting.types.contains(.democraticEvaluation) == true },
                   ifPresent: \.workspace) { open, context, _ in open.gradeForm(context.strings) },
        KeyBinding([.char("Q")], label: Phrase("rest qualified", "其余合格"),
                   help: Phrase("democratic evaluation: every full member not yet graded is graded qualified (grade the exceptions first)",
                                "民主评议：尚未评定的正式党员一律评为合格（先评定例外情况）"),
                   writes: true, when: { $0.workspace?.meeting.types.contains(.democraticEvaluation) == true },
                   ifPresent: \.workspace) { open, context, _ in open.gradeTheRestQualified(context.strings) },
        KeyBinding([.char("b")], label: Phrase("make-up", "补学"),
                   help: Phrase("make-up study (补学) of an absent member: when and how", "缺席党员的补学：日期和方式"), hint: 13, writes: true,
                   ifPresent: \.workspace) { open, context, _ in open.makeUpForm(context.strings) }.disabled(Unavailable.noMemberRow),
        KeyBinding([.char("g")], label: Phrase("guest", "来宾"), help: Phrase("add a guest (name, title, organization)", "添加来宾（姓名、职务、单位）"), hint: 7, writes: true,
                   ifPresent: \.workspace) { _, context, _ in [.openForm(WorkspaceState.guestForm(nil, context.strings))] },
        KeyBinding([.char("n")], label: Phrase("non-voting", "列席"), help: Phrase("add a non-voting attendee (列席)", "添加列席人员"), hint: 12, writes: true,
                   ifPresent: \.workspace) { open, context, _ in
            [.openForm(WorkspaceState.nonVotingForm(nil, context.strings, meeting: open.meeting, members: context.members))]
        },
        KeyBinding([.char("d"), .key(.delete)], label: Phrase("remove", "删除"), help: Phrase("remove the highlighted guest or non-voting row", "删除所选来宾或列席人员"),
                   writes: true, ifPresent: \.workspace) { open, _, _ in open.removeAttendanceRow() }.disabled(Unavailable.noGuestRow),
    ]

    private static func status(_ key: Character, _ status: AttendanceStatus, _ label: Phrase, _ help: Phrase, hint: Int? = nil) -> KeyBinding {
        KeyBinding([.char(key)], label: label, help: help, hint: hint, writes: true, ifPresent: \.workspace) { open, context, _ in
            open.markHighlighted(status, context.strings)
        }.disabled(Unavailable.noMemberRow)
    }

    static let findKeys: [KeyBinding] = [
        KeyBinding([.key(.tab), .key(.down)], label: Phrase("next match", "下一个"), help: Phrase("the next member who matches", "下一个匹配的党员"), hint: 1,
                   ifPresent: \.workspace) { open, context, _ in
            open.nextFindMatch(context.pinyin)
            return []
        },
        KeyBinding([.key(.enter)], label: Phrase("done", "完成"), help: Phrase("stay on this member", "停在该党员"), hint: 2, ifPresent: \.workspace) { open, _, _ in
            open.endFind(restore: false)
            return []
        },
        KeyBinding([.key(.escape)], label: Phrase("back", "返回"), help: Phrase("back to where the find began", "回到查找前的位置"), hint: 3,
                   ifPresent: \.workspace) { open, _, _ in
            open.endFind(restore: true)
            return []
        },
    ]
}

import Foundation
import PartyDayKit

/// Every meeting, newest first, filtered by type, year and a search in the themes.
extension AppState {
    var filteredMeetings: [MeetingSummary] {
        if let cache = filteredMeetingsCache, cache.key == meetingsFilterKey { return cache.list }
        return filterMeetings()
    }

    /// What the filtered list depends on.
    var meetingsFilterKey: FilteredMeetings.Key {
        FilteredMeetings.Key(query: meetingsList.list.query, type: meetingsList.type, year: meetingsList.year, version: summariesVersion)
    }

    /// Brings the kept filtered list up to date (at the end of an update on the Meetings screen).
    mutating func refreshFilteredMeetings() {
        let key = meetingsFilterKey
        guard filteredMeetingsCache?.key != key else { return }
        filteredMeetingsCache = FilteredMeetings(key: key, list: filterMeetings())
    }

    private func filterMeetings() -> [MeetingSummary] {
        let query = meetingsList.list.search.text
        if query.isEmpty && meetingsList.type == nil && meetingsList.year == nil { return summaries }
        return summaries.filter { summary in
            (meetingsList.type.map { summary.types.contains($0) } ?? true)
                && (meetingsList.year.map { DateText.day(summary.start, in: timeZone).year == $0 } ?? true)
                && TextSearch.contains(summary.theme, query)
        }
    }

    var meetingYears: [Int] {
        Array(Set(summaries.map { DateText.day($0.start, in: timeZone).year })).sorted(by: >)
    }

    var selectedMeeting: MeetingSummary? { meetingsList.selected(in: filteredMeetings) }

}

extension MeetingsListState {
    func render(into grid: inout Grid, _ context: ScreenContext, top: Int, height: Int) -> Point? {
        let s = context.strings, summaries = context.meetings
        let shown = context.filteredMeetings
        let filters = [s.filterType(type.map(s.typeName) ?? s.all),
                       s.filterYear(year.map(String.init) ?? s.all)].joined(separator: "  ")
        grid.put(s.meetingsTitle(shown.count, summaries.count), x: 1, y: top, style: .heading)
        grid.put(filters, x: 1, y: top + 1, style: Style(role: .muted))
        let caret = list.drawSearch(into: &grid, label: s.searchLabel, x: grid.size.columns - 22 - displayWidth(s.searchLabel),
                                                 y: top, width: 21 + displayWidth(s.searchLabel))
        if !context.summariesLoaded {
            grid.put(s.loading, x: 1, y: top + 2, style: Style(role: .muted))
        } else if shown.isEmpty {
            grid.paragraph(summaries.isEmpty ? (context.readOnly == nil ? s.noMeetingsYet : s.noMeetingsRecorded) : s.noMatches, x: 1, y: top + 2, width: grid.size.columns - 2, height: 3)
        } else {
            grid.table(top: top + 2, height: height - 2, columns: context.meetingColumns(grid.size.columns),
                       count: shown.count, row: { context.meetingRow(shown[$0]) }, selected: list.cursor.index)
        }
        return caret
    }

    /// The highlighted meeting of the list as filtered, if any.
    func selected(in shown: [MeetingSummary]) -> MeetingSummary? {
        list.cursor.index < shown.count ? shown[list.cursor.index] : nil
    }
}

extension ScreenContext {
    /// The branch's secretary on today's roster, if any.
    var secretary: Member? { members.first { $0.role.current.kind == .secretary && $0.snapshot(on: today) != nil } }

    /// The form for a new meeting: types (several allowed), group, theme, time, place.
    func newMeetingForm() -> Form? {
        guard let branch else { return nil }
        let s = strings
        var fields = [
            FormField.multiChoice(.types, s.fieldTypes, MeetingType.allCases.map(s.typeName), chosen: [0]),
            FormField(.theme, s.fieldTheme, .text(required: false)),
            FormField(.start, s.fieldStart, .dateTime(required: true), value: DateText.dateTime(now, in: timeZone)),
            FormField(.place, s.fieldPlace, .text(required: false)),
            // The secretary hosts unless told otherwise; the recorder is asked for at once.
            .person(.host, s.fieldHost, secretary.map(PersonRef.member), required: false),
            .person(.recorder, s.fieldRecorder, nil, required: false),
        ]
        let groups = branch.activeGroups(on: today)
        if !groups.isEmpty {
            fields.insert(.choice(.group, s.fieldPartyGroup, [s.none] + groups.map(\.name), selected: 0), at: 1)
        }
        let onRoster = members.filter { $0.snapshot(on: today) != nil }
        return Form(.newMeeting, title: s.newMeetingTitle, fields: fields,
                    candidates: onRoster.map { PersonCandidate(person: .member($0), detail: s.roleName($0.role.value(on: today) ?? $0.role.current)) })
    }
}

/// The Meetings screen's form: a new meeting. Its answer builds the meeting and asks for it
/// to be created and opened (`Intent.createMeeting`), remembered as one change.
enum MeetingsForm: Equatable, AddressedForm {
    case newMeeting
    /// A new meeting made from the year plan's entry: its lecturer comes with it.
    case fromPlan(lecturer: PersonRef?)

    static let replies = FormReplies.scoped(\.meetingsList, ids: true) { _, form, context, ids in
        guard let branch = context.branch, let start = form.date(.start, in: context.timeZone) else { return [] }
        let types = form.chosen(.types).sorted().map { MeetingType.allCases[$0] }
        let groupChoice = form.choice(.group)
        let groups = branch.activeGroups(on: context.today)
        let group = groupChoice > 0 && groupChoice <= groups.count ? groups[groupChoice - 1].id : nil
        if types.contains(.partyGroupMeeting) && group == nil {
            var reopened = form
            reopened.error = context.strings.partyGroupNeeded
            return [.openForm(reopened)]
        }
        let members = context.members
        var meeting = Meeting.new(types: types, partyGroupID: group, start: start, branch: branch, members: members, ids: &ids)
        meeting.theme = form.text(.theme)
        meeting.place = form.text(.place)
        meeting.host = form.person(.host)
        // A party group's meeting is hosted by its leader unless another host was chosen
        // (the secretary is offered as host before the group is known).
        let secretary = members.first { $0.role.current.kind == .secretary && $0.snapshot(on: context.today) != nil }
        if types == [.partyGroupMeeting], let groupID = group, meeting.host?.memberID == secretary?.id,
           let leader = branch.partyGroups.first(where: { $0.id == groupID })?.leaderMemberID.flatMap({ id in members.first { $0.id == id } }) {
            meeting.host = .member(leader)
        }
        meeting.recorder = form.person(.recorder)
        if case let .addressed(address) = form.purpose, case let .fromPlan(lecturer)? = address.form as? MeetingsForm, types.contains(.partyLecture) {
            meeting.lecturer = lecturer
            meeting.lectureTitle = meeting.theme.isEmpty ? nil : meeting.theme
        }
        return [.createMeeting(meeting)]
    }
}

extension Form {
    /// The Meetings screen's form (`Form(.newMeeting, …)`).
    init(_ purpose: MeetingsForm, title: String, fields: [FormField], candidates: [PersonCandidate] = []) {
        self.init(.addressed(FormAddress(.meetings, purpose)), title: title, fields: fields, candidates: candidates)
    }
}

extension MeetingType {
    /// The next type filter: all, then each type, then all again.
    static func next(after type: MeetingType?) -> MeetingType? {
        let types: [MeetingType?] = [nil] + MeetingType.allCases
        let index = types.firstIndex(of: type) ?? 0
        return types[(index + 1) % types.count]
    }
}

extension MeetingsListState {
    mutating func cycleType() {
        type = MeetingType.next(after: type)
        list.cursor.index = 0
    }

    mutating func cycleYear(_ years: [Int]) {
        let choices: [Int?] = [nil] + years
        let index = choices.firstIndex(of: year) ?? 0
        year = choices[(index + 1) % choices.count]
        list.cursor.index = 0
    }
}

extension KeyScope {
    static let meetingsKeys: [KeyBinding] = [
        KeyBinding([.key(.enter)], label: Phrase("open", "打开"), help: Phrase("open the highlighted meeting", "打开所选会议"), hint: 1,
                   scope: \.meetingsList) { screen, context, _ in
            screen.selected(in: context.filteredMeetings).map { [.openMeeting(id: $0.id)] } ?? []
        }.disabled(Unavailable.noMeetingSelected),
        KeyBinding([.char("n")], label: Phrase("new", "新建"), help: Phrase("new meeting", "新建会议"), hint: 2, writes: true,
                   scope: \.meetingsList) { _, context, _ in
            context.newMeetingForm().map { [.openForm($0)] } ?? []
        },
        KeyBinding([.char("/")], label: Phrase("search", "搜索"), help: Phrase("search in themes (Enter keeps the filter, Esc clears it)", "搜索主题（Enter 保留筛选，Esc 清除）"),
                   hint: 3, scope: \.meetingsList) { screen, _, _ in
            screen.list.startSearch()
            return []
        },
        KeyBinding([.char("t")], label: Phrase("type", "类型"), help: Phrase("next type filter (all → each type → all)", "切换类型筛选（全部 → 各类型 → 全部）"), hint: 4,
                   scope: \.meetingsList) { screen, _, _ in
            screen.cycleType()
            return []
        },
        KeyBinding([.char("y")], label: Phrase("year", "年度"), help: Phrase("next year filter", "切换年度筛选"), hint: 5, scope: \.meetingsList) { screen, context, _ in
            screen.cycleYear(context.meetingYears)
            return []
        },
        KeyBinding([.char("I")], label: Phrase("sign-in sheet", "签到表"),
                   help: Phrase("write the highlighted meeting's sign-in sheet to print (exports/…-signin.docx and .md)", "导出所选会议的签到表以便打印（exports/…-signin.docx 和 .md）"),
                   hint: 7, scope: \.meetingsList) { screen, context, _ in
            guard let meeting = screen.selected(in: context.filteredMeetings), let branch = context.branch else { return [] }
            let placeholder = Meeting(id: meeting.id, types: meeting.types, start: meeting.start)
            let request = MinutesRequest(meeting: placeholder, branch: branch, language: context.strings.language, members: context.members)
            return [.effect(Effect.exportSignInOf(meetingID: meeting.id, request).replying(to: .meetings))]
        }.disabled(Unavailable.noMeetingSelected),
        KeyBinding([.char("W")], label: Phrase("work book", "工作手册"),
                   help: Phrase("write the work book (工作手册) of the year shown (y), or of this year, to exports/ as .docx: every chapter, every meeting's minutes",
                                "将所筛选年度（y）或本年度的党支部工作手册导出到 exports/（.docx）：各章内容和每次会议记录"),
                   scope: \.meetingsList) { screen, context, _ in
            Self.exportYear(.workBook, year: screen.year, context, Wording("the work book", "工作手册"))
        },
        KeyBinding([.char("Y")], label: Phrase("year's figures", "年度数据"),
                   help: Phrase("write the figures of the year shown (y), or of this year, for the secretary's annual report to exports/ as .xlsx (as partyday report year)",
                                "将所筛选年度（y）或本年度的党建工作数据（书记述职用）导出到 exports/（.xlsx）"),
                   scope: \.meetingsList) { screen, context, _ in
            Self.exportYear(.figures, year: screen.year, context, Wording("the figures", "党建工作数据"))
        },
        KeyBinding([.char("d"), .key(.delete)], label: Phrase("delete", "删除"), help: Phrase("delete, after asking; u brings it back", "删除（先确认）；u 可恢复"),
                   hint: 6, writes: true, scope: \.meetingsList) { screen, context, _ in
            guard let meeting = screen.selected(in: context.filteredMeetings) else { return [] }
            let question = context.strings.confirmDeleteMeeting(meeting.theme, DateText.dateTime(meeting.start, in: context.timeZone))
            return [.ask(Confirmation(question: question, action: .deleteMeeting(id: meeting.id)))]
        }.disabled(Unavailable.noMeetingSelected),
    ]
}

/// The Meetings screen's list after its filters, with what it was computed from.
struct FilteredMeetings: Sendable {
    struct Key: Equatable, Sendable {
        var query: String
        var type: MeetingType?
        var year: Int?
        var version: Int
    }

    var key: Key
    var list: [MeetingSummary]
}

extension ScreenContext {
    /// The new-meeting form with a planned meeting's type, group and theme filled in, on the
    /// plan's month (today, when it is this month); its lecturer rides on the form's purpose.
    func newMeetingForm(from planned: PlannedMeeting, year: Int) -> Form? {
        guard var form = newMeetingForm() else { return nil }
        form.purpose = .addressed(FormAddress(.meetings, MeetingsForm.fromPlan(lecturer: planned.lecturer)))
        form.title = strings.t("A new meeting, as planned: ", "按计划新建会议：") + plannedName(planned)
        let groups = branch?.activeGroups(on: today) ?? []
        for index in form.fields.indices {
            switch form.fields[index].key {
            case .types:
                form.fields[index].chosen = [MeetingType.allCases.firstIndex(of: planned.type) ?? 0]
            case .group:
                form.fields[index].choice = planned.partyGroupID.flatMap { id in groups.firstIndex { $0.id == id } }.map { $0 + 1 } ?? 0
            case .theme:
                form.fields[index].input.set(planned.theme)
            case .start where !(year == today.year && planned.month == today.month):
                let day = Day(year: year, month: planned.month, day: 1)!
                form.fields[index].input.set("\(day) 14:30")
            default:
                break
            }
        }
        return form
    }
}

extension KeyScope {
    /// One of the year's documents of the year shown (this year when none is), into exports/.
    static func exportYear(_ document: WorkBookRequest.Document, year: Int?, _ context: ScreenContext, _ what: Wording,
                           replyingTo screen: AppState.Screen = .meetings) -> [Intent] {
        guard let branch = context.branch else { return [] }
        var request = WorkBookRequest(branch: branch, members: context.members, year: year ?? context.today.year, today: context.today,
                                      language: context.strings.language)
        request.document = document
        return [.note(context.strings.t("Writing \(what.english) of \(request.year) …", "正在导出 \(request.year) 年度\(what.chinese)……"), error: false),
                .effect(Effect.exportWorkBook(request).replying(to: screen))]
    }
}

import Foundation
import PartyDayKit

/// Pledges across all meetings, for follow-up: filter, search, and mark kept or dropped
/// with a dated note. Opened from an agenda step, it reviews earlier pledges in place.
extension AppState {
    var visiblePledges: [PledgeEntry] { pledgeList.visible(reports.pledges, today: today, pinyin: pinyin) }

    mutating func openPledges(reviewAt origin: ReviewOrigin?) {
        pledgeList.reviewAt = origin
        pledgeList.list.cursor = ListCursor()
        screen = .pledges
    }

    /// The highlighted pledge, if any.
    var selectedPledge: PledgeEntry? { pledgeList.selected(ScreenContext(app: self)) }

    /// Reviewing at a meeting's agenda step, with the meeting still open.
    var reviewingAtMeeting: Bool { pledgeList.reviewAt != nil && workspace != nil }
}

extension PledgeListState {
    func render(into grid: inout Grid, _ context: ScreenContext, top: Int, height: Int) -> Point? {
        let s = context.strings, reports = context.reports, pledgeList = self
        let shown = visible(context.pledges, today: context.today, pinyin: context.pinyin)
        var y = top
        if let origin = pledgeList.reviewAt {
            let open = shown.filter { $0.pledge.status == .open }.count
            grid.put(s.reviewInPlaceTitle(origin.day.description, open), x: 1, y: y, style: .heading, limit: grid.size.columns - 2)
        } else {
            grid.put(s.pledgesTitle(s.pledgeFilterName(pledgeList.filter), shown.count), x: 1, y: y, style: .heading, limit: grid.size.columns - 2)
        }
        y += 1
        let caret = pledgeList.list.drawSearch(into: &grid, label: s.searchLabel, x: 1, y: y,
                                               width: min(31 + displayWidth(s.searchLabel), grid.size.columns - 2))
        if pledgeList.list.searching || !pledgeList.list.query.isEmpty { y += 1 }
        guard context.summariesLoaded, reports.pledgesReady else {
            grid.put(s.loading, x: 1, y: y + 1, style: Style(role: .muted))
            return caret
        }
        if shown.isEmpty {
            grid.put(pledgeList.reviewAt != nil ? s.noOpenPledgesEarlier : s.noPledges, x: 1, y: y + 1, style: Style(role: .muted))
            return caret
        }
        let width = grid.size.columns
        // The last review gets a column only on wide terminals; otherwise the highlighted
        // pledge's full text and last review are shown below the table.
        let wide = width >= 100
        // Names are never cut: the "by" column is as wide as the longest name listed.
        let names = shown.map { $0.pledge.name.isEmpty ? s.wholeBranch : $0.pledge.name }
        var specs = [ColumnSpec(title: s.columnDue, minimum: 10, maximum: 10),
                     ColumnSpec(title: s.columnPledgedBy, minimum: 6, maximum: 20),
                     ColumnSpec(title: s.columnPledge, minimum: 12, maximum: 400, flexible: true),
                     ColumnSpec(title: s.columnMadeAt, minimum: 10, maximum: 10),
                     ColumnSpec(title: s.columnStatus, minimum: 6, maximum: 12)]
        if wide { specs.append(ColumnSpec(title: s.columnLastReview, minimum: 16, maximum: 16)) }
        let sample = [["", names.max(by: { displayWidth($0) < displayWidth($1) }) ?? "", "", "",
                       ([s.overdue] + Pledge.Status.allCases.map(s.pledgeStatusName)).max(by: { displayWidth($0) < displayWidth($1) }) ?? ""]]
        let columns = fitColumns(specs, rows: sample, total: width)
        let today = context.today
        let detailRows = wide ? 0 : 2
        grid.table(top: y, height: top + height - y - detailRows, columns: columns, count: shown.count, row: { index in
            let entry = shown[index]
            let pledge = entry.pledge
            let status = pledge.isOverdue(today: today) ? s.overdue : s.pledgeStatusName(pledge.status)
            let review = pledge.lastReview.map { "\($0.on.description.suffix(5)) \($0.note)" } ?? "—"
            return [pledge.due?.description ?? "—", pledge.name.isEmpty ? s.wholeBranch : pledge.name, pledge.text,
                    entry.meetingDay.description, status, review]
        }, selected: pledgeList.list.cursor.index) { index in
            shown[index].pledge.isOverdue(today: today) ? Style(role: .warning) : .plain
        }
        if !wide, pledgeList.list.cursor.index < shown.count {
            let pledge = shown[pledgeList.list.cursor.index].pledge
            let bottom = top + height - 2
            grid.put(pledge.text, x: 1, y: bottom, limit: width - 2, ellipsis: true)
            let review = pledge.lastReview.map { s.lastReviewLine($0.on.description, $0.note, pledge.reviewCount) } ?? s.notReviewedYet
            grid.put(review, x: 1, y: bottom + 1, style: Style(role: .muted), limit: width - 2, ellipsis: true)
        }
        return caret
    }

    /// The pledges the list shows: reviewing at a meeting's step, the earlier ones still open
    /// (or reviewed that day); otherwise as the filter and the search box say.
    func visible(_ pledges: [PledgeEntry], today: Day, pinyin: [String: PinyinKey]) -> [PledgeEntry] {
        let query = list.search.text
        let origin = reviewAt
        return pledges.filter { entry in
            if let origin {
                guard entry.meetingID != origin.meetingID, entry.meetingDay <= origin.day,
                      entry.pledge.status == .open || entry.pledge.lastReview?.on == origin.day else { return false }
            } else if !filter.matches(entry.pledge, today: today) {
                return false
            }
            return query.isEmpty || TextSearch.contains(entry.pledge.text, query)
                || NameMatcher.matches(query, name: entry.pledge.name, key: pinyin[entry.pledge.name])
        }
    }

    /// The highlighted pledge, if any.
    func selected(_ context: ScreenContext) -> PledgeEntry? {
        let shown = visible(context.pledges, today: context.today, pinyin: context.pinyin)
        return list.cursor.index < shown.count ? shown[list.cursor.index] : nil
    }

    /// The review form for a pledge, with `status` chosen (or, for an open one, kept).
    func reviewForm(_ entry: PledgeEntry, status: Pledge.Status?, _ context: ScreenContext) -> Form {
        let s = context.strings
        let statuses = Pledge.Status.allCases
        let chosen = status ?? (entry.pledge.status == .open ? .kept : entry.pledge.status)
        let day = reviewAt?.day ?? context.today
        return Form(PledgesForm.review(meetingID: entry.meetingID, pledgeID: entry.pledge.id),
                    title: s.reviewPledgeTitle(entry.pledge.name.isEmpty ? s.wholeBranch : entry.pledge.name, entry.pledge.text),
                    fields: [
                        .choice(.status, s.fieldPledgeStatus, statuses.map(s.pledgeStatusName), selected: statuses.firstIndex(of: chosen) ?? 0),
                        FormField(.day, s.fieldReviewDay, .day(required: true), value: day.description),
                        FormField(.note, s.fieldReviewNote, .text(required: false)),
                    ])
    }

}

extension KeyScope {
    static let pledgesKeys: [KeyBinding] = [
        review([.char("x")], .kept, Phrase("kept", "已兑现"), Phrase("mark kept: a form asks for the day and a note", "标记已兑现：填写日期和说明"), hint: 1),
        review([.char("d")], .dropped, Phrase("not kept", "未兑现"), Phrase("mark not kept, with day and note", "标记未兑现，填写日期和说明"), hint: 2),
        review([.key(.enter), .char("r")], nil, Phrase("review", "回顾"), Phrase("review: kept, not kept or still open, with a dated note", "回顾：已兑现、未兑现或仍待兑现，并注明日期"), hint: 3),
        KeyBinding([.char("f")], label: Phrase("filter", "筛选"), help: Phrase("filter: open → overdue → kept → not kept → all", "筛选：待兑现 → 已逾期 → 已兑现 → 未兑现 → 全部"), hint: 4,
                   when: { $0.pledgeList.reviewAt == nil }, scope: \.pledgeList) { screen, _, _ in
            let all = PledgeFilter.allCases
            screen.filter = all[((all.firstIndex(of: screen.filter) ?? 0) + 1) % all.count]
            screen.list.cursor = ListCursor()
            return []
        },
        KeyBinding([.char("/")], label: Phrase("search", "搜索"), help: Phrase("search by the member's name, pinyin initials or the pledge's text", "按党员姓名、拼音首字母或承诺内容搜索"),
                   hint: 5, scope: \.pledgeList) { screen, _, _ in
            screen.list.startSearch()
            return []
        },
        KeyBinding([.key(.escape), .char("q")], label: Phrase("back to the meeting", "返回会议"),
                   help: Phrase("back to the meeting (when reviewing at an agenda step)", "返回会议（从议程进入回顾时）"), hint: 6,
                   when: { $0.reviewingAtMeeting }, scope: \.pledgeList) { screen, _, _ in
            screen.reviewAt = nil
            return [.navigate(.workspace)]
        },
    ]

    private static func review(_ keys: [KeyStroke], _ status: Pledge.Status?, _ label: Phrase, _ help: Phrase, hint: Int) -> KeyBinding {
        KeyBinding(keys, label: label, help: help, hint: hint, writes: true, scope: \.pledgeList) { screen, context, _ in
            screen.selected(context).map { [.openForm(screen.reviewForm($0, status: status, context))] } ?? []
        }.disabled(Unavailable.noPledgeSelected)
    }
}

extension PledgesForm {
    /// The answer to a review the runner made in another meeting's file: kept for undo.
    static let results = EffectResults.asking { event, context in
        switch event {
        case let .pledgeReviewed(before, after):
            [.changedOnDisk(RecordEdit(before: [.meeting(before)], after: [.meeting(after)],
                                       label: Phrase("a pledge review in “\(before.theme)”", "“\(before.theme)”中的承诺回顾"))),
             .note(context.strings.pledgeReviewSaved, error: false)]
        case let .pledgeReviewFailed(problem): [.failed(problem)]
        default: []
        }
    }
}

/// The Pledges screen's form: a review. In the open meeting it is a change to that meeting
/// (and, reviewed at a meeting's step, a line in the step's notes); in another meeting's
/// file the runner makes it (`Effect.reviewPledge`).
enum PledgesForm: Equatable, AddressedForm {
    case review(meetingID: String, pledgeID: String)

    static let replies = FormReplies.scoped(\.pledgeList) { screen, form, context in
        guard case let .addressed(address) = form.purpose, case let .review(meetingID, pledgeID)? = address.form as? PledgesForm,
              let day = form.day(.day) else { return [] }
        let strings = context.strings
        let status = Pledge.Status.allCases[form.choice(.status)]
        let note = form.text(.note)
        let entry = context.pledges.first { $0.meetingID == meetingID && $0.pledge.id == pledgeID }
        var intents: [Intent]
        if let talkID = entry?.talkID {
            // Agreed at a talk: the talk's file holds the pledge.
            guard var talk = context.talks.talk(talkID), talk.pledge?.id == pledgeID else { return [] }
            talk.pledge?.status = status
            talk.pledge?.reviews.append(Pledge.Review(on: day, note: note))
            intents = [.changeTalks(.update(talk)), .note(strings.pledgeReviewSaved, error: false)]
        } else if context.openMeetingID == meetingID {
            intents = [.changeOpenMeeting { $0.review(pledgeID: pledgeID, status: status, on: day, note: note) },
                       .note(strings.pledgeReviewSaved, error: false)]
        } else {
            let review = PledgeReview(meetingID: meetingID, pledgeID: pledgeID, status: status, day: day, note: note, language: strings.language)
            intents = [.effect(Effect.reviewPledge(review).replying(to: .pledges))]
        }
        // Reviewed at a meeting: the step's notes record it, so the meeting's own minutes show it.
        if let origin = screen.reviewAt, let entry, context.openMeetingID == origin.meetingID {
            let who = entry.pledge.name.isEmpty ? strings.wholeBranch : entry.pledge.name
            let line = strings.reviewLine(who, entry.pledge.text, strings.pledgeStatusName(status), note)
            intents.append(.changeOpenMeeting { meeting in
                guard let index = meeting.agenda.firstIndex(where: { $0.id == origin.stepID }) else { return }
                let notes = meeting.agenda[index].notes
                meeting.agenda[index].notes = notes.isEmpty ? line : notes + "\n" + line
            })
        }
        return intents
    }
}

extension Form {
    /// The Pledges screen's form (`Form(PledgesForm.review(…), …)`).
    init(_ purpose: PledgesForm, title: String, fields: [FormField], candidates: [PersonCandidate] = []) {
        self.init(.addressed(FormAddress(.pledges, purpose)), title: title, fields: fields, candidates: candidates)
    }
}

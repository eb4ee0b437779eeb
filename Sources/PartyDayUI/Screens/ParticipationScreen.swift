import Foundation
import PartyDayKit

/// Members' participation over a period: sortable by any column, filtered by type and
/// period, with each member's timeline one key away.
extension AppState {
    typealias PColumn = ParticipationState.Column

    /// The report's rows in the chosen order.
    var participationRows: [MemberParticipation] { participation.sorted(reports.participation?.rows ?? []) }
}

/// The Participation screen's table and a member's timeline, drawn from its own state and the context.
extension ParticipationState {
    static func compare(_ a: MemberParticipation, _ b: MemberParticipation, by column: Column) -> ComparisonResult {
        func cmp<T: Comparable>(_ x: T, _ y: T) -> ComparisonResult { x < y ? .orderedAscending : x > y ? .orderedDescending : .orderedSame }
        switch column {
        case .name: return cmp(a.name, b.name)
        case .expected: return cmp(a.expected, b.expected)
        case .attended: return cmp(a.attended, b.attended)
        case .late: return cmp(a.late, b.late)
        case .leftEarly: return cmp(a.leftEarly, b.leftEarly)
        case .onLeave: return cmp(a.onLeave, b.onLeave)
        case .excused: return cmp(a.absentExcused, b.absentExcused)
        case .unexcused: return cmp(a.absentUnexcused, b.absentUnexcused)
        case .rate: return cmp(a.rate ?? -1, b.rate ?? -1)
        case .lastAttended: return cmp(a.lastAttended?.description ?? "", b.lastAttended?.description ?? "")
        case .speeches: return cmp(a.speeches, b.speeches)
        case .pledges: return cmp(a.pledgesMade, b.pledgesMade)
        case .overdue: return cmp(a.pledgesOverdue, b.pledgesOverdue)
        case .run: return cmp(a.standing.unexcusedMonths * 1000 + a.standing.excusedMonths, b.standing.unexcusedMonths * 1000 + b.standing.excusedMonths)
        case .warning: return cmp(a.standing.level, b.standing.level)
        case .madeUp: return cmp(a.madeUp, b.madeUp)
        case .grade: return cmp(a.lastGradeValue.map { EvaluationGrade.allCases.count - EvaluationGrade.allCases.firstIndex(of: $0)! } ?? 0,
                                b.lastGradeValue.map { EvaluationGrade.allCases.count - EvaluationGrade.allCases.firstIndex(of: $0)! } ?? 0)
        }
    }

    static func columns(_ context: ScreenContext) -> [(column: Column, title: String, width: Int)] {
        let s = context.strings
        return [(.name, s.colName, 12), (.expected, s.colExpected, 4), (.attended, s.colAttended, 4), (.late, s.colLate, 4),
                (.leftEarly, s.colLeftEarly, 4), (.onLeave, s.colLeave, 4), (.excused, s.colExcused, 4),
                (.unexcused, s.colUnexcused, 4), (.rate, s.colRate, 6), (.lastAttended, s.colLastAttended, 10),
                (.speeches, s.colSpoke, 4), (.pledges, s.colPledges, 8), (.overdue, s.colOverdue, 4),
                (.run, s.colRun, 12), (.warning, s.colWarning, 8), (.madeUp, s.colMadeUp, 4), (.grade, s.colGrade, 14)]
    }

    static func cell(_ row: MemberParticipation, _ column: Column, _ context: ScreenContext) -> String {
        let l = context.strings.labels
        switch column {
        case .name: return row.name + (row.isMobile ? context.strings.mobileMark : "")
        case .expected: return "\(row.expected)"
        case .attended: return "\(row.attended)"
        case .late: return "\(row.late)"
        case .leftEarly: return "\(row.leftEarly)"
        case .onLeave: return "\(row.onLeave)"
        case .excused: return "\(row.absentExcused)"
        case .unexcused: return "\(row.absentUnexcused)"
        case .rate: return row.rate.map { String(format: "%.0f%%", $0 * 100) } ?? "—"
        case .lastAttended: return row.lastAttended?.description ?? "—"
        case .speeches: return "\(row.speeches)"
        case .pledges: return row.pledgesMade == 0 ? "—" : "\(row.pledgesMade)/\(row.pledgesKept)/\(row.pledgesOpen)"
        case .overdue: return "\(row.pledgesOverdue)"
        case .run: return ParticipationOutput.runCell(row.standing, l)
        case .warning: return l.shortLevelName(row.standing.level)
        case .madeUp: return "\(row.madeUp)"
        case .grade: return row.lastGrade.map { "\(l.gradeName($0.grade)) \($0.year)" } ?? "—"
        }
    }

    func render(into grid: inout Grid, _ context: ScreenContext, top: Int, height: Int) {
        if let id = timelineMember { return renderTimeline(id, &grid, context, top: top, height: height) }
        let s = context.strings, participation = self
        let query = ParticipationQuery(period: period ?? .year(context.today.year), types: type.map { [$0] } ?? [])
        let sortText = participation.sortColumn.map { column in
            s.sortedBy(Self.columns(context)[column.rawValue].title, descending: participation.descending)
        } ?? s.rosterOrder
        let typeText = participation.type.map(s.typeName) ?? s.allTypes
        let title = s.participationTitle(query.period.from.description, query.period.to.description, typeText, sortText)
        grid.put(title, x: 1, y: top, style: .heading, limit: grid.size.columns - 2)
        guard context.summariesLoaded, context.reports.participation != nil else {
            grid.put(s.loading, x: 1, y: top + 2, style: Style(role: .muted))
            return
        }
        let rows = sorted(context.participationRows)
        let columns = Self.columns(context)
        // The name stays; the other columns scroll so that the chosen one is in view.
        let width = grid.size.columns - 2
        var first = 1
        func fits(from start: Int) -> Bool {
            var used = columns[0].width + 1
            for index in start...max(start, participation.column.rawValue) { used += columns[index].width + 1 }
            return used <= width
        }
        while participation.column.rawValue >= first, !fits(from: first) { first += 1 }
        var shown = [0]
        var used = columns[0].width + 1
        // Contiguous columns only: a narrow column after a wide one that did not fit would mislead.
        for index in first..<columns.count {
            guard used + columns[index].width <= width else { break }
            shown.append(index)
            used += columns[index].width + 1
        }
        if shown.count == 1 { shown.append(participation.column.rawValue) }
        let y = top + 1
        var x = 1
        for index in shown {
            let column = columns[index]
            let focused = column.column == participation.column
            let title = column.title + (participation.sortColumn == column.column ? (participation.descending ? "↓" : "↑") : "")
            grid.put(pad(title, toWidth: column.width), x: x, y: y, style: Style(role: .title, bold: true, reverse: focused), limit: column.width)
            x += column.width + 1
        }
        if first > 1 { grid.put("‹", x: columns[0].width + 1, y: y, style: Style(role: .muted)) }
        if shown.last! < columns.count - 1 { grid.put("›", x: grid.size.columns - 1, y: y, style: Style(role: .muted)) }
        let visible = height - 3
        let offset = scrollOffset(selected: participation.cursor.index, count: rows.count, visible: visible)
        for (line, index) in (offset..<min(rows.count, offset + visible)).enumerated() {
            let row = rows[index]
            let rowY = y + 1 + line
            grid.target(.row(index), x: 0, y: rowY, width: grid.size.columns)
            var style = Style.plain
            if row.standing.level >= .urgent { style = Style(role: .danger) } else if row.standing.level == .talk { style = Style(role: .warning) }
            if index == participation.cursor.index {
                style.reverse = true
                grid.fill(x: 0, y: rowY, width: grid.size.columns, style: style)
            }
            var x = 1
            for columnIndex in shown {
                let column = columns[columnIndex]
                let text = Self.cell(row, column.column, context)
                let numeric = ![.name, .lastAttended, .run, .warning, .pledges, .grade].contains(column.column)
                let cell = numeric ? String(repeating: " ", count: max(0, column.width - displayWidth(text))) + text : text
                grid.put(cell, x: x, y: rowY, style: style, limit: column.width, ellipsis: true)
                x += column.width + 1
            }
        }
        if rows.isEmpty { grid.put(s.noMembersInPeriod, x: 1, y: y + 1, style: Style(role: .muted)) }
        if rows.count > visible {
            // Where the list is: at the end of the title when it leaves room, else under the list.
            let position = "\(offset + 1)-\(min(rows.count, offset + visible))/\(rows.count)"
            let at = grid.size.columns - displayWidth(position) - 1
            let positionY = 1 + displayWidth(title) + 2 <= at ? top : y + 1 + visible
            grid.put(position, x: at, y: positionY, style: Style(role: .muted))
        }
    }

    private func renderTimeline(_ id: String, _ grid: inout Grid, _ context: ScreenContext, top: Int, height: Int) {
        let s = context.strings, reports = context.reports, today = context.today, timeZone = context.timeZone
        let l = s.labels
        let name = context.members.first { $0.id == id }?.name ?? id
        let row = reports.participation?.rows.first { $0.memberID == id }
        grid.put(s.timelineTitle(name), x: 1, y: top, style: .heading, limit: grid.size.columns - 2)
        var y = top + 1
        if let standing = row?.standing {
            let text = standing.level > .none ? RiskText.line(row!, l)
                : s.standingLine(ParticipationOutput.runCell(standing, l), standing.lastAttendedMonth?.description)
            y += grid.paragraph(text, x: 1, y: y, width: grid.size.columns - 2, height: 2,
                                style: standing.level > .none ? Style(role: .danger) : .plain)
            // The last twelve months at a glance: A attended, U unexcused, E excused, · none.
            var month = YearMonth(reports.participation?.asOf ?? today)
            var strip: [String] = []
            for _ in 0..<12 {
                let mark: String = switch standing.months[month] {
                case .attended: "A"
                case .unexcused: "U"
                case .excused: "E"
                case .empty, nil: "·"
                }
                strip.insert("\(month.description.suffix(2))\(mark)", at: 0)
                month = month.previous
            }
            var x = 1 + grid.put(s.monthStripLabel + strip.joined(separator: " "), x: 1, y: y, limit: grid.size.columns - 2)
            if x + 2 + displayWidth(s.monthStripLegend) < grid.size.columns {
                x += 2
                grid.put(s.monthStripLegend, x: x, y: y, style: Style(role: .muted))
            }
            y += 1
        }
        let entries = ParticipationReport.timeline(memberID: id, summaries: context.meetings)
        let rows = entries.map { entry -> [String] in
            let reason = entry.row.exclusion.map { l.exclusionName($0) + (entry.row.reason.isEmpty ? "" : "；" + entry.row.reason) } ?? entry.row.reason
            let status = entry.meeting.isHeld ? l.statusName(entry.row.status) : l.stateName(entry.meeting.state)
            return [DateText.day(entry.meeting.start, in: timeZone).description, entry.meeting.types.map(l.typeName).joined(separator: "+"),
                    entry.meeting.theme.isEmpty ? s.noTheme : entry.meeting.theme, status, reason]
        }
        let width = grid.size.columns
        let columns = [PartyDayUI.Column(title: s.columnDay, width: 10), PartyDayUI.Column(title: s.columnType, width: 14),
                       PartyDayUI.Column(title: s.columnTheme, width: flexible(width, fixed: [10, 14, 17, 16])),
                       PartyDayUI.Column(title: s.columnStatus, width: 17), PartyDayUI.Column(title: s.columnReason, width: 16)]
        grid.table(top: y, height: top + height - y, columns: columns, rows: rows, selected: timelineCursor.index) { index in
            entries[index].row.status == .absentUnexcused ? Style(role: .danger) : .plain
        }
    }
}

/// The Participation screen's own changes: nothing here reaches beyond its state.
extension ParticipationState {
    mutating func moveColumn(by step: Int) {
        column = Column.allCases[min(max(0, column.rawValue + step), Column.allCases.count - 1)]
    }

    /// Sorts by the chosen column, largest first; again, the other way.
    mutating func sort() {
        if sortColumn == column {
            descending.toggle()
        } else {
            sortColumn = column
            descending = column != .name
        }
    }

    /// The whole year before the one shown, cycling back to this year after the oldest.
    mutating func previousYear(years: [Int], today: Day) {
        let current = period ?? .year(today.year)
        let all = Array(Set(years + [today.year])).sorted(by: >)
        let next = all.first { Period.year($0).to < current.from } ?? today.year
        period = next == today.year ? nil : .year(next)
    }

    func periodForm(_ strings: Strings, today: Day) -> Form {
        let shown = period ?? .year(today.year)
        return Form(.addressed(FormAddress(.participation, ParticipationForm.period)), title: strings.periodTitle, fields: [
            FormField(.from, strings.fieldFrom, .day(required: true), value: shown.from.description),
            FormField(.to, strings.fieldTo, .day(required: true), value: shown.to.description),
        ])
    }
}

/// The Participation screen's forms: the period (`p`).
enum ParticipationForm: Equatable, AddressedForm {
    case period

    /// The answer, to the screen's own state: the period shown (this year: none kept).
    static let replies = FormReplies.scoped(\.participation) { screen, form, context in
        guard let from = form.day(.from), let to = form.day(.to) else { return [] }
        guard from <= to else { return [.note(context.strings.periodBackwards, error: true)] }
        let period = Period(from: from, to: to)
        screen.period = period == .year(context.today.year) ? nil : period
        return [.reportsChanged]
    }
}

extension ParticipationState {
    /// The report's rows in the chosen order.
    func sorted(_ rows: [MemberParticipation]) -> [MemberParticipation] {
        guard let column = sortColumn else { return rows }
        let descending = self.descending
        return rows.enumerated().sorted { lhs, rhs in
            let order = Self.compare(lhs.element, rhs.element, by: column)
            if order == .orderedSame { return lhs.offset < rhs.offset }
            return descending ? order == .orderedDescending : order == .orderedAscending
        }.map(\.element)
    }
}

extension KeyScope {
    static let participationKeys: [KeyBinding] = [
        KeyBinding([.key(.left), .char("h")], label: Phrase("column", "选列"), help: Phrase("the column to the left", "左边一列"), hint: 1,
                   scope: \.participation) { screen, _, _ in
            screen.moveColumn(by: -1)
            return []
        },
        KeyBinding([.key(.right), .char("l")], label: Phrase("column", "选列"), help: Phrase("the column to the right (the highlighted header)", "右边一列（高亮的列标题）"),
                   scope: \.participation) { screen, _, _ in
            screen.moveColumn(by: 1)
            return []
        },
        KeyBinding([.char("s")], label: Phrase("sort", "排序"), help: Phrase("sort by the chosen column (largest first; s again reverses)", "按所选列排序（从大到小；再按一次反向）"), hint: 2,
                   scope: \.participation) { screen, _, _ in
            screen.sort()
            return []
        },
        KeyBinding([.char("o")], label: Phrase("roster order", "名册顺序"), help: Phrase("back to roster order", "恢复名册顺序"), scope: \.participation) { screen, _, _ in
            screen.sortColumn = nil
            return []
        },
        KeyBinding([.char("t")], label: Phrase("type", "类型"), help: Phrase("next meeting type filter (all → each type → all)", "切换会议类型（全部 → 各类型 → 全部）"), hint: 3,
                   scope: \.participation) { screen, _, _ in
            screen.type = MeetingType.next(after: screen.type)
            return [.reportsChanged]
        },
        KeyBinding([.char("y")], label: Phrase("year", "年度"), help: Phrase("the whole year before the shown period (cycles back to this year)", "所示期间的上一整年（循环回到本年）"), hint: 4,
                   scope: \.participation) { screen, context, _ in
            screen.previousYear(years: context.meetingYears, today: context.today)
            return [.reportsChanged]
        },
        KeyBinding([.char("p")], label: Phrase("period", "期间"), help: Phrase("any period: from and to", "自定义统计期间：起止日期"), hint: 5,
                   scope: \.participation) { screen, context, _ in
            [.openForm(screen.periodForm(context.strings, today: context.today))]
        },
        KeyBinding([.key(.enter)], label: Phrase("timeline", "个人记录"),
                   help: Phrase("the member's timeline: the six-month standing, the last twelve months (A came, U no reason, E excused, · none expected) and every meeting",
                                "个人参会记录：六个月规则情况、最近十二个月（A 参加，U 无故缺席，E 因故缺席，· 无应到会议）和每次会议"),
                   hint: 6, scope: \.participation) { screen, context, _ in
            let rows = screen.sorted(context.participationRows)
            guard screen.cursor.index < rows.count else { return [] }
            screen.timelineMember = rows[screen.cursor.index].memberID
            screen.timelineCursor = ListCursor()
            return []
        }.disabled(Unavailable.noParticipationRow),
    ]

    static let timelineKeys: [KeyBinding] = [
        KeyBinding([.key(.enter)], label: Phrase("open", "打开会议"), help: Phrase("open the highlighted meeting", "打开所选会议"), hint: 1,
                   scope: \.participation) { screen, context, _ in
            guard let id = screen.timelineMember else { return [] }
            let entries = ParticipationReport.timeline(memberID: id, summaries: context.meetings)
            return screen.timelineCursor.index < entries.count ? [.openMeeting(id: entries[screen.timelineCursor.index].meeting.id)] : []
        }.disabled(Unavailable.noTimelineMeeting),
        KeyBinding([.key(.escape), .key(.backspace)], label: Phrase("back", "返回"), help: Phrase("back to the table", "返回列表"), hint: 2,
                   scope: \.participation) { screen, _, _ in
            screen.timelineMember = nil
            return []
        },
    ]
}

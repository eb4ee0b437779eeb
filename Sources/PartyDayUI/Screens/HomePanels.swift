import PartyDayKit

/// The home screen's "due" and "at risk" panels: what a secretary must see at once.
extension ScreenContext {
    /// Draws both panels from `y`; returns the first free row.
    func renderHomePanels(_ grid: inout Grid, y start: Int, bottom: Int) -> Int {
        guard let compliance = reports.compliance, let participation = reports.yearParticipation else { return start }
        let s = strings
        var y = start
        let labelWidth = max(displayWidth(s.dueThisMonth), displayWidth(s.dueThisQuarter), displayWidth(s.dueThisYear)) + 2
        grid.put(s.duesHeading, x: 1, y: y, style: .heading)
        for (frequency, label) in [(Frequency.monthly, s.dueThisMonth), (.quarterly, s.dueThisQuarter), (.yearly, s.dueThisYear)] {
            let items = compliance.current(frequency)
            guard !items.isEmpty, y < bottom else { continue }
            var x = 1 + displayWidth(s.duesHeading) + 1
            x += grid.put(pad(label, toWidth: labelWidth), x: x, y: y, style: Style(role: .muted))
            // Each duty is named whole: one that does not fit goes to the next row.
            let itemsStart = x
            for (line, period) in items {
                let name = s.typeName(line.type) + (line.partyGroup.map { s.groupSuffix($0.name) } ?? "")
                let held = period.status == .held
                let text = (held ? "✓" : "•") + name + (!held && !period.planned.isEmpty ? s.plannedSuffix(period.planned[0]) : "")
                if x > itemsStart && x + displayWidth(text) > grid.size.columns - 1 {
                    y += 1
                    x = itemsStart
                    guard y < bottom else { break }
                }
                x += grid.put(text, x: x, y: y, style: held ? Style(role: .good) : Style(role: .warning, bold: true),
                              limit: grid.size.columns - 1 - x, ellipsis: true) + 2
            }
            y += 1
        }
        let missed = compliance.missed
        if !missed.isEmpty, y < bottom {
            // A party group's meetings by the group's name: three "党小组会 2026-10" said nothing.
            let names = missed.map { "\($0.line.partyGroup?.name ?? s.typeName($0.line.type)) \($0.period.label)" }
            let x = 1 + displayWidth(s.duesHeading) + 1
            let width = grid.size.columns - x - 1, height = min(2, bottom - y)
            let prefix = s.missedLine(missed.count, "")
            for line in Self.itemLines(prefix, names, separator: s.t(", ", "、"), width: width, height: height, more: { _ in " …" }) {
                grid.put(line, x: x, y: y, style: Style(role: .danger), limit: width)
                y += 1
            }
        }
        if let due = development.dueThisMonth, !due.isEmpty, y < bottom {
            // Developing members: what falls due this month, the overdue first (the list is by day).
            let x = 1 + displayWidth(s.duesHeading) + 1
            let items = due.map { line -> String in
                let late = line.by.days(until: today)
                return late > 0 ? s.t("\(line.name): \(line.what.english) overdue \(late) d", "\(line.name)：\(line.what.chinese)逾期\(late)天")
                    : s.t("\(line.name): \(line.what.english) due by \(line.by.month)-\(line.by.day)", "\(line.name)：\(line.what.chinese) \(line.by.month)月\(line.by.day)日前")
            }
            let width = grid.size.columns - x - 1, height = min(2, bottom - y)
            let style = Style(role: due.contains { $0.by < today } ? .danger : .warning)
            for line in Self.itemLines(s.t("Development: ", "发展党员："), items, separator: s.t("; ", "；"), width: width, height: height,
                                       more: { s.t("; and \($0) more (8)", "；另有\($0)项（按 8 查看）") }) {
                grid.put(line, x: x, y: y, style: style, limit: width)
                y += 1
            }
        }
        for warning in elections.homeWarnings.value ?? [] where y < bottom {
            let x = 1 + displayWidth(s.duesHeading) + 1
            grid.put(warning, x: x, y: y, style: Style(role: .warning), limit: grid.size.columns - x - 1, ellipsis: true)
            y += 1
        }
        if let awayLines = away.homeLines.value, !awayLines.lines.isEmpty, y < bottom {
            // Letters, receipts, members away and out of contact: what is due of them.
            let x = 1 + displayWidth(s.duesHeading) + 1
            let width = grid.size.columns - x - 1, height = min(2, bottom - y)
            for line in Self.itemLines(s.t("Away: ", "组织关系："), awayLines.lines, separator: s.t("; ", "；"), width: width, height: height,
                                       more: { s.t("; and \($0) more (3, o)", "；另有\($0)项（名册按 o）") }) {
                grid.put(line, x: x, y: y, style: Style(role: awayLines.urgent ? .danger : .warning), limit: width)
                y += 1
            }
        }
        if let planned = plans.homeLine.value, !planned.isEmpty, y < bottom {
            // This month's planned meetings neither held nor scheduled, each named whole.
            let x = 1 + displayWidth(s.duesHeading) + 1
            let width = grid.size.columns - x - 1, height = min(2, bottom - y)
            for line in Self.itemLines(s.t("Planned, not scheduled: ", "本月计划未安排："), planned, separator: s.t("; ", "；"), width: width, height: height,
                                       more: { s.t("; and \($0) more (0)", "；另有\($0)项（按 0 查看）") }) {
                grid.put(line, x: x, y: y, style: Style(role: .warning), limit: width)
                y += 1
            }
        }
        if let talks = self.talks.homeLine.value ?? nil, y < bottom {
            let x = 1 + displayWidth(s.duesHeading) + 1
            grid.put(talks, x: x, y: y, style: Style(role: .warning), limit: grid.size.columns - x - 1, ellipsis: true)
            y += 1
        }
        guard y < bottom else { return y }
        let risk = participation.atRisk
        let longLeave = participation.excusedRuns(atLeast: branch?.ladder.talk ?? 3)
        grid.put(s.riskHeading, x: 1, y: y, style: .heading)
        let x = 1 + displayWidth(s.riskHeading) + 1
        let duesRisk = duesAtRisk
        if risk.members.isEmpty && risk.mobile.isEmpty && longLeave.isEmpty && duesRisk.isEmpty {
            grid.put(s.noOneAtRisk, x: x, y: y, style: Style(role: .good))
            return y + 1
        }
        let shown = 3
        for row in risk.members.prefix(shown) where y < bottom {
            y += grid.paragraph(RiskText.line(row, s.labels), x: x, y: y, width: grid.size.columns - x - 1, height: min(2, bottom - y),
                                style: Style(role: row.standing.level >= .urgent ? .danger : .warning, bold: row.standing.level >= .urgent))
        }
        if risk.members.count > shown, y < bottom {
            grid.put(s.moreAtRisk(risk.members.count - shown), x: x, y: y, style: Style(role: .muted))
            y += 1
        }
        if !risk.mobile.isEmpty, y < bottom {
            let names = risk.mobile.map { "\($0.name) \($0.standing.unexcusedMonths)" }
            y += grid.paragraph(s.mobileAtRisk(s.labels.list(names)), x: x, y: y, width: grid.size.columns - x - 1, height: min(2, bottom - y),
                                style: Style(role: .warning))
        }
        if !duesRisk.isEmpty, y < bottom {
            // The dues half of the six-month rule: consecutive months with dues unpaid.
            let names = duesRisk.map { s.t("\($0.name) \($0.arrears.count) months", "\($0.name) \($0.arrears.count)个月") }
            let urgent = duesRisk.contains { $0.level >= .urgent }
            y += grid.paragraph(s.t("Dues unpaid: ", "党费未交：") + s.labels.list(names), x: x, y: y, width: grid.size.columns - x - 1,
                                height: min(2, bottom - y), style: Style(role: urgent ? .danger : .warning, bold: urgent))
        }
        if !longLeave.isEmpty, y < bottom {
            let names = longLeave.map { "\($0.name) \($0.standing.excusedMonths)" }
            y += grid.paragraph(s.excusedRunsLine(s.labels.list(names)), x: x, y: y, width: grid.size.columns - x - 1, height: min(2, bottom - y),
                                style: Style(role: .muted))
        }
        return y
    }
}

extension ScreenContext {
    /// `items` after `prefix`, laid out in at most `height` lines of `width` without ever
    /// splitting one (a name cut across two lines read as two people); what does not fit
    /// is counted in `more`. A line costs one width sum per item: cheap on every frame.
    static func itemLines(_ prefix: String, _ items: [String], separator: String, width: Int, height: Int,
                          more: (Int) -> String) -> [String] {
        var lines: [String] = []
        var line = prefix
        var lineHasItem = false
        for (index, item) in items.enumerated() {
            let joined = lineHasItem ? line + separator + item : line + item
            // An item always goes on an empty line (cut at the edge if it alone is too wide).
            if displayWidth(joined) <= width || !lineHasItem {
                line = joined
                lineHasItem = true
                continue
            }
            if lines.count + 1 >= height {
                // No room for another line: say how many are left out.
                let left = items.count - index
                var last = line + more(left)
                while displayWidth(last) > width, lineHasItem, let cut = line.range(of: separator, options: .backwards) {
                    line = String(line[..<cut.lowerBound])
                    last = line + more(left + 1)
                }
                lines.append(last)
                return lines
            }
            lines.append(line)
            line = item
            lineHasItem = true
        }
        lines.append(line)
        return lines
    }

    /// The year's duties as a grid: one line per duty, one mark per period
    /// (✓ held, ✗ missing, • due now, · not yet, – not owed).
    var dutyGridLines: [String] {
        guard let compliance = reports.compliance else { return [] }
        let s = strings
        let nameWidth = 26
        var lines = [pad("", toWidth: nameWidth) + " " + (1...12).map { $0 < 10 ? " 0\($0)" : " \($0)" }.joined()]
        for line in compliance.lines {
            let name = s.typeName(line.type) + (line.partyGroup.map { s.groupSuffix($0.name) } ?? "")
            let cells: String
            switch line.frequency {
            case .monthly:
                cells = line.periods.map { "  " + Self.mark($0.status) }.joined()
            case .quarterly:
                // A quarter's mark sits under its last month.
                cells = line.periods.map { "        " + Self.mark($0.status) }.joined()
            case .yearly, .never:
                cells = String(repeating: " ", count: 35) + (line.periods.first.map { Self.mark($0.status) } ?? "")
            }
            lines.append(truncate(pad(name, toWidth: nameWidth), toWidth: nameWidth) + " " + cells)
        }
        lines.append("")
        lines.append(s.dutyLegend)
        lines.append(s.closeDuties)
        return lines
    }

    static func mark(_ status: DutyStatus) -> String {
        switch status {
        case .held: "✓"
        case .missing: "✗"
        case .due: "•"
        case .upcoming: "·"
        case .notOwed: "–"
        case .beforeRecords: "-"
        }
    }
}

extension ScreenContext {
    /// The talks still missing while this year's organizational-life meeting is not yet
    /// held: the talks come first (条例), so home says so until they are done.
    func talksBeforeOrganizationalLife(_ compliance: ComplianceReport) -> String? {
        guard talks.loaded else { return nil }
        let duty = compliance.current(.yearly).first { $0.line.type == .organizationalLifeMeeting }
        guard let duty, duty.period.status != .held else { return nil }
        let coverage = TalkCoverage(year: today.year, talks: talks.talks, members: members, asOf: today)
        guard let missing = coverage.shortMissing else { return nil }
        return strings.t("Talks before the org.-life meeting: \(missing.english) (9)", "组织生活会前谈心谈话：\(missing.chinese)")
    }
}

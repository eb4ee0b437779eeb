import PartyDayKit

/// The Development screen drawn: the pipeline (counts by stage, then each person with
/// their next step and deadline, overdue first), or one person's timeline of 25 steps
/// with what an inspector would find.
extension DevelopmentScreenState {
    func render(into grid: inout Grid, _ context: ScreenContext, top: Int, height: Int) -> Point? {
        let s = context.strings
        guard context.development.loaded else {
            grid.put(s.loading, x: 1, y: top + 1, style: Style(role: .muted))
            return nil
        }
        if let person = open(context) { return renderTimeline(person, &grid, context, top: top, height: height) }
        let caret = list.drawSearch(into: &grid, label: s.searchLabel, x: grid.size.columns - 22 - displayWidth(s.searchLabel),
                                    y: top, width: 21 + displayWidth(s.searchLabel))
        renderPipeline(&grid, context, top: top, height: height)
        return caret
    }

    private func renderPipeline(_ grid: inout Grid, _ context: ScreenContext, top: Int, height: Int) {
        let s = context.strings, language = s.language
        let shown = rows(context)
        // The counts are of the whole pipeline, whatever the search box narrows the list to.
        var unfiltered = self
        unfiltered.list.search = TextField()
        let everyone = list.query.isEmpty ? shown : unfiltered.rows(context)
        let counts = DevelopmentStage.allCases.filter { $0 != .admission }.map { stage in
            "\(stage.name.text(language)) \(everyone.filter { ($0.status.stage == .admission ? .candidate : $0.status.stage) == stage }.count)"
        }
        grid.put(s.t("Developing members · ", "发展党员 · ") + counts.joined(separator: " · "), x: 1, y: top, style: .heading,
                 limit: grid.size.columns - 2 - (list.searching || !list.query.isEmpty ? 24 + displayWidth(s.searchLabel) : 0), ellipsis: true)
        var y = top + 1
        if let problem = context.development.problems.first {
            y += grid.paragraph(s.t("\(problem.path): \(problem.message). Left untouched (partyday check names it).", "\(problem.path)：\(problem.message)。文件未改动（partyday check 会列出）。"),
                                x: 1, y: y, width: grid.size.columns - 2, height: 2, style: Style(role: .danger))
        }
        if shown.isEmpty {
            let text = list.query.isEmpty
                ? s.t("Nobody in development yet. a records an applicant (or: partyday import development FILE.xlsx).",
                      "尚无发展党员记录。按 a 录入入党申请人（或：partyday import development 文件.xlsx）。")
                : s.t("Nobody matches “\(list.query)” (Esc clears the search).", "没有与“\(list.query)”相符的人员（Esc 清除搜索）。")
            grid.paragraph(text, x: 1, y: y + 1, width: grid.size.columns - 2, height: 3, style: Style(role: .muted))
            return
        }
        let table = shown.map { row -> [String] in
            let next = row.status.next.map { "\($0.number). \($0.name.text(language))" } ?? (row.person.departure != nil ? s.t("left", "已退出") : s.t("done", "已完成"))
            let deadline = row.status.deadline.map { day -> String in
                let late = day.days(until: context.today)
                return late > 0 ? s.t("\(day) (\(late) d late)", "\(day)（逾期\(late)天）") : "\(day)"
            } ?? ""
            return [row.person.name, row.status.stage.name.text(language), next, deadline,
                    row.status.findings.isEmpty ? "" : "\(row.status.findings.count) " + (row.status.findings.first?.text.text(language) ?? "")]
        }
        let specs = [ColumnSpec(title: s.t("Name", "姓名"), minimum: 6, maximum: 12),
                     ColumnSpec(title: s.t("Stage", "阶段"), minimum: 6, maximum: 20),
                     ColumnSpec(title: s.t("Next step", "下一步"), minimum: 10, maximum: 30),
                     ColumnSpec(title: s.t("Deadline", "期限"), minimum: 10, maximum: 22),
                     ColumnSpec(title: s.t("Findings", "问题"), minimum: 8, maximum: 200, flexible: true)]
        grid.table(top: y, height: top + height - y, columns: fitColumns(specs, rows: table, total: grid.size.columns), rows: table,
                   selected: list.cursor.index) { index in
            shown[index].urgent ? Style(role: .danger) : shown[index].status.findings.isEmpty ? .plain : Style(role: .warning)
        }
    }

    private func renderTimeline(_ person: DevelopmentPerson, _ grid: inout Grid, _ context: ScreenContext, top: Int, height: Int) -> Point? {
        let s = context.strings, language = s.language
        let rules = DevelopmentRules(limits: context.branch?.development ?? .defaults, members: context.members)
        let status = DevelopmentStatus(person, asOf: context.today, rules: rules)
        let about = [person.gender, person.birthDate.map { s.t("born \($0)", "\($0) 出生") } ?? "", person.unit, person.post].filter { !$0.isEmpty }
        grid.put("\(person.name) · \(status.stage.name.text(language))" + (about.isEmpty ? "" : " · " + about.joined(separator: " ")),
                 x: 1, y: top, style: .heading, limit: grid.size.columns - 2, ellipsis: true)
        let people = s.t("Contacts: ", "培养联系人：") + (person.contacts.map(\.name).joined(separator: "、").ifEmptyDash)
            + s.t(" · Sponsors: ", " · 入党介绍人：") + (person.sponsors.map(\.name).joined(separator: "、").ifEmptyDash)
            + s.t(" · Reports \(person.reports.count) · Assessments \(person.assessments.count)", " · 思想汇报 \(person.reports.count) 份 · 考察 \(person.assessments.count) 次")
        grid.put(people, x: 1, y: top + 1, style: Style(role: .muted), limit: grid.size.columns - 2, ellipsis: true)
        // The findings take the bottom lines (at most a third of the room); the steps the rest.
        let findingLines = min(status.findings.count + (status.findings.isEmpty ? 0 : 1), max(2, (height - 2) / 3))
        let rows = DevelopmentStep.allCases.map { step -> [String] in
            let entry = person.entry(step)
            let mark = entry != nil ? "✓" : step == status.next ? "→" : step.isContinuous ? "…" : " "
            var detail: [String] = []
            if let entry {
                if !entry.by.isEmpty { detail.append(entry.by) }
                if let body = entry.body { detail.append(body.name.text(language)) }
                if entry.meetingID != nil { detail.append(s.t("at a meeting", "会议决定")) }
                if !entry.document.isEmpty { detail.append(entry.document) }
                if let outcome = entry.outcome { detail.append(outcome.name.text(language)) }
            } else if step == status.next, let deadline = status.deadline {
                detail.append(s.t("due by \(deadline)", "应于 \(deadline) 前"))
            } else if step == status.next, let earliest = status.earliest {
                detail.append(s.t("not before \(earliest)", "不早于 \(earliest)"))
            } else if step == .activistAssessment || step == .probationAssessment {
                detail.append(s.t("\(person.assessments.count) assessment(s)", "考察 \(person.assessments.count) 次"))
            }
            if person.notices.contains(where: { $0.step == step }) { detail.append(s.t("notice", "已公示")) }
            return [mark, "\(step.number). \(step.name.text(language))", entry?.day.description ?? "", detail.joined(separator: " · ")]
        }
        let specs = [ColumnSpec(title: "", minimum: 1, maximum: 1), ColumnSpec(title: s.t("Step", "步骤"), minimum: 12, maximum: 30),
                     ColumnSpec(title: s.t("Day", "日期"), minimum: 10, maximum: 10), ColumnSpec(title: s.t("Who, where", "经办、决定"), minimum: 8, maximum: 200, flexible: true)]
        let stepsTop = top + 2
        grid.table(top: stepsTop, height: height - 2 - findingLines, columns: fitColumns(specs, rows: rows, total: grid.size.columns), rows: rows,
                   selected: step.index) { index in
            let step = DevelopmentStep.allCases[index]
            if status.findings.contains(where: { $0.step == step && $0.severity == .violation }) { return Style(role: .danger) }
            return person.entry(step) != nil ? Style(role: .good) : .plain
        }
        guard findingLines > 0 else { return nil }
        var y = top + height - findingLines
        grid.put(s.t("Findings as of \(context.today) (\(status.findings.count)):", "截至 \(context.today) 发现的问题（\(status.findings.count) 项）："),
                 x: 1, y: y, style: Style(role: .danger, bold: true), limit: grid.size.columns - 2)
        y += 1
        for finding in status.findings.prefix(findingLines - 1) {
            grid.put("• \(finding.text.text(language)) [\(finding.rule.text(language))]", x: 1, y: y,
                     style: Style(role: finding.severity == .violation ? .danger : .warning), limit: grid.size.columns - 2, ellipsis: true)
            y += 1
        }
        return nil
    }
}

extension String {
    /// "—" for an empty list of names.
    var ifEmptyDash: String { isEmpty ? "—" : self }
}

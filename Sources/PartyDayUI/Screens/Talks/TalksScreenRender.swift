import PartyDayKit

/// The Talks screen drawn: the year's register (newest first), or the coverage grid —
/// each member against each committee member, with what the 条例 still asks for.
extension TalksScreenState {
    func render(into grid: inout Grid, _ context: ScreenContext, top: Int, height: Int) -> Point? {
        let s = context.strings
        guard context.talks.loaded else {
            grid.put(s.loading, x: 1, y: top + 1, style: Style(role: .muted))
            return nil
        }
        let coverage = coverage(context)
        let year = shownYear(context)
        let searchRoom = list.searching || !list.query.isEmpty ? 24 + displayWidth(s.searchLabel) : 0
        grid.put(s.t("Talks \(year) · \(coverage.talkCount) recorded", "\(year) 年谈心谈话 · 已记录 \(coverage.talkCount) 次") + (showGrid ? s.t(" · who has talked with whom", " · 谈话覆盖一览") : ""),
                 x: 1, y: top, style: .heading, limit: grid.size.columns - 2 - searchRoom, ellipsis: true)
        let caret = showGrid ? nil : list.drawSearch(into: &grid, label: s.searchLabel, x: grid.size.columns - 22 - displayWidth(s.searchLabel),
                                                     y: top, width: 21 + displayWidth(s.searchLabel))
        var y = top + 1
        if let problem = context.talks.problems.first {
            y += grid.paragraph(s.t("\(problem.path): \(problem.message). Left untouched (partyday check names it).", "\(problem.path)：\(problem.message)。文件未改动（partyday check 会列出）。"),
                                x: 1, y: y, width: grid.size.columns - 2, height: 2, style: Style(role: .danger))
        }
        let missing = coverage.missingWording?.text(s.language) ?? (coverage.members.isEmpty ? "" : s.t("Every talk the rules ask for this year is held.", "本年度条例要求的谈心谈话都已完成。"))
        if !missing.isEmpty {
            y += grid.paragraph(missing, x: 1, y: y, width: grid.size.columns - 2, height: 2, style: Style(role: coverage.isComplete ? .muted : .warning))
        }
        if showGrid {
            renderGrid(coverage, &grid, context, top: y, bottom: top + height)
        } else {
            renderRegister(&grid, context, top: y, bottom: top + height)
        }
        return caret
    }

    private func renderRegister(_ grid: inout Grid, _ context: ScreenContext, top: Int, bottom: Int) {
        let s = context.strings, language = s.language
        let shown = rows(context)
        guard !shown.isEmpty else {
            let text = list.query.isEmpty
                ? s.t("No talk recorded in \(shownYear(context)). a records one; g shows who is still to be talked with; [ ] change the year.",
                      "\(shownYear(context)) 年尚无谈话记录。按 a 记录；按 g 查看还有谁没谈；[ ] 切换年份。")
                : s.t("No talk matches “\(list.query)” (Esc clears the search).", "没有与“\(list.query)”相符的谈话（Esc 清除搜索）。")
            grid.paragraph(text, x: 1, y: top + 1, width: grid.size.columns - 2, height: 3, style: Style(role: .muted))
            return
        }
        let table = shown.map { talk -> [String] in
            ["\(talk.day)", talk.talker.name, talk.partner.name, talk.occasionText(language),
             [talk.topics, talk.agreed].filter { !$0.isEmpty }.joined(separator: " · ").replacingOccurrences(of: "\n", with: " ")]
        }
        let specs = [ColumnSpec(title: s.t("Day", "日期"), minimum: 10, maximum: 10),
                     ColumnSpec(title: s.t("Talked", "谈话人"), minimum: 6, maximum: 12),
                     ColumnSpec(title: s.t("With", "谈话对象"), minimum: 8, maximum: 12),
                     ColumnSpec(title: s.t("Occasion", "事由"), minimum: 6, maximum: 16),
                     ColumnSpec(title: s.t("Topics · agreed", "内容 · 商定事项"), minimum: 8, maximum: 200, flexible: true)]
        grid.table(top: top, height: bottom - top, columns: fitColumns(specs, rows: table, total: grid.size.columns), rows: table, selected: list.cursor.index)
    }

    /// Members down, the committee across: how many talks each pair had this year; "·"
    /// where the rules ask for one and none is recorded.
    private func renderGrid(_ coverage: TalkCoverage, _ grid: inout Grid, _ context: ScreenContext, top: Int, bottom: Int) {
        let s = context.strings
        guard !coverage.members.isEmpty else {
            grid.paragraph(s.t("Nobody on the roster.", "名册上没有党员。"), x: 1, y: top + 1, width: grid.size.columns - 2, height: 2, style: Style(role: .muted))
            return
        }
        var y = top
        let pairs = coverage.committeePairsMissing
        if !pairs.isEmpty {
            let text = s.t("Committee pairs not yet: ", "支委之间未谈：") + pairs.map { "\($0.0.name)—\($0.1.name)" }.joined(separator: s.t(", ", "、"))
            y += grid.paragraph(text, x: 1, y: y, width: grid.size.columns - 2, height: 2, style: Style(role: .warning))
        }
        let secretaryID = coverage.secretary?.memberID
        let rows = coverage.members.map { member -> [String] in
            let cells = coverage.committee.map { talker -> String in
                if talker.memberID == member.memberID { return "" }
                let count = coverage.count(member.memberID, talker.memberID)
                return count > 0 ? "✓\(count > 1 ? "\(count)" : "")" : "·"
            }
            var gaps: [String] = []
            if member.memberID != secretaryID, secretaryID != nil, coverage.count(member.memberID, secretaryID!) == 0 { gaps.append(s.t("secretary", "书记")) }
            if !member.role.isOnCommittee, !coverage.committee.contains(where: { coverage.count(member.memberID, $0.memberID) > 0 }) { gaps.append(s.t("committee", "支委")) }
            return [member.name] + cells + [gaps.isEmpty ? "" : s.t("not yet: ", "未谈：") + gaps.joined(separator: s.t(", ", "、"))]
        }
        let specs = [ColumnSpec(title: s.t("Member", "党员"), minimum: 6, maximum: 12)]
            + coverage.committee.map { ColumnSpec(title: $0.name, minimum: 4, maximum: 8) }
            + [ColumnSpec(title: s.t("Still to do", "尚缺"), minimum: 8, maximum: 200, flexible: true)]
        grid.table(top: y, height: bottom - y, columns: fitColumns(specs, rows: rows, total: grid.size.columns), rows: rows, selected: member.index) { index in
            rows[index].last?.isEmpty == false ? Style(role: .warning) : .plain
        }
    }
}

import PartyDayKit

/// The Dues screen drawn: one month of the register (members, base, due, paid, status,
/// the unpaid run), the month's totals and hand-overs, or the year at a glance.
extension DuesScreenState {
    func render(into grid: inout Grid, _ context: ScreenContext, top: Int, height: Int) -> Point? {
        let s = context.strings
        let caret = list.drawSearch(into: &grid, label: s.searchLabel, x: grid.size.columns - 22 - displayWidth(s.searchLabel),
                                    y: top, width: 21 + displayWidth(s.searchLabel))
        renderRegister(&grid, context, top: top, height: height)
        return caret
    }

    private func renderRegister(_ grid: inout Grid, _ context: ScreenContext, top: Int, height: Int) {
        let s = context.strings, l = context.strings.labels
        let dues = context.dues
        let month = shownMonth(context)
        grid.put(s.t("Party dues · \(month)", "党费 · \(month)"), x: 1, y: top, style: .heading,
                 limit: grid.size.columns - 2 - (list.searching || !list.query.isEmpty ? 24 + displayWidth(s.searchLabel) : 0))
        guard dues.loaded else {
            grid.put(s.loading, x: 1, y: top + 2, style: Style(role: .muted))
            return
        }
        var y = top + 1
        if let problem = dues.problems.first {
            y += grid.paragraph(s.t("\(problem.path): \(problem.message). Left untouched; dues cannot be recorded until it is repaired or moved away (partyday check names it).",
                                    "\(problem.path)：\(problem.message)。文件未改动；修复或移走该文件之前不能记录党费（partyday check 会列出）。"),
                                x: 1, y: y, width: grid.size.columns - 2, height: 2, style: Style(role: .danger))
            // The table's row counter sits on the line above its header: keep it off the message.
            y += 1
        }
        let ledger = context.duesLedger
        let shown = members(context, ledger)
        if shown.isEmpty && !list.query.isEmpty {
            grid.put(s.t("No member matches “\(list.query)” (Esc clears the search).", "没有与“\(list.query)”相符的党员（Esc 清除搜索）。"),
                     x: 1, y: y + 1, style: Style(role: .muted), limit: grid.size.columns - 2)
            return
        }
        if shown.isEmpty {
            grid.paragraph(s.t("No member owes dues in \(month). Press b on a member to record a base (or: partyday import dues-bases FILE).",
                               "\(month)没有应交党费的党员。在党员上按 b 录入党费基数（或：partyday import dues-bases 文件）。"),
                           x: 1, y: y + 1, width: grid.size.columns - 2, height: 3, style: Style(role: .muted))
            return
        }
        if yearGrid { return renderYear(&grid, context, top: y, bottom: top + height, ledger: ledger, shown: shown) }
        let rows = shown.map { member -> [String] in
            let standing = ledger.month(month, of: member)
            let arrears = ledger.arrears(of: member)
            return [member.name, standing.basis.map { l.duesKindName($0.kind) } ?? "—", standing.basis?.base?.description ?? "",
                    standing.due?.description ?? "?", standing.paid == .zero && standing.extra == .zero ? "" : (standing.paid + standing.extra).description,
                    l.duesStatusName(standing.status), arrears.count == 0 ? "" : "\(arrears.count)"]
        }
        let specs = [ColumnSpec(title: s.t("Name", "姓名"), minimum: 6, maximum: 20),
                     ColumnSpec(title: s.t("Kind", "类别"), minimum: 6, maximum: 12),
                     ColumnSpec(title: s.t("Base", "基数"), minimum: 8, maximum: 10),
                     ColumnSpec(title: s.t("Due", "应交"), minimum: 6, maximum: 9),
                     ColumnSpec(title: s.t("Paid", "实交"), minimum: 6, maximum: 9),
                     ColumnSpec(title: s.t("Status", "状态"), minimum: 6, maximum: 16, flexible: true),
                     ColumnSpec(title: s.t("Unpaid", "连续未交"), minimum: 6, maximum: 8)]
        let columns = fitColumns(specs, rows: rows, total: grid.size.columns)
        let totals = ledger.totals(for: month)
        let summaryRows = 2
        grid.table(top: y, height: top + height - y - summaryRows, columns: columns, rows: rows, selected: list.cursor.index) { index in
            switch ledger.month(month, of: shown[index]).status {
            case .arrears: Style(role: ledger.arrears(of: shown[index]).level(context.ladder) >= .urgent ? .danger : .warning)
            case .paid, .exempt: Style(role: .good)
            default: .plain
            }
        }
        let bottom = top + height - summaryRows
        grid.put(s.t("Due \(totals.due) · collected \(totals.collected) (\(totals.settled) of \(totals.owing) settled) · extra \(totals.extra)",
                     "应交 \(totals.due) · 实收 \(totals.collected)（\(totals.owing) 人中 \(totals.settled) 人已交清）· 多交 \(totals.extra)"),
                 x: 1, y: bottom, limit: grid.size.columns - 2, ellipsis: true)
        let handed = totals.handedOverOn.isEmpty ? s.t("not handed over yet", "尚未上缴")
            : s.t("handed over \(totals.handedOver) on \(totals.handedOverOn.map(\.description).joined(separator: ", "))",
                  "已上缴 \(totals.handedOver)（\(totals.handedOverOn.map(\.description).joined(separator: "、"))）")
        grid.put(handed + s.t(" · not handed over \(totals.notHandedOver)", " · 未上缴 \(totals.notHandedOver)"), x: 1, y: bottom + 1,
                 style: Style(role: .muted), limit: grid.size.columns - 2, ellipsis: true)
    }

    /// Members × the twelve months of the shown month's year, one mark a month, and the run.
    private func renderYear(_ grid: inout Grid, _ context: ScreenContext, top: Int, bottom: Int, ledger: DuesLedger, shown: [Member]) {
        let s = context.strings, l = context.strings.labels
        let year = shownMonth(context).year
        let rows = shown.map { member -> [String] in
            [member.name] + (1...12).map { l.duesMark(ledger.month(YearMonth(year: year, month: $0), of: member).status) }
                + ["\(ledger.arrears(of: member).count)"]
        }
        let specs = [ColumnSpec(title: s.t("Name \(year)", "姓名 \(year)"), minimum: 8, maximum: 20)]
            + (1...12).map { ColumnSpec(title: "\($0)", minimum: 2, maximum: 2) }
            + [ColumnSpec(title: s.t("Unpaid", "连续未交"), minimum: 6, maximum: 8, flexible: true)]
        let columns = fitColumns(specs, rows: rows, total: grid.size.columns)
        grid.table(top: top, height: bottom - top - 1, columns: columns, rows: rows, selected: list.cursor.index)
        grid.put(s.t("✓ paid  ½ partly  ✗ in arrears  · due  ex exempt  – not owed   g one month", "✓ 已交  ½ 部分  ✗ 欠交  · 待交  免 免交  – 不需交   g 单月"),
                 x: 1, y: bottom - 1, style: Style(role: .muted), limit: grid.size.columns - 2, ellipsis: true)
    }
}

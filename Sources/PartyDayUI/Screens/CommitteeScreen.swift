import Foundation
import PartyDayKit

/// The committee screen (`partyday --committee DIR`): one row per branch with this
/// month's and quarter's duties, the counts the committee watches and the last sync;
/// Enter opens a branch read-only in the usual screens.
extension CommitteeView {
    func render(into grid: inout Grid, _ context: ScreenContext, top: Int, height: Int) {
        let view = self
        let s = context.strings, timeZone = context.timeZone
        let width = grid.size.columns
        var y = top
        let today = view.rows?.compactMap(\.today).max() ?? context.today
        grid.put(s.committeeHeading(view.request.committee.branches.count, today: today.description), x: 1, y: y, style: .heading, limit: width - 2)
        if let busy = view.busy {
            let text = busy == .pulling ? s.committeePulling : s.committeeReading
            grid.put(text, x: width - displayWidth(text) - 1, y: y, style: Style(role: .muted))
        }
        y += 1
        if view.request.committee.branches.isEmpty {
            grid.paragraph(s.committeeNoBranches, x: 1, y: y + 1, width: width - 2, height: height - 2)
            return
        }
        guard let rows = view.rows else { return }
        // The duty columns: those of the running month and quarter, as the branches name them.
        var duties: [(type: MeetingType, label: String)] = []
        for row in rows {
            for cell in row.duties where !duties.contains(where: { $0 == (cell.type, cell.label) }) { duties.append((cell.type, cell.label)) }
        }
        if !duties.isEmpty {
            let periods = duties.map(\.label).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            grid.put(periods.joined(separator: " · ") + "   " + s.committeeLegend, x: 1, y: y, style: Style(role: .muted), limit: width - 2)
            y += 1
        }
        let totals = CommitteeRollup.totals(duties: rows.map(\.duties))
        // Below the table: the totals the committee reports upward, and the highlighted
        // branch's problem or damaged files.
        let footer = min(totals.count, max(0, (top + height - y) - 6)) + 1
        let specs = [ColumnSpec(title: s.columnBranch, minimum: 8, maximum: 24, flexible: true)]
            + duties.map { ColumnSpec(title: s.shortTypeName($0.type), minimum: displayWidth(s.shortTypeName($0.type)), maximum: 10) }
            + [s.columnMissed, s.columnAtRisk, s.columnDuesRisk, s.columnOverdue].map { ColumnSpec(title: $0, minimum: displayWidth($0), maximum: 8) }
            + [ColumnSpec(title: s.columnLastSync, minimum: 10, maximum: 16)]
        let names = rows.map(\.name).max(by: { displayWidth($0) < displayWidth($1) }) ?? ""
        // The last sync with its time when that leaves the branch names whole; else the day.
        let sample = { (sync: String) in [[names] + duties.map { _ in "✓" } + ["88", "88", "88", "88", sync]] }
        var columns = fitColumns(specs, rows: sample("2026-11-27 17:00"), total: width)
        if (columns.first?.width ?? 0) < min(displayWidth(names), 24) {
            columns = fitColumns(specs, rows: sample("2026-11-27"), total: width)
        }
        let showTime = (columns.last?.width ?? 0) >= 16
        grid.table(top: y, height: top + height - y - footer, columns: columns, count: rows.count, row: { index in
            let row = rows[index]
            if row.problem != nil { return [row.name] + duties.map { _ in "" } + ["", "", "", "", ""] }
            return [row.name + (row.damaged > 0 ? " !" : "")]
                + duties.map { duty in row.duties.first { ($0.type, $0.label) == duty }.map { ScreenContext.mark($0.status) } ?? "–" }
                + ["\(row.missedThisYear)", "\(row.atRisk)", "\(row.duesAtRisk)", "\(row.overduePledges)",
                   row.lastSync.map { showTime ? DateText.dateTime($0, in: row.timeZone ?? timeZone) : DateText.day($0, in: row.timeZone ?? timeZone).description } ?? "–"]
        }, selected: view.cursor.index, rowStyle: { index in
            let row = rows[index]
            if row.problem != nil || row.damaged > 0 { return Style(role: .danger) }
            if row.duties.contains(where: { $0.status == .missing }) || row.atRisk + row.duesAtRisk + row.overduePledges > 0 { return Style(role: .warning) }
            return .plain
        })
        var line = top + height - footer
        if let row = view.selectedRow, let problem = row.problem {
            grid.put(s.committeeUnreadable(row.name, problem.text(s.language)), x: 1, y: line, style: Style(role: .danger), limit: width - 2)
        } else if let row = view.selectedRow, row.damaged > 0 {
            grid.put(row.name + ": " + s.committeeDamaged(row.damaged), x: 1, y: line, style: Style(role: .danger), limit: width - 2)
        }
        line += 1
        for total in totals.prefix(footer - 1) {
            grid.put(s.committeeTotal(total), x: 1, y: line, style: total.held < total.owing ? Style(role: .warning) : Style(role: .good), limit: width - 2)
            line += 1
        }
    }
}

extension CommitteeView {
    /// The branches read, the clones pulled (then read again), a branch that would not open.
    static let results = EffectResults.scoped(\.committee) { view, event, context in
        let s = context.strings
        switch event {
        case let .committeeRead(rows):
            view?.rows = rows
            view?.busy = nil
            view?.cursor.clamp(rows.count)
            return []
        case let .committeePulled(failures):
            guard let request = view?.request else { return [] }
            view?.busy = .reading
            return [failures.isEmpty ? .note(s.committeePulled, error: false) : .note(s.committeePullFailed(failures), error: true),
                    .effect(Effect.readCommittee(request).replying(to: .committee))]
        case let .committeeBranchFailed(problem):
            return [.failed(problem)]
        default:
            return []
        }
    }
}

extension KeyScope {
    static let committeeKeys: [KeyBinding] = [
        KeyBinding([.key(.enter)], label: Phrase("open", "打开"), help: Phrase("open the highlighted branch read-only in the usual screens (q comes back)", "以只读方式打开所选支部（按 q 返回）"),
                   hint: 1, scope: \.committee) { view, context, _ in
            guard let view, let row = view.selectedRow else { return [] }
            if let problem = row.problem { return [.note(context.strings.committeeUnreadable(row.name, problem.text(context.strings.language)), error: true)] }
            return [.effect(.openCommitteeBranch(name: row.name, folder: row.folder))]
        },
        KeyBinding([.char("p")], label: Phrase("pull", "获取"), help: Phrase("pull every cloned branch's latest records from its remote, then read them again", "从各支部的远程仓库获取最新记录，然后重新读取"),
                   hint: 2, when: { $0.committee?.hasClones == true }, scope: \.committee) { view, _, _ in
            guard let request = view?.request, view?.busy == nil else { return [] }
            view?.busy = .pulling
            return [.effect(Effect.pullCommittee(request).replying(to: .committee))]
        },
        KeyBinding([.char("r")], label: Phrase("read again", "重新读取"), help: Phrase("read every branch's folder again (a branch read in place may have changed)", "重新读取各支部文件夹（直接读取的支部可能已有变化）"),
                   hint: 3, scope: \.committee) { view, _, _ in
            guard let request = view?.request, view?.busy == nil else { return [] }
            view?.busy = .reading
            return [.effect(Effect.readCommittee(request).replying(to: .committee))]
        },
        KeyBinding([.char("?"), .key(.function(1))], label: Phrase("more", "更多"), help: Phrase("this list of keys", "本按键说明"), hint: 9) { _, _ in [.showHelp] },
        KeyBinding([.char("q")], label: Phrase("quit", "退出"), help: Phrase("quit", "退出"), hint: 10) { _, _ in [.effect(.quit)] },
    ]
}

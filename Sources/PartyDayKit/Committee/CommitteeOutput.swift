import Foundation

/// The committee's reports as text (a table), CSV or JSON (schema in Docs/EXPORTS.md).
public enum CommitteeOutput {
    // MARK: Compliance

    public static func compliance(_ committee: Committee, _ standings: [BranchStanding], format: ReportFormat, labels: Labels) -> String {
        // Columns: the duty cells of the running periods, in the order the branches first name them.
        var columns: [(type: MeetingType, label: String)] = []
        for standing in standings {
            for cell in standing.compliance.map(CommitteeRollup.currentDuties) ?? [] where !columns.contains(where: { $0 == (cell.type, cell.label) }) {
                columns.append((cell.type, cell.label))
            }
        }
        let totals = CommitteeRollup.totals(standings)
        switch format {
        case .json:
            return json(ComplianceJSON(
                committee: committee.name,
                branches: standings.map { standing in
                    ComplianceJSON.Branch(
                        name: standing.name, branch: standing.branch?.name, problem: standing.problem, today: standing.today?.description,
                        duties: standing.compliance.map(CommitteeRollup.currentDuties)?.map { .init(type: $0.type.slug, period: $0.label, status: $0.status.rawValue) } ?? [],
                        missedThisYear: standing.compliance?.missed.map { .init(type: $0.line.type.slug, period: $0.period.label, status: "missing") } ?? [],
                        atRisk: standing.participation.map { $0.atRisk.members.count + $0.atRisk.mobile.count },
                        damagedFiles: standing.damaged.map(\.path))
                },
                totals: totals.map { .init(type: $0.type.slug, period: $0.label, held: $0.held, owing: $0.owing) }))
        case .csv, .table:
            let header = [labels.t("Branch", "支部")] + columns.map { "\(labels.typeName($0.type)) \($0.label)" }
                + [labels.t("Missed this year", "本年缺", ), labels.t("At risk", "预警人数")]
            var rows: [[String]] = []
            for standing in standings {
                guard let report = standing.compliance else {
                    rows.append([standing.name] + columns.map { _ in "" } + ["", ""] )
                    continue
                }
                let cells = CommitteeRollup.currentDuties(report)
                rows.append([standing.name] + columns.map { column in
                    cells.first { ($0.type, $0.label) == column }.map { labels.dutyStatusName($0.status) } ?? "–"
                } + ["\(report.missed.count)", standing.participation.map { "\($0.atRisk.members.count + $0.atRisk.mobile.count)" } ?? ""])
            }
            let sentences = totals.map { total in
                labels.t("\(total.held) of \(total.owing) branches held their \(total.label) \(labels.typeName(total.type)).",
                         "\(total.owing)个支部中有\(total.held)个已召开\(total.label)\(labels.typeName(total.type))。") + "\n"
            }
            return tabular(committee, standings, title: labels.t("duties of the running month and quarter", "本月、本季度应开会议"),
                           header: header, rows: rows, numeric: [header.count - 2, header.count - 1], format: format,
                           after: "\n" + sentences.joined())
        }
    }

    struct ComplianceJSON: Encodable {
        struct Duty: Encodable { var type, period, status: String }
        struct Branch: Encodable {
            var name: String
            var branch: String?
            var problem: String?
            var today: String?
            var duties: [Duty]
            var missedThisYear: [Duty]
            var atRisk: Int?
            var damagedFiles: [String]
        }
        struct Total: Encodable { var type, period: String; var held, owing: Int }
        var committee: String
        var branches: [Branch]
        var totals: [Total]
    }

    // MARK: Risk

    public static func risk(_ committee: Committee, _ standings: [BranchStanding], format: ReportFormat, labels: Labels) -> String {
        struct Row { var branch: String; var member: MemberParticipation }
        var rows: [Row] = []
        for standing in standings {
            guard let report = standing.participation else { continue }
            for member in report.atRisk.members + report.atRisk.mobile { rows.append(Row(branch: standing.name, member: member)) }
        }
        switch format {
        case .json:
            return json(RiskJSON(committee: committee.name, branches: standings.map { standing in
                let members = standing.participation.map { $0.atRisk.members + $0.atRisk.mobile } ?? []
                return RiskJSON.Branch(name: standing.name, problem: standing.problem,
                                       counts: Dictionary(grouping: members, by: { $0.standing.level.slug }).mapValues(\.count),
                                       members: members.map { .init(memberID: $0.memberID, name: $0.name, level: $0.standing.level.slug,
                                                                    unexcusedMonths: $0.standing.unexcusedMonths, mobile: $0.isMobile,
                                                                    lastAttendedMonth: $0.standing.lastAttendedMonth?.description) })
            }))
        case .csv, .table:
            let header = [labels.t("Branch", "支部"), labels.t("Member", "党员"), labels.t("Step", "预警"),
                          labels.t("Unexcused months", "无故缺席月数"), labels.t("Last attended", "最近参加")]
            let lines = rows.map { row in
                [row.branch, row.member.name + (row.member.isMobile ? labels.t(" (mobile)", "（流动）") : ""), labels.levelName(row.member.standing.level),
                 "\(row.member.standing.unexcusedMonths)", row.member.standing.lastAttendedMonth?.description ?? "–"]
            }
            return tabular(committee, standings, title: labels.t("members at risk under the six-month rule", "六个月规定预警党员"),
                           header: header, rows: lines, numeric: [3], format: format,
                           empty: labels.t("No member of any branch is at risk.", "各支部均无预警党员。"))
        }
    }

    struct RiskJSON: Encodable {
        struct Member: Encodable {
            var memberID, name, level: String
            var unexcusedMonths: Int
            var mobile: Bool
            var lastAttendedMonth: String?
        }
        struct Branch: Encodable {
            var name: String
            var problem: String?
            var counts: [String: Int]
            var members: [Member]
        }
        var committee: String
        var branches: [Branch]
    }

    // MARK: Participation

    public static func participation(_ committee: Committee, _ standings: [BranchStanding], year: Int?, format: ReportFormat, labels: Labels) -> String {
        let rows: [(branch: String, cell: CommitteeRollup.AttendanceCell)] = standings.flatMap { standing in
            CommitteeRollup.attendance(standing, year: year ?? standing.today?.year ?? 0).map { (standing.name, $0) }
        }
        func rate(_ cell: CommitteeRollup.AttendanceCell) -> String { cell.rate.map { String(format: "%.1f%%", $0 * 100) } ?? "–" }
        switch format {
        case .json:
            return json(ParticipationJSON(committee: committee.name, branches: standings.map { standing in
                .init(name: standing.name, problem: standing.problem,
                      months: CommitteeRollup.attendance(standing, year: year ?? standing.today?.year ?? 0).map {
                          .init(month: $0.month.description, type: $0.type.slug, meetings: $0.meetings, expected: $0.expected,
                                attended: $0.attended, rate: $0.rate.map { ($0 * 1000).rounded() / 1000 })
                      })
            }))
        case .csv, .table:
            let header = [labels.t("Branch", "支部"), labels.t("Month", "月份"), labels.t("Type", "会议类型"), labels.t("Meetings", "次数"),
                          labels.t("Expected", "应到"), labels.t("Attended", "实到"), labels.t("Rate", "参会率")]
            let lines = rows.map { [$0.branch, $0.cell.month.description, labels.typeName($0.cell.type), "\($0.cell.meetings)",
                                    "\($0.cell.expected)", "\($0.cell.attended)", rate($0.cell)] }
            return tabular(committee, standings, title: labels.t("attendance at held meetings, by month and type", "各月各类会议参会情况"),
                           header: header, rows: lines, numeric: [3, 4, 5, 6], format: format)
        }
    }

    struct ParticipationJSON: Encodable {
        struct Month: Encodable {
            var month, type: String
            var meetings, expected, attended: Int
            var rate: Double?
        }
        struct Branch: Encodable {
            var name: String
            var problem: String?
            var months: [Month]
        }
        var committee: String
        var branches: [Branch]
    }

    // MARK: Pledges

    public static func pledges(_ committee: Committee, _ standings: [BranchStanding], format: ReportFormat, labels: Labels) -> String {
        let tallies = standings.map { ($0, CommitteeRollup.pledges($0)) }
        switch format {
        case .json:
            return json(PledgesJSON(committee: committee.name, branches: tallies.map { standing, tally in
                .init(name: standing.name, problem: standing.problem, open: tally.open, kept: tally.kept, dropped: tally.dropped,
                      overdue: tally.overdue.map { .init(name: $0.pledge.name, text: $0.pledge.text, due: $0.pledge.due?.description,
                                                         meetingDay: $0.meetingDay.description, meetingID: $0.meetingID) })
            }))
        case .csv, .table:
            let header = [labels.t("Branch", "支部"), labels.t("Open", "未完成"), labels.t("Overdue", "逾期"), labels.t("Kept", "已兑现"),
                          labels.t("Dropped", "已撤销")]
            let lines = tallies.map { standing, tally in
                [standing.name, "\(tally.open)", "\(tally.overdue.count)", "\(tally.kept)", "\(tally.dropped)"]
            }
            var overdue = ""
            for (standing, tally) in tallies where !tally.overdue.isEmpty {
                overdue += "\n\(standing.name) — \(labels.t("overdue", "逾期"))\n"
                for entry in tally.overdue {
                    let who = entry.pledge.name.isEmpty ? labels.t("the branch", "全支部") : entry.pledge.name
                    overdue += "  \(entry.pledge.due?.description ?? "–")  \(who)：\(entry.pledge.text)（\(entry.meetingDay)）\n"
                }
            }
            return tabular(committee, standings, title: labels.t("pledges", "承诺践诺"), header: header, rows: lines,
                           numeric: [1, 2, 3, 4], format: format, after: overdue)
        }
    }

    struct PledgesJSON: Encodable {
        struct Overdue: Encodable {
            var name, text: String
            var due: String?
            var meetingDay, meetingID: String
        }
        struct Branch: Encodable {
            var name: String
            var problem: String?
            var open, kept, dropped: Int
            var overdue: [Overdue]
        }
        var committee: String
        var branches: [Branch]
    }

    /// A report's rows as CSV, or as a titled table (or `empty` when there are no rows)
    /// followed by `after` and the branches that could not be read.
    private static func tabular(_ committee: Committee, _ standings: [BranchStanding], title: String, header: [String], rows: [[String]],
                                numeric: Set<Int>, format: ReportFormat, empty: String? = nil, after: String = "") -> String {
        if format == .csv {
            var writer = CSVWriter(header: header)
            rows.forEach { writer.add($0) }
            return writer.text
        }
        var table = TextTable(header: header, numeric: numeric)
        rows.forEach { table.add($0) }
        var text = "\(committee.name) — \(title)\n\n" + (rows.isEmpty ? empty.map { $0 + "\n" } ?? table.render() : table.render()) + after
        for standing in standings where standing.problem != nil { text += "\(standing.name): \(standing.problem!)\n" }
        return text
    }

    private static func json<Value: Encodable>(_ value: Value) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return ((try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "{}") + "\n"
    }
}

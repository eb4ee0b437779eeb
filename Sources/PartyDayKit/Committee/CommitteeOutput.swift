import Foundation

/// The committee's reports as text (a table), CSV, JSON (schema in Docs/EXPORTS.md) or an
/// Excel workbook. Each report is made once as typed rows (`Table`); the text, CSV and
/// workbook are drawn from them, so they always agree.
public enum CommitteeOutput {
    /// A report's rows, typed (counts as numbers, days as dates), with what follows the
    /// table in text (totals, overdue pledges) and, for the workbook, those as sheets.
    public struct Table {
        /// The workbook's first sheet.
        public var sheet: String
        public var title: String
        public var header: [String]
        public var rows: [[Workbook.Cell]]
        public var numeric: Set<Int>
        public var empty: String?
        public var after: String = ""
        /// More sheets for the workbook (the totals, the overdue pledges).
        public var extraSheets: [Workbook.Sheet] = []
    }

    /// The report in a workbook: the table on the first sheet, then its extra sheets.
    public static func workbook(_ table: Table, labels: Labels) -> Workbook {
        Workbook(sheets: [Workbook.Sheet(name: table.sheet, header: table.header, rows: table.rows)] + table.extraSheets)
            .printed(table.title, language: labels.language)
    }

    /// The report as text or CSV.
    public static func text(_ committee: Committee, _ standings: [BranchStanding], _ table: Table, format: ReportFormat, labels: Labels) -> String {
        tabular(committee, standings, title: table.title, header: table.header, rows: table.rows.map { $0.map(Self.shown) },
                numeric: table.numeric, format: format, labels: labels, empty: table.empty, after: table.after)
    }

    static func shown(_ cell: Workbook.Cell) -> String {
        switch cell {
        case let .text(text): text
        case let .number(value): "\(value)"
        case let .integer(value): "\(value)"
        case let .day(day): day.description
        case let .percent(value): String(format: "%.1f%%", value * 100)
        case let .rate(value): DuesRate.text(perMille: Int((value * 1000).rounded()))
        case let .money(amount): amount.description
        case .empty: ""
        }
    }
    // MARK: Compliance

    public static func compliance(_ committee: Committee, _ standings: [BranchStanding], format: ReportFormat, labels: Labels) -> String {
        switch format {
        case .json:
            return json(ComplianceJSON(
                committee: committee.name,
                branches: standings.map { standing in
                    ComplianceJSON.Branch(
                        name: standing.name, branch: standing.branch?.name, problem: standing.problem?.text(labels.language), today: standing.today?.description,
                        duties: standing.compliance.map(CommitteeRollup.currentDuties)?.map { .init(type: $0.type.slug, period: $0.label, status: $0.status.rawValue) } ?? [],
                        missedThisYear: standing.compliance?.missed.map { .init(type: $0.line.type.slug, period: $0.period.label, status: "missing") } ?? [],
                        periods: standing.compliance.map(yearPeriods)?.map {
                            .init(type: $0.type.slug, partyGroup: $0.group, period: $0.period.label, status: $0.period.status.rawValue,
                                  held: $0.period.held.map(\.description))
                        } ?? [],
                        atRisk: standing.participation.map { $0.atRisk.members.count + $0.atRisk.mobile.count },
                        duesAtRisk: standing.branch == nil ? nil : standing.duesAtRisk.count,
                        damagedFiles: standing.damaged.map(\.path))
                },
                totals: CommitteeRollup.totals(standings).map { .init(type: $0.type.slug, period: $0.label, held: $0.held, owing: $0.owing) }))
        case .csv, .table:
            return text(committee, standings, complianceTable(committee, standings, labels: labels), format: format, labels: labels)
        }
    }

    public static func complianceTable(_ committee: Committee, _ standings: [BranchStanding], labels: Labels) -> Table {
        // Columns: the duty cells of the running periods, in the order the branches first name them.
        var columns: [(type: MeetingType, label: String)] = []
        for standing in standings {
            for cell in standing.compliance.map(CommitteeRollup.currentDuties) ?? [] where !columns.contains(where: { $0 == (cell.type, cell.label) }) {
                columns.append((cell.type, cell.label))
            }
        }
        let totals = CommitteeRollup.totals(standings)
        let header = [labels.t("Branch", "支部")] + columns.map { "\(labels.typeName($0.type)) \($0.label)" }
            + [labels.t("Missed this year", "本年缺"), labels.t("At risk", "预警人数"), labels.t("Dues at risk", "党费预警人数")]
        var rows: [[Workbook.Cell]] = []
        for standing in standings {
            guard let report = standing.compliance else {
                rows.append([.text(standing.name)] + columns.map { _ in .empty } + [.empty, .empty, .empty])
                continue
            }
            let cells = CommitteeRollup.currentDuties(report)
            // In steps: as one expression Swift 6.2 could not type-check it in reasonable time.
            let duties: [Workbook.Cell] = columns.map { column in
                let cell = cells.first { ($0.type, $0.label) == column }
                return .text(cell.map { labels.dutyStatusName($0.status) } ?? "–")
            }
            let atRisk: Workbook.Cell = standing.participation.map { .integer($0.atRisk.members.count + $0.atRisk.mobile.count) } ?? .empty
            let counts: [Workbook.Cell] = [.integer(report.missed.count), atRisk, .integer(standing.duesAtRisk.count)]
            rows.append([.text(standing.name)] + duties + counts)
        }
        let sentences = totals.map { total in
            labels.t("\(total.held) of \(total.owing) branches held their \(total.label) \(labels.typeName(total.type)).",
                     "\(total.owing)个支部中有\(total.held)个已召开\(total.label)\(labels.typeName(total.type))。") + "\n"
        }
        let totalsSheet = Workbook.Sheet(name: labels.t("Totals", "汇总"),
                                         header: [labels.t("Meeting type", "会议类型"), labels.t("Period", "期次"), labels.t("Held", "已召开"),
                                                  labels.t("Branches owing", "应召开支部数")],
                                         rows: totals.map { [.text(labels.typeName($0.type)), .text($0.label), .integer($0.held), .integer($0.owing)] })
        // Every period of the year, branch by branch, for the committee's own records.
        let periodsSheet = Workbook.Sheet(
            name: labels.t("Every period", "本年各期"),
            header: [labels.t("Branch", "支部"), labels.t("Meeting type", "会议类型"), labels.t("Party group", "党小组"), labels.t("Period", "期次"),
                     labels.t("Status", "情况"), labels.t("Held on", "召开日期")],
            rows: standings.flatMap { standing in
                (standing.compliance.map(yearPeriods) ?? []).map { line -> [Workbook.Cell] in
                    [.text(standing.name), .text(labels.typeName(line.type)), line.group.map { .text($0) } ?? .empty, .text(line.period.label),
                     .text(labels.dutyStatusName(line.period.status)),
                     // The day held as a date (held twice: the days as text).
                     line.period.held.count == 1 ? .day(line.period.held[0])
                         : line.period.held.isEmpty ? .empty : .text(line.period.held.map(\.description).joined(separator: ", "))]
                }
            })
        let count = header.count
        return Table(sheet: labels.t("Compliance", "落实情况"), title: labels.t("duties of the running month and quarter", "本月、本季度应开会议"), header: header, rows: rows,
                     numeric: [count - 3, count - 2, count - 1], after: "\n" + sentences.joined(), extraSheets: [totalsSheet, periodsSheet])
    }

    /// Every period of the year a branch owed or may owe, line by line (a party group's own).
    static func yearPeriods(_ report: ComplianceReport) -> [(type: MeetingType, group: String?, period: DutyPeriod)] {
        report.lines.flatMap { line in line.periods.map { (line.type, line.partyGroup?.name, $0) } }
    }

    struct ComplianceJSON: Encodable {
        struct Duty: Encodable { var type, period, status: String }
        struct Period: Encodable {
            var type: String
            var partyGroup: String?
            var period, status: String
            var held: [String]
        }
        struct Branch: Encodable {
            var name: String
            var branch: String?
            var problem: String?
            var today: String?
            var duties: [Duty]
            var missedThisYear: [Duty]
            var periods: [Period]
            var atRisk: Int?
            var duesAtRisk: Int?
            var damagedFiles: [String]
        }
        struct Total: Encodable { var type, period: String; var held, owing: Int }
        var committee: String
        var branches: [Branch]
        var totals: [Total]
    }

    // MARK: Risk

    public static func risk(_ committee: Committee, _ standings: [BranchStanding], format: ReportFormat, labels: Labels) -> String {
        switch format {
        case .json:
            return json(RiskJSON(committee: committee.name, branches: standings.map { standing in
                let members = standing.participation.map { $0.atRisk.members + $0.atRisk.mobile } ?? []
                return RiskJSON.Branch(name: standing.name, problem: standing.problem?.text(labels.language),
                                       counts: Dictionary(grouping: members, by: { $0.standing.level.slug }).mapValues(\.count),
                                       members: members.map { .init(memberID: $0.memberID, name: $0.name, level: $0.standing.level.slug,
                                                                    unexcusedMonths: $0.standing.unexcusedMonths, mobile: $0.isMobile,
                                                                    lastAttendedMonth: $0.standing.lastAttendedMonth?.description) },
                                       duesCounts: Dictionary(grouping: standing.duesAtRisk, by: { $0.level.slug }).mapValues(\.count),
                                       dues: standing.duesAtRisk.map { .init(memberID: $0.memberID, name: $0.name, level: $0.level.slug,
                                                                              unpaidMonths: $0.arrears.count,
                                                                              firstUnpaidMonth: $0.arrears.months.first?.description) })
            }))
        case .csv, .table:
            return text(committee, standings, riskTable(committee, standings, labels: labels), format: format, labels: labels)
        }
    }

    /// Members at a step of the ladder, attendance first then dues, branch by branch.
    public static func riskTable(_ committee: Committee, _ standings: [BranchStanding], labels: Labels) -> Table {
        let header = [labels.t("Branch", "支部"), labels.t("Member", "党员"), labels.t("For", "原因"), labels.t("Step", "预警"),
                      labels.t("Months in a row", "连续月数"), labels.t("Last month attended / first month unpaid", "最近参加月份／最早欠交月份")]
        var rows: [[Workbook.Cell]] = []
        for standing in standings {
            for member in standing.participation.map({ $0.atRisk.members + $0.atRisk.mobile }) ?? [] {
                rows.append([.text(standing.name), .text(member.name + (member.isMobile ? labels.t(" (mobile)", "（流动）") : "")),
                             .text(labels.t("missed organizational life", "未参加组织生活")), .text(labels.levelName(member.standing.level)),
                             .integer(member.standing.unexcusedMonths), .text(member.standing.lastAttendedMonth?.description ?? "–")])
            }
            for member in standing.duesAtRisk {
                rows.append([.text(standing.name), .text(member.name), .text(labels.t("dues not paid on time", "未按时交纳党费")), .text(labels.levelName(member.level)),
                             .integer(member.arrears.count), .text(member.arrears.months.first?.description ?? "–")])
            }
        }
        return Table(sheet: labels.t("At risk", "预警党员"), title: labels.t("members at risk under the six-month rule", "六个月规定预警党员"), header: header, rows: rows,
                     numeric: [4], empty: labels.t("No member of any branch is at risk.", "各支部均无预警党员。"))
    }

    struct RiskJSON: Encodable {
        struct Member: Encodable {
            var memberID, name, level: String
            var unexcusedMonths: Int
            var mobile: Bool
            var lastAttendedMonth: String?
        }
        struct Dues: Encodable {
            var memberID, name, level: String
            var unpaidMonths: Int
            var firstUnpaidMonth: String?
        }
        struct Branch: Encodable {
            var name: String
            var problem: String?
            var counts: [String: Int]
            var members: [Member]
            var duesCounts: [String: Int]
            var dues: [Dues]
        }
        var committee: String
        var branches: [Branch]
    }

    // MARK: Participation

    public static func participation(_ committee: Committee, _ standings: [BranchStanding], year: Int?, format: ReportFormat, labels: Labels) -> String {
        switch format {
        case .json:
            return json(ParticipationJSON(committee: committee.name, branches: standings.map { standing in
                .init(name: standing.name, problem: standing.problem?.text(labels.language),
                      months: CommitteeRollup.attendance(standing, year: year ?? standing.today?.year ?? 0).map {
                          .init(month: $0.month.description, type: $0.type.slug, meetings: $0.meetings, expected: $0.expected,
                                attended: $0.attended, rate: $0.rate.map { ($0 * 1000).rounded() / 1000 })
                      })
            }))
        case .csv, .table:
            return text(committee, standings, participationTable(committee, standings, year: year, labels: labels), format: format, labels: labels)
        }
    }

    public static func participationTable(_ committee: Committee, _ standings: [BranchStanding], year: Int?, labels: Labels) -> Table {
        let header = [labels.t("Branch", "支部"), labels.t("Month", "月份"), labels.t("Type", "会议类型"), labels.t("Meetings", "次数"),
                      labels.t("Expected", "应到"), labels.t("Attended", "实到"), labels.t("Rate", "参会率")]
        let rows: [[Workbook.Cell]] = standings.flatMap { standing in
            CommitteeRollup.attendance(standing, year: year ?? standing.today?.year ?? 0).map { cell -> [Workbook.Cell] in
                [.text(standing.name), .text(cell.month.description), .text(labels.typeName(cell.type)), .integer(cell.meetings),
                 .integer(cell.expected), .integer(cell.attended), cell.rate.map { .percent($0) } ?? .text("–")]
            }
        }
        return Table(sheet: labels.t("Participation", "参会情况"), title: labels.t("attendance at held meetings, by month and type", "各月各类会议参会情况"), header: header, rows: rows,
                     numeric: [3, 4, 5, 6])
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
        switch format {
        case .json:
            return json(PledgesJSON(committee: committee.name, branches: standings.map { ($0, CommitteeRollup.pledges($0)) }.map { standing, tally in
                .init(name: standing.name, problem: standing.problem?.text(labels.language), open: tally.open, kept: tally.kept, dropped: tally.dropped,
                      overdue: tally.overdue.map { .init(name: $0.pledge.name, text: $0.pledge.text, due: $0.pledge.due?.description,
                                                         meetingDay: $0.meetingDay.description, meetingID: $0.meetingID) })
            }))
        case .csv, .table:
            return text(committee, standings, pledgesTable(committee, standings, labels: labels), format: format, labels: labels)
        }
    }

    public static func pledgesTable(_ committee: Committee, _ standings: [BranchStanding], labels: Labels) -> Table {
        let tallies = standings.map { ($0, CommitteeRollup.pledges($0)) }
        let header = [labels.t("Branch", "支部"), labels.t("Open", "未完成"), labels.t("Overdue", "逾期"), labels.t("Kept", "已兑现"),
                      labels.t("Dropped", "已撤销")]
        let rows: [[Workbook.Cell]] = tallies.map { standing, tally in
            [.text(standing.name), .integer(tally.open), .integer(tally.overdue.count), .integer(tally.kept), .integer(tally.dropped)]
        }
        var overdue = ""
        var overdueRows: [[Workbook.Cell]] = []
        for (standing, tally) in tallies where !tally.overdue.isEmpty {
            overdue += "\n\(standing.name) — \(labels.t("overdue", "逾期"))\n"
            for entry in tally.overdue {
                let who = entry.pledge.name.isEmpty ? labels.t("the branch", "全支部") : entry.pledge.name
                overdue += "  \(entry.pledge.due?.description ?? "–")  \(who)：\(entry.pledge.text)（\(entry.meetingDay)）\n"
                overdueRows.append([.text(standing.name), entry.pledge.due.map { .day($0) } ?? .empty, .text(who), .text(entry.pledge.text),
                                    .day(entry.meetingDay)])
            }
        }
        let overdueSheet = Workbook.Sheet(name: labels.t("Overdue", "逾期承诺"),
                                          header: [labels.t("Branch", "支部"), labels.t("Due", "期限"), labels.t("By", "承诺人"),
                                                   labels.t("Pledge", "承诺内容"), labels.t("Made at the meeting of", "作出承诺的会议")],
                                          rows: overdueRows)
        return Table(sheet: labels.t("Pledges", "承诺践诺"), title: labels.t("pledges", "承诺践诺"), header: header, rows: rows, numeric: [1, 2, 3, 4], after: overdue,
                     extraSheets: [overdueSheet])
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
                                numeric: Set<Int>, format: ReportFormat, labels: Labels, empty: String? = nil, after: String = "") -> String {
        if format == .csv {
            var writer = CSVWriter(header: header)
            rows.forEach { writer.add($0) }
            return writer.text
        }
        var table = TextTable(header: header, numeric: numeric)
        rows.forEach { table.add($0) }
        var text = "\(committee.name) — \(title)\n\n" + (rows.isEmpty ? empty.map { $0 + "\n" } ?? table.render() : table.render()) + after
        for standing in standings { if let problem = standing.problem { text += "\(standing.name): \(problem.text(labels.language))\n" } }
        return text
    }

    private static func json<Value: Encodable>(_ value: Value) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return ((try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "{}") + "\n"
    }
}

import Foundation

/// `partyday report compliance`: duties due and held for a year, and the members at
/// risk under the six-month rule, as a table, CSV or JSON.
public struct ComplianceOutput {
    public var compliance: ComplianceReport
    public var participation: ParticipationReport
    public var language: Language
    /// Members the dues half of the six-month rule warns about (empty without dues records).
    public var duesRisk: [DuesRisk]

    public init(compliance: ComplianceReport, participation: ParticipationReport, language: Language, duesRisk: [DuesRisk] = []) {
        self.compliance = compliance
        self.participation = participation
        self.language = language
        self.duesRisk = duesRisk
    }

    public static let csvColumns = ["type", "party_group", "frequency", "period", "from", "to", "status", "held", "planned"]

    public func render(_ format: ReportFormat) -> String {
        switch format {
        case .table: table()
        case .csv: csv()
        case .json: json()
        }
    }

    private func csv() -> String {
        var writer = CSVWriter(header: Self.csvColumns)
        for line in compliance.lines {
            for period in line.periods {
                writer.add([line.type.slug, line.partyGroup?.name ?? "", line.frequency.rawValue, period.label,
                            period.period.from.description, period.period.to.description, period.status.rawValue,
                            period.held.map(\.description).joined(separator: " "),
                            period.planned.map(\.description).joined(separator: " ")])
            }
        }
        return writer.text
    }

    private func json() -> String {
        let duties = compliance.lines.map { line in
            ComplianceJSON.Duty(type: line.type.slug, partyGroup: Nullable(line.partyGroup?.name), frequency: line.frequency.rawValue,
                                periods: line.periods.map { period in
                                    ComplianceJSON.Period(period: period.label, from: period.period.from.description,
                                                          to: period.period.to.description, status: period.status.rawValue,
                                                          held: period.held.map(\.description), planned: period.planned.map(\.description))
                                })
        }
        let risk = participation.atRisk
        return ReportJSON.encode(ComplianceJSON(
            year: compliance.year, asOf: compliance.today.description, recordsStart: Nullable(compliance.recordsStart?.description),
            duties: duties, notes: compliance.notes.map { noteText($0, Labels(.english)) },
            atRisk: risk.members.map(ComplianceJSON.AtRisk.init), atRiskMobile: risk.mobile.map(ComplianceJSON.AtRisk.init),
            atRiskDues: duesRisk.map { ComplianceJSON.DuesAtRisk(memberID: $0.memberID, name: $0.name, monthsUnpaid: $0.arrears.count,
                                                                 firstUnpaid: Nullable($0.arrears.months.first?.description), warning: $0.level.slug) }))
    }

    private func noteText(_ note: ComplianceReport.ComplianceNote, _ l: Labels) -> String {
        switch note {
        case let .noCommittee(full):
            l.t("No branch committee meetings are owed: the branch has \(full) full members (a committee needs 7 or more).",
                "支部正式党员\(full)人（不足7人），不设支部委员会，不需召开支委会。")
        case .noPartyGroups:
            l.t("No party group meetings are owed: the branch has no party groups.", "支部未划分党小组，不需召开党小组会。")
        }
    }

    private func table() -> String {
        let l = Labels(language)
        var out = l.t("Duties of organizational life, \(compliance.year) (as of \(compliance.today))",
                      "\(compliance.year)年组织生活落实情况（截至\(compliance.today)）") + "\n\n"
        var table = TextTable(header: [l.t("Duty", "项目"), l.t("Frequency", "频次"), l.t("Held", "已开"),
                                       l.t("Now", "本期"), l.t("Missing", "未开期次")], numeric: [])
        for line in compliance.lines {
            let name = l.typeName(line.type) + (line.partyGroup.map { l.t(" (\($0.name))", "（\($0.name)）") } ?? "")
            let now = line.period(containing: compliance.today).map { current in
                l.dutyStatusName(current.status) + (current.status == .due && !current.planned.isEmpty
                    ? l.t(" (planned \(current.planned[0]))", "（已计划\(current.planned[0])）") : "")
            } ?? "—"
            let missing = line.missing.map(\.label)
            table.add([name, l.frequencyName(line.frequency), "\(line.heldCount)/\(line.owedCount)", now,
                       missing.isEmpty ? "—" : missing.joined(separator: " ")])
        }
        out += table.render()
        for note in compliance.notes { out += "\n" + noteText(note, l) + "\n" }
        out += "\n" + l.t("Six-month rule: members at risk", "六个月规则：预警党员") + "\n\n"
        out += RiskText.lines(participation, l).joined(separator: "\n") + "\n"
        for risk in duesRisk {
            out += l.t("\(risk.name): dues: \(risk.arrears.count) months unpaid since \(risk.arrears.months.first?.description ?? "") — \(l.levelName(risk.level))",
                       "\(risk.name)：党费连续\(risk.arrears.count)个月未交（自\(risk.arrears.months.first?.description ?? "")起）——\(l.levelName(risk.level))") + "\n"
        }
        return out
    }
}

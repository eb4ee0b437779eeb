import Foundation

/// `partyday report dues`: the register as a table, CSV or JSON (and, through
/// `ReportWorkbooks.dues`, a workbook). Amounts are yuan with two decimals in text and
/// whole fen in JSON, so a reader never meets a rounded float.
public struct DuesOutput {
    public var register: DuesRegister
    public var language: Language

    public init(register: DuesRegister, language: Language) {
        self.register = register
        self.language = language
    }

    public static let columns = ["member_id", "name", "month", "kind", "cycle", "base", "rate", "due", "paid", "extra", "status",
                                 "paid_on", "received_by", "arrears_months"]

    public func render(_ format: ReportFormat) -> String {
        switch format {
        case .csv:
            var writer = CSVWriter(header: Self.columns)
            for row in register.rows { writer.add(fields(row, nil)) }
            return writer.text
        case .json:
            return ReportJSON.encode(DuesJSON(register))
        case .table:
            return table()
        }
    }

    /// One register row's cells, in `columns` order: names in the language of `l`, or the
    /// slugs of Docs/EXPORTS.md when `l` is nil (the plain CSV, for scripts).
    func fields(_ row: DuesRegister.Row, _ l: Labels?) -> [String] {
        let basis = row.month.basis
        return [row.memberID, row.name, row.month.month.description, basis.map { l?.duesKindName($0.kind) ?? $0.kind.rawValue } ?? "",
                basis.map { l?.duesCycleName($0.cycle) ?? $0.cycle.rawValue } ?? "", basis?.base?.description ?? "",
                basis.flatMap(DuesRate.perMille).map(DuesRate.text) ?? "", row.month.due?.description ?? "",
                row.month.paid.description, row.month.extra.description, l?.duesStatusName(row.month.status) ?? row.month.status.rawValue,
                row.month.payments.map(\.paidOn.description).joined(separator: " "),
                row.month.payments.map(\.receivedBy).filter { !$0.isEmpty }.joined(separator: " "), "\(row.arrears.count)"]
    }

    private func table() -> String {
        let l = Labels(language)
        let title = register.month.map { l.t("Party dues register, \(register.year)-\($0 < 10 ? "0" : "")\($0)", "\(register.year)年\($0)月党费收缴登记表") }
            ?? l.t("Party dues, \(register.year)", "\(register.year)年党费收缴情况")
        guard !register.rows.isEmpty else {
            return title + "\n\n" + l.t("No member owed dues in this period, or no dues base is recorded.", "本期没有应交党费的党员，或尚未录入党费基数。") + "\n"
        }
        var text = title + "\n\n"
        if register.month != nil {
            var table = TextTable(header: [l.t("Name", "姓名"), l.t("Kind", "类别"), l.t("Base", "基数"), l.t("Rate", "比例"), l.t("Due", "应交"),
                                           l.t("Paid", "实交"), l.t("Extra", "多交"), l.t("Status", "状态"), l.t("Paid on", "交纳日期"),
                                           l.t("Received by", "收款人"), l.t("Months unpaid", "连续未交月数")])
            for row in register.rows {
                let f = fields(row, l)
                table.add([f[1], f[3], f[5], f[6], f[7], f[8], f[9], f[10], f[11], f[12], f[13]])
            }
            text += table.render()
        } else {
            // Members × months: one mark a month.
            var table = TextTable(header: [l.t("Name", "姓名")] + (1...12).map { "\($0)" } + [l.t("Unpaid run", "连续未交")])
            var byMember: [(String, [DuesRegister.Row])] = []
            for row in register.rows {
                if byMember.last?.0 == row.memberID { byMember[byMember.count - 1].1.append(row) } else { byMember.append((row.memberID, [row])) }
            }
            for (_, rows) in byMember {
                table.add([rows[0].name] + rows.map { l.duesMark($0.month.status) } + ["\(rows[0].arrears.count)"])
            }
            text += table.render()
            text += "\n" + l.t("✓ paid  ½ partly  ✗ in arrears  · due  免 exempt  – not owed", "✓ 已交  ½ 部分  ✗ 欠交  · 待交  免 免交  – 不需交") + "\n"
        }
        var totals = TextTable(header: [l.t("Month", "月份"), l.t("Owing", "应交人数"), l.t("Settled", "已交清"), l.t("Due", "应交"),
                                        l.t("Collected", "实收"), l.t("Extra", "多交"), l.t("Handed over", "已上缴"), l.t("Not handed over", "未上缴")])
        var sum = DuesTotals(month: YearMonth(year: register.year, month: 1))
        for month in register.totals {
            totals.add([month.month.description, "\(month.owing)", "\(month.settled)", month.due.description, month.collected.description,
                        month.extra.description, month.handedOver.description, month.notHandedOver.description])
            sum.due += month.due
            sum.collected += month.collected
            sum.extra += month.extra
            sum.handedOver += month.handedOver
        }
        if register.totals.count > 1 {
            totals.add([l.t("Year", "全年"), "", "", sum.due.description, sum.collected.description, sum.extra.description,
                        sum.handedOver.description, sum.notHandedOver.description])
        }
        text += "\n" + totals.render()
        return text
    }
}

/// `report dues --format json`.
struct DuesJSON: Encodable {
    struct Row: Encodable {
        var memberID, name, month, status: String
        var kind, cycle: Nullable<String>
        var baseFen: Nullable<Int>
        var ratePerMille: Nullable<Int>
        var dueFen: Nullable<Int>
        var paidFen, extraFen: Int
        var paidOn: [String]
        var receivedBy: [String]
        var arrearsMonths: Int
    }

    struct Month: Encodable {
        var month: String
        var owing, settled: Int
        var dueFen, collectedFen, extraFen, handedOverFen, notHandedOverFen: Int
        var handedOverOn: [String]
    }

    var year: Int
    var month: Nullable<Int>
    var rows: [Row]
    var totals: [Month]

    init(_ register: DuesRegister) {
        year = register.year
        month = Nullable(register.month)
        rows = register.rows.map { row in
            let basis = row.month.basis
            return Row(memberID: row.memberID, name: row.name, month: row.month.month.description, status: row.month.status.rawValue,
                       kind: Nullable(basis?.kind.rawValue), cycle: Nullable(basis?.cycle.rawValue), baseFen: Nullable(basis?.base?.fen),
                       ratePerMille: Nullable(basis.flatMap(DuesRate.perMille)), dueFen: Nullable(row.month.due?.fen),
                       paidFen: row.month.paid.fen, extraFen: row.month.extra.fen, paidOn: row.month.payments.map(\.paidOn.description),
                       receivedBy: row.month.payments.map(\.receivedBy), arrearsMonths: row.arrears.count)
        }
        totals = register.totals.map { t in
            Month(month: t.month.description, owing: t.owing, settled: t.settled, dueFen: t.due.fen, collectedFen: t.collected.fen,
                  extraFen: t.extra.fen, handedOverFen: t.handedOver.fen, notHandedOverFen: t.notHandedOver.fen,
                  handedOverOn: t.handedOverOn.map(\.description))
        }
    }
}

extension Labels {
    public func duesKindName(_ kind: DuesBasis.Kind) -> String {
        switch kind {
        case .inService: t("in service", "在职")
        case .retired: t("retired", "离退休")
        case .fixed: t("fixed amount", "定额")
        case .reduced: t("reduced", "减交")
        case .exempt: t("exempt", "免交")
        }
    }

    public func duesCycleName(_ cycle: DuesBasis.Cycle) -> String {
        cycle == .monthly ? t("monthly", "按月") : t("quarterly", "按季")
    }

    public func duesStatusName(_ status: DuesMonthStatus) -> String {
        switch status {
        case .paid: t("paid", "已交")
        case .partly: t("partly paid", "部分交纳")
        case .arrears: t("in arrears", "欠交")
        case .due: t("due", "待交")
        case .exempt: t("exempt", "免交")
        case .notOwed: t("not owed", "不需交")
        case .unrecorded: t("no base recorded", "未录入基数")
        }
    }

    /// One character for the month grid.
    public func duesMark(_ status: DuesMonthStatus) -> String {
        switch status {
        case .paid: "✓"
        case .partly: "½"
        case .arrears: "✗"
        case .due: "·"
        case .exempt: t("ex", "免")
        case .notOwed: "–"
        case .unrecorded: " "
        }
    }
}

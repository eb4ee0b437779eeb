import Foundation

/// The reports as Excel workbooks: headers in the interface language, days as dates,
/// counts as numbers, one sheet per table.
public enum ReportWorkbooks {
    public static func participation(_ report: ParticipationReport, language: Language) -> Workbook {
        let l = Labels(language)
        let header = [l.t("Name", "姓名"), l.t("Category", "类别"), l.t("Mobile", "流动党员"), l.t("Expected", "应到"), l.t("Attended", "实到"),
                      l.t("Late", "迟到"), l.t("Left early", "早退"), l.t("On leave", "请假"), l.t("Absent, excused", "因故缺席"),
                      l.t("Absent, no reason", "无故缺席"), l.t("Not counted", "不计应到"), l.t("Rate", "出席率"),
                      l.t("Last attended", "最近参加"), l.t("Speeches", "发言"), l.t("Pledges made", "承诺"), l.t("Kept", "已兑现"),
                      l.t("Open", "待兑现"), l.t("Overdue", "逾期"), l.t("Dropped", "未兑现"), l.t("Run (unexcused months)", "连续无故月数"),
                      l.t("Warning", "预警"), l.t("Made up", "补学"), l.t("Last grade", "最近评议"), l.t("Grade year", "评议年度")]
        let rows: [[Workbook.Cell]] = report.rows.map { row in
            [.text(row.name), .text(l.categoryName(row.category)), .text(row.isMobile ? l.t("yes", "是") : l.t("no", "否")),
             .integer(row.expected), .integer(row.attended), .integer(row.late), .integer(row.leftEarly), .integer(row.onLeave),
             .integer(row.absentExcused), .integer(row.absentUnexcused), .integer(row.excluded),
             row.rate.map { .percent($0) } ?? .empty, row.lastAttended.map { .day($0) } ?? .empty,
             .integer(row.speeches), .integer(row.pledgesMade), .integer(row.pledgesKept), .integer(row.pledgesOpen),
             .integer(row.pledgesOverdue), .integer(row.pledgesDropped), .integer(row.standing.unexcusedMonths),
             .text(l.shortLevelName(row.standing.level)), .integer(row.madeUp),
             row.lastGradeValue.map { .text(l.gradeName($0)) } ?? .empty, row.lastGradeYear.map { .integer($0) } ?? .empty]
        }
        // A 合计 row, as registers end: the counts summed, the rate of the sums.
        let rowsOfReport = report.rows
        func sum(_ value: (MemberParticipation) -> Int) -> Workbook.Cell { .integer(rowsOfReport.reduce(0) { $0 + value($1) }) }
        let expected = rowsOfReport.reduce(0) { $0 + $1.expected }, attended = rowsOfReport.reduce(0) { $0 + $1.attended }
        let total: [Workbook.Cell] = [.text(l.t("Total", "合计")), .empty, .empty, sum(\.expected), sum(\.attended), sum(\.late), sum(\.leftEarly),
                                      sum(\.onLeave), sum(\.absentExcused), sum(\.absentUnexcused), sum(\.excluded),
                                      expected > 0 ? .percent(Double(attended) / Double(expected)) : .empty, .empty,
                                      sum(\.speeches), sum(\.pledgesMade), sum(\.pledgesKept), sum(\.pledgesOpen), sum(\.pledgesOverdue),
                                      sum(\.pledgesDropped), .empty, .empty, sum(\.madeUp), .empty, .empty]
        return Workbook(sheets: [Workbook.Sheet(name: l.t("Participation", "参加情况"), header: header, rows: rows + (rowsOfReport.isEmpty ? [] : [total]))])
    }

    public static func compliance(_ compliance: ComplianceReport, participation: ParticipationReport, language: Language) -> Workbook {
        let l = Labels(language)
        var duties = Workbook.Sheet(name: l.t("Duties \(compliance.year)", "\(compliance.year)年组织生活"),
                                    header: [l.t("Duty", "项目"), l.t("Party group", "党小组"), l.t("Frequency", "频次"), l.t("Period", "期次"),
                                             l.t("From", "起"), l.t("To", "止"), l.t("Status", "状态"), l.t("Held on", "召开日期"),
                                             l.t("Planned", "已计划")])
        for line in compliance.lines {
            for period in line.periods {
                duties.rows.append([.text(l.typeName(line.type)), line.partyGroup.map { .text($0.name) } ?? .empty,
                                    .text(l.frequencyName(line.frequency)), .text(period.label), .day(period.period.from), .day(period.period.to),
                                    .text(l.dutyStatusName(period.status)), period.held.first.map { .day($0) } ?? .empty,
                                    period.planned.first.map { .day($0) } ?? .empty])
            }
        }
        var risk = Workbook.Sheet(name: l.t("At risk", "预警党员"),
                                  header: [l.t("Name", "姓名"), l.t("Mobile", "流动党员"), l.t("Unexcused months in a row", "连续无故月数"),
                                           l.t("Last attended month", "最近参加月份"), l.t("Warning", "预警")])
        let atRisk = participation.atRisk
        for row in atRisk.members + atRisk.mobile {
            risk.rows.append([.text(row.name), .text(row.isMobile ? l.t("yes", "是") : l.t("no", "否")),
                              .integer(row.standing.unexcusedMonths), row.standing.lastAttendedMonth.map { .text($0.description) } ?? .empty,
                              .text(l.levelName(row.standing.level))])
        }
        return Workbook(sheets: [duties, risk])
    }

    public static func attendance(_ meetings: [Meeting], branch: BranchProfile, period: Period?, language: Language) -> Workbook {
        let l = Labels(language)
        let zone = branch.timeZone
        var sheet = Workbook.Sheet(name: l.t("Attendance", "出席记录"),
                                   header: [l.t("Date", "日期"), l.t("Start", "开始"), l.t("Type", "会议类型"), l.t("Party group", "党小组"),
                                            l.t("Theme", "会议主题"), l.t("Name", "姓名"), l.t("Category", "类别"), l.t("Vote", "表决权"),
                                            l.t("Status", "出席情况"), l.t("Reason", "原因"), l.t("Not counted because", "不计应到原因"),
                                            l.t("Made up", "补学")])
        for meeting in meetings.sorted(by: { ($0.start, $0.id) < ($1.start, $1.id) }) {
            let day = DateText.day(meeting.start, in: zone)
            if let period, !period.contains(day) { continue }
            let start = DateText.time(meeting.start, in: zone)
            let types = l.typeNames(meeting.types)
            let group = meeting.partyGroupID.flatMap { branch.partyGroup(id: $0)?.name }
            for row in meeting.attendance {
                sheet.rows.append([.day(day), .text(start), .text(types), group.map { .text($0) } ?? .empty, .text(meeting.theme),
                                   .text(row.name), .text(l.categoryName(row.category)), .text(row.hasVote ? l.t("yes", "有") : l.t("no", "无")),
                                   .text(l.statusName(row.status)), row.reason.isEmpty ? .empty : .text(row.reason),
                                   row.exclusion.map { .text(l.exclusionName($0)) } ?? .empty,
                                   row.madeUp.map { .day($0.on) } ?? .empty])
            }
        }
        return Workbook(sheets: [sheet])
    }
}

extension ReportWorkbooks {
    /// The dues register: one row per member per month, and the months' totals.
    public static func dues(_ register: DuesRegister, language: Language) -> Workbook {
        let l = Labels(language)
        let output = DuesOutput(register: register, language: language)
        var rows = Workbook.Sheet(name: l.t("Register", "登记表"),
                                  header: [l.t("Name", "姓名"), l.t("Month", "月份"), l.t("Kind", "类别"), l.t("Cycle", "交纳方式"),
                                           l.t("Base", "基数"), l.t("Rate", "比例"), l.t("Due", "应交"), l.t("Paid", "实交"),
                                           l.t("Extra", "多交"), l.t("Status", "状态"), l.t("Paid on", "交纳日期"),
                                           l.t("Received by", "收款人"), l.t("Months unpaid", "连续未交月数")])
        func yuan(_ money: Money?) -> Workbook.Cell { money.map(Workbook.Cell.money) ?? .empty }
        for row in register.rows {
            let f = output.fields(row, l)
            // The day paid as a date where there is one day (several payments: their days as text).
            let days = Set(row.month.payments.map(\.paidOn))
            let paidOn: Workbook.Cell = days.count == 1 ? .day(days.first!) : days.isEmpty ? .empty : .text(f[11])
            rows.rows.append([.text(row.name), .text(f[2]), .text(f[3]), .text(f[4]), yuan(row.month.basis?.base),
                              row.month.basis.flatMap(DuesRate.perMille).map { .rate(Double($0) / 1000) } ?? .empty,
                              yuan(row.month.due), yuan(row.month.paid), yuan(row.month.extra), .text(f[10]), paidOn,
                              .text(f[12]), .integer(row.arrears.count)])
        }
        var totals = Workbook.Sheet(name: l.t("Totals", "合计"),
                                    header: [l.t("Month", "月份"), l.t("Owing", "应交人数"), l.t("Settled", "已交清"), l.t("Due", "应交"),
                                             l.t("Collected", "实收"), l.t("Extra", "多交"), l.t("Handed over", "已上缴"),
                                             l.t("Not handed over", "未上缴")])
        for month in register.totals {
            totals.rows.append([.text(month.month.description), .integer(month.owing), .integer(month.settled), yuan(month.due),
                                yuan(month.collected), yuan(month.extra), yuan(month.handedOver), yuan(month.notHandedOver)])
        }
        guard register.month == nil else { return Workbook(sheets: [rows, totals]) }
        return Workbook(sheets: [rows, totals, yearAtAGlance(register, l)])
    }

    /// The register as branches keep it on paper: a member a row, the twelve months across,
    /// each cell what was paid that month; the year's sum on the right; under the members,
    /// each month's total collected and what was handed over.
    static func yearAtAGlance(_ register: DuesRegister, _ l: Labels) -> Workbook.Sheet {
        let months = (1...12).map { YearMonth(year: register.year, month: $0) }
        var sheet = Workbook.Sheet(name: l.t("Year \(register.year)", "\(register.year)年全年"),
                                   header: [l.t("Name", "姓名")] + months.map { l.t("\($0)", "\($0.month)月") } + [l.t("Year", "全年合计")])
        var order: [String] = []
        var paid: [String: [YearMonth: Money]] = [:]
        var names: [String: String] = [:]
        for row in register.rows {
            if paid[row.memberID] == nil { order.append(row.memberID) }
            names[row.memberID] = row.name
            paid[row.memberID, default: [:]][row.month.month, default: .zero] += row.month.paid + row.month.extra
        }
        func cell(_ money: Money?) -> Workbook.Cell { money.map { $0 == .zero ? .empty : .money($0) } ?? .empty }
        for id in order {
            let byMonth = paid[id] ?? [:]
            sheet.rows.append([.text(names[id] ?? id)] + months.map { cell(byMonth[$0]) }
                              + [.money(byMonth.values.reduce(Money.zero, +))])
        }
        let totals = Dictionary(register.totals.map { ($0.month, $0) }, uniquingKeysWith: { first, _ in first })
        sheet.rows.append([.text(l.t("Collected", "合计"))] + months.map { .money((totals[$0]?.collected ?? .zero) + (totals[$0]?.extra ?? .zero)) }
                          + [.money(register.totals.reduce(Money.zero) { $0 + $1.collected + $1.extra })])
        sheet.rows.append([.text(l.t("Handed over", "已上缴"))] + months.map { cell(totals[$0]?.handedOver) }
                          + [.money(register.totals.reduce(Money.zero) { $0 + $1.handedOver })])
        return sheet
    }
}

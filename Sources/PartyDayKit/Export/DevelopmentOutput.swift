import Foundation

/// `report development`: each person's stage, next step and deadline, and findings, as
/// of a day — as a table, CSV, JSON (each person with every step) or a register workbook.
public struct DevelopmentOutput {
    public var statuses: [DevelopmentStatus]
    public var asOf: Day
    public var language: Language

    public init(people: [DevelopmentPerson], rules: DevelopmentRules, asOf: Day, language: Language) {
        // Those who had not applied by the day do not exist yet for it.
        self.statuses = people.filter { person in person.day(.application).map { $0 <= asOf } ?? true }
            .map { DevelopmentStatus($0, asOf: asOf, rules: rules) }
            .sorted { ($0.stage, $0.person.name, $0.person.id) < ($1.stage, $1.person.name, $1.person.id) }
        self.asOf = asOf
        self.language = language
    }

    private var l: Labels { Labels(language) }

    public var header: [String] {
        [l.t("Name", "姓名"), l.t("Stage", "阶段"), l.t("Applied", "申请日期"), l.t("Next step", "下一步"), l.t("Deadline", "期限"),
         l.t("Findings", "问题数"), l.t("First finding", "主要问题")]
    }

    public var rows: [[String]] {
        statuses.map { status in
            let next = status.next.map { "\($0.number). " + $0.name.text(language) } ?? (status.person.departure != nil ? l.t("left", "已退出") : l.t("done", "已完成"))
            return [status.person.name, status.stage.name.text(language), status.person.day(.application)?.description ?? "", next,
                    status.deadline?.description ?? "", "\(status.findings.count)", status.findings.first?.text.text(language) ?? ""]
        }
    }

    public func render(_ format: ReportFormat) -> String {
        switch format {
        case .table:
            var table = TextTable(header: header, numeric: [5])
            rows.forEach { table.add($0) }
            let findings = statuses.flatMap { status in status.findings.map { (status.person.name, $0) } }
            var text = l.t("Developing members as of \(asOf): \(statuses.count) people", "发展党员情况（截至 \(asOf)）：共 \(statuses.count) 人") + "\n\n" + table.render()
            if !findings.isEmpty {
                text += "\n" + l.t("Findings", "检查发现的问题") + "\n"
                for (name, finding) in findings {
                    text += "  \(name): \(finding.text.text(language)) [\(finding.rule.text(language))]\n"
                }
            }
            return text
        case .csv:
            var csv = CSVWriter(header: header + [l.t("All findings", "全部问题")])
            for (row, status) in zip(rows, statuses) {
                csv.add(row + [status.findings.map { "\($0.text.text(language)) [\($0.rule.text(language))]" }.joined(separator: "; ")])
            }
            return csv.text
        case .json:
            return ReportJSON.encode(DevelopmentJSON(asOf: asOf.description, people: statuses.map(PersonJSON.init)))
        }
    }

    /// The register's step columns: the dates inspectors look for, headed as office registers head them.
    static let registerSteps: [(DevelopmentStep, Wording)] = [
        (.application, Wording("Applied", "申请入党")), (.applicantTalk, Wording("Talk", "谈话")), (.activistDecided, Wording("Activist", "积极分子")),
        (.candidateDecided, Wording("Candidate", "发展对象")), (.politicalReview, Wording("Review", "政审")), (.training, Wording("Training", "集中培训")),
        (.admissionVote, Wording("Admitted", "接收预备党员")), (.admissionApproval, Wording("Approved", "党委审批")),
        (.conversionVote, Wording("Converted", "转正")), (.conversionApproval, Wording("Conversion approved", "转正审批")),
    ]

    /// The branch's development register (发展党员工作台账): one row per person, the dates
    /// an inspector looks for (every step's date is in JSON and the person's record), and a
    /// sheet of findings.
    public func register() -> Workbook {
        var sheet = Workbook.Sheet(name: l.t("Register", "发展党员台账"),
                                   header: [l.t("Name", "姓名"), l.t("Gender", "性别"), l.t("Born", "出生日期"), l.t("Unit and post", "单位职务"),
                                            l.t("Stage", "阶段")] + Self.registerSteps.map { $0.1.text(language) }
                                       + [l.t("Contacts", "培养联系人"), l.t("Sponsors", "入党介绍人"), l.t("Findings", "问题数")])
        for status in statuses {
            let person = status.person
            // In steps: as one expression Swift 6.2 could not type-check it in reasonable time.
            let born: Workbook.Cell = person.birthDate.map { .day($0) } ?? .empty
            let who: [Workbook.Cell] = [.text(person.name), .text(person.gender), born,
                                        .text([person.unit, person.post].filter { !$0.isEmpty }.joined(separator: " ")), .text(status.stage.name.text(language))]
            let days: [Workbook.Cell] = Self.registerSteps.map { step, _ in person.day(step).map { .day($0) } ?? .empty }
            let people: [Workbook.Cell] = [.text(person.contacts.map(\.name).joined(separator: "、")), .text(person.sponsors.map(\.name).joined(separator: "、")),
                                           .integer(status.findings.count)]
            sheet.rows.append(who + days + people)
        }
        var findings = Workbook.Sheet(name: l.t("Findings", "检查问题"), header: [l.t("Name", "姓名"), l.t("Step", "步骤"), l.t("Finding", "问题"), l.t("Rule", "依据")])
        for status in statuses {
            for finding in status.findings {
                findings.rows.append([.text(status.person.name), .text(finding.step.map { "\($0.number). " + $0.name.text(language) } ?? ""),
                                      .text(finding.text.text(language)), .text(finding.rule.text(language))])
            }
        }
        return Workbook(sheets: [sheet, findings])
    }
}

/// `report development --format json`.
struct DevelopmentJSON: Encodable {
    var asOf: String
    var people: [PersonJSON]
}

struct PersonJSON: Encodable {
    struct Step: Encodable {
        var number: Int
        var name: String
        var day: String
        var by: String
        var body: Nullable<String>
        var meetingID: Nullable<String>
        var document: String
        var outcome: Nullable<String>
    }

    struct Finding: Encodable {
        var kind: String
        var step: Nullable<Int>
        var severity: String
        var text: String
        var rule: String
    }

    var id: String
    var name: String
    var stage: String
    var memberID: Nullable<String>
    var next: Nullable<Int>
    var deadline: Nullable<String>
    var steps: [Step]
    var contacts: [String]
    var sponsors: [String]
    var reports: [String]
    var assessments: [String]
    var left: Nullable<String>
    var findings: [Finding]

    init(_ status: DevelopmentStatus) {
        let person = status.person
        id = person.id
        name = person.name
        stage = ["applicant", "activist", "candidate", "admission", "probation"][status.stage.rawValue - 1]
        memberID = Nullable(person.memberID)
        next = Nullable(status.next?.number)
        deadline = Nullable(status.deadline?.description)
        steps = person.steps.map { Step(number: $0.step.number, name: $0.step.name.chinese, day: $0.day.description, by: $0.by, body: Nullable($0.body?.rawValue),
                                        meetingID: Nullable($0.meetingID), document: $0.document, outcome: Nullable($0.outcome?.rawValue)) }
        contacts = person.contacts.map(\.name)
        sponsors = person.sponsors.map(\.name)
        reports = person.reports.map(\.day.description)
        assessments = person.assessments.map(\.day.description)
        left = Nullable(person.departure?.day.description)
        findings = status.findings.map { Finding(kind: $0.kind.rawValue, step: Nullable($0.step?.number), severity: $0.severity.rawValue,
                                                  text: $0.text.chinese, rule: $0.rule.chinese) }
    }
}

import Foundation

/// One person's 发展党员纪实: who, then every one of the 25 steps in its stage (day, who
/// did it or decided it, the meeting or document), the contacts and sponsors, the reports
/// and assessments (the 培养教育考察登记表's content), the public notices, and what an
/// inspector would find as of a day. As Word (print-ready) and Markdown.
public struct DevelopmentRecordDocument {
    public var person: DevelopmentPerson
    public var branch: BranchProfile
    /// Meeting names by id ("2026-09-25 支部党员大会"), for the steps decided at one.
    public var meetingNames: [String: String]
    public var findings: [DevelopmentFinding]
    public var asOf: Day
    public var language: Language

    public init(person: DevelopmentPerson, branch: BranchProfile, meetingNames: [String: String], rules: DevelopmentRules, asOf: Day, language: Language) {
        self.person = person
        self.branch = branch
        self.meetingNames = meetingNames
        self.findings = rules.findings(person, asOf: asOf)
        self.asOf = asOf
        self.language = language
    }

    private var l: Labels { Labels(language) }

    public var title: String { l.t("Record of developing a member", "发展党员纪实") }

    /// 姓名, 性别 … as label and value.
    public var facts: [[String]] {
        [[l.t("Name", "姓名"), person.name], [l.t("Gender", "性别"), person.gender.isEmpty ? "—" : person.gender],
         [l.t("Born", "出生日期"), person.birthDate?.description ?? "—"],
         [l.t("Unit and post", "工作单位及职务"), [person.unit, person.post].filter { !$0.isEmpty }.joined(separator: " ").ifEmpty("—")],
         [l.t("Branch", "所在党支部"), branch.name],
         [l.t("Contacts", "培养联系人"), person.contacts.map { "\($0.name)（\($0.from)\($0.to.map { "—\($0)" } ?? l.t(" on", "起"))）" }.joined(separator: "、").ifEmpty("—")],
         [l.t("Sponsors", "入党介绍人"), person.sponsors.map(\.name).joined(separator: "、").ifEmpty("—")]]
            + (person.departure.map { [[l.t("Left", "退出"), "\($0.day) \($0.reason.name.text(language)) \($0.note)"]] } ?? [])
    }

    public var stepHeader: [String] { [l.t("No.", "序号"), l.t("Step", "步骤"), l.t("Day", "日期"), l.t("By / decided by", "经办人/决定机构"), l.t("Meeting, document, note", "会议、文件及备注")] }

    /// The steps of one stage, each a row (an unrecorded step with an empty day).
    public func rows(_ stage: DevelopmentStage) -> [[String]] {
        DevelopmentStep.allCases.filter { $0.stage == stage }.map { step in
            guard let entry = person.entry(step) else {
                let continuing: String = switch step {
                case .activistAssessment, .probationAssessment: l.t("see the assessments below", "见下方考察记录")
                default: ""
                }
                return ["\(step.number)", step.name.text(language), "", "", continuing]
            }
            let by = [entry.by, entry.body?.name.text(language) ?? ""].filter { !$0.isEmpty }.joined(separator: " / ")
            var details: [String] = []
            if let id = entry.meetingID { details.append(meetingNames[id] ?? id) }
            if !entry.document.isEmpty { details.append(entry.document) }
            if entry.days != nil || entry.hours != nil { details.append(l.t("\(entry.days ?? 0) days, \(entry.hours ?? 0) hours", "\(entry.days ?? 0)天，\(entry.hours ?? 0)学时")) }
            if let outcome = entry.outcome { details.append(outcome.name.text(language) + (entry.extensionMonths.map { l.t(" \($0) months", "\($0)个月") } ?? "")) }
            if !entry.note.isEmpty { details.append(entry.note) }
            return ["\(step.number)", step.name.text(language), entry.day.description, by, details.joined(separator: l.t("; ", "；"))]
        }
    }

    public var notesHeader: [String] { [l.t("Day", "日期"), l.t("By", "经办人"), l.t("Content", "内容")] }

    private var findingLines: [String] {
        findings.isEmpty ? [l.t("None.", "无。")]
            : findings.enumerated().map { "\($0.offset + 1). \($0.element.text.text(language))（\($0.element.rule.text(language))）" }
    }

    public func markdown() -> String {
        func table(_ header: [String], _ rows: [[String]]) -> String {
            let line = { (cells: [String]) in "| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ") }.joined(separator: " | ") + " |" }
            return ([line(header), line(header.map { _ in "---" })] + rows.map(line)).joined(separator: "\n") + "\n"
        }
        var text = "# \(title)\n\n" + table([l.t("Item", "项目"), l.t("Value", "内容")], facts) + "\n"
        for stage in DevelopmentStage.allCases {
            text += "## \(stage.rawValue). \(stage.name.text(language))\n\n" + table(stepHeader, rows(stage)) + "\n"
        }
        text += "## " + l.t("Written reports (思想汇报)", "思想汇报") + "\n\n" + table(notesHeader, person.reports.map { [$0.day.description, $0.by, $0.text] }) + "\n"
        text += "## " + l.t("Assessments", "培养教育考察") + "\n\n" + table(notesHeader, person.assessments.map { [$0.day.description, $0.by, $0.text] }) + "\n"
        text += "## " + l.t("Public notices", "公示") + "\n\n"
            + table([l.t("Step", "步骤"), l.t("From", "起"), l.t("To", "止")], person.notices.map { [$0.step.name.text(language), $0.from.description, $0.to.description] }) + "\n"
        text += "## " + l.t("Findings as of \(asOf)", "检查发现的问题（截至 \(asOf)）") + "\n\n" + findingLines.joined(separator: "\n") + "\n"
        return text
    }

    public func word() throws -> Data { try wordDocument().data() }

    func wordDocument() -> WordDocument {
        var document = WordDocument(title: "\(title) \(person.name)")
        document.pageFooter = WordDocument.pageNumbers(language)
        document.runningHeader = "\(branch.name) \(title) — \(person.name)"
        document.add(WordDocument.Paragraph(title, style: .title))
        document.add(WordDocument.Table(columnWidths: [2300, 6770], rows: facts))
        // Five columns on A4's 9,070-twip text width: the day and number narrow, the details wide.
        let widths = [720, 2400, 1250, 1750, 2950]
        for stage in DevelopmentStage.allCases {
            var heading = WordDocument.Paragraph(l.t("\(stage.rawValue). \(stage.name.english)", "\(["一", "二", "三", "四", "五"][stage.rawValue - 1])、\(stage.name.chinese)"), style: .heading)
            heading.keepWithNext = true
            document.add(heading)
            document.add(WordDocument.Table(columnWidths: widths, rows: [stepHeader] + rows(stage), headerRows: 1, columnAlignments: [.center, .left, .center, .left, .left]))
        }
        func notes(_ heading: String, _ entries: [DatedNote]) {
            var paragraph = WordDocument.Paragraph(heading, style: .heading)
            paragraph.keepWithNext = !entries.isEmpty
            document.add(paragraph)
            if entries.isEmpty { return document.add(WordDocument.Paragraph(l.t("None recorded.", "无记录。"))) }
            document.add(WordDocument.Table(columnWidths: [1400, 1600, 6070], rows: [notesHeader] + entries.map { [$0.day.description, $0.by, $0.text] }, headerRows: 1))
        }
        notes(l.t("Written reports (思想汇报)", "思想汇报"), person.reports)
        notes(l.t("Assessments (培养教育考察)", "培养教育考察"), person.assessments)
        if !person.notices.isEmpty {
            var heading = WordDocument.Paragraph(l.t("Public notices", "公示"), style: .heading)
            heading.keepWithNext = true
            document.add(heading)
            document.add(WordDocument.Table(columnWidths: [4070, 2500, 2500], rows: [[l.t("Step", "步骤"), l.t("From", "起"), l.t("To", "止")]]
                                                + person.notices.map { [$0.step.name.text(language), $0.from.description, $0.to.description] }, headerRows: 1))
        }
        var heading = WordDocument.Paragraph(l.t("Findings as of \(asOf)", "检查发现的问题（截至 \(asOf)）"), style: .heading)
        heading.keepWithNext = true
        document.add(heading)
        for line in findingLines { document.add(WordDocument.Paragraph(line, compact: true)) }
        document.add(WordDocument.Paragraph(""))
        document.add(WordDocument.Paragraph(l.t("Branch secretary (signature): ____________    Date: ____________", "党支部书记（签字）：____________    日期：____________")))
        return document
    }

    /// The 培养教育考察登记表: the person, then each assessment (day, by whom, the opinion)
    /// with blank rows to write the next ones in, the 思想汇报 received, and the signature lines.
    public func assessmentForm() -> WordDocument {
        let title = l.t("Record of training, education and assessment", "入党积极分子培养教育考察登记表")
        var document = WordDocument(title: "\(title) \(person.name)")
        document.pageFooter = WordDocument.pageNumbers(language)
        document.runningHeader = "\(branch.name) \(title) — \(person.name)"
        document.add(WordDocument.Paragraph(title, style: .title))
        document.add(WordDocument.Table(columnWidths: [2300, 6770], rows: facts.prefix(4) + [
            [l.t("Applied", "申请入党时间"), person.day(.application)?.description ?? "—"],
            [l.t("Activist since", "确定为入党积极分子时间"), person.day(.activistDecided)?.description ?? "—"],
            [l.t("Candidate since", "列为发展对象时间"), person.day(.candidateDecided)?.description ?? "—"],
            facts[5],
        ]))
        var heading = WordDocument.Paragraph(l.t("Assessments", "考察情况"), style: .heading)
        heading.keepWithNext = true
        document.add(heading)
        // Room to write the next half year's in by hand.
        let blanks = Array(repeating: ["", "", ""], count: max(2, 4 - person.assessments.count))
        var assessments = WordDocument.Table(columnWidths: [1500, 1700, 5870], rows: [[l.t("Day", "考察时间"), l.t("By", "考察人"), l.t("Opinion", "考察意见")]]
                                                 + person.assessments.map { [$0.day.description, $0.by, $0.text] } + blanks, headerRows: 1)
        assessments.rowHeight = 900
        document.add(assessments)
        heading = WordDocument.Paragraph(l.t("Written reports received", "思想汇报递交情况"), style: .heading)
        heading.keepWithNext = true
        document.add(heading)
        document.add(WordDocument.Paragraph(person.reports.isEmpty ? l.t("None recorded.", "无记录。")
                                                : person.reports.map(\.day.description).joined(separator: l.t(", ", "、"))))
        document.add(WordDocument.Paragraph(""))
        document.add(WordDocument.Paragraph(l.t("Contact (signature): ____________    Branch secretary (signature): ____________",
                                                "培养联系人（签字）：____________    党支部书记（签字）：____________")))
        return document
    }

    /// The public-notice text (公示) for `step`: who, what the branch proposes, and until when.
    public func notice(_ step: DevelopmentStep) -> String {
        let notice = person.notices.first { $0.step == step }
        let what: String = switch step {
        case .activistDecided: "确定为入党积极分子"
        case .candidateDecided: "列为发展对象"
        case .committeeReview, .admissionVote: "接收为中共预备党员"
        case .conversionRequest, .conversionVote: "按期转为中共正式党员"
        default: step.name.chinese
        }
        let born = person.birthDate.map { "，\($0.year)年\($0.month)月生" } ?? ""
        let unit = [person.unit, person.post].filter { !$0.isEmpty }.joined(separator: "")
        return """
        关于拟\(what)人选的公示

        经\(branch.name)研究，拟将\(person.name)同志\(what)。现予公示。
        \(person.name)，\(person.gender.ifEmpty("性别未填"))\(born)\(unit.isEmpty ? "" : "，\(unit)")。
        公示时间：\(notice.map { "\($0.from) 至 \($0.to)" } ?? "____ 至 ____")。
        公示期间，如有意见，请以书面或当面方式向\(branch.name)反映。

        \(branch.name)
        \(notice?.from.description ?? asOf.description)
        """
    }
}

extension String {
    func ifEmpty(_ replacement: String) -> String { isEmpty ? replacement : self }
}

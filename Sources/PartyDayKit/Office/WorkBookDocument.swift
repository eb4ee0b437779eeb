import Foundation

/// The year's work book (党支部工作手册) as one Word document, in the chapters the Party
/// committee inspects each January: the branch, the roster and its changes, the duties of
/// organizational life, every meeting's minutes in order, the lectures, developing members,
/// dues, the democratic evaluation, talks, transfers, mobile members and a page of figures —
/// with a table of contents whose page numbers Word and LibreOffice fill in.
public struct WorkBookDocument {
    public var branch: BranchProfile
    public var members: [Member]
    public var year: Int
    public var figures: YearFigures
    /// The year's meetings in full, in any order (they are put in order of their start).
    public var meetings: [Meeting]
    public var summaries: [MeetingSummary]
    public var dues: DuesLedger?
    public var development: [DevelopmentPerson]
    public var talks: [Talk]
    /// The committee's elections (its term, in chapter 1).
    public var elections: [Election] = []
    /// The year's plan, if one was kept (chapter 3: the plan and how it went).
    public var plan: YearPlan?
    /// Members' letters, stays away and being out of contact (chapters 10 and 11).
    public var away: [AwayRecord] = []
    public var evaluation: EvaluationReport
    public var language: Language

    public init(branch: BranchProfile, members: [Member], year: Int, figures: YearFigures, meetings: [Meeting], summaries: [MeetingSummary],
                dues: DuesLedger?, development: [DevelopmentPerson], talks: [Talk], evaluation: EvaluationReport, language: Language) {
        self.branch = branch
        self.members = members
        self.year = year
        self.figures = figures
        self.meetings = meetings
        self.summaries = summaries
        self.dues = dues
        self.development = development
        self.talks = talks
        self.evaluation = evaluation
        self.language = language
    }

    /// The chapters, in the book's order: (bookmark, title).
    public var chapterTitles: [String] { chapters.map(\.title) }

    private var l: Labels { Labels(language) }

    public var title: String { l.t("Party branch work book \(year)", "党支部工作手册（\(year)年度）") }

    private struct Chapter {
        var title: String
        var build: (inout WordDocument) -> Void
    }

    private var chapters: [Chapter] {
        [Chapter(title: l.t("1. The branch", "一、支部基本情况"), build: branchChapter),
         Chapter(title: l.t("2. The roster and its changes", "二、党员名册及年度变动"), build: rosterChapter),
         Chapter(title: l.t("3. The plan and organizational life held", "三、年度计划及“三会一课”等组织生活落实情况"), build: dutiesChapter),
         Chapter(title: l.t("4. Meeting records", "四、会议记录"), build: minutesChapter),
         Chapter(title: l.t("5. Party lectures", "五、党课"), build: lecturesChapter),
         Chapter(title: l.t("6. Developing members", "六、发展党员"), build: developmentChapter),
         Chapter(title: l.t("7. Party dues", "七、党费收缴"), build: duesChapter),
         Chapter(title: l.t("8. Democratic evaluation", "八、民主评议党员"), build: evaluationChapter),
         Chapter(title: l.t("9. Heart-to-heart talks", "九、谈心谈话"), build: talksChapter),
         Chapter(title: l.t("10. Transfers", "十、组织关系转接"), build: transfersChapter),
         Chapter(title: l.t("11. Mobile members and members out of contact", "十一、流动党员和失联党员"), build: mobileChapter),
         Chapter(title: l.t("12. The year in figures", "十二、年度数据汇总"), build: figuresChapter)]
    }

    /// The meetings of the year held (not merely planned), in order.
    var heldMeetings: [Meeting] {
        meetings.filter { Day($0.start, in: branch.timeZone).year == year && $0.state != .planned && Day($0.start, in: branch.timeZone) <= figures.asOf }
            .sorted { ($0.start, $0.id) < ($1.start, $1.id) }
    }

    public func data() throws -> Data { try document().data() }

    func document() -> WordDocument {
        var book = WordDocument(title: title)
        book.pageFooter = WordDocument.pageNumbers(language)
        book.runningHeader = "\(branch.name) " + title
        cover(&book)
        let chapters = self.chapters
        let minutesIndex = 3
        // The contents: each chapter, and under the meeting records each meeting.
        var contents = WordDocument.Paragraph(l.t("Contents", "目录"), style: .heading)
        contents.pageBreakBefore = true
        book.add(contents)
        for (index, chapter) in chapters.enumerated() {
            var line = WordDocument.Paragraph(chapter.title)
            line.pageOf = "chapter\(index + 1)"
            line.compact = true
            book.add(line)
            if index == minutesIndex {
                for (number, meeting) in heldMeetings.enumerated() {
                    var entry = WordDocument.Paragraph(meetingHeading(meeting, number: number + 1))
                    entry.pageOf = "meeting\(number + 1)"
                    entry.leftIndent = 420
                    entry.compact = true
                    book.add(entry)
                }
            }
        }
        for (index, chapter) in chapters.enumerated() {
            var heading = WordDocument.Paragraph(chapter.title, style: .heading)
            heading.pageBreakBefore = true
            heading.bookmark = "chapter\(index + 1)"
            book.add(heading)
            chapter.build(&book)
        }
        return book
    }

    private func cover(_ book: inout WordDocument) {
        book.add(WordDocument.Paragraph(""))
        book.add(WordDocument.Paragraph(""))
        book.add(WordDocument.Paragraph(l.t("Party branch work book", "党支部工作手册"), style: .title))
        book.add(WordDocument.Paragraph(l.t("(\(year))", "（\(year)年度）"), alignment: .center, bold: true))
        book.add(WordDocument.Paragraph(""))
        let secretary = members.first { $0.role.value(on: figures.asOf)?.kind == .secretary && $0.snapshot(on: figures.asOf) != nil }
        var facts: [[String]] = [[l.t("Branch", "党支部名称"), branch.name]]
        if !branch.parentOrganizations.isEmpty { facts.append([l.t("Under", "上级党组织"), branch.parentOrganizations.joined(separator: " › ")]) }
        facts.append([l.t("Secretary", "支部书记"), secretary?.name ?? "—"])
        facts.append([l.t("Members", "党员人数"), l.t("\(figures.membersAtEnd) (\(figures.fullAtEnd) full, \(figures.probationaryAtEnd) probationary)",
                                                    "\(figures.membersAtEnd) 名（正式党员 \(figures.fullAtEnd) 名，预备党员 \(figures.probationaryAtEnd) 名）")])
        facts.append([l.t("Records up to", "记录截至"), "\(figures.asOf)"])
        book.add(WordDocument.Table(columnWidths: [2600, 6470], rows: facts))
    }

    private func body(_ text: String, _ book: inout WordDocument) {
        var paragraph = WordDocument.Paragraph(text)
        paragraph.firstLineIndent = language == .chinese ? 480 : 0
        book.add(paragraph)
    }

    /// A table with a header row; a column no row fills (性别 where the roster has none) is
    /// left out, so the others have the room. `widths`: fixed widths, where measuring would
    /// give a long text column too little.
    private func table(_ header: [String], _ rows: [[String]], numeric: Set<Int> = [], widths: [Int]? = nil, _ book: inout WordDocument) {
        guard !rows.isEmpty else { return body(l.t("None.", "无。"), &book) }
        let kept = header.indices.filter { column in column == 0 || rows.contains { column < $0.count && !$0[column].isEmpty } }
        let header = kept.map { header[$0] }, rows = rows.map { row in kept.map { $0 < row.count ? row[$0] : "" } }
        // Fixed widths of the columns kept, widened in proportion to fill the line again.
        let fixed = widths.map { widths -> [Int] in
            let chosen = kept.map { $0 < widths.count ? widths[$0] : 1000 }
            let total = max(1, chosen.reduce(0, +))
            return chosen.map { $0 * 9_070 / total }
        }
        book.add(WordDocument.Table(columnWidths: fixed ?? MinutesDocument.columnWidths(header: header, rows: rows), rows: [header] + rows, headerRows: 1,
                                    columnAlignments: kept.map { numeric.contains($0) ? .center : .left }))
    }

    private func subheading(_ text: String, _ book: inout WordDocument) {
        book.add(WordDocument.Paragraph(text, style: .subheading))
    }

    // MARK: The chapters

    private func branchChapter(_ book: inout WordDocument) {
        let day = figures.asOf
        let committee = members.compactMap { member -> (Member, Role)? in
            guard member.snapshot(on: day) != nil, let role = member.role.value(on: day), role.isOnCommittee else { return nil }
            return (member, role)
        }.sorted { (Self.rank($0.1.kind), $0.0.name) < (Self.rank($1.1.kind), $1.0.name) }
        subheading(l.t("The committee", "支部委员会"), &book)
        table([l.t("Post", "职务"), l.t("Name", "姓名"), l.t("Since", "任职时间")], committee.map { member, role in
            let since = member.role.changes.last { $0.since <= day && $0.value == role }?.since
            return [postName(role), member.name, since.map { "\($0)" } ?? ""]
        }, &book)
        let term = BranchTerm(elections: elections, members: members, on: day)
        if let last = term.lastElection, let ends = term.termEnds {
            body(l.t("Term \(last.termNumber.map(String.init) ?? "—"), elected on \(last.day) for \(last.termYears) years, until \(ends).",
                     "第\(last.termNumber.map(String.init) ?? "—")届支部委员会，\(last.day) 选举产生，任期 \(last.termYears) 年，至 \(ends) 届满。"), &book)
        }
        for warning in term.warnings { body(warning.text(language) + l.t(".", "。"), &book) }
        subheading(l.t("Elections, by-elections and resignations", "换届、补选和辞职记录"), &book)
        table([l.t("Day", "日期"), l.t("What", "类别"), l.t("Term", "届次"), l.t("Who, post, votes", "人员、职务、得票"), l.t("Note", "备注")],
              Election.byDay(elections).filter { $0.day <= day }.map { election in
                  [String(describing: election.day), election.kind.name.text(language), election.termNumber.map(String.init) ?? "",
                   election.posts.map { post in "\(post.name) \(postName(post.role))" + (post.votes.map { l.t(" \($0) votes", " \($0)票") } ?? "") }
                      .joined(separator: l.t("; ", "；")), election.note]
              }, &book)
        subheading(l.t("Party groups", "党小组"), &book)
        let groups = branch.activeGroups(on: day)
        table([l.t("Party group", "党小组"), l.t("Leader", "组长"), l.t("Members", "党员数")], groups.map { group in
            let count = members.filter { $0.snapshot(on: day)?.partyGroupID == group.id }.count
            return [group.name, group.leaderMemberID.flatMap { id in members.first { $0.id == id }?.name } ?? "", "\(count)"]
        }, numeric: [2], &book)
    }

    static func rank(_ kind: Role.Kind) -> Int { [.secretary: 0, .deputySecretary: 1, .committeeMember: 2][kind] ?? 3 }

    private func postName(_ role: Role) -> String {
        switch role.kind {
        case .secretary: l.t("secretary", "书记")
        case .deputySecretary: l.t("deputy secretary", "副书记")
        case .committeeMember: role.portfolio.isEmpty ? l.t("committee member", "委员") : (role.portfolio.hasSuffix("委员") ? role.portfolio : role.portfolio + l.t(" member", "委员"))
        case .member: l.t("member", "党员")
        }
    }

    private func rosterChapter(_ book: inout WordDocument) {
        let day = figures.asOf
        let groups = Dictionary(branch.partyGroups.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let roster = members.compactMap { member in member.snapshot(on: day).map { (member, $0) } }
        subheading(l.t("The roster on \(day)", "党员名册（截至 \(day)）"), &book)
        table([l.t("No.", "序号"), l.t("Name", "姓名"), l.t("Gender", "性别"), l.t("Category", "类别"), l.t("Joined", "入党时间"),
               l.t("Converted", "转正时间"), l.t("Party group", "党小组"), l.t("Post", "职务")],
              roster.enumerated().map { index, entry in
                  let (member, snapshot) = entry
                  let posts = [snapshot.role.kind == .member ? "" : postName(snapshot.role), member.jobTitle ?? ""].filter { !$0.isEmpty }
                  return ["\(index + 1)", member.name, member.gender ?? "", l.categoryName(snapshot.category), member.joinedOn.map { "\($0)" } ?? "",
                          snapshot.category == .full ? member.conversionDay.map { "\($0)" } ?? "" : "", snapshot.partyGroupID.flatMap { groups[$0] } ?? "",
                          posts.joined(separator: l.t(", ", "、"))]
              }, numeric: [0], widths: [640, 1100, 640, 1180, 1300, 1300, 1420, 1490], &book)
        subheading(l.t("Changes in \(year)", "\(year)年党员变动情况"), &book)
        table([l.t("Day", "日期"), l.t("Name", "姓名"), l.t("Change", "变动")], figures.changes.map { change in
            let (english, chinese) = YearOutput.changeName(change.kind)
            return ["\(change.day)", change.name, l.t(english, chinese)]
        }, &book)
    }

    private func dutiesChapter(_ book: inout WordDocument) {
        if let plan, !plan.meetings.isEmpty || !plan.tasks.isEmpty {
            subheading(l.t("The plan of \(year)", "\(year)年度工作计划"), &book)
            let adopted = plan.adoptedOn.map { day in
                l.t("Adopted on \(day)", "\(day) 通过") + (plan.adoptedAtMeetingID.flatMap { id in summaries.first { $0.id == id } }.map { l.t(" at “\($0.theme)”", "（“\($0.theme)”）") } ?? "")
            } ?? l.t("Day of adoption not recorded", "未记录通过日期")
            body(adopted + (plan.themePartyDayDay.map { l.t("; the theme Party Day on the \($0)th of each month.", "；主题党日为每月\($0)日。") } ?? l.t(".", "。")), &book)
            let progress = PlanProgress(plan, summaries: summaries, zone: branch.timeZone, asOf: figures.asOf)
            table([l.t("Month", "月份"), l.t("Meeting", "会议"), l.t("Theme", "主题"), l.t("How it went", "完成情况")], progress.items.map { item in
                let held = item.meetingID.flatMap { id in summaries.first { $0.id == id } }.map { "\($0.day(in: branch.timeZone))" } ?? ""
                let status: String = switch item.status {
                case .done: l.t("held \(held)", "已开（\(held)）")
                case .scheduled: l.t("scheduled \(held)", "已安排（\(held)）")
                case .due: l.t("to come", "待开")
                case .missed: l.t("missed", "未开")
                }
                var name = l.typeName(item.planned.type)
                if let lecturer = item.planned.lecturer { name += l.t(" (\(lecturer.name))", "（\(lecturer.name)主讲）") }
                return [l.t("\(item.planned.month)", "\(item.planned.month)月"), name, item.planned.theme, status]
            }, &book)
            if !plan.tasks.isEmpty {
                table([l.t("Task", "任务"), l.t("Time", "时间"), l.t("Measures", "措施"), l.t("Responsible", "责任人"), l.t("Check", "检查"), l.t("Done", "完成")],
                      plan.tasks.map { [$0.content, $0.time, $0.measures, $0.responsible, $0.check, $0.doneOn.map { "\($0)" } ?? ""] },
                      widths: [2600, 1000, 2000, 900, 1370, 1200], &book)
            }
            subheading(l.t("Duties of organizational life", "“三会一课”等组织生活落实情况"), &book)
        }
        body(l.t("Held \(figures.dutiesHeld) of the \(figures.dutiesOwed) duties owed so far; \(figures.dutiesMissed) missed.",
                 "截至 \(figures.asOf)，应开 \(figures.dutiesOwed) 次，已开 \(figures.dutiesHeld) 次，未开 \(figures.dutiesMissed) 次。"), &book)
        table([l.t("Duty", "项目"), l.t("Party group", "党小组"), l.t("Owed", "应开"), l.t("Held", "已开"), l.t("Missed", "未开")],
              figures.duties.map { [l.typeName($0.type), $0.group ?? "", "\($0.owed)", "\($0.held)", "\($0.missed)"] }, numeric: [2, 3, 4], &book)
    }

    /// "3. 2026-01-16 2026年1月民主评议党员": the branch's name, on every page's header already, left out.
    func meetingHeading(_ meeting: Meeting, number: Int) -> String {
        let name = meeting.name(in: branch, language: language).replacingOccurrences(of: branch.name, with: "").trimmingCharacters(in: .whitespaces)
        return "\(number). \(Day(meeting.start, in: branch.timeZone)) \(name)"
    }

    private func minutesChapter(_ book: inout WordDocument) {
        let held = heldMeetings
        guard !held.isEmpty else { return body(l.t("No meeting recorded this year.", "本年度没有会议记录。"), &book) }
        for (number, meeting) in held.enumerated() {
            var heading = WordDocument.Paragraph(meetingHeading(meeting, number: number + 1), style: .subheading)
            heading.bookmark = "meeting\(number + 1)"
            heading.pageBreakBefore = number > 0
            book.add(heading)
            var minutes = MinutesDocument(meeting: meeting, branch: branch, language: language, format: .markdown, members: members)
            minutes.numberInYear = meeting.numberInYear(among: summaries, zone: branch.timeZone)
            minutes.development = development
            // The meeting's own record, without the page title it has when printed alone, its
            // sections a level under the meeting (the outline reads chapter › meeting › section).
            let blocks = minutes.wordDocument().blocks.drop { block in
                if case let .paragraph(paragraph) = block { return paragraph.style == .title || (paragraph.bold && paragraph.alignment == .center) }
                return false
            }
            book.blocks += blocks.map { block in
                guard case var .paragraph(paragraph) = block, paragraph.style == .heading else { return block }
                paragraph.style = .minorHeading
                return .paragraph(paragraph)
            }
        }
    }

    private func lecturesChapter(_ book: inout WordDocument) {
        let lectures = heldMeetings.filter { $0.types.contains(.partyLecture) }
        table([l.t("Day", "日期"), l.t("Lecturer", "主讲人"), l.t("Title", "题目"), l.t("Attended", "参加人数")], lectures.map { meeting in
            let attended = meeting.attendance.filter { [.present, .late, .leftEarly].contains($0.status) }.count
            return ["\(Day(meeting.start, in: branch.timeZone))", (meeting.lecturer ?? meeting.host)?.name ?? "", meeting.lectureTitle ?? meeting.theme, "\(attended)"]
        }, numeric: [3], &book)
    }

    private func developmentChapter(_ book: inout WordDocument) {
        let first = Day(year: year, month: 1, day: 1)!, last = figures.asOf
        let people = development.filter { person in person.steps.contains { first <= $0.day && $0.day <= last } }
            .sorted { ($0.steps.first?.day ?? first, $0.name) < ($1.steps.first?.day ?? first, $1.name) }
        guard !people.isEmpty else { return body(l.t("No step of development this year.", "本年度没有发展党员工作记录。"), &book) }
        for person in people {
            subheading("\(person.name)" + ([person.gender, person.unit, person.post].filter { !$0.isEmpty }.isEmpty ? "" : l.t(" (", "（")
                + [person.gender, person.unit, person.post].filter { !$0.isEmpty }.joined(separator: l.t(", ", "，")) + l.t(")", "）")), &book)
            let steps = person.steps.filter { first <= $0.day && $0.day <= last }
            table([l.t("Step", "步骤"), l.t("Day", "日期"), l.t("By", "经办/决定"), l.t("Note", "备注")], steps.map { entry in
                ["\(entry.step.number). \(entry.step.name.text(language))", "\(entry.day)", [entry.by, entry.body?.name.text(language) ?? ""].filter { !$0.isEmpty }.joined(separator: " "),
                 [entry.document, entry.note].filter { !$0.isEmpty }.joined(separator: l.t("; ", "；"))]
            }, &book)
        }
    }

    private func duesChapter(_ book: inout WordDocument) {
        guard let dues else { return body(l.t("No dues recorded.", "没有党费记录。"), &book) }
        let months = (1...12).map { YearMonth(year: year, month: $0) }.filter { Day(year: $0.year, month: $0.month, day: 1)! <= figures.asOf }
        var due = Money.zero, collected = Money.zero, handed = Money.zero
        var rows = months.map { month -> [String] in
            let totals = dues.totals(for: month)
            due = due + totals.due
            collected = collected + totals.collected + totals.extra
            handed = handed + totals.handedOver
            return [l.t("\(month.year)-\(month.month)", "\(month.month)月"), "\(totals.owing)", "\(totals.settled)", totals.due.description,
                    (totals.collected + totals.extra).description, totals.handedOver.description, totals.handedOverOn.map { "\($0)" }.joined(separator: l.t(", ", "、"))]
        }
        guard due != .zero || collected != .zero || handed != .zero else {
            return body(l.t("No dues are recorded for \(year) (the Dues screen, 7, is where they are recorded).", "\(year) 年没有党费收缴记录（在党费界面按 7 记录）。"), &book)
        }
        rows.append([l.t("Total", "合计"), "", "", due.description, collected.description, handed.description, ""])
        table([l.t("Month", "月份"), l.t("Owing", "应交人数"), l.t("Settled", "已交清"), l.t("Due", "应交金额"), l.t("Collected", "实交金额"),
               l.t("Handed over", "上缴金额"), l.t("Handed over on", "上缴日期")], rows, numeric: [1, 2, 3, 4, 5], &book)
    }

    private func evaluationChapter(_ book: inout WordDocument) {
        guard !evaluation.rows.isEmpty else {
            return body(l.t("The democratic evaluation of \(year) is not recorded yet (it is usually held at the start of the next year).",
                            "\(year)年度民主评议党员尚未记录（通常在次年年初进行）。"), &book)
        }
        body(EvaluationGrade.allCases.map { "\(l.gradeName($0)) \(evaluation.count($0))" }.joined(separator: l.t(", ", "，")), &book)
        table([l.t("Name", "姓名"), l.t("Category", "类别"), l.t("Self-evaluation", "个人自评"), l.t("Grade", "评定等次")], evaluation.rows.map { row in
            [row.name, l.categoryName(row.category), row.selfEvaluationDone ? l.t("done", "已完成") : "", row.grade.map(l.gradeName) ?? ""]
        }, &book)
    }

    private func talksChapter(_ book: inout WordDocument) {
        let coverage = figures.talksCoverage
        body(coverage.missingWording?.text(language) ?? l.t("Every talk the rules ask for this year is held.", "本年度条例要求的谈心谈话都已完成。"), &book)
        let yearTalks = talks.filter { $0.day.year == year && $0.day <= figures.asOf }.sorted { ($0.day, $0.name) < ($1.day, $1.name) }
        table([l.t("Day", "日期"), l.t("Talked", "谈话人"), l.t("With", "谈话对象"), l.t("Occasion", "事由"), l.t("Topics", "谈话内容"), l.t("Agreed", "商定事项")],
              yearTalks.map { ["\($0.day)", $0.talker.name, $0.partner.name, $0.occasionText(language), $0.topics, $0.agreed] },
              widths: [1250, 950, 1150, 1300, 2820, 1600], &book)
    }

    private func transfersChapter(_ book: inout WordDocument) {
        let first = Day(year: year, month: 1, day: 1)!
        let letters = away.flatMap { record in record.letters.map { (record.name, $0) } }
            .filter { first <= $0.1.issuedOn && $0.1.issuedOn <= figures.asOf || ($0.1.receiptOn.map { first <= $0 && $0 <= figures.asOf } ?? false) }
            .sorted { ($0.1.issuedOn, $0.0) < ($1.1.issuedOn, $1.0) }
        if !letters.isEmpty {
            subheading(l.t("Letters of introduction", "组织关系介绍信"), &book)
            table([l.t("Issued", "开出日期"), l.t("Name", "姓名"), l.t("Out or in", "转出/转入"), l.t("Kind", "类别"), l.t("Number", "编号"),
                   l.t("To / from", "转往/转自"), l.t("Valid until", "有效期至"), l.t("Dues paid up to", "党费交至"), l.t("Receipt", "回执")],
                  letters.map { name, letter in
                      [String(describing: letter.issuedOn), name, letter.direction == .out ? l.t("out", "转出") : l.t("in", "转入"),
                       (letter.kind == .permanent ? l.t("permanent", "正式") : l.t("temporary", "临时")) + (letter.scope == .acrossSystems ? l.t(", across systems", "，跨系统") : ""),
                       letter.number, letter.organization, letter.validUntil.map { "\($0)" } ?? "", letter.duesPaidThrough.map { "\($0)" } ?? "",
                       letter.receiptOn.map { "\($0)" } ?? (letter.direction == .out ? l.t("not yet", "未返回") : "")]
                  }, &book)
            subheading(l.t("Changes of the roster", "名册变动"), &book)
        }
        let moves = figures.changes.filter { $0.kind == .transferredIn || $0.kind == .transferredOut }
        table([l.t("Day", "日期"), l.t("Name", "姓名"), l.t("In or out", "转入/转出")], moves.map { change in
            let (english, chinese) = YearOutput.changeName(change.kind)
            return ["\(change.day)", change.name, l.t(english, chinese)]
        }, &book)
    }

    private func mobileChapter(_ book: inout WordDocument) {
        let first = Day(year: year, month: 1, day: 1)!
        let stays = away.filter { record in record.mobile.map { $0.since <= figures.asOf && ($0.until.map { $0 >= first } ?? true) } ?? false }
        if !stays.isEmpty {
            subheading(l.t("Stays away and reports back", "外出流动登记和汇报"), &book)
            table([l.t("Name", "姓名"), l.t("Since", "外出日期"), l.t("Where, for whom", "地点、单位"), l.t("Organization there", "参加活动的党组织"),
                   l.t("Card", "活动证"), l.t("Reports this year", "本年度汇报")], stays.map { record in
                let stay = record.mobile!
                let reports = record.reports.filter { $0.day.year == year && $0.day <= figures.asOf }.map { "\($0.day) \($0.by)" }
                return [record.name, "\(stay.since)" + (stay.until.map { l.t(" – \($0)", "至\($0)") } ?? ""), [stay.place, stay.employer].filter { !$0.isEmpty }.joined(separator: l.t(", ", "，")),
                        [stay.organization, stay.contact].filter { !$0.isEmpty }.joined(separator: " "), stay.cardNumber,
                        reports.isEmpty ? l.t("none", "无") : reports.joined(separator: l.t("; ", "；"))]
            }, &book)
        }
        // Out of contact, or the subject of a general meeting's decision on the membership.
        let lost = away.filter { $0.lostSince != nil || !$0.decisions.isEmpty }
        if !lost.isEmpty {
            subheading(l.t("Out of contact", "失联党员"), &book)
            table([l.t("Name", "姓名"), l.t("Since", "失联起始"), l.t("Attempts to reach them", "联系记录"), l.t("Decisions", "支部大会决定")], lost.map { record in
                [record.name, record.lostSince.map { "\($0)" } ?? "—",
                 record.attempts.map { "\($0.day) \($0.how)" + ($0.result.isEmpty ? "" : l.t(": ", "：") + $0.result) }.joined(separator: l.t("; ", "；")),
                 record.decisions.map { "\($0.day) \($0.kind.name.text(language))" }.joined(separator: l.t("; ", "；"))]
            }, &book)
            subheading(l.t("Mobile members on the roster", "名册中的流动党员"), &book)
        }
        let mobile = members.filter { $0.isMobile && $0.snapshot(on: figures.asOf) != nil }
        let participation = ParticipationReport(branch: branch, members: members, summaries: summaries,
                                                query: ParticipationQuery(period: .year(year)), today: figures.asOf)
        table([l.t("Name", "姓名"), l.t("Where", "流动地点"), l.t("Attended", "参加组织生活"), l.t("Last attended", "最近参加")], mobile.map { member in
            let row = participation.rows.first { $0.memberID == member.id }
            let attended = row.map { $0.expected > 0 ? "\($0.attended)/\($0.expected)" : l.t("not expected (away)", "不计应到（在外）") } ?? ""
            return [member.name, member.mobileLocation, attended, row?.lastAttended.map { "\($0)" } ?? ""]
        }, &book)
    }

    private func figuresChapter(_ book: inout WordDocument) {
        let output = YearOutput(figures: figures, branch: branch.name, language: language)
        var last = ""
        table([l.t("Section", "类别"), l.t("Figure", "项目"), l.t("Value", "数值")], output.lines.map { line in
            defer { last = line.section }
            return [line.section == last ? "" : line.section, line.label, YearOutput.text(line.value)]
        }, &book)
        body(l.t("Made by partyday from the branch's records on \(figures.asOf).", "本表由 partyday 根据支部记录于 \(figures.asOf) 生成。"), &book)
    }
}

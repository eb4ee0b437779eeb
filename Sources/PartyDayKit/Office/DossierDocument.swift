import Foundation

/// What the secretary reads before talking with each member ahead of the
/// organizational-life meeting: one page per member on the roster — attendance this year
/// and every meeting missed or left, dues in arrears, pledges still open, this year's talks
/// with them, the last grade. Word, A4, a page each.
public struct DossierDocument {
    public var branch: BranchProfile
    public var members: [Member]
    public var summaries: [MeetingSummary]
    public var dues: DuesLedger?
    public var talks: [Talk]
    public var year: Int
    public var asOf: Day
    public var language: Language

    public init(branch: BranchProfile, members: [Member], summaries: [MeetingSummary], dues: DuesLedger?, talks: [Talk],
                year: Int, asOf: Day, language: Language) {
        self.branch = branch
        self.members = members
        self.summaries = summaries
        self.dues = dues
        self.talks = talks
        self.year = year
        self.asOf = asOf
        self.language = language
    }

    private var l: Labels { Labels(language) }

    public var title: String { l.t("Members before the organizational-life meeting \(year)", "\(year)年度组织生活会前党员情况") }

    public func data() throws -> Data { try document().data() }

    func document() -> WordDocument {
        var book = WordDocument(title: title)
        book.pageFooter = WordDocument.pageNumbers(language)
        let zone = branch.timeZone
        let participation = ParticipationReport(branch: branch, members: members, summaries: summaries,
                                                query: ParticipationQuery(period: .year(year)), today: asOf)
        let pledges = PledgeLedger.entries(summaries, talks: talks, timeZone: zone)
        let groups = Dictionary(branch.partyGroups.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let roster = members.compactMap { member in member.snapshot(on: asOf).map { (member, $0) } }
        for (index, (member, snapshot)) in roster.enumerated() {
            var heading = WordDocument.Paragraph(member.name, style: .heading)
            heading.pageBreakBefore = index > 0
            book.add(heading)
            let about = [l.categoryName(snapshot.category), snapshot.partyGroupID.flatMap { groups[$0] } ?? "", member.jobTitle ?? "",
                         member.isMobile ? l.t("mobile: \(member.mobileLocation)", "流动党员：\(member.mobileLocation)") : ""].filter { !$0.isEmpty }
            book.add(WordDocument.Paragraph(about.joined(separator: l.t(" · ", " · ")) + l.t(" — as of \(asOf)", "（截至 \(asOf)）"), compact: true))
            let row = participation.rows.first { $0.memberID == member.id }
            var facts: [[String]] = []
            if let row {
                facts.append([l.t("Attendance \(year)", "\(year)年参加组织生活"),
                              l.t("\(row.attended) of \(row.expected) (late \(row.late), left early \(row.leftEarly), on leave \(row.onLeave), absent with reason \(row.absentExcused), without \(row.absentUnexcused))",
                                  "应到 \(row.expected) 次，实到 \(row.attended) 次（迟到 \(row.late)，早退 \(row.leftEarly)，请假 \(row.onLeave)，因故缺席 \(row.absentExcused)，无故缺席 \(row.absentUnexcused)）")])
                facts.append([l.t("Last attended", "最近参加"), row.lastAttended.map { "\($0)" } ?? "—"])
                facts.append([l.t("Last grade", "最近评议等次"), row.lastGrade.map { "\($0.year)：\(l.gradeName($0.grade))" } ?? "—"])
            }
            let arrears = dues?.arrears(of: member).months ?? []
            facts.append([l.t("Dues in arrears", "党费欠交"), arrears.isEmpty ? l.t("none", "无")
                          : l.t("\(arrears.count) month(s): ", "\(arrears.count) 个月：") + arrears.map { "\($0)" }.joined(separator: l.t(", ", "、"))])
            book.add(WordDocument.Table(columnWidths: [2300, 6770], rows: facts))
            // The meetings missed or left in the year, with the reason given. Meetings missed
            // one after another for one reason (months of sick leave) are one line, so the page
            // stays one page; a meeting attended in between ends the run.
            let timeline = ParticipationReport.timeline(memberID: member.id, summaries: summaries)
                .filter { $0.meeting.day(in: zone).year == year && $0.meeting.day(in: zone) <= asOf }.reversed()
            var runs: [(first: Day, last: Day, count: Int, types: String, status: AttendanceStatus, reason: String)] = []
            var running = false
            for entry in timeline {
                let day = entry.meeting.day(in: zone)
                guard [.onLeave, .absentExcused, .absentUnexcused, .late, .leftEarly].contains(entry.row.status) else {
                    running = false
                    continue
                }
                if running, let last = runs.last, last.status == entry.row.status, last.reason == entry.row.reason, !entry.row.reason.isEmpty {
                    runs[runs.count - 1].last = day
                    runs[runs.count - 1].count += 1
                } else {
                    runs.append((day, day, 1, l.typeNames(entry.meeting.types), entry.row.status, entry.row.reason))
                }
                running = true
            }
            book.add(WordDocument.Paragraph(l.t("Missed, late or left early", "缺席、请假、迟到和早退"), style: .subheading))
            table([l.t("Day", "日期"), l.t("Meeting", "会议"), l.t("How", "情况"), l.t("Reason", "原因")], runs.map { run in
                run.count == 1 ? ["\(run.first)", run.types, l.statusName(run.status), run.reason]
                    : ["\(run.first) – \(run.last)", l.t("\(run.count) meetings", "\(run.count) 次会议"), l.statusName(run.status), run.reason]
            }, &book)
            let open = pledges.filter { $0.pledge.memberID == member.id && PledgeLedger.status($0.pledge, asOf: asOf) == .open && $0.meetingDay <= asOf }
            book.add(WordDocument.Paragraph(l.t("Pledges still open", "尚未兑现的承诺"), style: .subheading))
            table([l.t("Made", "作出日期"), l.t("Pledge", "承诺内容"), l.t("Due", "期限")], open.map { entry in
                ["\(entry.meetingDay)", entry.pledge.text, entry.pledge.due.map { "\($0)" + ($0 < asOf ? l.t(" (overdue)", "（已逾期）") : "") } ?? ""]
            }, &book)
            // The talks held with them; of those they led, only the ones with the committee
            // (a secretary's round of thirty would push their page onto a second).
            let committee = Set(roster.filter { $0.1.role.isOnCommittee }.map(\.0.id))
            let yearTalks = talks.filter { $0.day.year == year && $0.day <= asOf && $0.involves(member.id) }
            let theirs = yearTalks.filter { $0.partner.memberID == member.id || $0.partner.memberID.map(committee.contains) == true }.sorted { $0.day < $1.day }
            let ledOthers = yearTalks.count - theirs.count
            book.add(WordDocument.Paragraph(l.t("Talks this year", "本年度谈心谈话"), style: .subheading))
            if ledOthers > 0 {
                book.add(WordDocument.Paragraph(l.t("Besides these, led \(ledOthers) talk(s) with members (the Talks screen, 9, lists them).",
                                                    "另与党员谈话 \(ledOthers) 次（见谈心谈话登记，按 9 查看）。"), compact: true))
            }
            table([l.t("Day", "日期"), l.t("With", "谈话人"), l.t("Topics", "谈话内容"), l.t("Agreed", "商定事项")], theirs.map { talk in
                let other = talk.talker.memberID == member.id ? talk.partner.name : talk.talker.name
                return ["\(talk.day)", other, talk.topics, talk.agreed]
            }, widths: [1300, 1200, 3970, 2600], &book)
        }
        if roster.isEmpty { book.add(WordDocument.Paragraph(l.t("Nobody on the roster.", "名册上没有党员。"))) }
        return book
    }

    private func table(_ header: [String], _ rows: [[String]], widths: [Int]? = nil, _ book: inout WordDocument) {
        guard !rows.isEmpty else { return book.add(WordDocument.Paragraph(l.t("None.", "无。"), compact: true)) }
        book.add(WordDocument.Table(columnWidths: widths ?? MinutesDocument.columnWidths(header: header, rows: rows), rows: [header] + rows, headerRows: 1))
    }
}

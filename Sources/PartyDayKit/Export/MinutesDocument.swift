import Foundation

/// The formal record of one meeting (会议记录), as Markdown or plain text, in one language.
/// It states everything the rules page says a record must contain, with the computed
/// counts, quorum and results, and ends with signature lines for recorder and host.
public struct MinutesDocument {
    public enum Format: String, CaseIterable, Sendable {
        case markdown = "md"
        case text = "txt"
    }

    public var meeting: Meeting
    public var branch: BranchProfile
    public var language: Language
    public var format: Format
    /// The roster, for the posts of host and recorder on the meeting's day.
    public var members: [Member]
    /// Which meeting of its kind this is in its year (`Meeting.numberInYear`), when the
    /// caller has the year's records; nil leaves the line out.
    public var numberInYear: Int?
    /// The people in development: an admission or conversion decision about one of them
    /// names their sponsors, contacts and the steps behind it, as the record of such a vote does.
    public var development: [DevelopmentPerson] = []

    public init(meeting: Meeting, branch: BranchProfile, language: Language, format: Format, members: [Member] = []) {
        self.meeting = meeting
        self.branch = branch
        self.language = language
        self.format = format
        self.members = members
    }

    /// The meeting's name, which is not its theme (see `Meeting.name(in:language:)`).
    public var meetingName: String { meeting.name(in: branch, language: language) }

    /// "李振华（支部书记）": a member's post on the meeting's day, when it is one.
    private func withPost(_ person: PersonRef?) -> String {
        guard let person else { return "—" }
        let day = DateText.day(meeting.start, in: zone)
        guard let id = person.memberID, let role = members.first(where: { $0.id == id })?.role.value(on: day), role.kind != .member else {
            return person.name
        }
        let post: String = switch role.kind {
        case .secretary: l.t("branch secretary", "支部书记")
        case .deputySecretary: l.t("deputy secretary", "支部副书记")
        case .committeeMember:
            role.portfolio.isEmpty ? l.t("committee member", "支部委员")
                : l.t("committee member, \(role.portfolio)", role.portfolio.hasSuffix("委员") ? role.portfolio : "\(role.portfolio)委员")
        case .member: ""
        }
        return person.name + Self.aside(post, l)
    }

    /// A note in brackets after a name: "吴芳（病假〔术后休养〕）". Brackets inside the note
    /// become square ones, as Chinese punctuation nests them (GB/T 15834: round outside,
    /// square inside), so no "（病假（术后休养））" is printed.
    static func aside(_ note: String, _ l: Labels) -> String {
        if l.language == .chinese {
            let inner = note.replacingOccurrences(of: "（", with: "〔").replacingOccurrences(of: "）", with: "〕")
                .replacingOccurrences(of: "(", with: "〔").replacingOccurrences(of: ")", with: "〕")
            return "（\(inner)）"
        }
        let inner = note.replacingOccurrences(of: "（", with: "[").replacingOccurrences(of: "）", with: "]")
            .replacingOccurrences(of: "(", with: "[").replacingOccurrences(of: ")", with: "]")
        return " (\(inner))"
    }

    /// A speaker as the record names them: a member with their post, a guest with their
    /// title ("侯军（集团公司党委书记、董事长）"), anyone else by name.
    private func speaker(_ person: PersonRef) -> String {
        if person.memberID != nil { return withPost(person) }
        if let id = person.guestID, let guest = meeting.guests.first(where: { $0.id == id }), !guest.title.isEmpty {
            return person.name + Self.aside(guest.title, l)
        }
        return person.name
    }

    private var l: Labels { Labels(language) }
    private var zone: TimeZone { branch.timeZone }

    public func render() -> String {
        MinutesText.render(parts, format: format, language: language)
    }

    /// The record as structured parts, for the text formats and for Word alike.
    public var parts: [MinutesPart] {
        var out: [MinutesPart] = []
        let title = l.t("Minutes", "会议记录") + l.t(": ", "：") + meetingName
        out.append(.title(title))
        out.append(field(l.t("Meeting", "会议名称"), meetingName))
        out.append(field(l.t("Theme", "会议主题"), meeting.theme.isEmpty ? none : meeting.theme))
        // The topics always: what was put to the vote, else the theme, else the agenda.
        let topics = !meeting.decisions.isEmpty ? l.list(meeting.decisions.map { $0.text.replacingOccurrences(of: "\n", with: " ") })
            : !meeting.theme.isEmpty ? meeting.theme : meeting.agenda.isEmpty ? none : l.list(meeting.agenda.map(\.title))
        out.append(field(l.t("Topics", "议题"), topics))
        out.append(field(l.t("Type", "会议类型"), l.typeNames(meeting.types)))
        if let number = numberInYear, let type = meeting.types.first {
            let year = DateText.day(meeting.start, in: zone).year
            out.append(field(l.t("Number", "次数"), l.t("\(l.typeName(type)) no. \(number) of \(year)", "本年度第\(number)次\(l.typeName(type))")))
        }
        if meeting.types.contains(where: \.isForAYear) {
            let year = meeting.forYear(in: zone)
            out.append(field(l.t("For the year", "评议年度"), l.t("\(year)", "\(year)年度")))
        }
        out.append(field(l.t("Date", "日期"), written(DateText.day(meeting.start, in: zone))))
        let start = DateText.time(meeting.start, in: zone)
        out.append(field(l.t("Time", "时间"), meeting.end.map { start + l.t("–", "至") + DateText.time($0, in: zone) } ?? start))
        out.append(field(l.t("Place", "地点"), meeting.place.isEmpty ? none : meeting.place))
        out.append(field(l.t("Host", "主持人"), withPost(meeting.host)))
        out.append(field(l.t("Recorder", "记录人"), withPost(meeting.recorder)))
        if meeting.types.contains(.partyLecture) {
            out.append(field(l.t("Lecturer", "主讲人"), withPost(meeting.lecturer ?? meeting.host)))
            let title = meeting.lectureTitle ?? meeting.theme
            out.append(field(l.t("Lecture", "党课题目"), title.isEmpty ? none : title))
        }
        if meeting.state != .concluded {
            out.append(field(l.t("State", "状态"), l.stateName(meeting.state)))
        }
        out.append(.blank)
        out += attendanceSection()
        out += agendaSection()
        out += listSection(l.t("Speeches", "发言"), meeting.speeches.map { speech in
            (speech.dissent ? l.t("[dissent] ", "【不同意见】") : "") + "\(speaker(speech.speaker))\(l.t(": ", "："))\(speech.summary)"
        })
        out += listSection(l.t("Suggestions and answers", "意见建议及答复"), meeting.suggestions.map { item in
            var line = "\(speaker(item.by))\(l.t(": ", "："))\(item.text)"
            if !item.answer.isEmpty {
                let who = item.answeredBy.map(speaker) ?? ""
                // "　张润生（日照公司党委书记、总经理）答复：…": who answered, with their title, then the answer.
                line += l.t(" — answer" + (who.isEmpty ? "" : " (\(who))") + ": ", "　" + who + "答复：") + item.answer
            }
            return line
        })
        out += decisionSection()
        out += evaluationSection()
        out += listSection(l.t("Pledges", "承诺事项"), meeting.pledges.map { pledge in
            var line = "\(pledge.by?.name ?? l.t("Whole branch", "全体党员"))\(l.t(": ", "："))\(pledge.text)"
            if let due = pledge.due { line += l.t(" (due \(due))", "（期限\(written(due))）") }
            if pledge.status != .open {
                line += l.t(" — \(l.pledgeStatusName(pledge.status))", "——\(l.pledgeStatusName(pledge.status))")
                // A review after the meeting is not something the meeting saw: say when it was made.
                if let review = pledge.reviews.last, review.on > DateText.day(meeting.start, in: zone) {
                    line += l.t(" (reviewed \(review.on))", "（\(written(review.on))回顾）")
                }
            }
            return line
        })
        out += textSection(l.t("Host's summary", "主持人总结"), meeting.hostSummary)
        out += textSection(l.t("Record of the proceedings", "会议记录正文"), meeting.minutes)
        out.append(field(l.t("Closed at", "散会时间"), meeting.end.map { DateText.time($0, in: zone) } ?? "—"))
        out.append(.blank)
        out += heading(l.t("Signatures", "签字"), level: 2)
        out.append(.signature(role: l.t("Recorder", "记录人"), name: meeting.recorder?.name))
        out.append(.blank)
        out.append(.signature(role: l.t("Host", "主持人"), name: meeting.host?.name))
        out.append(.blank)
        // Where the branch has its minutes reviewed (a setting): the reviewer signs too.
        if let reviewer = branch.minutesReviewer {
            out.append(.signature(role: l.t("Reviewed by", "审阅人"), name: reviewer))
            out.append(.blank)
        }
        return out
    }

    // MARK: Sections

    private func attendanceSection() -> [MinutesPart] {
        let tally = meeting.tally
        var out = heading(l.t("Attendance", "出席情况"), level: 2)
        out.append(field(l.t("Expected", "应到"), l.t(
            "\(tally.expected) (full \(tally.expectedFull), probationary \(tally.expectedProbationary))",
            "\(tally.expected)人（正式党员\(tally.expectedFull)人，预备党员\(tally.expectedProbationary)人）")))
        out.append(field(l.t("Present", "实到"), l.t(
            "\(tally.attended) (full \(tally.attendedFull), probationary \(tally.attendedProbationary))",
            "\(tally.attended)人（正式党员\(tally.attendedFull)人，预备党员\(tally.attendedProbationary)人）")))
        if !meeting.decisions.isEmpty {
            // Vote lines only where something was put to the vote.
            let quorum = tally.quorumMet ? l.t("met", "超过半数") : l.t("not met", "未超过半数")
            out.append(field(l.t("Voters", "有表决权"), l.t(
                "\(tally.votersPresent) of \(tally.votersExpected) present — quorum \(quorum)",
                "应到\(tally.votersExpected)人，实到\(tally.votersPresent)人，\(quorum)")))
            if tally.checksCommittee {
                out.append(field(l.t("Committee members", "支部委员"), l.t(
                    "\(tally.committeePresent) of \(tally.committeeExpected) present",
                    "应到\(tally.committeeExpected)人，实到\(tally.committeePresent)人")))
            }
        }
        let attendees = meeting.attendance.filter(\.attended).map { row -> String in
            var marks: [String] = []
            if row.category == .probationary { marks.append(l.t("probationary", "预备党员")) } else if !row.hasVote { marks.append(l.t("no vote", "无表决权")) }
            if row.status != .present { marks.append(l.statusName(row.status)) }
            return marks.isEmpty ? row.name : row.name + Self.aside(marks.joined(separator: l.t(", ", "，")), l)
        }
        // A big meeting's attendees are a grid of names after the facts (80 names in one cell
        // break inside names when printed); a branch's are listed in their cell.
        let grid = attendees.count > Self.attendeesInACell
        out.append(field(l.t("Attendees", "出席人员"), attendees.isEmpty ? none
                         : grid ? l.t("\(attendees.count), listed below", "\(attendees.count)人，名单见下表") : l.list(attendees)))
        let missing = meeting.attendance.filter { !$0.attended && $0.status != .excluded }
        let onLeave = missing.filter { $0.status == .onLeave }
        out.append(field(l.t("Absent", "缺席"), missing.isEmpty ? l.t("none: all present", "无，全体出席")
                         : l.t("\(missing.count), of whom \(onLeave.count) on leave", "缺席\(missing.count)人，其中请假\(onLeave.count)人")))
        func described(_ row: AttendanceRecord, showStatus: Bool) -> String {
            var parts: [String] = []
            if showStatus { parts.append(l.statusName(row.status)) }
            let reason = showStatus ? Self.withoutRepeats(row.reason, of: l.statusName(row.status)) : row.reason
            if !reason.isEmpty { parts.append(reason) }
            if let madeUp = row.madeUp { parts.append(l.t("made up \(madeUp.on): \(madeUp.how)", "补学：\(written(madeUp.on))，\(madeUp.how)")) }
            return parts.isEmpty ? row.name : row.name + Self.aside(parts.joined(separator: l.t("; ", "；")), l)
        }
        out.append(field(l.t("On leave", "请假人员"), onLeave.isEmpty ? none : l.list(onLeave.map { described($0, showStatus: false) })))
        let others = missing.filter { $0.status != .onLeave }
        out.append(field(l.t("Absent members", "缺席人员"), others.isEmpty ? none : l.list(others.map { described($0, showStatus: true) })))
        let excluded = meeting.attendance.filter { $0.status == .excluded }.map { row -> String in
            var why = row.exclusion.map(l.exclusionName) ?? ""
            let reason = Self.withoutRepeats(row.reason, of: why)
            if !reason.isEmpty { why += why.isEmpty ? reason : l.t("; \(reason)", "；\(reason)") }
            return row.name + Self.aside(why, l)
        }
        if !excluded.isEmpty {
            out.append(field(l.t("Not counted as expected", "不计入应到人数"), l.list(excluded)))
        }
        let sitIn = meeting.nonVotingAttendees.map { $0.note.isEmpty ? $0.name : $0.name + Self.aside($0.note, l) }
        out.append(field(l.t("Non-voting attendees", "列席人员"), sitIn.isEmpty ? none : l.list(sitIn)))
        let guests = meeting.guests.map { guest -> String in
            // Titles often name the organization already: 集团公司党委书记.
            let parts = guest.title.contains(guest.organization) ? [guest.title] : [guest.organization, guest.title]
            let detail = parts.filter { !$0.isEmpty }.joined(separator: l.t(", ", ""))
            return detail.isEmpty ? guest.name : guest.name + Self.aside(detail, l)
        }
        out.append(field(l.t("Guests", "参会领导及来宾"), guests.isEmpty ? none : l.list(guests)))
        if grid {
            let columns = 5
            let rows = stride(from: 0, to: attendees.count, by: columns).map { start in
                (start..<start + columns).map { $0 < attendees.count ? attendees[$0] : "" }
            }
            out.append(.blank)
            out.append(.table(header: [l.t("Attendees", "出席人员")] + Array(repeating: "", count: columns - 1), rows: rows, numeric: []))
        }
        out.append(.blank)
        return out
    }

    /// Up to this many attendees are listed in their cell; more are a grid of names.
    static let attendeesInACell = 40

    private func agendaSection() -> [MinutesPart] {
        listSection(l.t("Agenda", "会议议程"), meeting.agenda.map { step in
            var line = ""
            if let done = step.doneAt { line += "\(DateText.time(done, in: zone)) " }
            line += step.title
            switch step.status {
            case .done: break
            case .pending: line += l.t(" (not done)", "（未进行）")
            case .skipped: line += step.skipReason.isEmpty ? l.t(" (skipped)", "（略过）") : l.t(" (skipped: \(step.skipReason))", "（略过：\(step.skipReason)）")
            }
            let notes = step.notes.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            return ([line] + notes.map(String.init)).joined(separator: "\n")
        })
    }

    private func decisionSection() -> [MinutesPart] {
        let tally = meeting.tally
        if meeting.decisions.isEmpty { return [] }
        return listSection(l.t("Decisions and votes", "表决事项"), meeting.decisions.map { decision in
            let outcome = meeting.decidedByTheWrongBody(decision) ? .notValid : DecisionOutcome(decision, tally: tally)
            var lines = [decision.text]
            var facts: [String] = []
            if let kind = decision.kind, kind != .ordinary { facts.append(l.t("kind: ", "类别：") + l.decisionKindName(kind)) }
            if let subject = decision.subject { facts.append(l.t("about: ", "对象：") + subject.name) }
            if let method = decision.method { facts.append(l.t("method: ", "表决方式：") + l.votingMethodName(method)) }
            if !facts.isEmpty { lines.append(facts.joined(separator: l.t("; ", "；"))) }
            let counted = [(decision.scrutineers ?? [], l.t("scrutineers: ", "监票人：")), (decision.tellers ?? [], l.t("tellers: ", "计票人："))]
                .filter { !$0.0.isEmpty }.map { $0.1 + l.list($0.0) }
            if !counted.isEmpty { lines.append(counted.joined(separator: l.t("; ", "；"))) }
            if let kind = decision.kind, let subject = decision.subject, DevelopmentTicks.step(of: kind) != nil,
               let person = development.first(where: { subject.memberID != nil && $0.memberID == subject.memberID })
                ?? development.first(where: { $0.name == subject.name }) {
                lines.append(developmentFacts(person, kind))
            }
            if let statement = decision.statement { lines.append(l.t("The person's statement: ", "本人表态：") + statement) }
            if let opinion = decision.sponsorsOpinion { lines.append(l.t("Sponsors' opinion: ", "入党介绍人意见：") + opinion) }
            if let opinion = decision.committeeOpinion { lines.append(l.t("Committee's opinion: ", "支委会意见：") + opinion) }
            if outcome == .notVoted {
                lines.append(l.t("not voted", "未表决"))
            } else {
                // As the record is written: the ballots collected (those present and the written
                // opinions), then the count — the opinions are ballots, not a part of one figure.
                let inWriting = decision.writtenOpinions ?? 0
                let ballots = decision.yes + decision.no + decision.abstain
                let collected = inWriting > 0
                    ? l.t("\(ballots) ballots (\(tally.votersPresent) present, \(inWriting) in writing): ", "收回表决票\(ballots)张（到会\(tally.votersPresent)人，书面意见\(inWriting)份）：")
                    : l.t("\(ballots) ballots: ", "收回表决票\(ballots)张：")
                lines.append(collected + l.t(
                    "yes \(decision.yes), no \(decision.no), abstain \(decision.abstain); voters expected \(tally.votersExpected), present \(tally.votersPresent) — \(l.outcomeName(outcome))",
                    "赞成\(decision.yes)票、反对\(decision.no)票、弃权\(decision.abstain)票；有表决权应到\(tally.votersExpected)人，实到\(tally.votersPresent)人——\(l.outcomeName(outcome))"))
            }
            if let approved = decision.approvedOn {
                lines.append(l.t("approved by the higher committee on \(approved)", "上级党委于\(written(approved))批准"))
            } else if outcome == .passed, let kind = decision.kind, kind == .admission || kind == .conversion {
                // What the record says next: the resolution goes up for approval.
                lines.append(l.t("Reported to the higher Party committee for approval.", "报上级党委审批。"))
            }
            return lines.joined(separator: "\n")
        })
    }

    /// What the file of the person a development decision is about says: sponsors and
    /// contacts, and the days of the steps that led to it (application, activist, candidate,
    /// review and training; for a conversion, the probation).
    /// `reason` without the clauses that say again what `label` says ("流动党员书面请假" and
    /// "在湛江基地工作，已书面请假" → "在湛江基地工作"): no word twice in one cell.
    static func withoutRepeats(_ reason: String, of label: String) -> String {
        guard !label.isEmpty, !reason.isEmpty else { return reason }
        let clauses = reason.split(whereSeparator: { "，,；;。".contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }
        let kept = clauses.filter { clause in
            let core = clause.replacingOccurrences(of: "已", with: "").replacingOccurrences(of: "了", with: "")
            return core.isEmpty ? false : !label.contains(core)
        }
        return kept.count == clauses.count ? reason : kept.joined(separator: "，")
    }

    private func developmentFacts(_ person: DevelopmentPerson, _ kind: DecisionKind) -> String {
        var facts: [String] = []
        if !person.sponsors.isEmpty { facts.append(l.t("sponsors: ", "入党介绍人：") + l.list(person.sponsors.map(\.name))) }
        if !person.contacts.isEmpty, kind == .activist || kind == .developmentCandidate {
            facts.append(l.t("contacts: ", "培养联系人：") + l.list(person.contacts.map(\.name)))
        }
        let steps: [(DevelopmentStep, String, String)] = kind == .conversion || kind == .probationExtension
            ? [(.admissionVote, "admitted", "接收为预备党员"), (.admissionApproval, "approved", "上级党委批准")]
            : [(.application, "applied", "递交入党申请书"), (.activistDecided, "activist", "确定为入党积极分子"),
               (.candidateDecided, "candidate", "列为发展对象"), (.politicalReview, "political review", "政治审查"), (.training, "training", "集中培训")]
        for (step, english, chinese) in steps {
            guard let day = person.day(step) else { continue }
            facts.append(l.t("\(english) \(day)", "\(chinese)\(written(day))"))
        }
        if kind == .conversion || kind == .probationExtension, let end = DevelopmentRules.probationEnd(person) {
            facts.append(l.t("probation ends \(end)", "预备期至\(written(end))"))
        }
        return facts.joined(separator: l.t("; ", "；"))
    }

    /// The evaluation as a record keeps it: the grades counted (how many members each), then
    /// one row per member — self-evaluation, the ballot's counts, the grade; a probationary
    /// member takes part and is not graded (不评定等次（预备党员）).
    private func evaluationSection() -> [MinutesPart] {
        guard meeting.types.contains(.democraticEvaluation), !meeting.evaluations.isEmpty else { return [] }
        let probationary = Set(meeting.attendance.filter { $0.category == .probationary }.map(\.memberID))
        let grades = EvaluationGrade.allCases
        var totals = grades.map { grade in [l.gradeName(grade), "\(meeting.evaluations.filter { $0.grade == grade }.count)"] }
        let ungraded = meeting.evaluations.filter { $0.grade == nil }.count
        if ungraded > 0 { totals.append([l.t("not graded", "不评定等次"), "\(ungraded)"]) }
        totals.append([l.t("Total", "合计"), "\(meeting.evaluations.count)"])
        let rows = meeting.evaluations.enumerated().map { index, record -> [String] in
            let grade = record.grade.map(l.gradeName)
                ?? (probationary.contains(record.memberID) ? l.t("not graded (probationary)", "不评定等次（预备党员）") : l.t("not graded", "不评定等次"))
            let ballot = record.ballot
            return ["\(index + 1)", record.name, record.selfEvaluationDone ? l.t("done", "已自评") : l.t("not done", "未自评"),
                    ballot.map { "\($0.excellent)" } ?? "", ballot.map { "\($0.qualified)" } ?? "",
                    ballot.map { "\($0.basicallyQualified)" } ?? "", ballot.map { "\($0.unqualified)" } ?? "", grade]
        }
        let header = [l.t("No.", "序号"), l.t("Name", "姓名"), l.t("Self-evaluation", "个人自评")]
            + grades.map { l.t("\(l.gradeName($0)) votes", "\(l.gradeName($0))票") } + [l.t("Grade", "评定等次")]
        return [.heading(l.t("Grades", "评议结果")),
                .table(header: [l.t("Grade", "等次"), l.t("Members", "人数")], rows: totals, numeric: [1]),
                .blank,
                .table(header: header, rows: rows, numeric: [0, 3, 4, 5, 6]),
                .blank]
    }

    // MARK: Parts

    /// A day as a Chinese document writes it (2026年11月10日); ISO in English.
    private func written(_ day: Day) -> String { l.t(day.description, "\(day.year)年\(day.month)月\(day.day)日") }

    /// An empty list or text: 无 (a lone "—" reads as a slip of the pen).
    private var none: String { l.t("none", "无") }

    private func heading(_ text: String, level: Int) -> [MinutesPart] { [.heading(text)] }

    private func field(_ label: String, _ value: String) -> MinutesPart {
        .field(label: label, value: value.replacingOccurrences(of: "\n", with: " "))
    }

    private func listSection(_ title: String, _ items: [String]) -> [MinutesPart] {
        [.heading(title), .items(items), .blank]
    }

    private func textSection(_ title: String, _ text: String) -> [MinutesPart] {
        [.heading(title), .text(text.trimmingCharacters(in: .whitespacesAndNewlines)), .blank]
    }
}

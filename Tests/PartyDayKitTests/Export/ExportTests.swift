import Foundation
import Testing
@testable import PartyDayKit

@Suite struct ExportTests {
    static let demo = DemoData.make()
    static var seed: Meeting { demo.meetings.first { $0.id == DemoData.seedMeetingID }! }
    static let today = Day("2026-11-25")!

    @Test(arguments: [(Language.chinese, MinutesDocument.Format.markdown, "seed-minutes.zh.md"),
                      (.chinese, .text, "seed-minutes.zh.txt"),
                      (.english, .markdown, "seed-minutes.en.md"),
                      (.english, .text, "seed-minutes.en.txt")])
    func theSeedMeetingsMinutes(language: Language, format: MinutesDocument.Format, file: String) throws {
        var minutes = MinutesDocument(meeting: Self.seed, branch: Self.demo.branch, language: language, format: format, members: Self.demo.members)
        minutes.numberInYear = Self.seed.numberInYear(among: Self.demo.meetings.map(MeetingSummary.init), zone: DemoData.timeZone)
        try GoldenFile.check(minutes.render(), file)
    }

    /// The seed is the year's eleventh theme Party Day (one a month since January; December
    /// 2025's is last year's); a group's meetings are counted for that group alone; the
    /// yearly meetings are not numbered.
    @Test func aMeetingIsNumberedAmongItsKindInItsYear() throws {
        let summaries = Self.demo.meetings.map(MeetingSummary.init)
        #expect(Self.seed.numberInYear(among: summaries, zone: DemoData.timeZone) == 11)
        let groupMeetings = Self.demo.meetings.filter { $0.types == [.partyGroupMeeting] && $0.partyGroupID == DemoRoster.picklingGroup.id
            && DateText.day($0.start, in: DemoData.timeZone).year == 2026 }.sorted { $0.start < $1.start }
        #expect(groupMeetings.enumerated().allSatisfy { $0.element.numberInYear(among: summaries, zone: DemoData.timeZone) == $0.offset + 1 })
        let evaluation = try #require(Self.demo.meetings.first { $0.types == [.democraticEvaluation] })
        #expect(evaluation.numberInYear(among: summaries, zone: DemoData.timeZone) == nil)
    }

    /// The demo's general meeting with an admission vote (two written opinions) and its
    /// evaluation for 2025 (grades), as an inspector reads them.
    @Test(arguments: [("2026-09-25", [MeetingType.generalMeeting], "admission-minutes.zh.txt"),
                      ("2026-01-16", [MeetingType.democraticEvaluation], "evaluation-minutes.zh.txt")])
    func minutesOfADecisionAndAnEvaluationMeeting(_ day: String, _ types: [MeetingType], _ file: String) throws {
        let meeting = try #require(Self.demo.meetings.first { DateText.day($0.start, in: DemoData.timeZone) == Day(day)! && $0.types == types })
        let text = MinutesDocument(meeting: meeting, branch: Self.demo.branch, language: .chinese, format: .text, members: Self.demo.members).render()
        try GoldenFile.check(text, file)
    }

    @Test func theAdmissionAndTheEvaluationStateWhatTheRulesAskFor() throws {
        let admission = try #require(Self.demo.meetings.first { $0.decisions.contains { $0.kind == .admission } })
        let text = MinutesDocument(meeting: admission, branch: Self.demo.branch, language: .chinese, format: .text, members: Self.demo.members).render()
        for required in ["议题：", "类别：接收预备党员；对象：刘思远；表决方式：无记名投票", "入党介绍人意见：", "支委会意见：", "收回表决票21张（到会19人，书面意见2份）：赞成20票、反对0票、弃权1票"] {
            #expect(text.contains(required), "missing: \(required)")
        }
        let evaluation = try #require(Self.demo.meetings.first { $0.types == [.democraticEvaluation] })
        let graded = MinutesDocument(meeting: evaluation, branch: Self.demo.branch, language: .chinese, format: .text, members: Self.demo.members).render()
        for required in ["评议年度：2025年度", "评议结果", "个人自评", "优秀票", "基本合格票", "不评定等次（预备党员）"] {
            #expect(graded.contains(required), "missing: \(required)")
        }
        // The tally: each grade's count, and the total is every member evaluated.
        let tally = graded.split(separator: "\n").compactMap { line -> (String, Int)? in
            let parts = line.split(separator: " ", omittingEmptySubsequences: true)
            guard parts.count == 2, let count = Int(parts[1]) else { return nil }
            return (String(parts[0]), count)
        }
        let counts = Dictionary(tally, uniquingKeysWith: { first, _ in first })
        #expect(counts["优秀"] == 4 && counts["基本合格"] == 1 && counts["不评定等次"] == 1, "\(counts)")
        #expect(counts["合计"] == evaluation.evaluations.count && counts["优秀", default: 0] + counts["合格", default: 0] + counts["基本合格", default: 0]
                + counts["不合格", default: 0] + counts["不评定等次", default: 0] == counts["合计"])
        #expect(!graded.contains("有表决权："), "no vote lines where nothing was voted on")
    }

    @Test func minutesStateEverythingTheRulesAskFor() {
        var meeting = Self.seed
        meeting.decisions = [Decision(id: "d1", text: "同意某某同志转正", yes: 20, no: 1, abstain: 1)]
        let text = MinutesDocument(meeting: meeting, branch: Self.demo.branch, language: .chinese, format: .text, members: Self.demo.members).render()
        for required in ["会议名称：冷轧厂酸轧作业区党支部2026年11月主题党日", "会议主题：决战四季度，坚决打赢扭亏攻坚战",
                         "议题：同意某某同志转正", "会议类型：主题党日", "日期：2026年11月10日", "时间：09:00至11:30", "地点：",
                         "主持人：李振华（支部书记）", "记录人：赵明（",
                         "应到：29人（正式党员25人，预备党员4人）", "实到：27人", "出席人员：", "（预备党员）", "列席人员：王璐（入党积极分子）",
                         "缺席：缺席2人，其中请假1人", "请假人员：", "缺席人员：钱斌（无故缺席）", "不计入应到人数：周海（流动党员书面请假",
                         "侯军（集团公司党委书记、董事长）", "会议议程", "发言", "意见建议及答复", "承诺事项", "主持人总结", "会议记录正文",
                         "同意某某同志转正", "收回表决票22张：赞成20票、反对1票、弃权1票；有表决权应到24人，实到22人——通过", "散会时间：11:30",
                         "记录人（赵明）签字：", "主持人（李振华）签字："] {
            #expect(text.contains(required), "missing: \(required)")
        }
    }

    @Test func aNoteWithItsOwnBracketsNestsThemAsChinesePunctuationDoes() {
        var meeting = Self.seed
        let index = meeting.attendance.firstIndex { $0.status == .onLeave }!
        meeting.attendance[index].reason = "病假（术后休养）"
        let name = meeting.attendance[index].name
        let zh = MinutesDocument(meeting: meeting, branch: Self.demo.branch, language: .chinese, format: .text, members: Self.demo.members).render()
        #expect(zh.contains("\(name)（病假〔术后休养〕）"), "round outside, square inside")
        #expect(!zh.contains("（术后休养）"))
        let en = MinutesDocument(meeting: meeting, branch: Self.demo.branch, language: .english, format: .text, members: Self.demo.members).render()
        #expect(en.contains("\(name) (病假[术后休养])"))
    }

    @Test func aPledgeReviewedAfterTheMeetingSaysWhenInTheMinutes() {
        var meeting = Self.seed
        meeting.pledges = [
            Pledge(id: "p1", by: nil, text: "清理班组安全隐患", status: .kept,
                   reviews: [Pledge.Review(on: Day(year: 2026, month: 11, day: 28)!, note: "已整改")]),
            Pledge(id: "p2", by: nil, text: "当场兑现的承诺", status: .kept,
                   reviews: [Pledge.Review(on: Day(year: 2026, month: 11, day: 10)!, note: "")]),
        ]
        let zh = MinutesDocument(meeting: meeting, branch: Self.demo.branch, language: .chinese, format: .text, members: Self.demo.members).render()
        #expect(zh.contains("清理班组安全隐患——已兑现（2026年11月28日回顾）"))
        #expect(zh.contains("当场兑现的承诺——已兑现\n"), "a review on the meeting's own day needs no date")
        let en = MinutesDocument(meeting: meeting, branch: Self.demo.branch, language: .english, format: .text, members: Self.demo.members).render()
        #expect(en.contains("— kept (reviewed 2026-11-28)"))
    }

    @Test func reportsOfTheDemoMatchTheirGoldenFiles() throws {
        let summaries = Self.demo.meetings.map(MeetingSummary.init)
        let participation = ParticipationReport(branch: Self.demo.branch, members: Self.demo.members, summaries: summaries,
                                                query: .thisYear(Self.today), today: Self.today)
        let compliance = ComplianceReport(branch: Self.demo.branch, members: Self.demo.members, summaries: summaries, year: 2026, today: Self.today)
        try GoldenFile.check(ParticipationOutput(report: participation, language: .english).render(.csv), "demo-participation.csv")
        let dues = DuesLedger(members: Self.demo.members, bases: Self.demo.duesBases, years: Self.demo.dues, today: Self.today).atRisk(Self.demo.branch.ladder)
        #expect(dues.map(\.name) == ["钱斌"], "the member who stopped paying after June")
        try GoldenFile.check(ComplianceOutput(compliance: compliance, participation: participation, language: .english, duesRisk: dues).render(.json),
                             "demo-compliance.json")
        try GoldenFile.check(ComplianceOutput(compliance: compliance, participation: participation, language: .chinese, duesRisk: dues).render(.table),
                             "demo-compliance.zh.txt")
        let seedDay = Period(from: Day("2026-11-10")!, to: Day("2026-11-10")!)
        try GoldenFile.check(AttendanceExport.csv(Self.demo.meetings, branch: Self.demo.branch, period: seedDay), "demo-attendance-2026-11-10.csv")
    }

    @Test func csvQuotesWhatRFC4180Requires() {
        #expect(CSVWriter.field("张三") == "张三")
        #expect(CSVWriter.field("倒班，出差") == "倒班，出差", "a full-width comma needs no quotes")
        #expect(CSVWriter.field("a,b") == "\"a,b\"")
        #expect(CSVWriter.field("说\"好\"") == "\"说\"\"好\"\"\"")
        #expect(CSVWriter.field("第一行\n第二行") == "\"第一行\n第二行\"")
        var writer = CSVWriter(header: ["a", "b"])
        writer.add(["1", "x,y"])
        #expect(writer.text == "a,b\r\n1,\"x,y\"\r\n")
    }

    @Test func aMeetingIsFoundByIdPrefixOrDateAndAmbiguityListsTheCandidates() throws {
        var fixture = RuleFixture()
        let theme = fixture.hold([.themePartyDay], on: "2026-06-10")
        let group = fixture.hold([.partyGroupMeeting], on: "2026-06-10", at: 16, group: "g1")
        let zone = fixture.branch.timeZone
        let summaries = fixture.summaries
        #expect(try MeetingLookup.find(theme.id, type: nil, in: summaries, timeZone: zone).get().id == theme.id)
        #expect(try MeetingLookup.find(String(group.id.prefix(12)), type: nil, in: summaries, timeZone: zone).get().id == group.id)
        #expect(try MeetingLookup.find("2026-06-10", type: .partyGroupMeeting, in: summaries, timeZone: zone).get().id == group.id)
        guard case let .failure(.ambiguous(_, candidates)) = MeetingLookup.find("2026-06-10", type: nil, in: summaries, timeZone: zone) else {
            Issue.record("a day with two meetings must be ambiguous")
            return
        }
        #expect(candidates.count == 2 && candidates[0].english.contains("theme-party-day") && candidates[1].english.contains("party-group-meeting"))
        guard case let .failure(.notFound(_, near)) = MeetingLookup.find("2026-06", type: nil, in: summaries, timeZone: zone) else {
            Issue.record("a month is not a meeting")
            return
        }
        #expect(near.count == 2, "the month's meetings are offered")
        guard case .failure(.notFound) = MeetingLookup.find("2026-06-11", type: nil, in: summaries, timeZone: zone) else {
            Issue.record("a day without meetings")
            return
        }
    }

    @Test func reportJSONSortsKeysEscapesTextAndWritesAbsentValuesAsNull() throws {
        struct Sample: Encodable {
            var b = "引号\"和\n换行\u{1}"
            var a: [Double] = [1, 0.5]
            var missing = Nullable<String>(nil)
            var present = Nullable("2026-11")
        }
        let text = ReportJSON.encode(Sample())
        let keys = text.split(separator: "\n").compactMap { $0.firstMatch(of: /"(\w+)" ?:/).map { String($0.1) } }
        #expect(keys == ["a", "b", "missing", "present"], "sorted keys")
        let decoded = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(decoded["b"] as? String == "引号\"和\n换行\u{1}")
        #expect(decoded["missing"] is NSNull)
        #expect(decoded["present"] as? String == "2026-11")
        #expect((decoded["a"] as? [Double]) == [1, 0.5])
    }
}

@Suite struct MarkdownTextTests {
    @Test func everyCharacterMarkdownGivesMeaningIsEscaped() {
        #expect(MarkdownText.escape("a*b_c`d[e]f#g|h<i>j\\k") == "a\\*b\\_c\\`d\\[e\\]f\\#g\\|h\\<i\\>j\\\\k")
        #expect(MarkdownText.escape("- not a list") == "\\- not a list")
        #expect(MarkdownText.escape("+1") == "\\+1")
        #expect(MarkdownText.escape("1. not a list") == "1\\. not a list")
        #expect(MarkdownText.escape("张建军") == "张建军")
    }

    @Test func lineBreaksInsideAnItemAreHardBreaks() {
        let text = MinutesText.render([.items(["第一行\n第二行"])], format: .markdown, language: .chinese)
        #expect(text == "1. 第一行\\\n   第二行\n")
    }
}

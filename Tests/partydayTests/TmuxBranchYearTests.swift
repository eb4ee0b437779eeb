import Foundation
import PartyDayKit
import Testing

/// The branch's year through the real binary, in Chinese at 80×24, from an empty folder on
/// today's date: the roster as the organization department sends it (GBK CSV, a path in
/// quotes), an election whose term ends within six months warned on home, a letter of
/// transfer out and its receipt (the member off the roster), a mobile member's report, a
/// member out of contact seven months warned on home, a member arriving with a letter of
/// transfer in (`T`), talks recorded
/// and the coverage grid naming who is missing, `u` and Ctrl-R, a lecture planned for this
/// month turned into its meeting, and the work book written from the Meetings screen — the
/// files read back by plistlib and python-docx.
@Suite(.serialized) struct TmuxBranchYearTests {
    static let shanghai = TimeZone(identifier: "Asia/Shanghai")!

    @Test func aSecretarysYearFromAnEmptyFolder() throws {
        let data = Scratch()
        let sent = Scratch()
        let files = try RosterImportCommandTests.rosterFiles(in: sent)
        let today = Day(Date(), in: Self.shanghai)
        let session = try TmuxSession(["--data-dir", data.url.path, "--lang", "zh"], columns: 80, rows: 24)
        session.wait(for: "按 Enter 创建党支部")
        try session.keys("Enter")
        session.wait(for: "支部名称")
        try session.text("轧钢第二党支部")
        try session.keys("F2")
        session.wait(for: "还没有党员名册")
        try session.text("i")
        session.wait(for: "Ctrl-S")
        try session.text("'\(files.csv.path)'")
        try session.keys("Enter")
        var screen = session.wait(for: "可以添加 30 名党员")
        try session.text("c")
        // The file is read again with the groups created: the line naming them goes.
        let deadline = Date().addingTimeInterval(5)
        repeat {
            usleep(100_000)
            screen = session.screen
        } while screen.replacingOccurrences(of: "│", with: "").replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "\n", with: "").contains("支部尚无党小组") && Date() < deadline
        try session.text("y")
        session.wait(for: "已导入 30 名党员")

        // The committee elected five months and a bit less than three years ago.
        let elected = today.adding(months: -31)
        try session.text("E")
        session.wait(for: "支部委员会换届")
        try session.keys("Tab", "C-u", "C-k")
        try session.text("\(elected)")
        try session.keys("Tab")
        try session.text("5")
        try session.keys("F2")
        screen = session.wait(for: "还有 5 个月")
        #expect(screen.contains("任期至 \(elected.adding(months: 36))"), "\(screen)")
        try session.text("1")
        // Home's panels come once the reports are worked out in the background.
        screen = session.wait(for: "应着手准备换届")
        #expect(screen.contains("还有 5 个月：应着手准备换届"), "home warns of the term: \(screen)")

        // 刘洋 leaves: a letter of transfer out, then its receipt (off the roster that day);
        // 马晓东 works away and reports back; 孙丽 out of contact since seven months ago.
        func member(_ name: String) throws {
            try session.text("3")
            try session.text("/")
            try session.keys("C-u")
            try session.text(name)
            try session.keys("Enter")
            session.wait(for: "党员 1/")
        }
        try member("刘洋")
        try session.text("o")
        session.wait(for: "刘洋：组织关系转接、流动和失联")
        try session.keys("F2")
        session.wait(for: "转出组织关系介绍信")
        try session.keys("Tab", "Tab")
        try session.text("2026-045")
        try session.keys("Tab")
        try session.text("宝钢股份冷轧厂党委")
        try session.keys("F2")
        session.wait(for: "开出转往宝钢股份冷轧厂党委的介绍信")
        try session.text("o")
        session.wait(for: "刘洋：组织关系转接、流动和失联")
        try session.keys("Right", "Right")
        try session.keys("F2")
        session.wait(for: "介绍信回执返回")
        try session.keys("F2")
        session.wait(for: "转出")
        try member("马晓东")
        try session.text("o")
        session.wait(for: "马晓东：组织关系转接、流动和失联")
        try session.keys("Right", "Right", "Right", "Right")
        try session.keys("F2")
        session.wait(for: "流动党员汇报")
        try session.keys("Tab")
        try session.text("电话")
        try session.keys("F2")
        session.wait(for: "向支部汇报")
        try member("孙丽")
        try session.text("o")
        session.wait(for: "孙丽：组织关系转接、流动和失联")
        for _ in 0..<5 { try session.keys("Right") }
        try session.keys("F2")
        session.wait(for: "失联起始")
        try session.keys("C-u", "C-k")
        try session.text("\(today.adding(months: -7))")
        try session.keys("F2")
        session.wait(for: "自 \(today.adding(months: -7)) 失去联系")
        // 陈静 arrives with a letter of transfer in (T): on the roster from today.
        try session.text("3T")
        session.wait(for: "党员转入（持组织关系介绍信）")
        try session.text("陈静")
        for _ in 0..<6 { try session.keys("Tab") }
        try session.text("宝钢股份热轧厂党委")
        for _ in 0..<4 { try session.keys("Tab") }
        try session.text("\(today.adding(days: -10))")
        try session.keys("F2")
        session.wait(for: "转自宝钢股份热轧厂党委")
        try session.text("1")
        screen = session.wait(for: "失联满 6 个月")
        #expect(screen.contains("孙丽：失联满 6 个月（\(today.adding(months: -7)) 起），可决定停止党籍"), "\(screen)")

        // Two talks by the secretary (王建国), the grid naming who is still owed one.
        try session.text("9")
        session.wait(for: "尚无谈话记录")
        for (initials, name) in [("zrs", "张润生"), ("zm", "赵明")] {
            try session.text("a")
            session.wait(for: "谈话对象")
            try session.text(initials)
            try session.keys("F2")
            session.wait(for: "已记录谈心谈话 王建国—\(name)")
        }
        try session.text("g")
        session.wait(for: "未谈：书记、支委")
        // The grid is drawn whole once its heading counts and its rows are both there.
        session.wait(for: "书记尚未与")
        screen = session.wait(for: "吴磊")
        // 刘洋 has left the roster, 陈静 joined it: 30 on it, the secretary owes 27 talks.
        #expect(screen.contains("书记尚未与 27 名党员谈话"), "\(screen)")
        #expect(screen.split(separator: "\n").contains { $0.contains("吴磊") && $0.contains("未谈：书记、支委") }, "\(screen)")
        try session.text("u")
        session.wait(for: "已撤销：谈心谈话 王建国—赵明")
        // Saves are written a moment after the change: wait for the files.
        func talkFiles(_ count: Int) -> Bool {
            let deadline = Date().addingTimeInterval(5)
            while Date() < deadline {
                if ((try? FileManager.default.contentsOfDirectory(atPath: data.file("talks").path)) ?? []).count == count { return true }
                usleep(100_000)
            }
            return false
        }
        #expect(talkFiles(1))
        try session.keys("C-r")
        session.wait(for: "已重做：谈心谈话 王建国—赵明")
        #expect(talkFiles(2))

        // A lecture planned for this month, then made into its meeting with its lecturer.
        try session.text("0")
        session.wait(for: "年度计划中还没有会议")
        try session.text("a")
        session.wait(for: "主讲人")
        try session.keys("Tab", "Tab", "Tab")
        try session.text("学习贯彻党的二十届四中全会精神")
        try session.keys("Tab")
        try session.text("wjg")
        try session.keys("F2")
        session.wait(for: "党课（王建国主讲）")
        try session.text("1")
        screen = session.wait(for: "本月计划未安排：党课（王建国主讲）")
        try session.text("0")
        session.wait(for: "待开")
        try session.text("n")
        session.wait(for: "按计划新建会议")
        try session.keys("F2")
        session.wait(for: "1 签到")
        try session.keys("Escape")
        session.wait(for: "会议 1/1")

        // The work book from the Meetings screen.
        try session.text("W")
        screen = session.wait(for: "已写入 exports/")
        try session.text("q")
        #expect(session.waitForExit() != nil)

        let plans = try tool("python3", ["-c", """
            import plistlib, sys, glob
            plan = plistlib.load(open(glob.glob(sys.argv[1] + '/plans/*.plist')[0], 'rb'))['record']
            election = plistlib.load(open(glob.glob(sys.argv[1] + '/elections/*.plist')[0], 'rb'))['record']
            talks = [plistlib.load(open(f, 'rb'))['record'] for f in glob.glob(sys.argv[1] + '/talks/*.plist')]
            print(plan['meetings'][0]['type'], plan['meetings'][0]['lecturer']['name'], election['day'], len(election['posts']), sorted(t['partner']['name'] for t in talks))
            """, data.url.path])
        #expect(plans.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "party-lecture 王建国 \(elected) 4 ['张润生', '赵明']", "\(plans.stdout) \(plans.stderr)")
        let away = try tool("python3", ["-c", """
            import plistlib, sys, glob
            records = {r['name']: r for r in (plistlib.load(open(f, 'rb'))['record'] for f in glob.glob(sys.argv[1] + '/away/*.plist'))}
            members = {m['name']: m for m in plistlib.load(open(sys.argv[1] + '/members.plist', 'rb'))['record']}
            letter = records['刘洋']['letters'][0]
            print(letter['organization'], letter['receiptOn'] == letter['issuedOn'], members['刘洋']['rosterStatus'][-1]['value'],
                  len(records['马晓东']['reports']), records['孙丽']['lostSince'],
                  records['陈静']['letters'][0]['direction'], members['陈静']['rosterStatus'][0]['value'])
            """, data.url.path])
        #expect(away.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "宝钢股份冷轧厂党委 True transferred-out 1 \(today.adding(months: -7)) in transferred-in",
                "\(away.stdout) \(away.stderr)")
        let book = try #require(try FileManager.default.contentsOfDirectory(atPath: data.file("exports").path).first { $0.hasSuffix(".docx") })
        let read = try tool("python3", ["-c", """
            import sys, docx
            d = docx.Document(sys.argv[1])
            print(len([p for p in d.paragraphs if p.style.name.lower() == 'heading 1']))
            rows = ['|'.join(c.text for c in r.cells) for t in d.tables for r in t.rows]
            print(any('王建国|张润生' in r for r in rows), any('党课（王建国主讲）' in r for r in rows))
            """, data.file("exports/\(book)").path])
        #expect(read.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "13\nTrue True", "\(read.stdout) \(read.stderr)")
    }
}

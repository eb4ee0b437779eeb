import Foundation
import PartyDayKit
import Testing

/// From an empty folder on today's date, in Chinese at 80×24, in the real binary under
/// tmux: a branch of two members, an applicant recorded from the application (backdated)
/// through the general meeting that admits him (chosen on the form) and the committee's
/// approval — he joins the roster —, `u` on the Members screen taking the approval and the
/// roster's change back together, Ctrl-R making them again, and a year on the conversion
/// voted at another general meeting and approved; the files read back by plistlib.
@Suite(.serialized) struct TmuxDevelopmentTests {
    @Test func anApplicantIsRecordedThroughToAdmissionAndJoinsTheRoster() throws {
        let data = Scratch()
        let session = try TmuxSession(["--data-dir", data.url.path, "--lang", "zh"], columns: 80, rows: 24)
        session.wait(for: "按 Enter 创建党支部")
        try session.keys("Enter")
        session.wait(for: "支部名称")
        try session.text("测试党支部")
        try session.keys("F2")
        session.wait(for: "测试党支部")
        for (name, joined) in [("王强", "2005-07-01"), ("李红", "2008-07-01")] {
            try session.text("3")
            try session.text("a")
            session.wait(for: "添加党员")
            try session.text(name)
            try session.keys("Tab")
            try session.text(joined)
            try session.keys("F2")
            session.wait(for: "已添加 \(name)")
        }
        /// A general meeting written up afterwards, on `day` (the step forms offer it).
        func generalMeeting(_ day: String, _ theme: String, count: Int) throws {
            try session.text("2")
            try session.text("n")
            session.wait(for: "新建会议")
            try session.text("1")
            try session.text("2")
            try session.keys("Tab")
            try session.text(theme)
            try session.keys("Tab", "C-u", "C-k")
            try session.text("\(day) 15:00")
            try session.keys("F2")
            // The meeting's own panes (the form showed the day and the list's lines too).
            session.wait(for: "1 签到")
            try session.keys("Escape")
            // The list's own count: an Escape and the next key sent together would read as Alt and the key.
            session.wait(for: "会议 \(count)/\(count)")
        }
        try generalMeeting("2025-09-01", "讨论接收预备党员", count: 1)
        try session.text("8")
        session.wait(for: "尚无发展党员记录")
        try session.text("a")
        session.wait(for: "新的入党申请人")
        try session.text("张三")
        for _ in 0..<5 { try session.keys("Tab") }
        try session.keys("C-u", "C-k")
        try session.text("2023-03-01")
        try session.keys("F2")
        session.wait(for: "已新增入党申请人张三")
        try session.keys("Enter")
        session.wait(for: "应于 2023-04-01 前")
        /// Highlights step `number` and records it on `day`; `meeting`: the meeting that decided it (Right picks the newest).
        func record(_ number: Int, _ day: String, meeting: Int = 0) throws {
            try session.keys("Home")
            for _ in 1..<number { try session.keys("Down") }
            try session.keys("Enter")
            session.wait(for: "日期（空：未完成）")
            try session.keys("C-u", "C-k")
            try session.text(day)
            if meeting > 0 {
                try session.keys("Tab", "Tab")
                for _ in 0..<meeting { try session.keys("Right") }
            }
            try session.keys("F2")
            session.wait(for: "第\(number)步")
        }
        for (number, day) in [(2, "2023-03-15"), (3, "2023-06-01"), (7, "2024-07-01"), (12, "2025-08-01"), (13, "2025-08-10"), (14, "2025-08-20")] {
            try record(number, day)
        }
        try record(15, "2025-09-01", meeting: 1)
        var screen = session.wait(for: "支部党员大会 · 会议决定")
        #expect(screen.contains("未指定培养联系人"), "the findings show under the steps: \(screen)")
        try record(17, "2025-11-20")
        session.wait(for: "列入名册")
        try session.text("3")
        screen = session.wait(for: "党员 3/3")
        #expect(screen.contains("张三") && screen.contains("预备党员"), "\(screen)")
        try session.text("u")
        // Waited for the message itself: the list's count can be drawn a frame before it.
        screen = session.wait(for: "已撤销：张三：第17步")
        #expect(screen.contains("党员 2/2"), "\(screen)")
        try session.keys("C-r")
        session.wait(for: "党员 3/3")
        // A year on: the conversion, voted at a general meeting, approved in October.
        try generalMeeting("2026-09-01", "讨论预备党员转正", count: 2)
        // Back on the Development screen, his timeline is where it was left.
        try session.text("8")
        session.wait(for: "张三 · 预备党员")
        try record(22, "2026-08-15")
        try record(23, "2026-09-01", meeting: 1)
        try record(24, "2026-10-20")
        session.wait(for: "起为正式党员")
        try session.text("3")
        screen = session.wait(for: "党员 3/3")
        #expect(screen.contains("张三") && !screen.contains("预备党员"), "a full member now: \(screen)")
        try session.text("q")
        #expect(session.waitForExit() != nil)
        let read = try tool("python3", ["-c", """
            import plistlib, sys, glob
            [path] = glob.glob(sys.argv[1] + '/development/*.plist')
            with open(path, 'rb') as f: person = plistlib.load(f)['record']
            with open(sys.argv[1] + '/members.plist', 'rb') as f: members = plistlib.load(f)['record']
            zhang = [m for m in members if m['name'] == '张三'][0]
            meetings = {s['step']: s.get('meetingID') is not None for s in person['steps']}
            print(person['name'], [s['step'] for s in person['steps']], person['memberID'] == zhang['id'], zhang['probationStart'],
                  meetings[15], meetings[23], [c['value'] for c in zhang['category']])
            """, data.url.path])
        #expect(read.stdout == "张三 [1, 2, 3, 7, 12, 13, 14, 15, 17, 22, 23, 24] True 2025-09-01 True True ['probationary', 'full']\n",
                "\(read.stdout) \(read.stderr)")
    }
}

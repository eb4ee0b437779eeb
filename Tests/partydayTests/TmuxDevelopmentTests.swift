import Foundation
import PartyDayKit
import Testing

/// From an empty folder on today's date, in Chinese at 80×24, in the real binary under
/// tmux: a branch of two members, an applicant recorded from the application (backdated)
/// through the general meeting and the committee's approval — he joins the roster —, `u`
/// on the Members screen taking the approval and the roster's change back together, and
/// Ctrl-R making them again; the file read back by plistlib.
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
        try session.text("8")
        session.wait(for: "尚无发展党员记录")
        try session.text("a")
        session.wait(for: "新的入党申请人")
        try session.text("张三")
        for _ in 0..<5 { try session.keys("Tab") }
        try session.keys("C-u", "C-k")
        try session.text("2024-11-05")
        try session.keys("F2")
        session.wait(for: "已新增入党申请人张三")
        try session.keys("Enter")
        session.wait(for: "应于 2024-12-05 前")
        /// Highlights step `number` and records it on `day`.
        func record(_ number: Int, _ day: String) throws {
            try session.keys("Home")
            for _ in 1..<number { try session.keys("Down") }
            try session.keys("Enter")
            session.wait(for: "日期（空：未完成）")
            try session.keys("C-u", "C-k")
            try session.text(day)
            try session.keys("F2")
            session.wait(for: "第\(number)步")
        }
        for (number, day) in [(2, "2024-11-20"), (3, "2025-03-01"), (7, "2026-03-10"), (12, "2026-08-10"), (13, "2026-08-20"),
                              (14, "2026-08-25"), (15, "2026-09-01")] {
            try record(number, day)
        }
        var screen = session.wait(for: "预备党员")
        #expect(screen.contains("未指定培养联系人"), "the findings show under the steps: \(screen)")
        try record(17, "2026-11-20")
        screen = session.wait(for: "列入名册")
        try session.text("3")
        screen = session.wait(for: "党员 3/3")
        #expect(screen.contains("张三") && screen.contains("预备党员"), "\(screen)")
        try session.text("u")
        screen = session.wait(for: "党员 2/2")
        #expect(screen.contains("已撤销：第17步"), "\(screen)")
        try session.keys("C-r")
        session.wait(for: "党员 3/3")
        try session.text("q")
        #expect(session.waitForExit() != nil)
        let read = try tool("python3", ["-c", """
            import plistlib, sys, glob
            [path] = glob.glob(sys.argv[1] + '/development/*.plist')
            with open(path, 'rb') as f: person = plistlib.load(f)['record']
            with open(sys.argv[1] + '/members.plist', 'rb') as f: members = plistlib.load(f)['record']
            zhang = [m for m in members if m['name'] == '张三'][0]
            print(person['name'], [s['step'] for s in person['steps']], person['memberID'] == zhang['id'], zhang['probationStart'])
            """, data.url.path])
        #expect(read.stdout == "张三 [1, 2, 3, 7, 12, 13, 14, 15, 17] True 2026-09-01\n", "\(read.stdout) \(read.stderr)")
    }
}

import Foundation
import PartyDayKit
import Testing

/// Dues taken at the seed meeting through the dues pane, in the real binary under tmux,
/// in English at 80×24 and in Chinese at 100×30; the dues file read back by plistlib.
@Suite(.serialized) struct TmuxDuesTests {
    @Test(arguments: [("en", 80, 24), ("zh", 100, 30)])
    func duesAreTakenAtTheSeedMeetingThroughTheDuesPane(_ setting: (language: String, columns: Int, rows: Int)) throws {
        let data = Scratch()
        #expect(try partyday("demo", "--data-dir", data.url.path).status == 0)
        // Start from a theme Party Day where nobody has paid November yet.
        let python = try tool("python3", ["-c", """
            import plistlib, sys
            path = sys.argv[1] + '/dues/2026.plist'
            with open(path, 'rb') as f: envelope = plistlib.load(f)
            envelope['record']['payments'] = [p for p in envelope['record']['payments'] if '2026-11' not in p['months']]
            with open(path, 'wb') as f: plistlib.dump(envelope, f, sort_keys=True)
            """, data.url.path])
        #expect(python.status == 0, "\(python.stderr)")
        let english = setting.language == "en"
        let session = try TmuxSession(["--data-dir", data.url.path, "--lang", setting.language], columns: setting.columns, rows: setting.rows)
        session.wait(for: english ? "Recent meetings" : "最近的会议")
        try session.keys("Enter")
        session.wait(for: english ? "1 Attendance" : "1 出席")
        try session.keys("2", "j", "p")
        var screen = session.wait(for: english ? "Party dues for 2026-11" : "2026-11党费")
        #expect(screen.contains(english ? "0 paid here" : "本次会上 0 人"), "\(screen)")
        // 周海 pays the quarter (n, three months), everyone present pays November (P).
        try session.keys("/")
        try session.text("zh")
        try session.keys("Enter", "n")
        session.wait(for: english ? "Months" : "月数")
        try session.keys("F2")
        screen = session.wait(for: english ? "for 2026-10 to 2026-12" : "2026-10 至 2026-12")
        try session.keys("P")
        screen = session.wait(for: english ? "members marked paid" : "名党员交纳")
        try session.keys("Escape")
        screen = session.wait(for: english ? "Dues: " : "名党员当场交纳")
        try session.keys("q")
        usleep(300_000)
        try session.keys("q")
        #expect(session.waitForExit() != nil)
        let read = try tool("python3", ["-c", """
            import plistlib, sys
            with open(sys.argv[1] + '/dues/2026.plist', 'rb') as f: record = plistlib.load(f)['record']
            here = [p for p in record['payments'] if p.get('meetingID') == 'seed-2026-11-10']
            zhou = [p for p in here if p['memberID'] == 'm-10'][0]
            print(len(here), zhou['months'], zhou['paidOn'], 'm-13' in [p['memberID'] for p in here])
            """, data.url.path])
        #expect(read.stdout.hasSuffix("['2026-10', '2026-11', '2026-12'] 2026-11-10 False\n"), "\(read.stdout) \(read.stderr)")
        #expect(Int(read.stdout.split(separator: " ").first ?? "") ?? 0 > 20)
    }
}

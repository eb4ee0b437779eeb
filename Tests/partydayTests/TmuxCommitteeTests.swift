import Foundation
import PartyDayKit
import Testing

/// Issue 16 through the real binary in a terminal: the committee's screen over two
/// branches (Enter opens one read-only, q comes back, nothing is written into it), and a
/// secretary syncing from the home screen while the organizer's PC has pushed a change.
@Suite(.serialized) struct TmuxCommitteeTests {
    @Test func theCommitteeOpensABranchReadOnlyAndComesBackWritingNothing() throws {
        let scratch = Scratch()
        let (_, two, committee) = try CommitteeCommandTests.twoBranchCommittee(scratch)
        let before = try CommitteeCommandTests().snapshot(two.folder)

        let session = try TmuxSession(["--committee", committee, "--lang", "zh"])
        var screen = session.wait(for: "个支部中有")
        #expect(screen.contains("党委汇总 · 冷轧厂党委"))
        #expect(screen.contains("轧钢一支部") && screen.contains("机关支部"))
        #expect(screen.contains("Enter 打开") && screen.contains("p 获取"))
        // The branch read in place, opened read-only in the usual screens.
        try session.keys("j", "Enter")
        screen = session.wait(for: "按 q 返回党委汇总")
        #expect(screen.contains("只读"))
        #expect(screen.contains("冷轧厂酸轧作业区党支部"))
        try session.keys("n")
        screen = session.wait(for: "党委只读取支部记录")
        #expect(!screen.contains("新建会议"), "no form opens")
        try session.keys("Enter")
        session.wait(for: "出席")
        // Apart: Esc and a digit sent together are Alt plus the digit.
        try session.keys("Escape")
        #expect(session.wait(for: "搜索").contains("搜索"), "Esc leaves the meeting for the meetings list")
        try session.keys("1")
        #expect(session.wait(for: "最近的会议").contains("最近的会议"), "1 goes home")
        try session.tmux(["resize-window", "-x", "100", "-y", "30"])
        try session.keys("q")
        screen = session.wait(for: "个支部中有")
        #expect(screen.contains("党委汇总"), "q in the branch comes back to the committee")
        try session.keys("q")
        #expect(session.waitForExit() != nil, "q on the committee screen quits")
        #expect(try String(contentsOf: session.statusFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines) == "0")
        #expect(try CommitteeCommandTests().snapshot(two.folder) == before, "nothing written into the branch, not even its index")
    }

    @Test func sOnTheHomeScreenBringsTheOtherPCsRosterChangeIn() throws {
        let pcs = try SyncCommandTests.TwoPCs()
        // PC B adds a member and syncs; PC A's screen is open.
        let roster = pcs.scratch.file("new.csv")
        try "name,category,joined\n王新人,full,2020-01-01\n".write(to: roster, atomically: true, encoding: .utf8)
        expectOK(try partyday("import", "members", roster.path, "--yes", "--data-dir", pcs.b))
        expectOK(try partyday("sync", "--data-dir", pcs.b))
        let session = try TmuxSession(["--data-dir", pcs.a, "--lang", "en"], columns: 100, rows: 30)
        var screen = session.wait(for: "Synced ")
        #expect(screen.contains("Members: 30 on the roster"))
        try session.keys("S")
        screen = session.wait(for: "Members: 31 on the roster")
        #expect(screen.contains("Members: 31 on the roster"), "the roster read again without a restart")
        #expect(screen.contains("1 file received"))
        try session.keys("q")
        #expect(session.waitForExit() != nil)
        #expect(try git(pcs.a, "status", "--porcelain").isEmpty, "everything committed")
        let fromB = try git(pcs.b, "rev-parse", "HEAD").trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try git(pcs.a, "log", "--format=%H").contains(fromB), "B's commit is in A's history")
    }
}

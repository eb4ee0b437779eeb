import Testing
@testable import PartyDayKit

/// Every problem the store words in English has its Chinese, with the parts it quotes kept.
@Suite struct FileProblemTextTests {
    @Test(arguments: [
        ("the file is empty", "文件是空的"),
        ("the file is too large (12 MiB; a record is at most 8 MiB)", "文件过大（12 MiB；一条记录最多 8 MiB）"),
        ("written by a newer partyday (format 9; this build reads up to 1); left untouched", "由较新版本的 partyday 写入（格式 9，本程序最多读取 1）；未作改动"),
        ("missing field 'name' at record.members[3]", "record.members[3] 处缺少字段“name”"),
        ("holds a members record where a meeting record belongs", "此处应为 meeting 记录，文件中却是 members 记录"),
        ("not a readable property list (damaged or truncated)", "不是可读的属性列表（已损坏或不完整）"),
        ("holds the same meeting as meetings/2026/a.plist, which is newer; ignored", "与较新的 meetings/2026/a.plist 是同一次会议，已忽略"),
    ])
    func chineseOfEachMessage(_ english: String, _ chinese: String) {
        #expect(FileProblem(path: "members.plist", message: english).text(.chinese) == "members.plist：" + chinese)
        #expect(FileProblem(path: "members.plist", message: english).text(.english) == "members.plist: " + english)
    }

    @Test func anUnknownMessageIsStillShown() {
        #expect(FileProblem(path: "x.plist", message: "something new").text(.chinese) == "x.plist：无法使用：something new")
    }
}

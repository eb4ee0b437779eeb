import ArgumentParser
import PartyDayKit

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Write a demo branch (a year of meetings) into an empty data folder.",
        discussion: Manual.note
    )

    @OptionGroup var options: DataOptions

    @OptionGroup var lang: LanguageOption

    func run() throws {
        do {
            let store = try Store(folder: options.folder)
            let demo = DemoData.make()
            try demo.write(to: store)
            say(Wording("Wrote the demo branch \(demo.branch.name): \(demo.members.count) members, \(demo.meetings.count) meetings, into \(store.folder.path)",
                        "已把演示支部“\(demo.branch.name)”写入 \(store.folder.path)：党员 \(demo.members.count) 名，会议 \(demo.meetings.count) 次"))
        } catch {
            throw failure(error)
        }
    }
}

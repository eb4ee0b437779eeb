import ArgumentParser
import PartyDayKit

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Write a demo branch (a year of meetings) into an empty data folder."
    )

    @OptionGroup var options: DataOptions

    func run() throws {
        do {
            let store = try Store(folder: options.folder)
            let demo = DemoData.make()
            try demo.write(to: store)
            print("Wrote the demo branch \(demo.branch.name): \(demo.members.count) members, \(demo.meetings.count) meetings, into \(store.folder.path)")
        } catch {
            throw failure(describe(error))
        }
    }
}

import ArgumentParser
import PartyDayKit

@main
struct PartyDay: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "partyday",
        abstract: "Log a Party branch's meetings and review its members' participation.",
        discussion: """
            Data lives in one folder: --data-dir, else $PARTYDAY_DATA_DIR, else \
            $XDG_DATA_HOME/partyday, else ~/.local/share/partyday.
            """,
        version: PartyDayVersion.string,
        subcommands: [OpenCommand.self, DemoCommand.self, CheckCommand.self, ImportCommand.self, ReportCommand.self, ExportCommand.self, KeysCommand.self],
        defaultSubcommand: OpenCommand.self
    )
}

enum PartyDayVersion {
    static let string = "partyday 0.1.0 (file format \(FileFormat.version))"
}

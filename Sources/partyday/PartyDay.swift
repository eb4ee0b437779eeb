import ArgumentParser
import PartyDayKit
#if canImport(Glibc)
import Glibc
#endif

@main
struct PartyDay: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "partyday",
        abstract: "Log a Party branch's meetings and review its members' participation.",
        discussion: """
            Data lives in one folder: --data-dir, else $PARTYDAY_DATA_DIR, else \
            $XDG_DATA_HOME/partyday, else ~/.local/share/partyday.

            The screens (partyday, or partyday open) take:
              --demo             the demo branch, in a folder of its own (try it first)
              --lang en|zh       the interface language (default: from LANG)
              --data-dir DIR     the data folder
              --summary          the branch at a glance as text
            Something wrong? partyday doctor prints what partyday sees; partyday check \
            reads every file.

            The user guide: Docs/USER-GUIDE.md; 中文用户手册：Docs/USER-GUIDE.zh.md
            (installed: /usr/share/doc/partyday/, or doc/ beside the release's bin/).
            """,
        version: PartyDayVersion.string,
        subcommands: [OpenCommand.self, DemoCommand.self, CheckCommand.self, DoctorCommand.self, ImportCommand.self, ReportCommand.self, ExportCommand.self, SyncCommand.self, CommitteeCommand.self, KeysCommand.self],
        defaultSubcommand: OpenCommand.self
    )

    static func main() {
        // Over `ulimit -f` the kernel would kill the process mid-save; ignored, the write
        // fails with EFBIG instead, and the store says "NOT SAVED: File too large", retried.
        signal(SIGXFSZ, SIG_IGN)
        main(nil)
    }
}

/// Where the manual is, said at the end of every command's help (the people who run
/// partyday read Chinese; the guide is in both languages).
enum Manual {
    static let note = "中文用户手册：Docs/USER-GUIDE.zh.md; user guide: Docs/USER-GUIDE.md (installed in /usr/share/doc/partyday, or doc/ beside the release's bin/)."

    static func after(_ text: String) -> String { text + "\n\n" + note }
}

enum PartyDayVersion {
    static let string = "partyday 0.1.0 (file format \(FileFormat.version))"
}

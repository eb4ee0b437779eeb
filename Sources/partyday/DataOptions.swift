import ArgumentParser
import Foundation
import PartyDayKit

/// Options every command takes; shared with @OptionGroup so subcommands see them.
struct DataOptions: ParsableArguments {
    @Option(name: .customLong("data-dir"), help: ArgumentHelp("The data folder.", valueName: "dir"))
    var dataDir: String?

    var folder: URL { DataFolder.resolve(option: dataDir) }
}

/// Prints `message` to standard error as `partyday: …` and returns the exit code to throw.
func failure(_ message: String, code: Int32 = 1) -> ExitCode {
    FileHandle.standardError.write(Data("partyday: \(message)\n".utf8))
    return ExitCode(code)
}

func describe(_ error: Error) -> String {
    String(describing: error)
}

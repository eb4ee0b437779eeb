import ArgumentParser
import Foundation
import PartyDayKit

/// Options every command takes; shared with @OptionGroup so subcommands see them.
struct DataOptions: ParsableArguments {
    @Option(name: .customLong("data-dir"), help: ArgumentHelp("The data folder.", valueName: "dir"))
    var dataDir: String?

    var folder: URL { DataFolder.resolve(option: dataDir) }
}

/// Prints the message in the command's language to standard error as `partyday: …` and
/// returns the exit code to throw.
func failure(_ english: String, _ chinese: String, code: Int32 = 1) -> ExitCode {
    failure(Wording(english, chinese), code: code)
}

func failure(_ wording: Wording, code: Int32 = 1) -> ExitCode {
    say(wording, toErrors: true)
    return ExitCode(code)
}

/// A failure from below (the store, git, a lookup), in the command's language.
func failure(_ error: Error, code: Int32 = 1) -> ExitCode {
    failure(Wording(error: error), code: code)
}

/// The words of any error in the command's language.
func describe(_ error: Error) -> String {
    Wording(error: error).text(CommandLanguage.current)
}

/// A line on standard error (`partyday: …`), or on standard output, in the command's
/// language, cleaned for the terminal (it may quote a file's content).
func say(_ wording: Wording, toErrors: Bool = false) {
    let text = wording.text(CommandLanguage.current)
    if toErrors {
        FileHandle.standardError.write(Data(TextSanitizer.forTerminal("partyday: \(text)\n").utf8))
    } else {
        print(TextSanitizer.forTerminal(text))
    }
}

import ArgumentParser
import Foundation
import PartyDayKit
import PartyDayUI

/// `--lang`, which every command takes: the language of everything it says, its
/// messages and failures included (its `--help` stays English). Without it, PARTYDAY_LANG,
/// then LC_ALL, LC_MESSAGES and LANG decide, as for the screens.
struct LanguageOption: ParsableArguments {
    @Option(name: .customLong("lang"), help: ArgumentHelp("Language of everything the command says: en or zh (default: PARTYDAY_LANG, else LANG).", valueName: "en|zh"))
    var chosen: Language?

    var language: Language { Strings.forEnvironment(ProcessInfo.processInfo.environment, override: chosen).language }
    var strings: Strings { Strings(language) }
    var labels: Labels { Labels(language) }

    /// Parsing is done: from here on, failures speak this language.
    func validate() throws {
        CommandLanguage.current = language
    }
}

/// The language the running command speaks (set once its options are read).
enum CommandLanguage {
    nonisolated(unsafe) static var current: Language = Strings.forEnvironment(ProcessInfo.processInfo.environment, override: nil).language

    static var isChinese: Bool { current == .chinese }

    /// The one of the two that the command speaks.
    static func t(_ english: String, _ chinese: String) -> String { isChinese ? chinese : english }
}

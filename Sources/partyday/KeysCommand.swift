import ArgumentParser
import Foundation
import PartyDayKit
import PartyDayUI

/// `partyday keys`: every key of every screen, from the bindings the program runs on.
struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "Print every key of every screen (a cheat sheet; Docs/KEYS.md is this, as Markdown)."
    )

    @Option(name: .long, help: "Language: en or zh (default: from LANG).")
    var lang: Language?

    @Option(name: .long, help: "md or text.")
    var format: KeySheet.Format = .text

    func run() throws {
        let strings = Strings.forEnvironment(ProcessInfo.processInfo.environment, override: lang)
        print(KeySheet.render(strings.language, format: format), terminator: "")
    }
}

extension KeySheet.Format: ExpressibleByArgument {}

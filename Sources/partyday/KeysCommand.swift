import ArgumentParser
import Foundation
import PartyDayKit
import PartyDayUI

/// `partyday keys`: every key of every screen, from the bindings the program runs on.
struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "Print every key of every screen (a cheat sheet; Docs/KEYS.md is this, as Markdown).",
        discussion: Manual.note
    )

    @OptionGroup var lang: LanguageOption

    @Option(name: .long, help: "md or text.")
    var format: KeySheet.Format = .text

    func run() throws {
        print(KeySheet.render(lang.language, format: format), terminator: "")
    }
}

extension KeySheet.Format: ExpressibleByArgument {}

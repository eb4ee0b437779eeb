import ArgumentParser
import Foundation
import PartyDayKit

/// Where a report or export goes: standard output, or `--output FILE` (never over an
/// existing file without `--force`). Shared by the branch's reports and the committee's.
struct OutputOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Flag(help: "With --output, replace a file that already exists.")
    var force = false

    func validate() throws {
        if force && output == nil { throw ValidationError("--force only applies with --output") }
    }

    /// Writes a document (.docx, .xlsx) to --output, or to standard output when that is a
    /// pipe or a file; never to a terminal, where the bytes would only garble the screen.
    func emit(binary data: Data, suggestedName: String) throws {
        guard output != nil else {
            guard isatty(STDOUT_FILENO) == 0 else {
                throw failure("this format is a file, not text: add --output \(suggestedName) (or redirect into a file)", "这种格式是文件，不是文字：请加上 --output \(suggestedName)（或重定向到文件）")
            }
            FileHandle.standardOutput.write(data)
            return
        }
        try write { try AtomicFile.write(data, to: $0) }
    }

    /// Like `emit(_:)` for a document made in pieces (`export json`): each piece is printed,
    /// or written to a temp file beside --output that replaces it only once complete.
    func emit(streaming produce: ((String) throws -> Void) throws -> Void) throws {
        guard output != nil else {
            try produce { FileHandle.standardOutput.write(Data(TextSanitizer.forTerminal($0).utf8)) }
            return
        }
        try write { url in
            try AtomicFile.write(to: url) { writer in
                try withoutActuallyEscaping(writer) { writer in try produce { try writer(Data($0.utf8)) } }
            }
        }
    }

    /// Prints `text` (cleaned for the terminal), or writes it to --output.
    func emit(_ text: String) throws {
        guard output != nil else {
            FileHandle.standardOutput.write(Data(TextSanitizer.forTerminal(text).utf8))
            return
        }
        try write { try AtomicFile.write(Data(text.utf8), to: $0) }
    }

    /// The file at --output, refused when it exists without --force; says what it wrote.
    private func write(_ body: (URL) throws -> Void) throws {
        guard let output else { return }
        let url = URL(fileURLWithPath: output)
        if FileManager.default.fileExists(atPath: url.path) && !force {
            throw failure("\(url.path) already exists; add --force to replace it", "\(url.path) 已存在；加上 --force 才会替换")
        }
        do {
            try body(url)
        } catch let exit as ExitCode {
            throw exit
        } catch {
            throw failure(Wording("cannot write \(url.path)", "无法写入 \(url.path)").then(Wording(error: error)))
        }
        say(Wording("wrote \(url.path)", "已写入 \(url.path)"), toErrors: true)
    }
}

import ArgumentParser
import Foundation
import PartyDayKit
import PartyDayUI
#if canImport(Glibc)
import Glibc
#endif

/// `partyday doctor`: what partyday sees, for a helpdesk — version, data folder and where
/// it came from, its permissions, who holds it, the terminal, the locale, and whether the
/// files load. Reads only; never takes the lock.
struct DoctorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Print what partyday sees: version, data folder, lock, terminal, locale, and whether the files load (the first thing a helpdesk asks for)."
    )

    @OptionGroup var data: DataOptions

    /// Chinese characters a terminal must draw two columns wide each.
    static let cjkSample = "党支部主题党日"

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let folder = data.folder
        var lines: [(String, String)] = [("version", PartyDayVersion.string)]
        lines.append(("data folder", "\(folder.path) (from \(DataFolder.source(option: data.dataDir, environment: environment)))"))
        lines.append(("permissions", Self.permissions(folder)))
        lines.append(("lock", FileManager.default.fileExists(atPath: folder.path) ? (FolderLock.holder(of: folder).map { "held by \(StoreError.holderWording($0).english)" } ?? "free") : "—"))
        let term = environment["TERM"] ?? ""
        lines.append(("terminal", term.isEmpty ? "TERM is not set" : "TERM=\(term)"
                      + (isatty(STDOUT_FILENO) == 1 ? ", \(Self.size())" : ", standard output is not a terminal")))
        lines.append(("colours", term.isEmpty ? "—" : Terminal.terminfoColors(term: term)
                      + ((environment["NO_COLOR"] ?? "").isEmpty ? "" : " (NO_COLOR set: none used)")))
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].map { "\($0)=\(environment[$0] ?? "")" }.joined(separator: " ")
        let applied = setlocale(LC_ALL, "").map { String(cString: $0) } ?? "not available (C.UTF-8 is used)"
        lines.append(("locale", "\(locale); the C library takes \(applied); interface language \(Strings.forEnvironment(environment, override: nil).language == .chinese ? "Chinese" : "English")"))
        let ours = displayWidth(Self.cjkSample)
        let measured = TerminalProbe.measuredWidth(of: Self.cjkSample)
        lines.append(("CJK width", "\(Self.cjkSample): partyday counts \(ours) columns; "
                      + (measured.map { $0 == ours ? "the terminal draws \($0): they agree" : "the terminal draws \($0): THEY DISAGREE — tables will be garbled; use a font or terminal with wide CJK" }
                         ?? "the terminal was not asked (not a terminal, or no answer)")))
        lines.append(("files", Self.files(folder)))
        let width = lines.map { $0.0.count }.max() ?? 0
        for (name, value) in lines {
            print(TextSanitizer.forTerminal(name.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + value))
        }
    }

    static func permissions(_ folder: URL) -> String {
        var info = stat()
        guard stat(folder.path, &info) == 0 else { return "the folder does not exist yet (partyday creates it, 0700)" }
        let mode = String(info.st_mode & 0o777, radix: 8)
        let writable = access(folder.path, W_OK) == 0 ? "writable" : "NOT writable by this user"
        let privacy = info.st_mode & 0o077 == 0 ? "private" : "readable by others: chmod 700 it"
        return "\(mode), \(writable), \(privacy); owner uid \(info.st_uid) (you are \(getuid()))"
    }

    static func size() -> String {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0 else { return "size unknown" }
        let small = Int(size.ws_col) < minimumSize.columns || Int(size.ws_row) < minimumSize.rows
        return "\(size.ws_col)×\(size.ws_row)" + (small ? " (below the \(minimumSize.columns)×\(minimumSize.rows) the screens need)" : "")
    }

    /// Whether the records load: read-only, as a report reads them.
    static func files(_ folder: URL) -> String {
        guard FileManager.default.fileExists(atPath: folder.path) else { return "no data folder yet" }
        do {
            let store = try Store(folder: folder, access: .readOnly)
            guard let branch = try store.loadBranch() else { return "no branch yet (run partyday to create one)" }
            let members = try store.loadMembers()
            let listing = store.listMeetings()
            let dues = store.loadAllDues()
            let damaged = listing.problems.count + dues.problems.count
            return "branch \(branch.name), \(members.count) members, \(listing.summaries.count) meetings, \(dues.years.count) dues years; "
                + (damaged == 0 ? "all load (partyday check reads every file in full)" : "\(damaged) damaged file(s): partyday check names them")
        } catch {
            return "cannot be read: \(describe(error))"
        }
    }
}

import ArgumentParser
import Foundation
import PartyDayKit
import PartyDayRuntime
import PartyDayUI

/// The default command: the interactive screens on a terminal, a summary otherwise.
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open the branch: the interactive screens on a terminal, a summary when output is not a terminal.",
        discussion: Manual.note
    )

    @OptionGroup var options: DataOptions

    @OptionGroup var lang: LanguageOption

    @Flag(help: "Open the demo branch, kept in a folder of its own under the cache folder (written on first use).")
    var demo = false

    @Option(name: .customLong("committee"), help: ArgumentHelp(
        "Open a committee's screen instead of a branch: its branches as rows (made with partyday committee init); Enter opens one read-only.",
        valueName: "dir"))
    var committeeDir: String?

    @Flag(help: "Print the summary instead of opening the screens.")
    var summary = false

    @Flag(help: ArgumentHelp(
        "Print the home screen as text (80×24) instead of opening it: the frame drawn at once, a form-feed line, then the frame with every panel filled.",
        discussion: "Useful in scripts, and it is how partyday-bench times the first frame."))
    var snapshot = false

    func run() throws {
        if demo && options.dataDir != nil { throw failure("--demo uses its own folder; leave out --data-dir", "--demo 使用自己的文件夹；请去掉 --data-dir") }
        if let committeeDir {
            if demo || options.dataDir != nil { throw failure("--committee opens a committee's folder; leave out --demo and --data-dir", "--committee 打开党委的文件夹；请去掉 --demo 和 --data-dir") }
            return try openCommittee(URL(fileURLWithPath: committeeDir))
        }
        let folder = demo ? try DemoFolder.prepare() : options.folder
        let strings = lang.strings
        if snapshot { return try printSnapshot(folder, strings) }
        if summary || isatty(STDIN_FILENO) == 0 || isatty(STDOUT_FILENO) == 0 {
            return try printSummary(folder)
        }
        guard Terminal.isUsable else {
            let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
            FileHandle.standardError.write(Data((strings.terminalUnusable(term) + "\n").utf8))
            throw ExitCode(1)
        }
        let store: Store
        var readOnly: String?
        do {
            store = try Store(folder: folder)
        } catch let error as StoreError {
            guard case .locked = error else { throw failure(error) }
            store = try Store(folder: folder, access: .readOnly)
            readOnly = error.text(strings.language)
        } catch {
            throw failure(error)
        }
        try runAndLeave { try TUIShell(store: store, strings: strings, readOnly: readOnly) }
    }

    /// Runs the screens until quit, then leaves at once.
    private func runAndLeave(_ makeShell: () throws -> TUIShell) throws {
        do {
            let shell = try makeShell()
            // Non-zero when anything was not saved: a script or a wrapper must not take it for success.
            if !shell.run() { throw ExitCode(1) }
            // Everything is saved and the terminal is restored: leave now. Freeing the
            // listing's objects one by one on the way out (a summary per meeting) kept the
            // shell prompt waiting ~70 ms at twenty times the decade; the kernel takes the
            // memory back at once, and the folder's flock with it.
            fflush(nil)
            Foundation.exit(0)
        } catch let exit as ExitCode {
            throw exit
        } catch {
            throw failure(error)
        }
    }

    /// The committee screen; `--snapshot` prints its first and its complete frame.
    private func openCommittee(_ url: URL) throws {
        let strings = lang.strings
        let place = CommitteeFolder(folder: url)
        let committee: Committee
        do { committee = try place.load() } catch { throw failure(error) }
        let request = CommitteeRequest(committee: committee, folder: place.folder)
        if snapshot {
            var state = AppState(committee: request, strings: strings, size: Size(columns: 80, rows: 24), now: Date(), systemZone: .current)
            FileHandle.standardOutput.write(Data((render(state, state.size).grid.text + "\n").utf8))
            state = update(state, .committeeRead(request.readRows(now: Date()))).0
            FileHandle.standardOutput.write(Data(("\u{0C}\n" + render(state, state.size).grid.text + "\n").utf8))
            return
        }
        guard isatty(STDIN_FILENO) != 0, isatty(STDOUT_FILENO) != 0 else {
            throw failure("the committee screen needs a terminal; for text use partyday committee report compliance --data-dir \(url.path)",
                          "党委汇总界面需要在终端中打开；要输出文字请用 partyday committee report compliance --data-dir \(url.path)")
        }
        guard Terminal.isUsable else {
            let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
            FileHandle.standardError.write(Data((strings.terminalUnusable(term) + "\n").utf8))
            throw ExitCode(1)
        }
        try runAndLeave { try TUIShell(committee: request, strings: strings) }
    }

    /// The same first frame and completed home screen the terminal would show.
    private func printSnapshot(_ folder: URL, _ strings: Strings) throws {
        let store: Store
        let branch: BranchProfile?
        let members: [Member]
        do {
            store = try Store(folder: folder, access: .readOnly)
            store.prefetchListing()
            branch = try store.loadBranch()
            members = try store.loadMembers()
        } catch {
            throw failure(error)
        }
        var state = AppState(strings: strings, size: Size(columns: 80, rows: 24), now: Date(), dataFolder: folder.path,
                             branch: branch, members: members, systemZone: .current)
        FileHandle.standardOutput.write(Data((render(state, state.size).grid.text + "\n").utf8))
        // The effects the home screen asks for, performed at once, until it asks for no
        // more. Pinyin serves finding names only, not this picture: it is left out.
        let runner = EffectRunner(store: store, mode: .synchronous)
        var effects: [Effect] = [.listMeetings]
        while !effects.isEmpty {
            runner.perform(effects.filter { if case .computePinyin = $0 { false } else { true } })
            effects = []
            for event in runner.takeEvents() { effects += update(&state, event) }
        }
        FileHandle.standardOutput.write(Data(("\u{0C}\n" + render(state, state.size).grid.text + "\n").utf8))
    }

    private func printSummary(_ folder: URL) throws {
        guard FileManager.default.fileExists(atPath: folder.path),
              let store = try? Store(folder: folder, access: .readOnly), !store.isEmpty else {
            say(Wording("No branch in \(folder.path) yet.\nRun `partyday` in a terminal to create it, or try the demo: partyday --demo",
                        "\(folder.path) 中还没有支部。\n请在终端中运行 partyday 建立支部，或先试试演示：partyday --demo"))
            return
        }
        var problems: [FileProblem] = []
        let branch: BranchProfile?
        do { branch = try store.loadBranch() } catch { branch = nil; problems.append(FileProblem(path: "branch.plist", error: error)) }
        var members: [Member] = []
        do { members = try store.loadMembers() } catch { problems.append(FileProblem(path: "members.plist", error: error)) }
        let listing = store.listMeetings()
        problems += listing.problems

        let timeZone = branch?.timeZone ?? .current
        let today = Day(Date(), in: timeZone)
        let overview = BranchOverview(members: members, summaries: listing.summaries, today: today)
        // Cleaned as printed too: nothing from a file reaches the terminal as a sequence.
        var text = SummaryText(branch: branch, overview: overview, folder: folder, timeZone: timeZone, labels: lang.labels)
        let development = store.loadAllDevelopment()
        problems += development.problems
        text.development = DevelopmentOutput(people: development.people, rules: DevelopmentRules(limits: branch?.development ?? .defaults, members: members),
                                             asOf: today, language: lang.language).statuses
        print(text.lines.map(TextSanitizer.singleLine).joined(separator: "\n"))
        if !problems.isEmpty {
            print(CommandLanguage.t("\nFiles that could not be read (left untouched; see `partyday check`):", "\n无法读取的文件（未作改动；见 partyday check）："))
            for problem in problems { print("  " + TextSanitizer.singleLine(problem.text(lang.language))) }
            throw ExitCode(1)
        }
    }
}

extension Language: ExpressibleByArgument {}

/// The summary's text, laid out with display widths so Chinese themes line up.
struct SummaryText {
    let branch: BranchProfile?
    let overview: BranchOverview
    let folder: URL
    let timeZone: TimeZone
    var labels = Labels(.english)
    /// The people in development as of today: a line of counts and what is overdue.
    var development: [DevelopmentStatus] = []

    var lines: [String] {
        let l = labels
        var out: [String] = []
        if let branch {
            let parents = branch.parentOrganizations.joined(separator: " › ")
            out.append(parents.isEmpty ? branch.name : "\(branch.name)  (\(parents))")
        } else {
            out.append(l.t("(branch profile missing or unreadable)", "（支部信息缺失或无法读取）"))
        }
        out.append(l.t("Data folder: \(folder.path)", "数据文件夹：\(folder.path)"))
        out.append(l.t("Members: \(overview.rosterCount) on the roster (\(overview.fullMembers) full, \(overview.probationaryMembers) probationary), \(overview.mobileMembers) mobile",
                       "党员：名册上 \(overview.rosterCount) 名（正式党员 \(overview.fullMembers) 名，预备党员 \(overview.probationaryMembers) 名），流动党员 \(overview.mobileMembers) 名"))
        out.append(l.t("Meetings: \(overview.meetingCount); pledges: \(overview.openPledges) open, \(overview.overduePledges) overdue",
                       "会议：\(overview.meetingCount) 次；承诺：待兑现 \(overview.openPledges) 项，逾期 \(overview.overduePledges) 项"))
        if !development.isEmpty {
            let stages = DevelopmentStage.allCases.compactMap { stage -> String? in
                let count = development.filter { $0.next != nil && $0.stage == stage }.count
                return count == 0 ? nil : "\(stage.name.text(l.language)) \(count)"
            }
            let wrong = development.filter { !$0.findings.isEmpty }.map(\.person.name)
            out.append(l.t("Developing members: ", "发展党员：") + stages.joined(separator: l.t(", ", "，"))
                       + (wrong.isEmpty ? "" : l.t("; findings for \(wrong.joined(separator: ", ")) (partyday report development)",
                                                   "；\(wrong.joined(separator: "、"))的档案有问题（partyday report development）")))
        }
        if !overview.active.isEmpty {
            out.append("")
            out.append(l.t("In progress or planned:", "进行中或计划中："))
            out += overview.active.map(row)
        }
        if !overview.recent.isEmpty {
            out.append("")
            out.append(pad(l.t("Recent meetings:", "最近的会议："), toWidth: 60) + l.t("attended/expected", "实到/应到"))
            out += overview.recent.map(row)
        }
        return out
    }

    private func row(_ summary: MeetingSummary) -> String {
        let formatter = DateFormatter()
        formatter.timeZone = timeZone
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        let types = labels.typeNames(summary.types)
        return "  \(formatter.string(from: summary.start))  \(pad(types, toWidth: 24))  \(pad(summary.theme, toWidth: 26))  \(summary.attended)/\(summary.expected)"
    }
}

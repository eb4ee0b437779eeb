import ArgumentParser
import Foundation
import PartyDayKit
import PartyDayUI

/// `partyday committee`: the Party committee's roll-up over its branches (issue 16).
struct CommitteeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "committee",
        abstract: "A Party committee's folder: its branches, their copies, and the roll-up reports.",
        discussion: Manual.after("The committee reads its branches and never writes into their records. See Docs/USER-GUIDE.md, \"Committees and several PCs\"."),
        subcommands: [CommitteeInitCommand.self, CommitteeAddCommand.self, CommitteePullCommand.self, CommitteeReportCommand.self]
    )
}

struct CommitteeOptions: ParsableArguments {
    @Option(name: .customLong("data-dir"), help: ArgumentHelp("The committee's folder.", valueName: "dir"))
    var dataDir: String

    @OptionGroup var lang: LanguageOption

    var folder: CommitteeFolder { CommitteeFolder(folder: URL(fileURLWithPath: dataDir)) }
    var labels: Labels { lang.labels }

    func load() throws -> Committee {
        do { return try folder.load() } catch { throw failure(error) }
    }
}

struct CommitteeInitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "init", abstract: "Make a committee folder.",
        discussion: Manual.note)

    @OptionGroup var options: CommitteeOptions

    @Option(help: ArgumentHelp("The committee's name, e.g. 冷轧厂党委.", valueName: "name"))
    var name: String = "Party committee"

    func run() throws {
        let folder = options.folder
        if folder.exists { throw failure("\(folder.folder.path) is a committee folder already", "\(folder.folder.path) 已经是党委文件夹") }
        do { try folder.save(Committee(name: name)) } catch { throw failure(error) }
        print(options.labels.t("Committee folder made: \(folder.folder.path). Add branches with: partyday committee add NAME URL|DIR --data-dir \(folder.folder.path)",
                               "已建立党委文件夹：\(folder.folder.path)。添加支部：partyday committee add 名称 地址或文件夹 --data-dir \(folder.folder.path)"))
    }
}

struct CommitteeAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a branch: a git remote (cloned read-only into the committee's folder) or a data folder on this PC (read in place).",
        discussion: Manual.note
    )

    @OptionGroup var options: CommitteeOptions

    @Argument(help: ArgumentHelp("What the committee calls the branch.", valueName: "name"))
    var name: String

    @Argument(help: ArgumentHelp("The branch's git remote (a bare repository's path, ssh://, https://) or its data folder.", valueName: "url|dir"))
    var source: String

    func run() throws {
        var committee = try options.load()
        let folder = options.folder
        if committee.branches.contains(where: { $0.name == name }) { throw failure("the committee has a branch called \(name) already", "党委已有名为 \(name) 的支部") }
        let local = CommitteeFolder.isLocalDataFolder(source)
        let branch = CommitteeBranch(name: name, source: local ? URL(fileURLWithPath: source).standardizedFileURL.path : source, cloned: !local)
        if branch.cloned {
            do { try folder.pull(branch, at: committee.branches.count) } catch {
                throw failure(Wording("cannot clone \(source)", "无法克隆 \(source)").then(Wording(error: error)))
            }
        }
        committee.branches.append(branch)
        do { try folder.save(committee) } catch { throw failure(error) }
        print(options.labels.t("Added \(name) (\(branch.cloned ? "cloned from \(source)" : "read in place")).",
                               "已添加\(name)（\(branch.cloned ? "从 \(source) 复制" : "直接读取该文件夹")）。"))
    }
}

struct CommitteePullCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "pull", abstract: "Fetch every cloned branch's latest records.",
        discussion: Manual.note)

    @OptionGroup var options: CommitteeOptions

    func run() throws {
        let committee = try options.load()
        let folder = options.folder
        var failed = 0
        for (index, branch) in committee.branches.enumerated() where branch.cloned {
            do {
                try folder.pull(branch, at: index)
                print("\(branch.name): " + options.labels.t("up to date", "已更新"))
            } catch {
                failed += 1
                say(Wording(verbatim: branch.name).then(Wording(error: error)), toErrors: true)
            }
        }
        if failed > 0 { throw ExitCode(1) }
    }
}

struct CommitteeReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "The roll-up over every branch.",
        discussion: Manual.note,
        subcommands: [CommitteeComplianceCommand.self, CommitteeRiskCommand.self, CommitteeParticipationCommand.self, CommitteePledgesCommand.self]
    )
}

struct CommitteeReportOptions: ParsableArguments {
    @OptionGroup var committee: CommitteeOptions

    @Option(help: ArgumentHelp("The year (default: this year).", valueName: "YYYY"))
    var year: Int?

    @Option(name: .customLong("as-of"), help: ArgumentHelp("Judge as on this day (default: today in each branch's zone).", valueName: "YYYY-MM-DD"))
    var asOf: Day?

    @Option(help: ArgumentHelp("table, csv, json or xlsx (an Excel workbook; with --output).", valueName: "format"))
    var format: ReportFileFormat = .table

    @OptionGroup var destination: OutputOptions

    /// Reads every branch (naming the ones that cannot be read) and prints or writes the
    /// report: `text` gives table, CSV and JSON; `table` the typed rows of the workbook.
    func emit(_ name: String, text: (Committee, [BranchStanding], ReportFormat) -> String,
              table: (Committee, [BranchStanding]) -> CommitteeOutput.Table) throws {
        let (committee, standings) = try self.standings()
        guard let textFormat = format.text else {
            let data = try CommitteeOutput.workbook(table(committee, standings), labels: self.committee.labels).data()
            return try destination.emit(binary: data, suggestedName: "committee-\(name).xlsx")
        }
        try destination.emit(text(committee, standings, textFormat))
    }

    func standings() throws -> (Committee, [BranchStanding]) {
        let committee = try self.committee.load()
        let standings = CommitteeRollup.read(committee, in: self.committee.folder, year: year, asOf: asOf, now: Date())
        for standing in standings {
            if let problem = standing.problem {
                say(Wording(verbatim: standing.name).then(problem), toErrors: true)
            }
            for damaged in standing.damaged {
                say(Wording(verbatim: standing.name).then(damaged.wording).then(Wording("(left out)", "（未计入）"), english: " ", chinese: ""), toErrors: true)
            }
        }
        return (committee, standings)
    }
}

extension ReportFormat: ExpressibleByArgument {}

struct CommitteeComplianceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compliance",
        abstract: "Per branch, this month's and this quarter's duties held / missed / due, the periods missed this year, and the totals.",
        discussion: Manual.note
    )

    @OptionGroup var options: CommitteeReportOptions

    func run() throws {
        let labels = options.committee.labels
        try options.emit("compliance", text: { CommitteeOutput.compliance($0, $1, format: $2, labels: labels) },
                         table: { CommitteeOutput.complianceTable($0, $1, labels: labels) })
    }
}

struct CommitteeRiskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "risk",
        abstract: "Per branch, the members at each step of the six-month ladder, for attendance and for dues, with names.",
        discussion: Manual.note
    )

    @OptionGroup var options: CommitteeReportOptions

    func run() throws {
        let labels = options.committee.labels
        try options.emit("risk", text: { CommitteeOutput.risk($0, $1, format: $2, labels: labels) },
                         table: { CommitteeOutput.riskTable($0, $1, labels: labels) })
    }
}

struct CommitteeParticipationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "participation",
        abstract: "Per branch, the attendance at its held meetings of the year, by month and meeting type.",
        discussion: Manual.note
    )

    @OptionGroup var options: CommitteeReportOptions

    func run() throws {
        let labels = options.committee.labels, year = options.year
        try options.emit("participation", text: { CommitteeOutput.participation($0, $1, year: year, format: $2, labels: labels) },
                         table: { CommitteeOutput.participationTable($0, $1, year: year, labels: labels) })
    }
}

struct CommitteePledgesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pledges",
        abstract: "Per branch, pledges open, overdue, kept and dropped, with the overdue ones named.",
        discussion: Manual.note
    )

    @OptionGroup var options: CommitteeReportOptions

    func run() throws {
        let labels = options.committee.labels
        try options.emit("pledges", text: { CommitteeOutput.pledges($0, $1, format: $2, labels: labels) },
                         table: { CommitteeOutput.pledgesTable($0, $1, labels: labels) })
    }
}

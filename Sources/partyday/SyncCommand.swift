import ArgumentParser
import Foundation
import PartyDayKit
import PartyDayUI

/// `partyday sync`: the data folder kept in git (Docs/USER-GUIDE.md, "Committees and several PCs").
struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Keep the data folder in git: commit what changed, pull with rebase, push.",
        discussion: """
            Run `partyday sync init --remote URL` once (URL: a bare repository on a shared drive, \
            or an SSH/HTTPS address on the company's git server). Then `partyday sync` commits what \
            changed with a message that says what, pulls the other PC's changes and pushes yours. \
            When both PCs changed one record, yours stays in place and theirs is kept under \
            conflicts/; `partyday sync resolve` settles it. Needs the git command-line tool.

            \(Manual.note)
            """,
        subcommands: [SyncRunCommand.self, SyncInitCommand.self, SyncStatusCommand.self, SyncResolveCommand.self],
        defaultSubcommand: SyncRunCommand.self
    )
}

/// What every sync subcommand takes.
struct SyncOptions: ParsableArguments {
    @OptionGroup var data: DataOptions

    @OptionGroup var lang: LanguageOption

    var labels: Labels { lang.labels }
    var zh: Bool { labels.language == .chinese }

    /// The folder's lock, held for the whole sync: a running partyday is never synced under.
    /// `creating`: a second PC joining may name a folder that does not exist yet.
    func lockedStore(creating: Bool = false) throws -> Store {
        let folder = data.folder
        guard creating || FileManager.default.fileExists(atPath: folder.path) else {
            throw failure("no data folder at \(folder.path)", "\(folder.path) 处没有数据文件夹")
        }
        do {
            return try Store(folder: folder)
        } catch let error as StoreError {
            if case .locked = error {
                throw failure("another partyday has \(folder.path) open: quit it first, then sync (\(error.wording.english))",
                              "另一个 partyday 正在使用 \(folder.path)：请先退出它再同步（\(error.wording.chinese)）")
            }
            throw failure(error)
        }
    }

    func git() throws -> Git {
        do {
            return try Git.find(in: data.folder)
        } catch {
            throw failure(error)
        }
    }
}

struct SyncInitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Make the data folder a git repository (once), with the derived files ignored, and record the remote.",
        discussion: Manual.note
    )

    @OptionGroup var options: SyncOptions

    @Option(help: ArgumentHelp("Where the branch's shared copy lives: a bare repository on a shared drive (/mnt/share/branches/acid-rolling.git) or an SSH/HTTPS address.", valueName: "url"))
    var remote: String?

    func run() throws {
        let store = try options.lockedStore(creating: true)
        let git = try options.git()
        let result: BranchSync.InitResult
        do {
            try store.flush()
            result = try BranchSync(folder: store.folder, git: git).initialize(remote: remote, labels: options.labels, now: Date())
        } catch {
            throw failure(error)
        }
        let zh = options.zh
        print(result.createdRepository ? (zh ? "已在 \(store.folder.path) 建立 git 仓库。" : "\(store.folder.path) is now a git repository.")
                                       : (zh ? "\(store.folder.path) 已经是 git 仓库。" : "\(store.folder.path) was a git repository already."))
        if result.committedFiles > 0 { print(zh ? "已提交 \(result.committedFiles) 个文件。" : "Committed \(result.committedFiles) files.") }
        if let remote = result.remote {
            print(zh ? "远程仓库：\(remote)。运行 partyday sync 上传。" : "Remote: \(remote). Run `partyday sync` to send the records there.")
        } else {
            print(zh ? "还没有远程仓库：partyday sync init --remote URL" : "No remote yet: partyday sync init --remote URL")
        }
    }
}

struct SyncRunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Commit what changed, pull the other PCs' changes (rebase), push (the default).",
        discussion: Manual.note
    )

    @OptionGroup var options: SyncOptions

    func run() throws {
        let store = try options.lockedStore()
        let git = try options.git()
        let zh = options.zh
        let result: BranchSync.SyncResult
        do {
            try store.flush()
            result = try BranchSync(folder: store.folder, git: git).sync(labels: options.labels, now: Date())
        } catch {
            throw failure(error)
        }
        if let recovered = result.recovered { say(recovered) }
        if let committed = result.committed {
            print((zh ? "已提交：" : "Committed: ") + (committed.split(separator: "\n").first.map(String.init) ?? ""))
        } else {
            print(zh ? "本机没有新的修改。" : "Nothing changed here since the last sync.")
        }
        if result.remote == nil {
            print(zh ? "没有远程仓库，只在本机提交：partyday sync init --remote URL" : "No remote: committed here only (partyday sync init --remote URL).")
            return
        }
        if !result.received.isEmpty {
            print(zh ? "收到 \(result.received.count) 个文件的修改。" : "Received changes to \(result.received.count) file\(result.received.count == 1 ? "" : "s").")
        }
        for conflict in result.conflicts {
            print(zh ? "冲突：两台电脑都改了 \(conflict.record)；本机的版本保留，对方的版本存为 \(conflict.copy)。用 partyday sync resolve 选择。"
                     : "Conflict: both PCs changed \(conflict.record); yours is kept, theirs is saved as \(conflict.copy). Choose with: partyday sync resolve")
        }
        if result.pushed { print(zh ? "已上传。" : "Sent.") }
    }
}

struct SyncStatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "status", abstract: "When the folder was last synced, what is not yet, and any conflicts.",
        discussion: Manual.note)

    @OptionGroup var options: SyncOptions

    func run() throws {
        let git = try options.git()
        let status = BranchSync(folder: options.data.folder, git: git).status()
        let zh = options.zh
        guard status.isRepository else {
            print(zh ? "数据文件夹还没有用 git 保存：partyday sync init --remote URL" : "The data folder is not kept in git yet: partyday sync init --remote URL")
            return
        }
        let last = status.lastSync.map { DateText.dateTime($0, in: .current) } ?? (zh ? "从未" : "never")
        print(zh ? "上次同步：\(last)；未同步的修改：\(status.unsynced)；远程：\(status.remote ?? "无")"
                 : "Last synced: \(last); unsynced changes: \(status.unsynced); remote: \(status.remote ?? "none")")
        for copy in status.conflicts {
            print(zh ? "冲突副本：\(copy)（\(BranchSync.record(ofCopy: copy) ?? "?") 的另一版本）" : "Conflict copy: \(copy) (the other version of \(BranchSync.record(ofCopy: copy) ?? "?"))")
        }
    }
}

struct SyncResolveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resolve",
        abstract: "Settle a conflict: keep your version (--mine) or the other PC's (--theirs).",
        discussion: Manual.after("Without a copy, lists the conflict copies. Compare them first: partyday export minutes on each, or any text editor.")
    )

    @OptionGroup var options: SyncOptions

    @Argument(help: ArgumentHelp("A conflict copy (conflicts/…), as `partyday sync status` lists it.", valueName: "copy"))
    var copy: String?

    @Flag(help: "Keep the version in place (yours); the copy is removed.")
    var mine = false

    @Flag(help: "Put the other PC's version (the copy) in place of yours.")
    var theirs = false

    func validate() throws {
        if copy != nil && mine == theirs { throw ValidationError("say which version to keep: --mine or --theirs") }
    }

    func run() throws {
        let zh = options.zh
        guard let copy else {
            let copies = BranchSync.conflictCopies(in: options.data.folder)
            if copies.isEmpty { print(zh ? "没有冲突。" : "No conflicts.") }
            for copy in copies { print("\(copy)\t\(BranchSync.record(ofCopy: copy) ?? "?")") }
            return
        }
        let store = try options.lockedStore()
        let git = try options.git()
        do {
            try BranchSync(folder: store.folder, git: git).resolve(copy: copy, keepCopy: theirs)
        } catch {
            throw failure(error)
        }
        print(theirs ? (zh ? "已换成对方的版本；运行 partyday sync 上传。" : "The other PC's version is in place; run `partyday sync` to send it.")
                     : (zh ? "保留本机的版本，冲突副本已删除。" : "Your version stays; the copy is removed."))
    }
}

import Foundation

/// The git command-line tool, run for the data folder's sync and the committee's copies.
/// Never interactive: no editor, no password prompt (an SSH key or a credential helper
/// must already be set up), messages in English whatever the locale, so they can be read.
public struct Git: Sendable {
    public let executable: URL
    /// The folder git runs in (`git -C`).
    public let folder: URL

    /// A git command that failed: what git itself said stays as it said it.
    public struct Failure: WordedError, CustomStringConvertible, Sendable {
        public var command: String
        public var status: Int32
        public var output: String
        public var description: String { wording.english }
        public var wording: Wording {
            let said = output.trimmingCharacters(in: .whitespacesAndNewlines)
            let failed = Wording("git \(command) failed (exit \(status))", "git \(command) 执行失败（退出码 \(status)）")
            return said.isEmpty ? failed : failed.then(Wording(verbatim: said))
        }
    }

    public enum Missing: WordedError, CustomStringConvertible, Sendable {
        case notInstalled
        public var description: String { wording.english }
        public var wording: Wording {
            Wording("git is not installed (sync needs the git command-line tool: apt-get install git, or your company's git package)",
                    "没有安装 git（同步需要 git 命令行工具：apt-get install git，或单位提供的 git 安装包）")
        }
    }

    /// git from PATH, or `Missing.notInstalled`.
    public static func find(in folder: URL, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Git {
        let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent("git")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return Git(executable: candidate, folder: folder) }
        }
        throw Missing.notInstalled
    }

    public init(executable: URL, folder: URL) {
        self.executable = executable
        self.folder = folder
    }

    /// Runs `git -C folder arguments…`; its standard output, or a `Failure` with what git said.
    @discardableResult
    public func run(_ arguments: [String], input: Data? = nil, allowFailure: Bool = false) throws -> String {
        let result = try runRaw(arguments, input: input)
        if result.status != 0 && !allowFailure {
            throw Failure(command: arguments.prefix(2).joined(separator: " "), status: result.status,
                          output: String(decoding: result.error + result.output, as: UTF8.self))
        }
        return String(decoding: result.output, as: UTF8.self)
    }

    /// Exit status and both outputs, whatever the status. Spawned with `posix_spawn` and
    /// close-on-exec pipes: Foundation's `Process` took ~30 ms a command here (it closes
    /// every descriptor up to the limit in the child), and a sync runs a dozen.
    public func runRaw(_ arguments: [String], input: Data? = nil) throws -> (status: Int32, output: Data, error: Data) {
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_TERMINAL_PROMPT"] = "0"
        environment["GIT_EDITOR"] = "true"
        environment["GIT_SSH_COMMAND"] = environment["GIT_SSH_COMMAND"] ?? "ssh -o BatchMode=yes"
        environment["LC_ALL"] = "C"
        environment["LANGUAGE"] = "C"
        // No housekeeping in the middle of a sync (it runs after commits and fetches).
        let all = ["-C", folder.path, "-c", "maintenance.auto=false", "-c", "gc.auto=0"] + arguments
        return try Spawn.run(executable.path, all, environment: environment, input: input)
    }

    /// Whether `folder` is the top of a git work tree.
    public var isRepository: Bool {
        // No `.git` (a folder, or a worktree's file) in the folder itself: not its own
        // repository, and no git process is spawned to learn it. The home screen asks each
        // time it shows, and a spawned git competed with the home screen's reports.
        guard FileManager.default.fileExists(atPath: folder.appendingPathComponent(".git").path) else { return false }
        guard let top = try? run(["rev-parse", "--show-toplevel"], allowFailure: false) else { return false }
        let real = { (path: String) in URL(fileURLWithPath: path).resolvingSymlinksInPath().standardizedFileURL.path }
        return real(top.trimmingCharacters(in: .whitespacesAndNewlines)) == real(folder.path)
    }
}

import Foundation
import PartyDayKit
import PartyDayRuntime
import PartyDayUI

/// Runs the interactive program: feeds events to `update`, draws `render`'s frames,
/// and performs the effects through the store.
final class TUIShell {
    /// What is on screen: a state and the runner performing its effects. A branch the
    /// committee opens is a session over the committee's, which waits underneath.
    private struct Session {
        var state: AppState
        let runner: EffectRunner
    }

    private var state: AppState
    private var runner: EffectRunner
    private var underneath: [Session] = []

    init(store: Store, strings: Strings, readOnly: String?) throws {
        // The meetings list is read on another thread while the branch, the roster and the
        // terminal are set up here.
        store.prefetchListing()
        runner = EffectRunner(store: store, mode: .interactive)
        runner.language = strings.language
        let (branch, members) = try Self.branchAndRoster(store)
        state = AppState(strings: strings, size: Size(columns: 80, rows: 24), now: Date(), dataFolder: store.folder.path,
                         branch: branch, members: members, readOnly: readOnly, systemZone: .current,
                         idSeed: UInt64.random(in: 0...UInt64.max))
    }

    /// The committee screen over `request`'s branches. Its runner's store is the
    /// committee's own folder, read-only: the committee screen asks for no branch effect.
    init(committee request: CommitteeRequest, strings: Strings) throws {
        runner = EffectRunner(store: try Store(folder: request.folder, access: .readOnly), mode: .interactive)
        runner.language = strings.language
        state = AppState(committee: request, strings: strings, size: Size(columns: 80, rows: 24), now: Date(), systemZone: .current)
    }

    private static func branchAndRoster(_ store: Store) throws -> (BranchProfile?, [Member]) {
        var problems: [FileProblem] = []
        var branch: BranchProfile?
        var members: [Member] = []
        do { branch = try store.loadBranch() } catch { problems.append(FileProblem(path: "branch.plist", error: error)) }
        do { members = try store.loadMembers() } catch { problems.append(FileProblem(path: "members.plist", error: error)) }
        if let first = problems.first {
            // Without a readable branch or roster the screens cannot be trusted to save over them.
            throw ShellError.unreadable(first)
        }
        return (branch, members)
    }

    /// Opens a branch the committee reads, read-only, over the committee screen; nothing
    /// in its folder is written (not even the derived index).
    private func openBranch(name: String, folder: String, terminal: Terminal) {
        do {
            let store = try Store(folder: URL(fileURLWithPath: folder), access: .readOnly)
            store.writesBackIndex = false
            store.prefetchListing()
            let (branch, members) = try Self.branchAndRoster(store)
            let branchRunner = EffectRunner(store: store, mode: .interactive)
            branchRunner.language = state.strings.language
            underneath.append(Session(state: state, runner: runner))
            state = AppState(committeeCopy: name, strings: state.strings, size: terminal.size, now: Date(), dataFolder: folder,
                             branch: branch, members: members, systemZone: .current)
            runner = branchRunner
            runner.perform([.listMeetings])
        } catch {
            let (next, _) = update(state, .committeeBranchFailed(Strings.wording { $0.committeeUnreadable(name, Wording(error: error).text($0.language)) }))
            state = next
        }
        terminal.invalidate()
    }

    /// Back to the committee screen from the branch it opened.
    private func leaveBranch(terminal: Terminal) {
        guard let below = underneath.popLast() else { return }
        runner.flush()
        state = below.state
        runner = below.runner
        state.size = terminal.size
        terminal.invalidate()
    }

    enum ShellError: WordedError, CustomStringConvertible {
        case unreadable(FileProblem)
        var description: String { wording.english }
        var wording: Wording {
            switch self {
            case let .unreadable(problem):
                problem.wording.then(Wording("partyday will not open the screens until it is repaired (see partyday check)",
                                             "修复之前 partyday 不会打开界面（见 partyday check）"), english: "; ", chinese: "；")
            }
        }
    }

    /// How long a frame of background results may wait for the rest (see `run`).
    private static let frameMs: Int32 = 16

    /// Runs until quit; false when some change could not be saved in the data folder.
    func run() -> Bool {
        SignalFlag.install()
        // Installed before initscr, so ncurses adds its own SIGWINCH handler on a clean slate.
        let terminal = Terminal(environment: ProcessInfo.processInfo.environment)
        state.size = terminal.size
        terminal.draw(render(state, state.size))
        var lastFrame = DispatchTime.now()
        if let committee = state.committee {
            runner.perform([Effect.readCommittee(committee.request).replying(to: .committee)])
        } else {
            runner.perform([.listMeetings])
        }
        var lastTick = Date()
        var framePending = false
        var running = true
        while running && !SignalFlag.isRaised {
            let sinceFrame = Int32(clamping: (DispatchTime.now().uptimeNanoseconds - lastFrame.uptimeNanoseconds) / 1_000_000)
            var events = terminal.read(wake: runner.wakeDescriptor, timeout: framePending ? max(1, Self.frameMs - sinceFrame) : 100)
            let typed = !events.isEmpty
            // Whatever came in one read arrived together; the next read is a fresh keypress.
            if typed { events.append(.inputPaused) }
            events += runner.takeEvents()
            let now = Date()
            if now.timeIntervalSince(lastTick) >= 1 {
                events.append(.tick(now))
                lastTick = now
            }
            var dirty = false
            // A session opened or left takes effect after this batch: the rest of it (a
            // result of the committee's reading, keys of the same burst) belongs to the
            // session it arrived for.
            var switchTo: EffectRunner.ShellRequest?
            for event in events {
                if case .resize = event { terminal.invalidate() }
                let effects = update(&state, event)
                dirty = true
                for request in runner.perform(effects) {
                    switch request {
                    case .quit:
                        running = false
                    case .openBranch, .leaveBranch:
                        switchTo = request
                    case .redraw:
                        terminal.invalidate()
                    case .suspend:
                        terminal.suspend()
                        // The size may have changed while stopped.
                        state.size = terminal.size
                    }
                }
            }
            switch switchTo {
            case let .openBranch(name, folder): openBranch(name: name, folder: folder, terminal: terminal)
            case .leaveBranch: leaveBranch(terminal: terminal)
            default: break
            }
            runner.writeDueSaves(force: false)
            guard dirty || framePending else { continue }
            // A frame from background results waits, while more work is out, up to one
            // 60 Hz frame for the rest of it: the listing and the reports computed from it
            // arrive a few milliseconds apart and are drawn once. Keys are drawn at once.
            let elapsed = (DispatchTime.now().uptimeNanoseconds - lastFrame.uptimeNanoseconds) / 1_000_000
            if !typed, runner.hasBackgroundWork, elapsed < UInt64(Self.frameMs) {
                framePending = true
                continue
            }
            terminal.draw(render(state, state.size))
            lastFrame = DispatchTime.now()
            framePending = false
        }
        // Every path out comes here: q, Ctrl-C, SIGTERM, SIGHUP.
        runner.flush()
        terminal.end()
        guard runner.hasPendingSaves else { return true }
        let problem = runner.takeEvents().reduce(into: state.saveProblem) { problem, event in
            if case let .saveFailed(text) = event { problem = text }
        }
        FileHandle.standardError.write(Data((state.strings.unsavedOnExit(problem?.text(state.strings.language) ?? "?") + "\n").utf8))
        var failure: Wording?
        for folder in RescueFolder.candidates() {
            failure = runner.rescue(into: folder, branch: state.branch, members: state.members)
            if failure == nil {
                FileHandle.standardError.write(Data((state.strings.rescued(folder.path) + "\n").utf8))
                return false
            }
        }
        FileHandle.standardError.write(Data((state.strings.rescueFailed(failure?.text(state.strings.language) ?? "?") + "\n").utf8))
        return false
    }
}

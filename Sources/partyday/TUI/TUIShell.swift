import Foundation
import PartyDayKit
import PartyDayUI

/// Runs the interactive program: feeds events to `update`, draws `render`'s frames,
/// and performs the effects through the store.
final class TUIShell {
    private let store: Store
    private var state: AppState
    private var saves = SaveQueue()
    private let inbox = Inbox()
    private var knownNames = Set<String>()
    private var lastSaveFailed = false
    private var terminal: Terminal?
    /// Set by Ctrl-L and after a suspend: the next frame is drawn whole.
    private var needsFullRedraw = false

    init(store: Store, strings: Strings, readOnly: String?) throws {
        self.store = store
        var problems: [FileProblem] = []
        var branch: BranchProfile?
        var members: [Member] = []
        do { branch = try store.loadBranch() } catch { problems.append(error as? FileProblem ?? FileProblem(path: "branch.plist", message: "\(error)")) }
        do { members = try store.loadMembers() } catch { problems.append(error as? FileProblem ?? FileProblem(path: "members.plist", message: "\(error)")) }
        if let first = problems.first {
            // Without a readable branch or roster the screens cannot be trusted to save over them.
            throw ShellError.unreadable(first)
        }
        state = AppState(strings: strings, size: Size(columns: 80, rows: 24), now: Date(), dataFolder: store.folder.path,
                         branch: branch, members: members, readOnly: readOnly, systemZone: .current,
                         idSeed: UInt64.random(in: 0...UInt64.max))
    }

    enum ShellError: Error, CustomStringConvertible {
        case unreadable(FileProblem)
        var description: String {
            switch self {
            case let .unreadable(problem): "\(problem); partyday will not open the screens until it is repaired (see partyday check)"
            }
        }
    }

    func run() {
        SignalFlag.install()
        // Installed before initscr, so ncurses adds its own SIGWINCH handler on a clean slate.
        let terminal = Terminal(environment: ProcessInfo.processInfo.environment)
        self.terminal = terminal
        state.size = terminal.size
        terminal.draw(render(state, state.size))
        perform([.listMeetings])
        computePinyin(for: state.members.map(\.name))
        var lastTick = Date()
        var running = true
        while running && !SignalFlag.isRaised {
            var events = terminal.read()
            events += inbox.take()
            let now = Date()
            if now.timeIntervalSince(lastTick) >= 1 {
                events.append(.tick(now))
                lastTick = now
            }
            var dirty = false
            for event in events {
                if case .resize = event { terminal.invalidate() }
                let (next, effects) = update(state, event)
                state = next
                dirty = true
                if effects.contains(.quit) { running = false }
                perform(effects)
            }
            writeDueSaves(force: false)
            if needsFullRedraw {
                terminal.invalidate()
                state.size = terminal.size
                needsFullRedraw = false
                dirty = true
            }
            if dirty { terminal.draw(render(state, state.size)) }
        }
        // Every path out comes here: q, Ctrl-C, SIGTERM, SIGHUP.
        for _ in 0..<3 where !saves.isEmpty {
            writeDueSaves(force: true)
            if !saves.isEmpty { usleep(200_000) }
        }
        try? store.flush()
        terminal.end()
        if !saves.isEmpty {
            FileHandle.standardError.write(Data((state.strings.unsavedOnExit(state.saveProblem ?? "?") + "\n").utf8))
        }
    }

    private func perform(_ effects: [Effect]) {
        for effect in effects {
            switch effect {
            case .listMeetings:
                let listing = store.listMeetings()
                inbox.post(.meetingsListed(listing.summaries, problems: listing.problems))
            case let .loadMeeting(id):
                if let pending = saves.pending(meetingID: id) {
                    inbox.post(.meetingLoaded(pending))
                } else {
                    do {
                        let meeting = try store.loadMeeting(id: id)
                        inbox.post(.meetingLoaded(meeting))
                        computePinyin(for: meeting.guests.map(\.name) + meeting.attendance.map(\.name))
                    } catch {
                        inbox.post(.meetingLoadFailed(String(describing: error)))
                    }
                }
            case let .saveMeeting(meeting):
                saves.add(meeting, at: Date())
                computePinyin(for: meeting.guests.map(\.name) + meeting.nonVotingAttendees.map(\.name))
            case let .saveMembers(members):
                saves.add(members, at: Date())
                computePinyin(for: members.map(\.name))
            case let .saveBranch(branch):
                saves.add(branch, at: Date())
            case let .deleteMeeting(id):
                deleteMeeting(id)
            case let .previewImport(path):
                previewImport(path)
            case let .reviewPledge(review):
                reviewPledge(review)
            case let .exportMinutes(meeting):
                exportMinutes(meeting)
            case let .computeReports(request):
                let inbox = self.inbox
                DispatchQueue.global(qos: .userInitiated).async {
                    inbox.post(.reportsComputed(request.compute()))
                }
            case .redraw:
                needsFullRedraw = true
            case .suspend:
                // Nothing typed is left in memory while the program is stopped.
                for _ in 0..<3 where !saves.isEmpty { writeDueSaves(force: true) }
                try? store.flush()
                terminal?.suspend()
                needsFullRedraw = true
            case .quit:
                break
            }
        }
    }

    private func deleteMeeting(_ id: String) {
        let pending = saves.pending(meetingID: id)
        saves.drop(meetingID: id)
        do {
            let meeting = try pending ?? store.loadMeeting(id: id)
            do {
                try store.deleteMeeting(id: id)
            } catch StoreError.noSuchMeeting where pending != nil {
                // Created and deleted before its first save reached the disk: nothing to remove.
            }
            inbox.post(.meetingDeleted(meeting))
        } catch {
            inbox.post(.saveFailed(String(describing: error)))
        }
    }

    /// Reviews a pledge of a meeting that is not open: the newest copy (a save still
    /// waiting, else the file), changed and queued for saving like any edit.
    private func reviewPledge(_ review: PledgeReview) {
        do {
            let before = try saves.pending(meetingID: review.meetingID) ?? store.loadMeeting(id: review.meetingID)
            var after = before
            guard after.review(pledgeID: review.pledgeID, status: review.status, on: review.day, note: review.note) else {
                return inbox.post(.pledgeReviewFailed(state.strings.pledgeGone))
            }
            saves.add(after, at: Date())
            inbox.post(.pledgeReviewed(before: before, after: after))
        } catch {
            inbox.post(.pledgeReviewFailed(String(describing: error)))
        }
    }

    /// Writes the minutes as Markdown and text into `exports/` in the data folder, under
    /// names that are new: an earlier export is never replaced.
    private func exportMinutes(_ meeting: Meeting) {
        guard let branch = state.branch else { return }
        let folder = store.folder.appendingPathComponent("exports")
        let day = DateText.day(meeting.start, in: branch.timeZone)
        let base = "\(day)-\(meeting.primaryType.slug)-minutes"
        var suffix = ""
        var number = 1
        func url(_ format: MinutesDocument.Format) -> URL { folder.appendingPathComponent("\(base)\(suffix).\(format.rawValue)") }
        while MinutesDocument.Format.allCases.contains(where: { FileManager.default.fileExists(atPath: url($0).path) }) {
            number += 1
            suffix = "-\(number)"
        }
        do {
            try AtomicFile.makeFolder(folder)
            var written: [String] = []
            for format in MinutesDocument.Format.allCases {
                let text = MinutesDocument(meeting: meeting, branch: branch, language: state.strings.language, format: format).render()
                try AtomicFile.write(Data(text.utf8), to: url(format))
                written.append("exports/\(url(format).lastPathComponent)")
            }
            inbox.post(.minutesExported(written))
        } catch {
            inbox.post(.exportFailed(String(describing: error)))
        }
    }

    private func previewImport(_ path: String) {
        let url = URL(fileURLWithPath: (path as NSString).expandingTildeInPath)
        guard let data = try? Data(contentsOf: url) else {
            return inbox.post(.importFailed(state.strings.cannotRead(url.path)))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return inbox.post(.importFailed(state.strings.notUTF8(url.path)))
        }
        guard let branch = state.branch else { return }
        inbox.post(.importPreviewed(MemberImport.read(text, branch: branch, existing: state.members, today: state.today)))
    }

    private func writeDueSaves(force: Bool) {
        guard !saves.isEmpty else { return }
        if let failure = saves.write(to: store, now: Date(), force: force) {
            lastSaveFailed = true
            inbox.post(.saveFailed(failure))
        } else if lastSaveFailed && saves.isEmpty {
            lastSaveFailed = false
            inbox.post(.saved)
        }
    }

    /// ICU's first transform is slow, so pinyin is worked out on another thread and
    /// arrives as an event; names already known are skipped.
    private func computePinyin(for names: [String]) {
        let fresh = Array(Set(names).subtracting(knownNames))
        guard !fresh.isEmpty else { return }
        knownNames.formUnion(fresh)
        let inbox = self.inbox
        DispatchQueue.global(qos: .userInitiated).async {
            let keys = PinyinKey.keys(for: fresh)
            inbox.post(.pinyinReady(Dictionary(uniqueKeysWithValues: zip(fresh, keys))))
        }
    }
}

/// Events posted from other threads (and from effects) for the main loop to take.
final class Inbox: @unchecked Sendable {
    private var events: [Event] = []
    private let lock = NSLock()

    func post(_ event: Event) {
        lock.lock()
        events.append(event)
        lock.unlock()
    }

    func take() -> [Event] {
        lock.lock()
        defer { lock.unlock() }
        let taken = events
        events = []
        return taken
    }
}

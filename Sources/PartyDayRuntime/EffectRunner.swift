import Foundation
#if canImport(Glibc)
import Glibc
#endif
import PartyDayKit
import PartyDayUI

/// Performs the effects `update` asks for, against the store, and answers with events.
/// The one runner behind the terminal shell, `--snapshot`, the benchmark and the tests:
/// `.synchronous` performs everything at once and writes saves at once (tests, snapshot,
/// benchmark); `.interactive` computes reports and pinyin on another thread and lets
/// saves wait for a pause in typing (the shell calls `writeDueSaves`).
public final class EffectRunner: @unchecked Sendable {
    public enum Mode: Sendable { case synchronous, interactive }

    /// What the runner leaves to the program that shows the screen.
    public enum ShellRequest: Equatable, Sendable {
        case redraw, suspend, quit
        /// Open a branch's folder read-only over the committee screen.
        case openBranch(name: String, folder: String)
        /// Back to the committee screen.
        case leaveBranch
    }

    public let store: any RecordStore
    public let mode: Mode
    /// The interface language, for what the store refuses (a save that failed).
    public var language: Language = .english
    private var saves = SaveQueue()
    /// The open form's long text, waiting to be kept (`.keepDraft`), and when it was asked for.
    private var pendingDraft: (draft: FormDraft?, since: Date)?
    private var draftLookedFor = false
    private var lastSaveFailed = false
    private let inbox = Inbox()
    private let background = DispatchGroup()
    /// Work whose answer changes nothing on screen at once (pinyin for finding names):
    /// a frame never waits for it.
    private let unpaced = DispatchGroup()

    public init(store: any RecordStore, mode: Mode) {
        self.store = store
        self.mode = mode
    }

    /// Answers posted since the last call (from this thread and from background work).
    public func takeEvents() -> [Event] { inbox.take() }

    /// Readable when answers wait: the shell's loop waits on it beside the terminal.
    public var wakeDescriptor: Int32 { inbox.wakeDescriptor }

    public var hasPendingSaves: Bool { !saves.isEmpty }

    /// Performs the effects; returns what only the screen's owner can do.
    @discardableResult
    public func perform(_ effects: [Effect]) -> [ShellRequest] {
        var requests: [ShellRequest] = []
        for effect in effects { perform(effect, to: Outbox(inbox: inbox, address: nil), &requests) }
        if mode == .synchronous { writeDueSaves(force: true) }
        return requests
    }

    /// Performs one effect; its answers go to `outbox` (addressed to the feature that
    /// asked, for an `.addressed` effect).
    private func perform(_ effect: Effect, to outbox: Outbox, _ requests: inout [ShellRequest]) {
        switch effect {
        case let .addressed(screen, inner):
            perform(inner, to: Outbox(inbox: inbox, address: screen), &requests)
        case .listMeetings:
            let listing = store.listMeetings()
            outbox.post(.meetingsListed(listing.summaries, problems: listing.problems))
            // Once, on the first listing: a form's text kept from before a crash.
            if !draftLookedFor {
                draftLookedFor = true
                if let draft = FormDraftFile.read(in: store.folder) { outbox.post(.draftFound(draft)) }
            }
        case let .keepDraft(draft):
            pendingDraft = (draft, pendingDraft?.since ?? Date())
        case let .loadMeeting(id):
            loadMeeting(id)
        case let .saveMeeting(meeting):
            saves.add(meeting, at: Date())
        case let .saveMembers(members):
            saves.add(members, at: Date())
        case let .saveBranch(branch):
            saves.add(branch, at: Date())
        case let .deleteMeeting(id):
            deleteMeeting(id)
        case let .previewImport(request):
            previewImport(request, to: outbox)
        case let .reviewPledge(review):
            reviewPledge(review, to: outbox)
        case let .exportMinutes(request):
            exportMinutes(request, to: outbox)
        case let .exportSignIn(request):
            exportSignIn(request, to: outbox)
        case let .exportSignInOf(id, request):
            do {
                var loaded = request
                loaded.meeting = try saves.pending(meetingID: id) ?? store.loadMeeting(id: id)
                exportSignIn(loaded, to: outbox)
            } catch {
                outbox.post(.exportFailed(Wording(error: error)))
            }
        case let .computeReports(request):
            // The pledge list after the figures, outside the frame's wait: the home
            // screen shows only counts of pledges (from the summaries).
            inBackground(to: outbox) {
                let computed = request.compute()
                self.inBackground(to: outbox, paced: false) { .pledgesComputed(generation: request.generation, request.pledges()) }
                return .reportsComputed(computed)
            }
        case let .computePinyin(names):
            // ICU's first transform takes ~150 ms: frames drawn meanwhile must not wait for it.
            inBackground(to: outbox, paced: false) { .pinyinReady(Dictionary(zip(names, PinyinKey.keys(for: names)), uniquingKeysWith: { first, _ in first })) }
        case .loadSyncStatus:
            let folder = store.folder
            inBackground(to: outbox) {
                guard let git = try? Git.find(in: folder) else {
                    return .syncStatusLoaded(BranchSync.Status(isRepository: false, lastSync: nil, unsynced: 0, remote: nil,
                                                               conflicts: BranchSync.conflictCopies(in: folder)))
                }
                return .syncStatusLoaded(BranchSync(folder: folder, git: git).status())
            }
        case .loadDues:
            // What is waiting to be saved is newer than the files.
            let pending = saves.pendingDues
            let bases: [MemberDuesBasis]
            var problems: [FileProblem] = []
            do { bases = try pending.bases ?? store.loadDuesBases() } catch {
                bases = []
                problems.append(FileProblem(path: "dues/bases.plist", error: error))
            }
            let loaded = store.loadAllDues()
            var years = Dictionary(loaded.years.map { ($0.year, $0) }, uniquingKeysWith: { first, _ in first })
            // A damaged year file is set aside so dues go on (a writing store only); what
            // of it passes the checks is kept.
            var remaining: [FileProblem] = []
            var setAside: [Wording] = []
            for problem in loaded.problems {
                if let disk = store as? Store, let year = Int(problem.path.dropFirst("dues/".count).prefix(4)),
                   problem.path == "dues/\(year).plist", let done = disk.setAsideDamagedDues(year: year) {
                    years[year] = done.year
                    setAside.append(problem.reason.then(done.wording, english: " — ", chinese: "——"))
                } else {
                    remaining.append(problem)
                }
            }
            for year in pending.years { years[year.year] = year }
            outbox.post(.duesLoaded(bases: bases, years: years.values.sorted { $0.year < $1.year }, problems: problems + remaining))
            if !setAside.isEmpty { outbox.post(.duesSetAside(setAside)) }
        case let .saveDuesYear(dues):
            saves.add(dues, at: Date())
        case let .saveDuesBases(bases):
            saves.add(bases, at: Date())
        case let .loadRecords(folder):
            guard let kind = FolderRecords.kind(folder: folder) else { return }
            outbox.post(loadRecords(kind))
        case let .saveRecord(record):
            saves.add(record, at: Date())
        case let .exportDevelopment(request):
            let document = request.document
            writeExports(base: "\(request.today)-\(document.title)-\(request.person.name)", to: outbox, posting: Event.developmentExported) {
                [("docx", try document.word()), ("md", Data(document.markdown().utf8))]
            }
        case let .exportWorkBook(request):
            // What is waiting to be saved goes first: the book is read from the files.
            writeDueSaves(force: true)
            guard let disk = store as? Store else { return outbox.post(.exportFailed(Wording("no folder to read the year from", "没有可读取的数据文件夹"))) }
            let asOf = min(request.today, Day(year: request.year, month: 12, day: 31)!)
            let records = disk.yearRecords(branch: request.branch, members: request.members, today: asOf)
            switch request.document {
            case .workBook:
                let book = records.workBook(request.year, today: request.today, language: request.language, load: { try disk.loadMeeting(id: $0) })
                writeExports(base: "\(request.today)-\(book.title)", to: outbox, posting: Event.workBookExported) { [("docx", try book.data())] }
            case .dossier:
                let dossier = DossierDocument(branch: records.branch, members: records.members, summaries: records.summaries, dues: records.dues,
                                              talks: records.talks, year: request.year, asOf: asOf, language: request.language)
                writeExports(base: "\(request.today)-\(dossier.title)", to: outbox, posting: Event.workBookExported) { [("docx", try dossier.data())] }
            case .figures:
                let output = YearOutput(figures: records.figures(request.year, today: request.today, load: { try disk.loadMeeting(id: $0) }),
                                        branch: records.branch.name, language: request.language)
                let book = output.workbook().printed(output.title + " " + Workbook.asOf(asOf, request.language), language: request.language)
                writeExports(base: "\(request.today)-\(output.title)", to: outbox, posting: Event.workBookExported) { [("xlsx", try book.data())] }
            }
        case let .deleteRecord(folder, id):
            saves.drop(folder: folder, id: id)
            guard let kind = FolderRecords.kind(folder: folder) else { return }
            do { try store.delete(kind, id: id) } catch { outbox.post(.saveFailed(Wording(error: error))) }
        case let .sync(language):
            sync(language)
        case .reloadBranch:
            reloadBranch()
        case let .loadConflicts(zone, language):
            let folder = store.folder
            inBackground(to: outbox) {
                .conflictsLoaded(BranchSync.conflictCopies(in: folder).map { ConflictCopy.read(folder: folder, copy: $0, zone: zone, labels: Labels(language)) })
            }
        case let .resolveConflict(copy, keepTheirs):
            // A save still waiting for the record would write over the choice.
            writeDueSaves(force: true)
            do {
                try BranchSync.resolve(copy: copy, keepCopy: keepTheirs, in: store.folder)
                outbox.post(.conflictResolved(copy: copy, tookTheirs: keepTheirs))
            } catch {
                outbox.post(.conflictResolveFailed(Wording(error: error)))
            }
        case let .readCommittee(request):
            inBackground(to: outbox) { .committeeRead(request.readRows(now: Date())) }
        case let .pullCommittee(request):
            inBackground(to: outbox) { .committeePulled(failures: request.pull()) }
        case let .openCommitteeBranch(name, folder):
            requests.append(.openBranch(name: name, folder: folder))
        case .leaveBranch:
            requests.append(.leaveBranch)
        case .redraw:
            requests.append(.redraw)
        case .suspend:
            flush()
            requests.append(.suspend)
        case .quit:
            requests.append(.quit)
        }
    }

    /// Writes the saves that are due (all of them when `force`); a failure is answered
    /// with `.saveFailed` and retried, the first success after it with `.saved`.
    public func writeDueSaves(now: Date = Date(), force: Bool) {
        // A draft waits for a pause as a save does, and never more than about a second.
        if let pending = pendingDraft, force || mode == .synchronous || now.timeIntervalSince(pending.since) >= 0.5 {
            pendingDraft = nil
            FormDraftFile.write(pending.draft, in: store.folder)
        }
        guard !saves.isEmpty else { return }
        if let failure = saves.write(to: store, now: now, force: force) {
            lastSaveFailed = true
            inbox.post(.saveFailed(failure))
        } else if lastSaveFailed && saves.isEmpty {
            lastSaveFailed = false
            inbox.post(.saved)
        }
    }

    /// Writes everything pending, trying a few times, and the index: before quitting or suspending.
    public func flush() {
        for _ in 0..<3 where !saves.isEmpty {
            writeDueSaves(force: true)
            if !saves.isEmpty && mode == .interactive { usleep(200_000) }
        }
        try? store.flush()
    }

    /// Writes what could not be saved into `folder`, a new data folder of its own (the
    /// branch and roster as they are now, with the meetings that were waiting), so that
    /// nothing typed is lost when the data folder is gone, full or read-only. Returns the
    /// problem, or nil when written.
    public func rescue(into folder: URL, branch: BranchProfile?, members: [Member]) -> Wording? {
        guard !saves.isEmpty else { return nil }
        let waiting = saves.contents
        do {
            let copy = try Store(folder: folder)
            if let branch = waiting.branch ?? branch { try copy.save(branch) }
            try copy.save(waiting.members ?? members)
            // Each record on its own; one the save path refuses is written as it is (the
            // failed save may be the reason there is a rescue at all), never dropped.
            for meeting in waiting.meetings { try save(meeting, in: copy) }
            let dues = saves.pendingDues
            if let bases = dues.bases { do { try copy.save(bases) } catch StoreError.invalid { try copy.writeAsIs(bases) } }
            for year in dues.years { do { try copy.save(year) } catch StoreError.invalid { try copy.writeAsIs(year) } }
            for pending in saves.pendingRecords() { try rescue(pending.record, in: copy) }
            try copy.flush()
            return nil
        } catch {
            return Wording(error: error)
        }
    }

    private func rescue<R: FolderRecord>(_ record: R, in copy: Store) throws {
        do { try copy.save(record) } catch StoreError.invalid { try copy.writeAsIs(record) }
    }

    /// A folder kind's records: the files, with what waits to be saved (newer) in their place.
    private func loadRecords<R: FolderRecord>(_ type: R.Type) -> Event {
        let loaded = store.loadAll(type)
        var records = Dictionary(loaded.records.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for pending in saves.pendingRecords(folder: R.folder) { if let record = pending.typed(R.self) { records[record.id] = record } }
        return .recordsLoaded(folder: R.folder, R.ordered(Array(records.values)).map(AnyFolderRecord.init), problems: loaded.problems)
    }

    private func save(_ meeting: Meeting, in copy: Store) throws {
        do { try copy.save(meeting) } catch StoreError.invalid { try copy.writeAsIs(meeting) }
    }

    /// Saves everything first (git commits what is on disk), then syncs on another thread.
    /// The screens change nothing meanwhile (`AppState.syncing`), so no save races git.
    private func sync(_ language: Language) {
        writeDueSaves(force: true)
        guard saves.isEmpty else {
            return inbox.post(.syncFailed(Wording("a change could not be saved first; nothing was synced", "有修改未能先保存，未同步")))
        }
        try? store.flush()
        let folder = store.folder
        inBackground {
            do {
                let git = try Git.find(in: folder)
                return .synced(try BranchSync(folder: folder, git: git).sync(labels: Labels(language), now: Date()))
            } catch {
                return .syncFailed(Wording(error: error))
            }
        }
    }

    /// The branch, the roster and the meetings as the files now say (the listing notices
    /// the files a pull changed by their size and time).
    private func reloadBranch() {
        var problems: [FileProblem] = []
        var branch: BranchProfile?
        var members: [Member] = []
        do { branch = try store.loadBranch() } catch { problems.append(FileProblem(path: "branch.plist", error: error)) }
        do { members = try store.loadMembers() } catch { problems.append(FileProblem(path: "members.plist", error: error)) }
        // The listing first: it replaces the damaged files named, the branch's add to them.
        let listing = store.listMeetings()
        inbox.post(.meetingsListed(listing.summaries, problems: listing.problems))
        inbox.post(.branchReloaded(branch, members, problems: problems))
    }

    /// `paced`: the shell's frame for background results waits, while such work is out,
    /// up to one frame for the rest of it (`hasBackgroundWork`).
    private func inBackground(to outbox: Outbox? = nil, paced: Bool = true, _ work: @escaping @Sendable () -> Event) {
        let outbox = outbox ?? Outbox(inbox: inbox, address: nil)
        switch mode {
        case .synchronous:
            outbox.post(work())
        case .interactive:
            DispatchQueue.global(qos: .userInitiated).async(group: paced ? background : unpaced) { outbox.post(work()) }
        }
    }

    /// Whether work sent to other threads has not answered yet.
    public var hasBackgroundWork: Bool {
        background.wait(timeout: .now()) == .timedOut
    }

    /// Waits until the work sent to other threads has answered (the benchmark uses it so
    /// that a timed key does not share the processor with a report being computed).
    public func waitForBackgroundWork() {
        background.wait()
        unpaced.wait()
    }

    private func loadMeeting(_ id: String) {
        // A save still waiting is newer than the file.
        if let pending = saves.pending(meetingID: id) { return inbox.post(.meetingLoaded(pending)) }
        do {
            inbox.post(.meetingLoaded(try store.loadMeeting(id: id)))
        } catch {
            inbox.post(.meetingLoadFailed(Wording(error: error)))
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
            inbox.post(.saveFailed(Wording(error: error)))
        }
    }

    /// Reviews a pledge of a meeting that is not open: the newest copy (a save still
    /// waiting, else the file), changed and queued for saving like any edit.
    private func reviewPledge(_ review: PledgeReview, to outbox: Outbox) {
        do {
            let before = try saves.pending(meetingID: review.meetingID) ?? store.loadMeeting(id: review.meetingID)
            var after = before
            guard after.review(pledgeID: review.pledgeID, status: review.status, on: review.day, note: review.note) else {
                return outbox.post(.pledgeReviewFailed(Strings.wording(\.pledgeGone)))
            }
            saves.add(after, at: Date())
            outbox.post(.pledgeReviewed(before: before, after: after))
        } catch {
            outbox.post(.pledgeReviewFailed(Wording(error: error)))
        }
    }

    /// Writes the minutes as Markdown, text and Word into `exports/` in the data folder,
    /// under names that are new: an earlier export is never replaced.
    private func exportMinutes(_ request: MinutesRequest, to outbox: Outbox) {
        // The meeting's number in its year, from the listed records (the index makes it cheap).
        let number = request.meeting.numberInYear(among: store.listMeetings().summaries, zone: request.branch.timeZone)
        let minutes = { (format: MinutesDocument.Format) in
            var document = MinutesDocument(meeting: request.meeting, branch: request.branch, language: request.language, format: format, members: request.members)
            document.development = request.development
            document.numberInYear = number
            return document
        }
        writeExports(request, name: "minutes", to: outbox, posting: Event.minutesExported) {
            [("md", Data(minutes(.markdown).render().utf8)), ("txt", Data(minutes(.text).render().utf8)), ("docx", try minutes(.markdown).word())]
        }
    }

    /// The sign-in sheet as Word (to print) and Markdown, beside the minutes.
    private func exportSignIn(_ request: MinutesRequest, to outbox: Outbox) {
        let sheet = SignInSheet(meeting: request.meeting, branch: request.branch, members: request.members, language: request.language)
        writeExports(request, name: "signin", to: outbox, posting: Event.signInExported) {
            [("docx", try sheet.word()), ("md", Data(sheet.render(.markdown).utf8))]
        }
    }

    private func writeExports(_ request: MinutesRequest, name: String, to outbox: Outbox, posting event: ([String]) -> Event,
                              _ documents: () throws -> [(extension: String, data: Data)]) {
        let day = DateText.day(request.meeting.start, in: request.branch.timeZone)
        writeExports(base: "\(day)-\(request.meeting.primaryType.slug)-\(name)", to: outbox, posting: event, documents)
    }

    /// Writes the documents into `exports/` as `base.EXT`, numbered when such files exist.
    private func writeExports(base: String, to outbox: Outbox, posting event: ([String]) -> Event, _ documents: () throws -> [(extension: String, data: Data)]) {
        let folder = store.folder.appendingPathComponent("exports")
        if let target = FolderLinks.leadsOut("exports", in: store.folder) {
            return outbox.post(.exportFailed(FolderLinks.problem("exports", target: target).wording))
        }
        // A name typed by hand must not make a path (a slash in it) or a hidden file.
        let base = String(base.map { "/\\:".contains($0) ? "-" : $0 }).trimmingCharacters(in: CharacterSet(charactersIn: ". "))
        do {
            let files = try documents()
            var suffix = ""
            var number = 1
            func url(_ ext: String) -> URL { folder.appendingPathComponent("\(base)\(suffix).\(ext)") }
            while files.contains(where: { FileManager.default.fileExists(atPath: url($0.extension).path) }) {
                number += 1
                suffix = "-\(number)"
            }
            try AtomicFile.makeFolder(folder)
            var written: [String] = []
            for file in files {
                try AtomicFile.write(file.data, to: url(file.extension))
                written.append("exports/\(url(file.extension).lastPathComponent)")
            }
            outbox.post(event(written))
        } catch {
            outbox.post(.exportFailed(Wording(error: error)))
        }
    }

    private func previewImport(_ request: ImportRequest, to outbox: Outbox) {
        let url = URL(fileURLWithPath: (request.path as NSString).expandingTildeInPath)
        guard let data = try? Data(contentsOf: url) else { return outbox.post(.importFailed(Strings.wording { $0.cannotRead(url.path) })) }
        switch MemberImport.read(file: data, branch: request.branch, existing: request.existing, today: request.today,
                                 rosterSince: request.rosterSince) {
        case var .success(result):
            // The groups the file names come with it: the rows are read as if they existed,
            // and the import creates them (c creates them on their own).
            if !result.unknownGroups.isEmpty {
                let groups = result.unknownGroups.map { PartyGroup(id: ShortID.make(), name: $0) }
                var branch = request.branch
                branch.partyGroups += groups
                if case var .success(again) = MemberImport.read(file: data, branch: branch, existing: request.existing, today: request.today,
                                                                 rosterSince: request.rosterSince) {
                    again.unknownGroups = result.unknownGroups
                    again.groupsToCreate = groups
                    result = again
                }
            }
            if let tooLarge = FileFormat.rosterSizeProblem(request.existing + result.members) {
                return outbox.post(.importFailed(Strings.wording { $0.importTooLarge(result.members.count, tooLarge.text($0.language)) }))
            }
            outbox.post(.importPreviewed(request, result))
        case .failure(.notText): outbox.post(.importFailed(Strings.wording { $0.notUTF8(url.path) }))
        case let .failure(.notAWorkbook(why)): outbox.post(.importFailed(Strings.wording { $0.badWorkbook(url.path, why) }))
        }
    }
}

/// Where an effect's answers go: the inbox, addressed to the feature that asked when the
/// effect was `.addressed` (Bubble Tea's wrapped messages, the Composable Architecture's
/// scoped actions), so the root hands them to that feature's reducer.
struct Outbox: Sendable {
    let inbox: Inbox
    let address: AppState.Screen?

    func post(_ event: Event) {
        inbox.post(address.map { .reply(to: $0, event) } ?? event)
    }
}

/// Events posted from other threads (and from effects) for the main loop to take. Each
/// post also writes a byte to a pipe, so a loop that waits on the terminal can wait on
/// `wakeDescriptor` too and draw a result the moment it arrives.
final class Inbox: @unchecked Sendable {
    private var events: [Event] = []
    private let lock = NSLock()
    private var pipeEnds: [Int32] = [-1, -1]

    init() {
        if pipe(&pipeEnds) == 0 {
            for end in pipeEnds {
                _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
                _ = fcntl(end, F_SETFD, FD_CLOEXEC)
            }
        }
    }

    deinit {
        for end in pipeEnds where end >= 0 { close(end) }
    }

    /// Readable whenever events wait to be taken.
    var wakeDescriptor: Int32 { pipeEnds[0] }

    func post(_ event: Event) {
        lock.lock()
        events.append(event)
        lock.unlock()
        var byte: UInt8 = 1
        // Full pipe: the loop is awake anyway.
        _ = write(pipeEnds[1], &byte, 1)
    }

    func take() -> [Event] {
        lock.lock()
        defer { lock.unlock() }
        var buffer = [UInt8](repeating: 0, count: 256)
        while read(pipeEnds[0], &buffer, buffer.count) > 0 {}
        let taken = events
        events = []
        return taken
    }
}

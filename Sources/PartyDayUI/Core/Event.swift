import Foundation
import PartyDayKit

/// A key that is not text. Printable input arrives as `Event.text`.
public enum Key: Equatable, Hashable, Sendable {
    case up, down, left, right, home, end, pageUp, pageDown
    case enter, tab, backTab, backspace, delete, insert, escape
    case function(Int)
    /// Control plus a letter, lower case: `.control("u")` is Ctrl-U.
    case control(Character)
}

/// Everything that can happen to the program, as plain values.
public enum Event: Equatable, Sendable {
    case key(Key)
    /// Typed or committed text: one character or an input method's whole phrase.
    case text(String)
    /// A bracketed paste, possibly of several lines.
    case paste(String)
    /// A click or a wheel turn (terminals that report the mouse).
    case mouse(MouseEvent)
    case resize(Size)
    /// The clock; stamps agenda steps and expires messages.
    case tick(Date)
    /// No more input was waiting: what came before arrived together (a burst, a paste),
    /// what comes after is a fresh keypress. A destructive question listens only to the latter.
    case inputPaused

    /// An effect's answer, for the feature that asked (`Effect.addressed`).
    indirect case reply(to: AppState.Screen, Event)

    // Answers from the shell to effects.
    case meetingsListed([MeetingSummary], problems: [FileProblem])
    case meetingLoaded(Meeting)
    case meetingLoadFailed(Wording)
    case meetingDeleted(Meeting)
    case saveFailed(Wording)
    case saved
    /// Pinyin for the roster's names, computed off the first frame's path.
    case pinyinReady([String: PinyinKey])
    case importPreviewed(ImportRequest, MemberImport)
    case importFailed(Wording)
    /// A pledge of a meeting that was not open, reviewed and saved by the shell.
    case pledgeReviewed(before: Meeting, after: Meeting)
    case pledgeReviewFailed(Wording)
    case reportsComputed(ComputedReports)
    /// The pledge list of a report generation (computed after the reports).
    case pledgesComputed(generation: Int, [PledgeEntry])
    /// The minutes were written to these files.
    case minutesExported([String])
    case signInExported([String])
    case developmentExported([String])
    case workBookExported([String])
    case exportFailed(Wording)
    /// The dues files, read after the meetings were listed (damaged ones named, left out).
    case duesLoaded(bases: [MemberDuesBasis], years: [DuesYear], problems: [FileProblem])
    /// The records of a folder kind (people in development …), read after the meetings were
    /// listed, with those waiting to be saved (damaged files named, left out).
    case recordsLoaded(folder: String, [AnyFolderRecord], problems: [FileProblem])
    /// Damaged dues year files set aside so that dues go on: what was done, for each.
    case duesSetAside([Wording])
    /// Whether the folder is kept in git, when it was last synced, what is not yet, and
    /// any conflict copies (`partyday sync`).
    case syncStatusLoaded(BranchSync.Status)
    /// A form's long text kept from before partyday last stopped (`keepDraft`).
    case draftFound(FormDraft)
    /// `partyday sync` run from the home screen (`.sync`) finished.
    case synced(BranchSync.SyncResult)
    case syncFailed(Wording)
    /// The branch and roster read again after a sync brought the other PC's changes.
    case branchReloaded(BranchProfile?, [Member], problems: [FileProblem])
    /// The conflict copies in the folder, described (`.loadConflicts`).
    case conflictsLoaded([ConflictCopy])
    /// A conflict settled: the copy is gone; when `tookTheirs`, the record is the other PC's.
    case conflictResolved(copy: String, tookTheirs: Bool)
    case conflictResolveFailed(Wording)
    /// The committee's branches, read (`.readCommittee`).
    case committeeRead([CommitteeRow])
    /// The committee's clones pulled; the branches that failed, with why.
    case committeePulled(failures: [String])
    /// A branch the committee screen asked to open could not be read.
    case committeeBranchFailed(Wording)
}

/// What `update` asks the shell to do. The core never touches the disk. Each effect
/// carries everything needed to perform it, so the runner reads nothing from the state.
public enum Effect: Equatable, Sendable {
    /// Performs the effect and sends its answers to that screen's feature (`Event.reply`).
    indirect case addressed(to: AppState.Screen, Effect)
    case listMeetings
    case loadMeeting(id: String)
    case saveMeeting(Meeting)
    case saveMembers([Member])
    case saveBranch(BranchProfile)
    case deleteMeeting(id: String)
    /// Read a roster file and answer with `.importPreviewed` (or `.importFailed`).
    case previewImport(ImportRequest)
    /// Load the meeting, apply the review, save it, answer with `.pledgeReviewed`.
    case reviewPledge(PledgeReview)
    /// Compute the reports (on another thread) and answer with `.reportsComputed`, then
    /// the pledge list with `.pledgesComputed`.
    case computeReports(ReportRequest)
    /// Work out the pinyin of these names (off the key path) and answer with `.pinyinReady`.
    case computePinyin([String])
    /// Write the meeting's minutes (Markdown and text) into the data folder's exports folder.
    case exportMinutes(MinutesRequest)
    /// The sign-in sheet (签到表) as .docx and .md in `exports/`.
    case exportSignIn(MinutesRequest)
    /// The same for a meeting not open (the runner reads it: a save waiting, else its file).
    case exportSignInOf(meetingID: String, MinutesRequest)
    /// Read the dues bases and every year's payments; answer with `.duesLoaded`.
    case loadDues
    /// Ask git how the folder stands (off the key path); answer with `.syncStatusLoaded`.
    case loadSyncStatus
    /// Write a year's dues file (payments and hand-overs), like a meeting: after a pause.
    case saveDuesYear(DuesYear)
    case saveDuesBases([MemberDuesBasis])
    /// Read every record of the folder kind kept in `folder`; answer with `.recordsLoaded`.
    case loadRecords(folder: String)
    /// Write one folder record's file (a person in development …), like a meeting: after a pause.
    case saveRecord(AnyFolderRecord)
    /// One person's 发展党员纪实 as .docx and .md in `exports/`; answer with `.developmentExported`.
    case exportDevelopment(DevelopmentExportRequest)
    /// The year's work book (工作手册) as .docx in `exports/`, read from the folder; answer with `.workBookExported`.
    case exportWorkBook(WorkBookRequest)
    /// Remove a folder record's file (only undo of adding it asks this).
    case deleteRecord(folder: String, id: String)
    /// The open form's long text, kept within a second as typed; nil: the form closed.
    case keepDraft(FormDraft?)
    /// Save everything waiting, then commit, pull (rebase) and push in git, off the key
    /// path; answer with `.synced` or `.syncFailed`. Messages in `language`.
    case sync(language: Language)
    /// Read the branch, the roster, the meetings and the dues again (after a sync brought
    /// changes); answer with `.branchReloaded`, `.meetingsListed`.
    case reloadBranch
    /// Describe every conflict copy (both versions of each record); answer with `.conflictsLoaded`.
    case loadConflicts(zone: TimeZone, language: Language)
    /// Settle one: keep this PC's record (the copy is removed) or put the copy in its place.
    /// Everything waiting is saved first. Answer with `.conflictResolved` or `.conflictResolveFailed`.
    case resolveConflict(copy: String, keepTheirs: Bool)
    /// Read every branch of the committee (on all cores) and answer with `.committeeRead`.
    case readCommittee(CommitteeRequest)
    /// Fetch every cloned branch, answer with `.committeePulled`.
    case pullCommittee(CommitteeRequest)
    /// Open a branch's folder read-only in the usual screens, over the committee screen.
    case openCommitteeBranch(name: String, folder: String)
    /// Back from a branch opened by the committee to the committee screen.
    case leaveBranch
    /// Draw the whole screen again (Ctrl-L).
    case redraw
    /// Save what is pending, give the terminal back and stop until `fg` (Ctrl-Z).
    case suspend
    case quit
}

/// A roster file to preview, with what the preview is judged against.
public struct ImportRequest: Equatable, Sendable {
    public var path: String
    public var branch: BranchProfile
    public var existing: [Member]
    public var today: Day
    public var language: Language
    /// The day members without a roster date in the file join the roster.
    public var rosterSince: Day
}

/// A meeting whose minutes are to be written, in a language.
/// What the runner needs to write one person's development record.
public struct DevelopmentExportRequest: Equatable, Sendable {
    public var person: DevelopmentPerson
    public var branch: BranchProfile
    public var members: [Member]
    public var meetingNames: [String: String]
    public var today: Day
    public var language: Language

    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.person == rhs.person && lhs.today == rhs.today && lhs.language == rhs.language }

    /// The document itself, as of `today`.
    public var document: DevelopmentRecordDocument {
        DevelopmentRecordDocument(person: person, branch: branch, meetingNames: meetingNames,
                                  rules: DevelopmentRules(limits: branch.development, members: members), asOf: today, language: language)
    }
}

public struct MinutesRequest: Equatable, Sendable {
    public var meeting: Meeting
    public var branch: BranchProfile
    public var language: Language
    /// For the posts of host and recorder.
    public var members: [Member] = []
    /// For the sponsors and steps behind an admission or conversion decision.
    public var development: [DevelopmentPerson] = []
}

extension Effect {
    /// The effect, with its answers sent back to `screen`.
    public func replying(to screen: AppState.Screen) -> Effect { .addressed(to: screen, self) }
}

/// The work book to write: the branch and roster as the screens hold them, the year, the
/// day judged and the language; the runner reads the rest from the folder.
public struct WorkBookRequest: Equatable, Sendable {
    /// Which of the year's documents: the work book (工作手册, .docx), the dossier before
    /// the organizational-life meeting (a page per member, .docx), the year's figures (.xlsx).
    public enum Document: Sendable, Equatable { case workBook, dossier, figures }

    public var branch: BranchProfile
    public var members: [Member]
    public var year: Int
    public var today: Day
    public var language: Language
    public var document: Document = .workBook

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.year == rhs.year && lhs.today == rhs.today && lhs.language == rhs.language && lhs.document == rhs.document
    }
}

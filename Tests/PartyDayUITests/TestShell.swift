import Foundation
@testable import PartyDayKit
@testable import PartyDayUI

/// Drives `update` and `render` like the real shell does, performing effects through a
/// real store in a temp folder, synchronously.
final class TestShell {
    let folder: URL
    let store: Store
    var state: AppState
    var size: Size
    private(set) var quit = false
    private(set) var allEffects: [Effect] = []
    /// Minutes the workspace asked to export, as Markdown.
    private(set) var exportedMinutes: [String] = []

    init(demo: Bool = true, branch: BranchProfile? = nil, members: [Member] = [], language: Language = .english,
         size: Size = Size(columns: 80, rows: 24), now: Date = DemoData.date("2026-11-25", 10), readOnly: String? = nil) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("partyday-ui-\(UUID().uuidString)")
        store = try Store(folder: folder)
        var branch = branch, members = members
        if demo {
            let data = DemoData.make()
            try data.write(to: store)
            branch = data.branch
            members = data.members
        } else if let branch {
            try store.save(branch)
            try store.save(members)
        }
        self.size = size
        state = AppState(strings: Strings(language), size: size, now: now, dataFolder: folder.path,
                         branch: branch, members: members, readOnly: readOnly)
        state.pinyin = Dictionary(uniqueKeysWithValues: zip(members.map(\.name), PinyinKey.keys(for: members.map(\.name))))
        perform([.listMeetings])
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    func send(_ events: Event...) {
        for event in events { dispatch(event) }
    }

    /// Each character as its own key press.
    func type(_ text: String) {
        for character in text { dispatch(.text(String(character))) }
    }

    func press(_ keys: Key...) {
        for key in keys { dispatch(.key(key)) }
    }

    func resize(_ columns: Int, _ rows: Int) {
        size = Size(columns: columns, rows: rows)
        dispatch(.resize(size))
    }

    private func dispatch(_ event: Event) {
        let (next, effects) = update(state, event)
        state = next
        perform(effects)
    }

    private func perform(_ effects: [Effect]) {
        allEffects += effects
        for effect in effects {
            switch effect {
            case .listMeetings:
                let listing = store.listMeetings()
                dispatch(.meetingsListed(listing.summaries, problems: listing.problems))
            case let .loadMeeting(id):
                do { dispatch(.meetingLoaded(try store.loadMeeting(id: id))) } catch { dispatch(.meetingLoadFailed("\(error)")) }
            case let .saveMeeting(meeting):
                try! store.save(meeting)
                // As the real shell does: pinyin for names it has not seen, such as new guests.
                let fresh = Array(Set(meeting.guests.map(\.name)).subtracting(state.pinyin.keys))
                if !fresh.isEmpty {
                    dispatch(.pinyinReady(Dictionary(uniqueKeysWithValues: zip(fresh, PinyinKey.keys(for: fresh)))))
                }
            case let .saveMembers(members):
                try! store.save(members)
            case let .saveBranch(branch):
                try! store.save(branch)
            case let .deleteMeeting(id):
                let meeting = try! store.loadMeeting(id: id)
                try! store.deleteMeeting(id: id)
                dispatch(.meetingDeleted(meeting))
            case let .previewImport(path):
                let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
                dispatch(.importPreviewed(MemberImport.read(text, branch: state.branch!, existing: state.members, today: state.today)))
            case let .reviewPledge(review):
                let before = try! store.loadMeeting(id: review.meetingID)
                var after = before
                if after.review(pledgeID: review.pledgeID, status: review.status, on: review.day, note: review.note) {
                    try! store.save(after)
                    dispatch(.pledgeReviewed(before: before, after: after))
                } else {
                    dispatch(.pledgeReviewFailed("gone"))
                }
            case let .computeReports(request):
                dispatch(.reportsComputed(request.compute()))
            case let .exportMinutes(meeting):
                exportedMinutes.append(MinutesDocument(meeting: meeting, branch: state.branch!, language: state.strings.language,
                                                       format: .markdown).render())
                dispatch(.minutesExported(["exports/minutes.md"]))
            case .redraw, .suspend:
                break
            case .quit:
                quit = true
            }
        }
    }

    var frame: Frame { render(state, size) }
    var screen: String { frame.grid.text }
    var lines: [String] { frame.grid.lines }

    /// The row of the screen that contains `text`, or nil.
    func line(containing text: String) -> String? { lines.first { $0.contains(text) } }

    var meeting: Meeting? { state.workspace?.meeting }
}

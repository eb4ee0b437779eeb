import ArgumentParser
import Foundation
import PartyDayKit

/// The default command: the branch at a glance.
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Show the branch at a glance: roster, meetings in progress, recent meetings, pledges."
    )

    @OptionGroup var options: DataOptions

    func run() throws {
        let folder = options.folder
        guard FileManager.default.fileExists(atPath: folder.path),
              let store = try? Store(folder: folder, access: .readOnly), !store.isEmpty else {
            print("""
                No branch in \(folder.path) yet.
                Try the demo branch:   partyday demo --data-dir /tmp/partyday-demo
                                       partyday --data-dir /tmp/partyday-demo
                """)
            return
        }
        var problems: [FileProblem] = []
        let branch: BranchProfile?
        do { branch = try store.loadBranch() } catch { branch = nil; problems.append(error as! FileProblem) }
        var members: [Member] = []
        do { members = try store.loadMembers() } catch { problems.append(error as! FileProblem) }
        let listing = store.listMeetings()
        problems += listing.problems

        let timeZone = branch?.timeZone ?? .current
        let today = Day(Date(), in: timeZone)
        let overview = BranchOverview(members: members, summaries: listing.summaries, today: today)
        print(SummaryText(branch: branch, overview: overview, folder: folder, timeZone: timeZone).lines.joined(separator: "\n"))
        if !problems.isEmpty {
            print("\nFiles that could not be read (left untouched; see `partyday check`):")
            for problem in problems { print("  \(problem)") }
            throw ExitCode(1)
        }
    }
}

/// The summary's text, laid out with display widths so Chinese themes line up.
struct SummaryText {
    let branch: BranchProfile?
    let overview: BranchOverview
    let folder: URL
    let timeZone: TimeZone

    var lines: [String] {
        var out: [String] = []
        if let branch {
            let parents = branch.parentOrganizations.joined(separator: " › ")
            out.append(parents.isEmpty ? branch.name : "\(branch.name)  (\(parents))")
        } else {
            out.append("(branch profile missing or unreadable)")
        }
        out.append("Data folder: \(folder.path)")
        out.append("Members: \(overview.rosterCount) on the roster (\(overview.fullMembers) full, \(overview.probationaryMembers) probationary), \(overview.mobileMembers) mobile")
        out.append("Meetings: \(overview.meetingCount); pledges: \(overview.openPledges) open, \(overview.overduePledges) overdue")
        if !overview.active.isEmpty {
            out.append("")
            out.append("In progress or planned:")
            out += overview.active.map(row)
        }
        if !overview.recent.isEmpty {
            out.append("")
            out.append("Recent meetings:                                            attended/expected")
            out += overview.recent.map(row)
        }
        return out
    }

    private func row(_ summary: MeetingSummary) -> String {
        let formatter = DateFormatter()
        formatter.timeZone = timeZone
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        let types = summary.types.map(\.englishName).joined(separator: " + ")
        return "  \(formatter.string(from: summary.start))  \(pad(types, toWidth: 24))  \(pad(summary.theme, toWidth: 26))  \(summary.attended)/\(summary.expected)"
    }
}

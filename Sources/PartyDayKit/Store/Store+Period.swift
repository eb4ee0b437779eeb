import Foundation

extension Store {
    /// The meetings held on a day of `period`, in full, chosen by their file names before
    /// anything is read: `meetings/YYYY/YYYY-MM-DD-…` names the meeting's day in the
    /// branch's zone, so one month's export looks at one year folder's names and decodes
    /// that month's files only — never the index, which at twenty times the decade is
    /// 28 MB (issue 13: 700 ms for a month; this takes a few).
    ///
    /// A name is trusted only to narrow the search: files two days either side are read
    /// too (a branch whose time zone changed since a file was named), as is any file whose
    /// name holds no date; each meeting is then kept by its own start. Two files holding
    /// one meeting (a move cut short) give the later save, as the listing does.
    public func loadMeetings(onDaysIn period: Period) -> (meetings: [Meeting], problems: [FileProblem]) {
        let zone = ((try? loadBranch()) ?? nil)?.timeZone ?? .gmt
        let window = Period(from: period.from.adding(days: -2), to: period.to.adding(days: 2))
        let listing = MeetingFolderListing(folder: folder) { year, name in
            guard let name else { return Int(year).map { (window.from.year...window.to.year).contains($0) } ?? true }
            guard let day = Day(fileNamePrefix: name) else { return true }
            return window.contains(day)
        }
        let folder = self.folder
        let read = listing.files.parallelMap { file in
            (file, Result { try Store.decodeSavedMeeting(at: file.path, in: folder) })
        }
        var problems = listing.problems
        var chosen: [String: (meeting: Meeting, saved: Date, modified: Int64)] = [:]
        for (file, result) in read {
            switch result {
            case let .success((meeting, savedAt)):
                let candidate = (meeting, savedAt ?? .distantPast, file.stamp.modifiedNanoseconds)
                if let other = chosen[meeting.id], (other.saved, other.modified) >= (candidate.1, candidate.2) { continue }
                chosen[meeting.id] = candidate
            case let .failure(error):
                problems.append(FileProblem(path: file.path, error: error))
            }
        }
        let meetings = chosen.values.map(\.meeting).filter { period.contains(Day($0.start, in: zone)) }
        return (meetings.sorted { ($0.start, $0.id) > ($1.start, $1.id) }, problems.sorted { $0.path < $1.path })
    }
}

extension Day {
    /// The day a meeting file's name starts with (`2026-11-10-theme-party-day-….plist`).
    init?(fileNamePrefix name: String) {
        let utf8 = Array(name.utf8.prefix(11))
        guard utf8.count == 11, utf8[10] == UInt8(ascii: "-") else { return nil }
        guard let day = Day(String(decoding: utf8[0..<10], as: UTF8.self)) else { return nil }
        self = day
    }
}

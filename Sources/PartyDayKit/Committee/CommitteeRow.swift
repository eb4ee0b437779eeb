import Foundation

/// One branch as the committee screen shows it: this month's and quarter's duties, the
/// counts the committee watches, and when the branch last synced. Made from a
/// `BranchStanding` on another thread and small (no meetings), so a frame of fifty
/// branches costs nothing to draw.
public struct CommitteeRow: Codable, Equatable, Sendable {
    /// As the committee calls it.
    public var name: String
    /// Where its records are read (the committee's clone, or the branch's own folder).
    public var folder: String
    /// Why it could not be read at all, or nil.
    public var problem: Wording?
    public var today: Day?
    public var timeZone: TimeZone?
    public var duties: [CommitteeRollup.DutyCell]
    public var missedThisYear: Int
    /// Members (mobile ones included) at a step of the six-month attendance ladder.
    public var atRisk: Int
    /// Members whose unpaid dues reach a step of the ladder.
    public var duesAtRisk: Int
    public var overduePledges: Int
    public var lastSync: Date?
    /// Files left out as damaged.
    public var damaged: Int

    public init(_ standing: BranchStanding) {
        name = standing.name
        folder = standing.folder.path
        problem = standing.problem
        today = standing.today
        timeZone = standing.branch?.timeZone
        duties = standing.compliance.map(CommitteeRollup.currentDuties) ?? []
        missedThisYear = standing.compliance?.missed.count ?? 0
        atRisk = standing.participation.map { $0.atRisk.members.count + $0.atRisk.mobile.count } ?? 0
        duesAtRisk = standing.duesAtRisk.count
        overduePledges = CommitteeRollup.overduePledgeCount(standing)
        lastSync = standing.lastSync
        damaged = standing.damaged.count
    }

    public init(name: String, folder: String, problem: Wording?) {
        self.name = name
        self.folder = folder
        self.problem = problem
        duties = []
        missedThisYear = 0
        atRisk = 0
        duesAtRisk = 0
        overduePledges = 0
        damaged = 0
    }
}

/// What the committee screen asks to be read or pulled: the committee and its folder.
public struct CommitteeRequest: Equatable, Sendable {
    public var committee: Committee
    public var folder: URL

    public init(committee: Committee, folder: URL) {
        self.committee = committee
        self.folder = folder
    }

    /// Every branch's row as of `now` (each branch's today in its zone), read on all cores;
    /// a branch whose files and day are unchanged since the screen last read it comes from
    /// the committee's cache (`CommitteeRowCache`).
    public func readRows(now: Date) -> [CommitteeRow] {
        let place = CommitteeFolder(folder: folder)
        let cache = CommitteeRowCache.load(place.folder)
        let jobs = committee.branches.enumerated().map { index, branch in (branch, place.dataFolder(of: branch, at: index), place.indexFolder(of: branch, at: index)) }
        let results = jobs.parallelMap { branch, data, indexFolder -> (key: String, entry: CommitteeRowCache.Entry, fresh: Bool) in
            let key = CommitteeRowCache.key(branch, data)
            let fingerprint = BranchFingerprint.of(data)
            if let row = cache.row(for: key, fingerprint: fingerprint, now: now) {
                return (key, .init(fingerprint: fingerprint, row: row), false)
            }
            let standing = CommitteeRollup.standing(name: branch.name, folder: data, year: nil, asOf: nil, now: now, indexFolder: indexFolder)
            return (key, .init(fingerprint: fingerprint, row: CommitteeRow(standing)), true)
        }
        if results.contains(where: \.fresh) || results.count != cache.entries.count {
            var next = CommitteeRowCache()
            for result in results { next.entries[result.key] = result.entry }
            next.save(place.folder)
        }
        return results.map(\.entry.row)
    }

    /// Pulls every cloned branch; the names of those that failed, with why.
    public func pull() -> [String] {
        let place = CommitteeFolder(folder: folder)
        return Array(committee.branches.enumerated()).parallelMap { index, branch -> String? in
            guard branch.cloned else { return nil }
            do { try place.pull(branch, at: index) } catch { return "\(branch.name): \(error)" }
            return nil
        }.compactMap { $0 }
    }
}

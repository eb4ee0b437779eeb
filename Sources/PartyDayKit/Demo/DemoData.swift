import Foundation

/// The demo branch: a year of organizational life ending with the seed story's theme
/// Party Day on 10 November 2026. Deterministic, so tests can compare it to golden files.
public struct DemoData: Sendable {
    public var branch: BranchProfile
    public var members: [Member]
    public var meetings: [Meeting]
    /// Each member's dues base, and the year's payments and hand-overs (empty for the benchmark's data).
    public var duesBases: [MemberDuesBasis]
    public var dues: [DuesYear]
    /// The people in development (empty for the benchmark's data unless it asks).
    public var development: [DevelopmentPerson]
    /// The talks (谈心谈话) of 2025 and 2026 (empty for the benchmark's data).
    public var talks: [Talk]
    /// The plan of 2026 (none for the benchmark's data).
    public var plans: [YearPlan] = []

    public init(branch: BranchProfile, members: [Member], meetings: [Meeting], duesBases: [MemberDuesBasis] = [], dues: [DuesYear] = [],
                development: [DevelopmentPerson] = [], talks: [Talk] = []) {
        self.branch = branch
        self.members = members
        self.meetings = meetings
        self.duesBases = duesBases
        self.dues = dues
        self.development = development
        self.talks = talks
    }

    public static let timeZone = TimeZone(identifier: "Asia/Shanghai")!
    public static let seedMeetingID = "seed-2026-11-10"

    public static func make() -> DemoData {
        let branch = BranchProfile(
            name: "冷轧厂酸轧作业区党支部",
            parentOrganizations: ["日照公司", "冷轧厂"],
            timeZoneIdentifier: timeZone.identifier,
            partyGroups: [DemoRoster.picklingGroup, DemoRoster.rollingGroup]
        )
        let members = DemoRoster.members()
        // The year is generated with the roster as it stood before 刘思远's admission (so its
        // figures stay as they were); he joins the meetings after it in `DemoRecords`.
        var builder = DemoYear(branch: branch, members: members.filter { $0.id != DemoRoster.admittedMember })
        var meetings = builder.makeYear()
        DemoRecords.add(to: &meetings, members: members)
        var seed = SeedMeeting.make(branch: branch, members: members)
        meetings.append(seed)
        let bases = DemoDues.bases(members)
        let dues = DemoDues.payments(meetings: meetings, members: members, bases: bases, zone: timeZone)
        // The seed's "pay Party dues" step says who paid at it.
        if let step = seed.agenda.firstIndex(where: { $0.title == "缴纳党费" }) {
            seed.agenda[step].notes = DemoDues.stepNote(dues, meetingID: seed.id, members: members)
            meetings[meetings.count - 1] = seed
        }
        var data = DemoData(branch: branch, members: members, meetings: meetings, duesBases: bases, dues: [dues],
                            development: DemoDevelopment.people(meetings: meetings), talks: DemoTalks.talks(members: members))
        data.plans = [DemoPlan.plan(meetings: meetings)]
        return data
    }

    /// Writes the demo into an empty store; refuses a folder that already holds data.
    public func write(to store: Store) throws {
        guard store.isEmpty else { throw DemoError.folderNotEmpty(store.folder.path) }
        try store.save(branch)
        try store.save(members)
        for meeting in meetings { try store.save(meeting) }
        if !duesBases.isEmpty { try store.save(duesBases) }
        for year in dues { try store.save(year) }
        for person in development { try store.save(person) }
        for talk in talks { try store.save(talk) }
        for plan in plans { try store.save(plan) }
        try store.flush()
    }

    public static func date(_ day: String, _ hour: Int, _ minute: Int = 0) -> Date {
        Day(day)!.start(in: timeZone).addingTimeInterval(Double(hour * 3600 + minute * 60))
    }
}

public enum DemoError: WordedError, CustomStringConvertible, Equatable {
    case folderNotEmpty(String)

    public var description: String { wording.english }

    public var wording: Wording {
        switch self {
        case let .folderNotEmpty(path):
            Wording("\(path) already holds data; the demo is written only into an empty or new folder (choose another with --data-dir)",
                    "\(path) 中已有数据；演示数据只写入空的或新的文件夹（可用 --data-dir 另选）")
        }
    }
}

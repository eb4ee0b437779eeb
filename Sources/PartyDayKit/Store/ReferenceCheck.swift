import Foundation

/// What `check` finds between records rather than inside one: ids used twice, ids that
/// lead nowhere, settings that cannot be obeyed. Damage-like findings are `problems`
/// (check fails); a meeting naming somebody no longer on the roster is a `notice` (a
/// member deleted after the meeting leaves exactly that, and the row keeps the name).
struct ReferenceCheck {
    var problems: [FileProblem] = []
    var notices: [FileProblem] = []

    init(branch: BranchProfile?, members: [Member], meetings: [Meeting], pathOf: (String) -> String) {
        if let branch { checkBranch(branch) }
        var seen: [String: [String]] = [:]
        for member in members { seen[member.id, default: []].append(member.name) }
        for (id, names) in seen.sorted(by: { $0.key < $1.key }) where names.count > 1 {
            problems.append(FileProblem(path: Store.membersFile, Wording("the member id \(id) is used by \(names.count) members (\(names.joined(separator: ", ")))", "党员编号 \(id) 被 \(names.count) 名党员使用（\(names.joined(separator: "、"))）")))
        }
        let groups = Set(branch?.partyGroups.map(\.id) ?? [])
        if branch != nil {
            for member in members {
                for change in member.partyGroup.changes {
                    if let group = change.value, !groups.contains(group) {
                        notices.append(FileProblem(path: Store.membersFile, Wording("\(member.name) is in party group \(group), which the branch does not have", "\(member.name) 属于党小组 \(group)，但支部没有该党小组")))
                    }
                }
            }
        }
        // What the forms refuse, arrived in a file: named, and never counted as valid.
        for meeting in meetings {
            for record in meeting.evaluations where record.grade == .excellent {
                if let row = meeting.attendance.first(where: { $0.memberID == record.memberID }), meeting.gradeRefusal(.excellent, for: row) != nil {
                    problems.append(FileProblem(path: pathOf(meeting.id), Wording("\(record.name) is graded excellent as a probationary member (probationary members take part but are not graded excellent)",
                                                                                 "\(record.name)为预备党员，却被评为优秀（预备党员参加评议但不评为优秀）")))
                }
            }
            for decision in meeting.decisions where meeting.decidedByTheWrongBody(decision) {
                problems.append(FileProblem(path: pathOf(meeting.id), Wording("the decision “\(decision.text)” is taken at a meeting that is not a general meeting, which alone decides it: not valid",
                                                                             "决议“\(decision.text)”不是在支部党员大会上作出的，而只有支部党员大会能作出此类决议：无效")))
            }
        }
        let known = Set(members.map(\.id))
        guard !members.isEmpty else { return }
        for meeting in meetings {
            let unknown = meeting.attendance.filter { !known.contains($0.memberID) }
            guard !unknown.isEmpty else { continue }
            let names = unknown.prefix(5).map { "\($0.name) (\($0.memberID))" }.joined(separator: ", ")
            notices.append(FileProblem(path: pathOf(meeting.id), Wording("attendance names \(unknown.count) member id\(unknown.count == 1 ? "" : "s") not on the roster: \(names)", "出席记录中有 \(unknown.count) 个不在名册上的党员编号：\(names)")))
        }
    }

    private mutating func checkBranch(_ branch: BranchProfile) {
        if TimeZone(identifier: branch.timeZoneIdentifier) == nil {
            problems.append(FileProblem(path: Store.branchFile, Wording("the time zone '\(branch.timeZoneIdentifier)' is not known to this system; times would be shown in UTC", "本系统不认识时区“\(branch.timeZoneIdentifier)”，时间将按 UTC 显示")))
        }
        if let problem = branch.developmentLimits?.problem {
            problems.append(FileProblem(path: Store.branchFile, problem.then(Wording("; the defaults stand in", "；暂按默认值"), english: "", chinese: "")))
        }
        if let ladder = branch.warningLadder, !ladder.isValid {
            problems.append(FileProblem(path: Store.branchFile, Wording("the warning thresholds \(ladder.talk)/\(ladder.urgent)/\(ladder.regardedAsLeft) are impossible: each must be \(WarningLadder.allowedMonths.lowerBound)–\(WarningLadder.allowedMonths.upperBound) months, rising", "预警月数 \(ladder.talk)/\(ladder.urgent)/\(ladder.regardedAsLeft) 不合理：每项须为 \(WarningLadder.allowedMonths.lowerBound)–\(WarningLadder.allowedMonths.upperBound) 个月，且依次不减")))
        }
        var groupIDs = Set<String>()
        for group in branch.partyGroups where !groupIDs.insert(group.id).inserted {
            problems.append(FileProblem(path: Store.branchFile, Wording("the party group id \(group.id) is used twice", "党小组编号 \(group.id) 重复使用")))
        }
    }
}

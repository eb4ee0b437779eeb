import Foundation

/// Where the branch committee's term stands on a day (条例: a branch of 7 or more full
/// members has a committee of 3 to 7; a term is 3 years, 5 for village and community
/// branches; the election is held on time): the term's end, and what to warn of.
public struct BranchTerm: Equatable, Sendable {
    public var lastElection: Election?
    public var termEnds: Day?
    public var fullMembers: Int
    public var committeeSize: Int
    public var warnings: [Wording]

    public init(elections: [Election], members: [Member], on day: Day) {
        lastElection = elections.filter { $0.kind == .regular && $0.day <= day }.max { ($0.day, $0.id) < ($1.day, $1.id) }
        termEnds = lastElection.map { $0.day.adding(months: 12 * $0.termYears) }
        let roster = members.compactMap { $0.snapshot(on: day) }
        fullMembers = roster.filter { $0.category == .full }.count
        committeeSize = roster.filter { $0.role.isOnCommittee }.count
        var warnings: [Wording] = []
        if let termEnds {
            // Whole months left (5 months and 8 days is "5 months").
            let months = (termEnds.year - day.year) * 12 + termEnds.month - day.month - (termEnds.day < day.day ? 1 : 0)
            if termEnds <= day {
                warnings.append(Wording("The committee's term ended on \(termEnds): hold the election (a delay needs the higher committee's approval)",
                                        "支部委员会任期已于 \(termEnds) 届满：应及时换届（推迟换届须经上级党委批准）"))
            } else if termEnds <= day.adding(months: 6) {
                let left = months < 1 ? Wording("less than a month", "不足 1 个月") : Wording("\(months) month(s)", "\(months) 个月")
                warnings.append(Wording("The committee's term ends on \(termEnds), in \(left.english): prepare the election",
                                        "支部委员会任期至 \(termEnds) 届满，还有 \(left.chinese)：应着手准备换届"))
            }
        }
        if fullMembers >= 7 && committeeSize <= 1 {
            warnings.append(Wording("\(fullMembers) full members and no committee: a branch of 7 or more full members elects one",
                                    "正式党员 \(fullMembers) 名，尚未设立支部委员会：正式党员 7 人以上的支部应设立支委会"))
        } else if fullMembers >= 7 && committeeSize < 3 {
            warnings.append(Wording("The committee has \(committeeSize) member(s): it needs at least 3", "支部委员会只有 \(committeeSize) 人：应不少于 3 人"))
        }
        self.warnings = warnings
    }
}

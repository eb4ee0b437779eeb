import Foundation
import Testing
@testable import PartyDayKit

/// The committee's term against the 条例: its end warned six months ahead and once past,
/// a branch of 7 or more full members without a committee or with one below 3; elections
/// change the roster's roles from their day.
@Suite struct BranchTermTests {
    func roster(full: Int, committee: [Role]) -> [Member] {
        (0..<full).map { index in
            Member(id: "m\(index)", name: "党员\(index)", joinedOn: Day("2000-07-01"), onRosterSince: Day("2015-01-01")!,
                   role: index < committee.count ? committee[index] : Role(.member))
        }
    }

    @Test func theTermsEndIsWarnedSixMonthsAheadAndOncePast() {
        let members = roster(full: 9, committee: [Role(.secretary), Role(.committeeMember, portfolio: "组织"), Role(.committeeMember, portfolio: "宣传")])
        let election = Election(day: Day("2024-05-15")!, termNumber: 4, posts: Election.committee(of: members, on: Day("2024-05-15")!))
        #expect(BranchTerm(elections: [election], members: members, on: Day("2026-11-14")!).warnings.isEmpty, "six months and a day ahead")
        let ahead = BranchTerm(elections: [election], members: members, on: Day("2026-12-07")!)
        #expect(ahead.termEnds == Day("2027-05-15"))
        #expect(ahead.warnings.map(\.chinese) == ["支部委员会任期至 2027-05-15 届满，还有 5 个月：应着手准备换届"])
        #expect(BranchTerm(elections: [election], members: members, on: Day("2027-05-20")!).warnings.first?.chinese.hasPrefix("支部委员会任期已于 2027-05-15 届满") == true)
        var village = election
        village.termYears = 5
        #expect(BranchTerm(elections: [village], members: members, on: Day("2026-12-07")!).warnings.isEmpty, "five years for a village branch")
    }

    @Test func sevenFullMembersNeedACommitteeOfAtLeastThree() {
        #expect(BranchTerm(elections: [], members: roster(full: 7, committee: [Role(.secretary)]), on: Day("2026-12-07")!).warnings.map(\.chinese)
            == ["正式党员 7 名，尚未设立支部委员会：正式党员 7 人以上的支部应设立支委会"])
        #expect(BranchTerm(elections: [], members: roster(full: 8, committee: [Role(.secretary), Role(.deputySecretary)]), on: Day("2026-12-07")!).warnings.map(\.chinese)
            == ["支部委员会只有 2 人：应不少于 3 人"])
        #expect(BranchTerm(elections: [], members: roster(full: 6, committee: [Role(.secretary)]), on: Day("2026-12-07")!).warnings.isEmpty, "six: a secretary is enough")
    }

    @Test func anElectionSetsTheRolesFromItsDay() {
        let members = roster(full: 9, committee: [Role(.secretary), Role(.committeeMember, portfolio: "组织"), Role(.committeeMember, portfolio: "宣传")])
        // A by-election of a discipline member, then the secretary resigns.
        let by = Election(day: Day("2026-06-01")!, kind: .byElection, posts: [Election.Post(memberID: "m5", name: "党员5", role: Role(.committeeMember, portfolio: "纪检"))])
        let after = by.applied(to: members)
        #expect(after[5].role.value(on: Day("2026-06-01")!) == Role(.committeeMember, portfolio: "纪检"))
        #expect(after[5].role.value(on: Day("2026-05-31")!) == Role(.member), "the days before keep what they were")
        let resigned = Election(day: Day("2026-09-01")!, kind: .resignation, posts: [Election.Post(memberID: "m0", name: "党员0", role: Role(.secretary))]).applied(to: after)
        #expect(resigned[0].role.value(on: Day("2026-09-01")!) == Role(.member))
        #expect(ElectionValidation.issue(Election(day: Day("2026-01-01")!, kind: .byElection)) != nil, "a by-election names one person")
        #expect(ElectionValidation.issue(Election(day: Day("2026-01-01")!, termYears: 4, posts: Election.committee(of: members, on: Day("2026-01-01")!))) != nil)
    }
}

import Foundation
import Testing
@testable import PartyDayKit

/// A year's talks against the 条例: the secretary with everyone, some committee member
/// with every member, the committee members with each other — and a talk of another year,
/// with a guest, or with somebody who left the roster counting for nothing.
@Suite struct TalkCoverageTests {
    let members = [
        Member(id: "s", name: "王书记", joinedOn: nil, onRosterSince: Day("2020-01-01")!, role: Role(.secretary)),
        Member(id: "o", name: "李组织", joinedOn: nil, onRosterSince: Day("2020-01-01")!, role: Role(.committeeMember, portfolio: "组织")),
        Member(id: "p", name: "周宣传", joinedOn: nil, onRosterSince: Day("2020-01-01")!, role: Role(.committeeMember, portfolio: "宣传")),
        Member(id: "a", name: "张三", joinedOn: nil, onRosterSince: Day("2020-01-01")!),
        Member(id: "b", name: "赵四", joinedOn: nil, onRosterSince: Day("2020-01-01")!),
    ]

    func talk(_ day: String, _ a: String, _ b: String) -> Talk {
        let name = { (id: String) in self.members.first { $0.id == id }?.name ?? id }
        return Talk(day: Day(day)!, talker: PersonRef(name: name(a), memberID: members.contains { $0.id == a } ? a : nil),
                    partner: PersonRef(name: name(b), memberID: members.contains { $0.id == b } ? b : nil))
    }

    @Test func whatIsMissingIsNamedByWhoShouldTalk() {
        let talks = [talk("2026-03-01", "s", "a"), talk("2026-04-01", "o", "b"), talk("2026-05-01", "o", "s"),
                     talk("2025-12-30", "s", "b"), talk("2026-06-01", "s", "guest")]
        let coverage = TalkCoverage(year: 2026, talks: talks, members: members, asOf: Day("2026-12-07")!)
        #expect(coverage.committee.map(\.memberID) == ["s", "o", "p"], "the secretary first")
        #expect(coverage.notByTheSecretary.map(\.name) == ["周宣传", "赵四"], "last year's talk with 赵四 does not count")
        #expect(coverage.notByTheCommittee.isEmpty, "赵四 talked with 李组织")
        #expect(coverage.committeePairsMissing.map { "\($0.0.name)—\($0.1.name)" } == ["王书记—周宣传", "李组织—周宣传"])
        #expect(coverage.talkCount == 4, "the year's talks, the guest's included")
        #expect(coverage.missingWording?.chinese == "2026 年谈心谈话：书记尚未与 2 名党员谈话，支委之间还有 2 对未谈")
        #expect(!coverage.isComplete)
    }

    @Test func aCompleteRoundSaysNothingIsMissing() {
        var talks: [Talk] = []
        for (index, one) in members.enumerated() where one.role.current.isOnCommittee {
            for other in members.dropFirst(index + 1) { talks.append(talk("2026-02-0\(index + 1)", one.id, other.id)) }
        }
        let coverage = TalkCoverage(year: 2026, talks: talks, members: members, asOf: Day("2026-12-31")!)
        #expect(coverage.isComplete && coverage.missingWording == nil)
    }

    @Test func someoneOffTheRosterIsNotOwedATalk() {
        var roster = members
        roster[4].rosterStatus.set(.transferredOut, from: Day("2026-06-01")!)
        let coverage = TalkCoverage(year: 2026, talks: [], members: roster, asOf: Day("2026-12-07")!)
        #expect(!coverage.members.contains { $0.name == "赵四" })
        #expect(coverage.notByTheSecretary.count == 3)
    }

    @Test func theSavePathAndCheckRefuseTheSameTalks() throws {
        let folder = TempFolder()
        let store = try Store(folder: folder.url)
        let good = talk("2026-03-01", "s", "a")
        try store.save(good)
        #expect(throws: StoreError.self) { try store.save(Talk(day: Day("2026-03-01")!, talker: PersonRef(name: "王书记", memberID: "s"), partner: PersonRef(name: "王书记", memberID: "s"))) }
        #expect(throws: StoreError.self) { try store.save(Talk(day: Day("2026-03-01")!, talker: PersonRef(name: " "), partner: PersonRef(name: "甲"))) }
        #expect(try store.load(Talk.self, id: good.id) == good)
        // A file edited by hand into a talk with oneself: check names it with the save path's words.
        let file = folder.file("talks/\(good.id).plist")
        let text = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "<string>张三</string>", with: "<string>王书记</string>")
            .replacingOccurrences(of: "<string>a</string>", with: "<string>s</string>")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let problems = store.check()
        #expect(problems.map(\.path) == ["talks/\(good.id).plist"], "\(problems)")
        #expect(problems.first?.message.contains("two different people") == true)
    }
}

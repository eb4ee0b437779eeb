import Foundation
import Testing
@testable import PartyDayKit

/// What a member away calls for: a letter expiring or expired without its receipt, a receipt
/// overdue after a month, six months away without a permanent transfer, no report this year,
/// six months out of contact (stop the membership), two years stopped (removal).
@Suite struct AwayWarningsTests {
    let today = Day("2026-12-07")!

    @Test func lettersAndReceipts() {
        let soon = AwayRecord(memberID: "a", name: "甲", letters: [TransferLetter(direction: .out, number: "2026-031", organization: "宝钢党委",
                                                                                  issuedOn: Day("2026-11-20")!, validUntil: Day("2026-12-10")!)])
        #expect(AwayWarnings([soon], on: today).lines.map(\.what.chinese) == ["介绍信2026-031 2026-12-10 到期"])
        var late = soon
        late.letters[0].issuedOn = Day("2026-10-01")!
        late.letters[0].validUntil = Day("2026-11-01")!
        #expect(AwayWarnings([late], on: today).lines.map(\.what.chinese) == ["介绍信2026-031 2026-11-01 已过期未回执", "回执逾期（2026-10-01 开出）"])
        late.letters[0].receiptOn = Day("2026-10-20")!
        #expect(AwayWarnings([late], on: today).lines.isEmpty, "the receipt settles it")
    }

    @Test func awayAndOutOfContact() {
        let away = AwayRecord(memberID: "b", name: "乙", mobile: MobileStay(since: Day("2026-03-01")!, place: "广东湛江"))
        #expect(AwayWarnings([away], on: today).lines.map(\.what.chinese) == ["在外满 6 个月（2026-03-01 起）未正式转出", "今年未汇报"])
        var reported = away
        reported.reports = [DatedNote(day: Day("2026-11-02")!, by: "电话")]
        reported.letters = [TransferLetter(direction: .out, kind: .permanent, organization: "湛江基地党支部", issuedOn: Day("2026-11-25")!, receiptOn: Day("2026-12-01")!)]
        #expect(AwayWarnings([reported], on: today).lines.isEmpty)
        let lost = AwayRecord(memberID: "c", name: "丙", lostSince: Day("2026-05-20")!)
        #expect(AwayWarnings([lost], on: today).lines.first?.what.chinese == "失联满 6 个月（2026-05-20 起），可决定停止党籍")
        var stopped = lost
        stopped.decisions = [MembershipDecision(day: Day("2024-11-30")!, kind: .stopped)]
        #expect(AwayWarnings([stopped], on: today).lines.map(\.what.chinese) == ["停止党籍满 2 年（2024-11-30），应予除名"])
        stopped.decisions.append(MembershipDecision(day: Day("2026-12-01")!, kind: .removed))
        #expect(AwayWarnings([stopped], on: today).lines.isEmpty)
        #expect(AwayValidation.issue(AwayRecord(memberID: "d", name: "丁", mobile: MobileStay(since: today, place: " "))) != nil)
    }
}

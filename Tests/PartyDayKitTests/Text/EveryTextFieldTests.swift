import Foundation
import Testing
@testable import PartyDayKit

/// Every text field of every record kind is cleaned before it is written, found by walking
/// the records rather than listed by hand: a field added later is covered by the same
/// test, and the test fails until the fixture below fills it.
struct EveryTextFieldTests {
    /// The fields ("Type.field") that no value of their type in `value` fills: left nil,
    /// or an empty collection, everywhere. A field the fixtures never fill is not tested.
    static func unfilled(_ value: Any) -> [String] {
        var filled: [String: Bool] = [:]
        func isFilled(_ value: Any) -> Bool {
            let mirror = Mirror(reflecting: value)
            switch mirror.displayStyle {
            case .optional, .collection, .set, .dictionary: return !mirror.children.isEmpty
            default: return true
            }
        }
        func walk(_ value: Any) {
            let mirror = Mirror(reflecting: value)
            switch mirror.displayStyle {
            case .optional, .collection, .set:
                for child in mirror.children { walk(child.value) }
            case .dictionary:
                for child in mirror.children { for part in Mirror(reflecting: child.value).children { walk(part.value) } }
            case .struct, .class:
                for child in mirror.children {
                    let key = "\(mirror.subjectType).\(child.label ?? "?")"
                    filled[key] = (filled[key] ?? false) || isFilled(child.value)
                    walk(child.value)
                }
            case .enum:
                for child in mirror.children { walk(child.value) }
            default:
                break
            }
        }
        walk(value)
        return filled.filter { !$0.value }.keys.sorted()
    }

    /// The text a hostile file or paste could hold: a bell, a terminal escape, a NUL.
    static let dirt = "\u{7}\u{1B}[2J\u{0}"

    /// Every string leaf of the value's JSON form, by path.
    static func stringLeaves(_ tree: Any, path: [Any] = []) -> [[Any]] {
        if let object = tree as? [String: Any] { return object.keys.sorted().flatMap { stringLeaves(object[$0]!, path: path + [$0]) } }
        if let array = tree as? [Any] { return array.indices.flatMap { stringLeaves(array[$0], path: path + [$0]) } }
        return tree is String ? [path] : []
    }

    static func replacing(_ tree: Any, at path: ArraySlice<Any>, with make: (String) -> String) -> Any {
        guard let step = path.first else { return make(tree as! String) }
        if var object = tree as? [String: Any], let key = step as? String {
            object[key] = replacing(object[key]!, at: path.dropFirst(), with: make)
            return object
        }
        var array = tree as! [Any]
        let index = step as! Int
        array[index] = replacing(array[index], at: path.dropFirst(), with: make)
        return array
    }

    static func leaf(_ tree: Any, at path: [Any]) -> String? {
        var node: Any = tree
        for step in path {
            if let key = step as? String, let object = node as? [String: Any], let next = object[key] { node = next }
            else if let index = step as? Int, let array = node as? [Any], index < array.count { node = array[index] }
            else { return nil }
        }
        return node as? String
    }

    /// For each string in the record's encoded form that decodes back when made dirty (an
    /// enum's raw value or a day does not): the path if sanitizing leaves any dirt in it.
    static func uncleaned<Record: Codable & Sanitizable>(_ record: Record) throws -> (checked: Int, uncleaned: [String]) {
        let tree = try JSONSerialization.jsonObject(with: JSONEncoder().encode(record))
        var checked = 0
        var left: [String] = []
        for path in stringLeaves(tree) {
            let dirty = replacing(tree, at: path[...], with: { $0 + dirt })
            guard let data = try? JSONSerialization.data(withJSONObject: dirty),
                  let decoded = try? JSONDecoder().decode(Record.self, from: data) else { continue }
            checked += 1
            let cleaned = try JSONSerialization.jsonObject(with: JSONEncoder().encode(decoded.sanitized()))
            let text = leaf(cleaned, at: path) ?? ""
            if text.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\n" }) {
                left.append(path.map { "\($0)" }.joined(separator: "."))
            }
        }
        return (checked, left)
    }

    @Test func theFixturesFillEveryField() {
        #expect(Self.unfilled(everyFieldMeeting()) == [])
        #expect(Self.unfilled(everyFieldMembers()) == [])
        #expect(Self.unfilled(everyFieldBranch()) == [])
        #expect(Self.unfilled(everyFieldDuesYear()) == [])
        #expect(Self.unfilled(everyFieldDuesBases()) == [])
        #expect(Self.unfilled(everyFieldDevelopment()) == [])
        #expect(Self.unfilled(everyFieldTalk()) == [])
        #expect(Self.unfilled(everyFieldElection()) == [])
        #expect(Self.unfilled(everyFieldPlan()) == [])
        #expect(Self.unfilled(everyFieldAway()) == [])
    }

    @Test func everyTextFieldOfTheRosterTheBranchAndTheDuesIsCleaned() throws {
        for (kind, result) in [("roster", try Self.uncleaned(everyFieldMembers())), ("branch", try Self.uncleaned(everyFieldBranch())),
                               ("dues", try Self.uncleaned(everyFieldDuesYear())), ("dues bases", try Self.uncleaned(everyFieldDuesBases())),
                               ("development", try Self.uncleaned(everyFieldDevelopment())), ("talk", try Self.uncleaned(everyFieldTalk())),
                               ("election", try Self.uncleaned(everyFieldElection())), ("plan", try Self.uncleaned(everyFieldPlan())),
                               ("away", try Self.uncleaned(everyFieldAway()))] {
            #expect(result.checked > 0, "\(kind): no text field found")
            #expect(result.uncleaned == [], "\(kind)")
        }
    }

    @Test func everyTextFieldOfAMeetingIsCleaned() throws {
        let (checked, left) = try Self.uncleaned(everyFieldMeeting())
        #expect(checked > 40, "\(checked) text fields found")
        #expect(left == [])
    }
}

/// `fullMeeting` with the rest of a meeting's fields filled too.
func everyFieldMeeting() -> Meeting {
    var meeting = fullMeeting()
    meeting.attendance[0].onCommittee = true
    meeting.attendance[0].madeUp = MakeUpStudy(on: Day("2026-11-20")!, how: "自学会议材料")
    var decision = meeting.decisions[0]
    decision.kind = .conversion
    decision.method = .secretBallot
    decision.writtenOpinions = 1
    decision.subject = PersonRef(name: "曹阳", memberID: "m-27")
    decision.sponsorsOpinion = "同意按期转正"
    decision.committeeOpinion = "提请党员大会讨论"
    decision.approvedOn = Day("2026-12-01")
    decision.scrutineers = ["王海燕", "杨帆"]
    decision.tellers = ["黄磊"]
    decision.statement = "我一定按期转正后继续严格要求自己"
    meeting.decisions[0] = decision
    meeting.evaluationYear = 2026
    meeting.evaluationRecords = [MemberEvaluation(memberID: "m-06", name: "张建军", selfEvaluationDone: true,
                                                  ballot: BallotTally(excellent: 3, qualified: 20, basicallyQualified: 0, unqualified: 0),
                                                  grade: .qualified)]
    meeting.lecturer = PersonRef(name: "李振华", memberID: "m-01")
    meeting.lectureTitle = "书记讲党课"
    return meeting
}

/// Members of the demo's roster whose histories between them fill every field (mobile,
/// under penalty, transferred out and in, converted), one with the optional details.
/// Few, since each text field costs a decoding of them all.
func everyFieldMembers() -> [Member] {
    var members = DemoData.make().members.filter { ["m-01", "m-06", "m-10", "m-20", "m-25", "m-26", "m-30"].contains($0.id) }
    members[1].gender = "男"
    members[1].phone = "138 0000 0000"
    members[1].notes = "班组长"
    members[1].jobTitle = "班长"
    members[1].convertedOn = Day("1999-07-01")
    return members
}

/// A few of the demo's payments and hand-overs (the whole year has hundreds).
func everyFieldDuesYear() -> DuesYear {
    var year = DemoData.make().dues[0]
    year.payments = Array(year.payments.prefix(4))
    year.handovers = Array(year.handovers.prefix(2))
    return year
}

/// The demo's branch, with its own warning ladder and a retired party group.
func everyFieldBranch() -> BranchProfile {
    var branch = DemoData.make().branch
    branch.warningLadder = WarningLadder(talk: 2, urgent: 4, regardedAsLeft: 6)
    branch.partyGroups.append(PartyGroup(id: "g-old", name: "原检修党小组", retiredOn: Day("2025-12-31")))
    branch.developmentLimits = DevelopmentLimits(monthsBeforeActivist: 6)
    branch.minutesReviewer = "支部书记 李振华"
    branch.talkOccasions = ["岗位变动", "入党十周年"]
    return branch
}

/// A person in development with every field filled: the clean file of the rules' tests,
/// with a meeting, a document, an outcome, an extension, a departure and a roster id.
func everyFieldDevelopment() -> DevelopmentPerson {
    var person = DevelopmentRulesTests.clean
    person.gender = "女"
    person.unit = "酸轧作业区"
    person.post = "班长"
    person.memberID = "m-32"
    var vote = DevelopmentStepEntry(.conversionVote, on: Day("2027-03-15")!, by: "李振华", body: .generalMeeting, meetingID: "meeting-1",
                                    document: "决议", days: 1, hours: 8, outcome: .extended, extensionMonths: 6, note: "延长预备期")
    vote.note = "延长预备期六个月"
    person.record(vote)
    person.reports[0] = DatedNote(day: person.reports[0].day, by: "刘晓燕", text: "思想汇报")
    person.assessments[0] = DatedNote(day: person.assessments[0].day, by: "党支部", text: "合格")
    person.contacts[0].to = Day("2025-05-20")
    person.departure = Departure(day: Day("2027-08-01")!, reason: .movedAway, note: "调往热轧厂")
    return person
}

/// The demo's dues bases, with a fixed amount among them.
func everyFieldDuesBases() -> [MemberDuesBasis] {
    var bases = Array(DemoData.make().duesBases.prefix(3))
    bases[0].set(DuesBasis(from: YearMonth(year: 2026, month: 10), kind: .fixed, amount: Money(fen: 100), decidedOn: Day("2026-09-30"), reason: "在读学生"))
    return bases
}

/// A talk with every field filled, a guest's id included.
func everyFieldTalk() -> Talk {
    var talk = Talk(id: "talk-1", day: Day("2026-11-20")!, talker: PersonRef(name: "王建国", memberID: "m-01"),
                    partner: PersonRef(name: "陈处长", memberID: "m-02", guestID: "g-1"), occasion: .other,
                    topics: "调岗后的思想状况\n家中老人身体", agreed: "每月汇报一次学习体会", followUp: "十二月再谈")
    talk.occasionName = "入党十周年"
    var pledge = Pledge(id: "p-1", by: talk.partner, text: "每月汇报一次学习体会", due: Day("2026-12-31"), status: .kept)
    pledge.reviews = [Pledge.Review(on: Day("2026-12-05")!, note: "已汇报\n两次")]
    talk.pledge = pledge
    return talk
}

/// An election with every field filled.
func everyFieldElection() -> Election {
    Election(id: "election-1", day: Day("2024-05-15")!, kind: .regular, termNumber: 4, termYears: 3,
             posts: [Election.Post(memberID: "m-01", name: "李振华", role: Role(.secretary), votes: 28),
                     Election.Post(memberID: "m-03", name: "刘晓燕", role: Role(.committeeMember, portfolio: "组织"), votes: 27)],
             note: "应到 30 人，实到 29 人\n上级党委 2024-05-20 批复")
}

/// A year plan with every field filled.
func everyFieldPlan() -> YearPlan {
    YearPlan(year: 2026, adoptedOn: Day("2026-01-05"), adoptedAtMeetingID: "meeting-1", themePartyDayDay: 10,
             meetings: [PlannedMeeting(id: "pm-1", type: .partyLecture, month: 12, partyGroupID: "g-1", theme: "学习四中全会精神",
                                       lecturer: PersonRef(name: "李振华", memberID: "m-01", guestID: "g-9"))],
             tasks: [PlanTask(id: "task-1", content: "开展“党员先锋岗”评比", time: "第三季度", measures: "每月公示\n季度评比", responsible: "刘晓燕",
                              check: "年底述职时检查", doneOn: Day("2026-09-30"))])
}

/// An away record with every field filled.
func everyFieldAway() -> AwayRecord {
    AwayRecord(memberID: "m-10", name: "周海",
               letters: [TransferLetter(id: "letter-1", direction: .out, kind: .temporary, scope: .acrossSystems, number: "2026-045", organization: "湛江基地党支部",
                                        issuedOn: Day("2026-11-20")!, validUntil: Day("2026-12-20")!, duesPaidThrough: YearMonth(year: 2026, month: 11),
                                        receiptOn: Day("2026-12-01")!, note: "随调令一并转出")],
               mobile: MobileStay(since: Day("2026-03-01")!, place: "广东湛江", employer: "湛江钢铁", organization: "湛江基地党支部", contact: "王书记 138",
                                  cardNumber: "流2026-07", until: Day("2026-12-01")!),
               reports: [DatedNote(day: Day("2026-06-01")!, by: "电话", text: "参加当地支部活动\n每月一次")],
               lostSince: Day("2026-01-10")!, attempts: [ContactAttempt(day: Day("2026-02-01")!, how: "走访家属", result: "家属称在外务工")],
               decisions: [MembershipDecision(day: Day("2026-08-01")!, kind: .restored, meetingID: "meeting-9", decisionID: "d-1")])
}

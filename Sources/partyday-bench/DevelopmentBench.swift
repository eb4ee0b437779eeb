import Foundation
import PartyDayKit

/// Developing members on the decade: 200 people at every stage, each with a report every
/// quarter and an assessment every half year since becoming an activist (some 4,000 dated
/// entries in 200 files). Times reading the folder and the report `report development`
/// prints from it (every person's stage, next step and every rule, as of the decade's end).
enum DevelopmentBench {
    struct Result {
        var reportMs: Double
        var loadMs: Double
        var people: Int
    }

    static func people(members: [Member], count: Int = 200) -> [DevelopmentPerson] {
        let start = Day(year: 2016, month: 1, day: 4)!
        let sponsors = members.prefix(4).map { Sponsorship(memberID: $0.id, name: $0.name, from: start) }
        let plan: [(DevelopmentStep, Int)] = [(.application, 0), (.applicantTalk, 15), (.activistDecided, 120), (.activistFiled, 127), (.contactsAssigned, 120),
                                              (.candidateDecided, 500), (.candidateFiled, 507), (.sponsorsAssigned, 500), (.politicalReview, 560), (.training, 540),
                                              (.committeeReview, 620), (.preReview, 630), (.applicationForm, 640), (.admissionVote, 650), (.committeeTalk, 670),
                                              (.admissionApproval, 700), (.filedAbove, 710), (.placedInGroup, 700), (.oath, 720), (.conversionRequest, 1000),
                                              (.conversionVote, 1015), (.conversionApproval, 1050), (.archived, 1055)]
        return (0..<count).map { index in
            let applied = start.adding(days: index * 15)
            // Every fifth person stops at each of five places in the pipeline.
            let reach = [2, 5, 10, 16, plan.count][index % 5]
            var person = DevelopmentPerson(id: "bench-\(index)", name: "发展\(index)", gender: index % 2 == 0 ? "男" : "女",
                                           birthDate: applied.adding(months: -12 * 25), unit: "作业区", post: "操作工",
                                           steps: plan.prefix(reach).map { DevelopmentStepEntry($0.0, on: applied.adding(days: $0.1)) })
            if reach > 2 {
                let activist = applied.adding(days: 120)
                person.contacts = [Sponsorship(memberID: sponsors[index % 4].memberID, name: sponsors[index % 4].name, from: activist)]
                var day = activist.adding(days: 30)
                let end = min(applied.adding(days: 1015), Day(year: 2025, month: 12, day: 31)!)
                while day < end {
                    person.reports.append(DatedNote(day: day, by: "组织委员", text: "思想汇报"))
                    if person.reports.count % 2 == 0 { person.assessments.append(DatedNote(day: day, by: "党支部", text: "考察合格")) }
                    day = day.adding(months: 3)
                }
            }
            if reach > 5 { person.sponsors = Array(sponsors.prefix(2)) }
            return person
        }
    }

    static func run(folder: URL, data: DemoData) throws -> Result {
        let store = try Store(folder: folder)
        let everyone = people(members: data.members)
        for person in everyone { try store.save(person) }
        try store.flush()
        let today = Day(year: 2026, month: 1, day: 15)!
        var loaded: [DevelopmentPerson] = []
        let loadMs = Bench.median(runs: 9) {
            loaded = try Store(folder: folder, access: .readOnly).loadAllDevelopment().people
        }
        precondition(loaded.count == everyone.count, "people were lost")
        let rules = DevelopmentRules(limits: data.branch.development, members: data.members)
        // Like report_ms: from the records already in memory (the screens keep them).
        let reportMs = Bench.median(runs: 9) {
            let output = DevelopmentOutput(people: loaded, rules: rules, asOf: today, language: .chinese)
            precondition(output.render(.table).count > 1000 && output.statuses.count == loaded.count)
        }
        return Result(reportMs: reportMs, loadMs: loadMs, people: everyone.count)
    }
}

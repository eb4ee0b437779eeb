import Foundation

extension Meeting {
    /// What makes a decoded meeting unusable, in English (`FileProblem.text` gives the
    /// Chinese); nil when it is sound. Checked on every load, so a file edited by hand
    /// or by another program is refused with a reason instead of trapping later.
    public var validationIssue: Wording? {
        if types.isEmpty { return Wording("the meeting has no type", "会议没有类型") }
        if let bad = decisions.first(where: { min($0.yes, $0.no, $0.abstain) < 0 }) {
            return Wording("a decision has a negative vote count: \(bad.text)", "某项决议的票数为负：\(bad.text)")
        }
        if let bad = decisions.first(where: { ($0.writtenOpinions ?? 0) < 0 }) {
            return Wording("a decision has a negative vote count: \(bad.text)", "某项决议的票数为负：\(bad.text)")
        }
        if let bad = decisions.first(where: { max($0.yes, $0.no, $0.abstain, $0.writtenOpinions ?? 0) > Decision.maximumVotes }) {
            return Wording("a decision has a vote count over \(Decision.maximumVotes): \(bad.text)", "某项决议的票数超过 \(Decision.maximumVotes)：\(bad.text)")
        }
        for record in evaluations {
            if let ballot = record.ballot,
               ![ballot.excellent, ballot.qualified, ballot.basicallyQualified, ballot.unqualified].allSatisfy({ (0...Decision.maximumVotes).contains($0) }) {
                return Wording("the ballot count of \(record.name) is outside 0–\(Decision.maximumVotes)", "\(record.name)的测评票数不在 0–\(Decision.maximumVotes) 之间")
            }
        }
        if let year = evaluationYear, !Day.supportedYears.contains(year) {
            return Wording("the evaluation year \(year) is outside the years \(Day.supportedYears.lowerBound)–\(Day.supportedYears.upperBound)", "评议年度 \(year) 不在 \(Day.supportedYears.lowerBound)–\(Day.supportedYears.upperBound) 年之间")
        }
        for (field, date) in datedFields {
            let day = DateText.day(date, in: .gmt)
            if !day.isSupported {
                return Wording("the date at \(field) (\(day)) is outside the years \(Day.supportedYears.lowerBound)–\(Day.supportedYears.upperBound)", "\(field) 处的日期（\(day)）不在 \(Day.supportedYears.lowerBound)–\(Day.supportedYears.upperBound) 年之间")
            }
        }
        return nil
    }

    /// Every instant the record holds, by where it sits in the file.
    private var datedFields: [(String, Date)] {
        var fields: [(String, Date)] = [("start", start)]
        if let end { fields.append(("end", end)) }
        for (index, step) in agenda.enumerated() {
            if let doneAt = step.doneAt { fields.append(("agenda[\(index)].doneAt", doneAt)) }
        }
        return fields
    }
}

extension Decision {
    /// No branch comes near this many voters; a larger count is a typing slip (or a
    /// damaged file), refused before any arithmetic can overflow.
    public static let maximumVotes = 100_000
}

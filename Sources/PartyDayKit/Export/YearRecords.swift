import Foundation

/// What the year's figures and work book are made of, read from the records: the
/// command line and the screens' export both assemble them here. Only the year's meetings
/// (and the evaluation meetings of it, which may be held early the next) are read in full.
public struct YearRecords {
    public var branch: BranchProfile
    public var members: [Member]
    public var summaries: [MeetingSummary]
    public var dues: DuesLedger?
    public var development: [DevelopmentPerson]
    public var talks: [Talk]
    public var elections: [Election] = []
    public var plans: [YearPlan] = []
    public var away: [AwayRecord] = []

    public init(branch: BranchProfile, members: [Member], summaries: [MeetingSummary], dues: DuesLedger?, development: [DevelopmentPerson], talks: [Talk]) {
        self.branch = branch
        self.members = members
        self.summaries = summaries
        self.dues = dues
        self.development = development
        self.talks = talks
    }

    /// The evaluation of `year`, from its meetings read by `load` (one that does not read is left out).
    public func evaluation(_ year: Int, today: Day, load: (String) throws -> Meeting) -> EvaluationReport {
        let zone = branch.timeZone
        let meetings = summaries.filter { $0.types.contains(.democraticEvaluation) && [year, year + 1].contains($0.day(in: zone).year) }
            .compactMap { try? load($0.id) }
        return EvaluationReport(branch: branch, meetings: meetings, year: year, asOf: today)
    }

    public func figures(_ year: Int, today: Day, load: (String) throws -> Meeting) -> YearFigures {
        YearFigures(year: year, today: today, branch: branch, members: members, summaries: summaries, evaluation: evaluation(year, today: today, load: load),
                    dues: dues, development: development, talks: talks)
    }

    /// The work book of `year`; `skipped` hears of each meeting that could not be read (left out).
    public func workBook(_ year: Int, today: Day, language: Language, load: (String) throws -> Meeting, skipped: (Error) -> Void = { _ in }) -> WorkBookDocument {
        let zone = branch.timeZone
        let evaluation = evaluation(year, today: today, load: load)
        let figures = YearFigures(year: year, today: today, branch: branch, members: members, summaries: summaries, evaluation: evaluation,
                                  dues: dues, development: development, talks: talks)
        var meetings: [Meeting] = []
        for summary in summaries where summary.day(in: zone).year == year && summary.state != .planned {
            do { meetings.append(try load(summary.id)) } catch { skipped(error) }
        }
        var book = WorkBookDocument(branch: branch, members: members, year: year, figures: figures, meetings: meetings, summaries: summaries,
                                    dues: dues, development: development, talks: talks, evaluation: evaluation, language: language)
        book.elections = elections
        book.plan = plans.first { $0.year == year }
        book.away = away
        return book
    }
}

extension Store {
    /// The records a year's figures and work book need, read from this folder (damaged
    /// dues, development and talk files left out, as the screens leave them out).
    public func yearRecords(branch: BranchProfile, members: [Member], today: Day) -> YearRecords {
        let dues = try? DuesLedger(members: members, bases: loadDuesBases(), years: loadAllDues().years, today: today)
        var records = YearRecords(branch: branch, members: members, summaries: listMeetings().summaries, dues: dues,
                                  development: loadAll(DevelopmentPerson.self).records, talks: loadAll(Talk.self).records)
        records.elections = loadAll(Election.self).records
        records.plans = loadAll(YearPlan.self).records
        records.away = loadAll(AwayRecord.self).records
        return records
    }
}

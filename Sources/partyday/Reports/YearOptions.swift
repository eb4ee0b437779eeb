import ArgumentParser
import PartyDayKit

/// `--year` and `--as-of`, as the year's reports and the work book take them.
struct YearOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The year (default: this year).", valueName: "YYYY"))
    var year: Int?

    @Option(name: .customLong("as-of"), help: ArgumentHelp("The day to judge on (default: today).", valueName: "YYYY-MM-DD"))
    var asOf: Day?

    func validate() throws {
        if let year, !Day.supportedYears.contains(year) { throw ValidationError("--year is \(Day.supportedYears.lowerBound) to \(Day.supportedYears.upperBound)") }
    }

    /// The day judged and the year, for the branch's data.
    func resolved(_ data: BranchData) -> (today: Day, year: Int) {
        let today = data.today(asOf)
        return (today, year ?? today.year)
    }
}

import Foundation

/// Finds the meeting a command names: a meeting id, a unique prefix of one, or a day
/// (`YYYY-MM-DD`), narrowed by type when a day has several meetings.
public enum MeetingLookup {
    public enum Failure: WordedError, Equatable, CustomStringConvertible {
        case notFound(String, candidates: [String])
        case ambiguous(String, candidates: [String])

        public var description: String { wording.english }

        public var wording: Wording {
            switch self {
            case let .notFound(query, candidates):
                let list = candidates.map { "  \($0)" }.joined(separator: "\n")
                return Wording("no meeting matches '\(query)'; give a meeting id (or the start of one) or a date YYYY-MM-DD"
                                   + (candidates.isEmpty ? "" : ". Perhaps one of these:\n" + list),
                               "没有与“\(query)”相符的会议；请给出会议编号（或其开头）或日期 YYYY-MM-DD"
                                   + (candidates.isEmpty ? "" : "。可能是其中之一：\n" + list))
            case let .ambiguous(query, candidates):
                let list = candidates.map { "  \($0)" }.joined(separator: "\n")
                return Wording("'\(query)' matches \(candidates.count) meetings; name one by id, or add --type:\n" + list,
                               "“\(query)”与 \(candidates.count) 次会议相符；请用编号指明一次，或加上 --type：\n" + list)
            }
        }
    }

    public static func find(_ query: String, type: MeetingType?, in summaries: [MeetingSummary],
                            timeZone: TimeZone) -> Result<MeetingSummary, Failure> {
        var matches: [MeetingSummary]
        if let day = Day(query) {
            matches = summaries.filter { $0.day(in: timeZone) == day }
        } else if let exact = summaries.first(where: { $0.id == query }) {
            matches = [exact]
        } else {
            matches = query.isEmpty ? [] : summaries.filter { $0.id.hasPrefix(query) }
        }
        if let type { matches = matches.filter { $0.types.contains(type) } }
        func lines(_ list: [MeetingSummary]) -> [String] {
            list.sorted { $0.start < $1.start }.map { summary in
                "\(summary.id)  \(DateText.dateTime(summary.start, in: timeZone))  \(summary.types.map(\.slug).joined(separator: "+"))  \(summary.theme)"
            }
        }
        switch matches.count {
        case 0:
            // A part of a date (2026-06) lists that month's meetings; anything else the newest ten.
            let byDate = summaries.filter { $0.day(in: timeZone).description.hasPrefix(query) && !query.isEmpty }
            let newest = summaries.sorted { $0.start > $1.start }.prefix(10)
            return .failure(.notFound(query, candidates: lines(byDate.isEmpty ? Array(newest) : byDate)))
        case 1: return .success(matches[0])
        default: return .failure(.ambiguous(query, candidates: lines(matches)))
        }
    }
}

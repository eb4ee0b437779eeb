import Foundation

/// Finds the meeting a command names: a meeting id, a unique prefix of one, or a day
/// (`YYYY-MM-DD`), narrowed by type when a day has several meetings.
public enum MeetingLookup {
    public enum Failure: WordedError, Equatable, CustomStringConvertible {
        case notFound(String, candidates: [Wording])
        case ambiguous(String, candidates: [Wording])

        public var description: String { wording.english }

        public var wording: Wording {
            switch self {
            case let .notFound(query, candidates):
                return Wording("no meeting matches '\(query)'; give a meeting id (or the start of one) or a date YYYY-MM-DD"
                                   + (candidates.isEmpty ? "" : ". Perhaps one of these:\n" + Self.list(candidates, .english)),
                               "没有与“\(query)”相符的会议；请给出会议编号（或其开头）或日期 YYYY-MM-DD"
                                   + (candidates.isEmpty ? "" : "。可能是其中之一：\n" + Self.list(candidates, .chinese)))
            case let .ambiguous(query, candidates):
                return Wording("'\(query)' matches \(candidates.count) meetings; name one by id, or add --type:\n" + Self.list(candidates, .english),
                               "“\(query)”与 \(candidates.count) 次会议相符；请用编号指明一次，或加上 --type：\n" + Self.list(candidates, .chinese))
            }
        }

        private static func list(_ candidates: [Wording], _ language: Language) -> String {
            candidates.map { "  " + $0.text(language) }.joined(separator: "\n")
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
        // The types as --type takes them, and in Chinese by name too.
        func lines(_ list: [MeetingSummary]) -> [Wording] {
            list.sorted { $0.start < $1.start }.map { summary in
                let head = "\(summary.id)  \(DateText.dateTime(summary.start, in: timeZone))  "
                let slugs = summary.types.map(\.slug).joined(separator: "+")
                return Wording(head + "\(slugs)  \(summary.theme)", head + "\(Labels(.chinese).typeNames(summary.types))（\(slugs)）  \(summary.theme)")
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

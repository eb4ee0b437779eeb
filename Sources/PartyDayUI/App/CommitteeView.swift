import PartyDayKit

/// The committee screen's own state: the committee, its branches' rows once read, the
/// highlight, and what is being done in the background.
public struct CommitteeView: Equatable, Sendable {
    public enum Busy: Equatable, Sendable { case reading, pulling }

    public var request: CommitteeRequest
    /// Nil until the branches are read for the first time.
    public var rows: [CommitteeRow]?
    public var cursor = ListCursor()
    public var busy: Busy? = .reading

    public init(request: CommitteeRequest) {
        self.request = request
    }

    var hasClones: Bool { request.committee.branches.contains { $0.cloned } }

    var selectedRow: CommitteeRow? {
        guard let rows, cursor.index >= 0, cursor.index < rows.count else { return nil }
        return rows[cursor.index]
    }
}

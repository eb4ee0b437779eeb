import PartyDayKit

/// The hint bar: the keys in force with a hint rank, as many as fit, by rank, shown in
/// the order they are declared. Nothing is cut: a key that does not fit is left out and
/// the bar ends with `? more` where `?` opens the full list.
extension AppState {
    func hintBar(width: Int) -> String {
        let language = strings.language
        let bindings = activeBindings
        // Where the global keys are in force, ? opens the full list (not in a form or a search box).
        let canAskForMore = activeScopes.contains(.global)
        let more = canAskForMore ? "? " + KeyScope.globalKeys[0].label.text(language) : ""
        let separator = "  "
        let items = bindings.enumerated().compactMap { offset, binding -> (order: Int, rank: Int, text: String)? in
            guard let rank = binding.hint else { return nil }
            return (offset, rank, binding.shortKeyName(language) + " " + binding.label.text(language))
        }
        var room = width - (more.isEmpty ? 0 : displayWidth(more) + displayWidth(separator))
        var chosen: [(order: Int, text: String)] = []
        for item in items.sorted(by: { ($0.rank, $0.order) < ($1.rank, $1.order) }) {
            let cost = displayWidth(item.text) + (chosen.isEmpty ? 0 : displayWidth(separator))
            guard cost <= room else { continue }
            room -= cost
            chosen.append((item.order, item.text))
        }
        let shown = chosen.sorted { $0.order < $1.order }.map(\.text) + (more.isEmpty ? [] : [more])
        return shown.joined(separator: separator)
    }
}

import PartyDayKit

/// The hint bar: the keys in force with a hint rank, as many as fit, by rank, shown in
/// the order they are declared. Nothing is cut: a key that does not fit is left out and
/// the bar ends with `? more` where `?` opens the full list. Keys that change records
/// are left out of a read-only window's bar (they would only be refused).
extension AppState {
    func hintBar(width: Int) -> String {
        let language = strings.language
        let scopes = activeScopes
        // Where the global keys are in force, ? opens the full list (not in a form or a search box).
        let more = scopes.contains(.global) ? "? " + KeyScope.globalKeys[0].label.text(language) : ""
        let separator = 2
        var items: [(rank: Int, order: Int, text: String, width: Int)] = []
        var order = 0
        // Keys an earlier binding already takes: a later one with only those keys never acts
        // ("Esc Backspace back  Esc back" offered Esc twice).
        var taken = Set<KeyStroke>()
        for scope in scopes {
            for binding in scope.bindings {
                order += 1
                guard binding.applies(to: self) else { continue }
                defer { taken.formUnion(binding.keys) }
                guard let rank = binding.hint, let item = binding.hintItems[language], !binding.keys.allSatisfy(taken.contains) else { continue }
                // A key that would be refused is not offered (a read-only window).
                if binding.whyDisabled(in: self) != nil { continue }
                items.append((rank, order, item.text, item.width))
            }
        }
        var room = width - (more.isEmpty ? 0 : displayWidth(more) + separator)
        var chosen: [(order: Int, text: String)] = []
        for item in items.sorted(by: { ($0.rank, $0.order) < ($1.rank, $1.order) }) {
            let cost = item.width + (chosen.isEmpty ? 0 : separator)
            guard cost <= room else { continue }
            room -= cost
            chosen.append((item.order, item.text))
        }
        let shown = chosen.sorted { $0.order < $1.order }.map(\.text) + (more.isEmpty ? [] : [more])
        return shown.joined(separator: "  ")
    }
}

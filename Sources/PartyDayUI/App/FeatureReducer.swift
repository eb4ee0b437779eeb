import PartyDayKit

/// How the root runs a feature's reducer — for a key, a submitted form or an effect's reply
/// addressed to it: the feature's state at `path` changes, it reads the rest through the
/// read-only `ScreenContext`, draws new ids from the program's one `SeededGenerator` (a
/// dependency handed in, as the Composable Architecture hands in `uuid`), and whatever
/// else it wants comes back as intents, which the root carries out.
extension AppState {
    mutating func reduce<Feature>(_ path: WritableKeyPath<AppState, Feature>, _ effects: inout [Effect],
                                  _ reducer: (inout Feature, ScreenContext, inout SeededGenerator) -> [Intent]) {
        var feature = self[keyPath: path]
        var ids = self.ids
        let intents = reducer(&feature, ScreenContext(app: self), &ids)
        self.ids = ids
        self[keyPath: path] = feature
        apply(intents, &effects)
    }

    /// The same for a feature whose state may be absent (the open meeting, a box): nothing
    /// happens without it. Its state is taken out while the reducer runs, so an edit changes
    /// the only copy (the meeting is not copied on every key) and the context cannot show
    /// it half-done.
    mutating func reduce<Feature>(ifPresent path: WritableKeyPath<AppState, Feature?>, _ effects: inout [Effect],
                                  _ reducer: (inout Feature, ScreenContext, inout SeededGenerator) -> [Intent]) {
        guard var feature = self[keyPath: path] else { return }
        self[keyPath: path] = nil
        var ids = self.ids
        let intents = reducer(&feature, ScreenContext(app: self), &ids)
        self.ids = ids
        self[keyPath: path] = feature
        apply(intents, &effects)
    }
}

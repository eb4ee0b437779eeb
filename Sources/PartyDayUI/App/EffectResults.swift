import PartyDayKit

/// How a screen takes the answers to the effects it asked for. A feature sends an effect
/// `.addressed` to itself (`effect.replying(to: .members)`); the runner posts its answers as
/// `Event.reply(to:)`, and the root hands them to the screen's registry row, which runs this
/// reducer — the same shape as its keys and its forms (`AppState.reduce`). The root's own
/// `handle` keeps only what is global: the clock, the size, saving, sync, loading.
struct EffectResults: Sendable {
    let handle: @Sendable (inout AppState, Event, inout [Effect]) -> Void

    /// Answers that change the screen's state at `path` and ask for the rest.
    static func scoped<Feature>(_ path: WritableKeyPath<AppState, Feature> & Sendable,
                                _ reply: @escaping @Sendable (inout Feature, Event, ScreenContext) -> [Intent]) -> EffectResults {
        EffectResults { state, event, effects in state.reduce(path, &effects) { feature, context, _ in reply(&feature, event, context) } }
    }

    /// Answers that only ask (a message, a box, a change through the pipe).
    static func asking(_ reply: @escaping @Sendable (Event, ScreenContext) -> [Intent]) -> EffectResults {
        EffectResults { state, event, effects in state.apply(reply(event, ScreenContext(app: state)), &effects) }
    }

    /// The answers to writing documents into `exports/`: the files written, or why not.
    static let exports = EffectResults.asking { event, context in
        let s = context.strings
        switch event {
        case let .minutesExported(paths): return [.note(s.minutesWritten(paths), error: false)]
        case let .signInExported(paths): return [.note(s.signInWritten(paths), error: false)]
        case let .developmentExported(paths), let .workBookExported(paths):
            return [.note(s.t("Wrote ", "已写入 ") + paths.joined(separator: s.t(", ", "、")), error: false)]
        case let .exportFailed(problem): return [.failed(problem)]
        default: return []
        }
    }
}

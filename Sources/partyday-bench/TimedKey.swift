import Foundation
import PartyDayUI

/// One event as a user feels it: `update` and `render`, the state changed in place as
/// the shell's loop changes it. Returns the milliseconds and the effects, which the
/// caller performs outside the time.
func timedKey(_ state: inout AppState, _ event: Event) -> (ms: Double, effects: [Effect]) {
    let start = DispatchTime.now().uptimeNanoseconds
    let effects = update(&state, event)
    _ = render(state, state.size)
    return (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6, effects)
}

/// A session's script played round and round until `count` events have been given.
func scripted(_ script: [Event], count: Int) -> [Event] {
    (0..<count).map { script[$0 % script.count] }
}

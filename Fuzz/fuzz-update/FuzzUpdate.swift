import Foundation
import PartyDayKit
import PartyDayRuntime
import PartyDayUI

/// libFuzzer target: `update` and `render`, bytes read as events (keys, text, pastes,
/// resizes, clicks, pauses, ticks) on the demo branch; every effect is performed by the
/// one `EffectRunner`, over the demo's records kept in memory.
private let demo = DemoData.make()

public func fuzzUpdate(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    var state = AppState(strings: Strings(.english), size: Size(columns: 80, rows: 24), now: DemoData.date("2026-11-25", 10),
                         dataFolder: "/fuzz", branch: demo.branch, members: demo.members, readOnly: nil)
    let store = MemoryStore(branch: demo.branch, members: demo.members, meetings: demo.meetings, duesBases: demo.duesBases, duesYears: demo.dues)
    let runner = EffectRunner(store: store, mode: .synchronous)
    var pending: [Event] = [.meetingsListed(store.listMeetings().summaries, problems: [])]
    var size = state.size
    let keys: [Key] = [.up, .down, .left, .right, .enter, .escape, .tab, .backTab, .backspace, .delete, .home, .end, .pageUp, .pageDown,
                       .function(1), .control("s"), .control("e"), .control("u"), .control("k")]
    var index = 0
    func next() -> UInt8 { defer { index += 1 }; return index < count ? bytes[index] : 0 }
    while index < count && index < 4096 {
        let byte = next()
        let event: Event
        switch byte {
        case 0..<96: event = .text(String(UnicodeScalar(byte + 32)))
        case 96..<128: event = .key(keys[Int(byte) % keys.count])
        case 128..<136: event = .text(["会", "议", "张", "李", "。", "一", "党", "支"][Int(byte - 128)])
        case 136..<140:
            size = Size(columns: Int(next()) % 160, rows: Int(next()) % 60)
            event = .resize(size)
        case 140..<144: event = .mouse(MouseEvent(.press, at: Point(x: Int(next()) % 100, y: Int(next()) % 40)))
        case 144..<150: event = .paste(String(decoding: (0..<Int(next() % 16)).map { _ in next() }, as: UTF8.self))
        case 150..<160: event = .inputPaused
        case 160..<164: event = .tick(DemoData.date("2026-11-25", 10).addingTimeInterval(Double(next()) * 3_600))
        default: event = .text(String(UnicodeScalar(UInt8(byte % 32))))
        }
        pending.append(event)
        while !pending.isEmpty {
            let (after, effects) = update(state, pending.removeFirst())
            state = after
            // Exports and a sync are left out: they would write files or run git for every input.
            runner.perform(effects.filter { effect in
                switch effect {
                case .exportMinutes, .exportSignIn, .exportSignInOf, .sync, .computePinyin: false
                default: true
                }
            })
            pending += runner.takeEvents()
        }
        _ = render(state, size)
    }
    return 0
}

/// SwiftPM links an executable's entry point under this name; it hands over to libFuzzer.
@_cdecl("fuzz_update_main")
public func runFuzzer(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    var count = argc
    var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { bytes, size in fuzzUpdate(bytes!, size) }
}

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

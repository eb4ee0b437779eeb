import Foundation

extension Array where Element: Sendable {
    /// `map` spread over every core; order is kept.
    func parallelMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        let results = ResultSlots<Result>(count: count)
        self.withUnsafeBufferPointer { buffer in
            let elements = UnsafeSendable(buffer)
            DispatchQueue.concurrentPerform(iterations: count) { index in
                results.set(index, transform(elements.value[index]))
            }
        }
        return results.collect()
    }
}

private struct UnsafeSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}

/// One slot per index; each index is written by exactly one iteration.
private final class ResultSlots<Result>: @unchecked Sendable {
    private var slots: [Result?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Result) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    func collect() -> [Result] { slots.map { $0! } }
}

/// Work that can run side by side, each piece on its own core.
public enum Concurrently {
    /// The two results, computed at once (the home screen's reports after the listing).
    public static func run<A: Sendable, B: Sendable>(_ a: @Sendable () -> A, _ b: @Sendable () -> B) -> (A, B) {
        let slots = TwoSlots<A, B>()
        withoutActuallyEscaping(a) { a in
            withoutActuallyEscaping(b) { b in
                let work = UnsafeSendable((a, b))
                DispatchQueue.concurrentPerform(iterations: 2) { index in
                    if index == 0 { slots.a = work.value.0() } else { slots.b = work.value.1() }
                }
            }
        }
        return (slots.a!, slots.b!)
    }
}

/// Each slot is written by one iteration; read after `concurrentPerform` returns.
private final class TwoSlots<A, B>: @unchecked Sendable {
    var a: A?
    var b: B?
}

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
    /// The three results, computed at once (the home screen's reports after the listing).
    public static func run<A: Sendable, B: Sendable, C: Sendable>(
        _ a: @Sendable () -> A, _ b: @Sendable () -> B, _ c: @Sendable () -> C
    ) -> (A, B, C) {
        let slots = ThreeSlots<A, B, C>()
        withoutActuallyEscaping(a) { a in
            withoutActuallyEscaping(b) { b in
                withoutActuallyEscaping(c) { c in
                    let work = UnsafeSendable((a, b, c))
                    DispatchQueue.concurrentPerform(iterations: 3) { index in
                        switch index {
                        case 0: slots.a = work.value.0()
                        case 1: slots.b = work.value.1()
                        default: slots.c = work.value.2()
                        }
                    }
                }
            }
        }
        return (slots.a!, slots.b!, slots.c!)
    }
}

/// Each slot is written by one iteration; read after `concurrentPerform` returns.
private final class ThreeSlots<A, B, C>: @unchecked Sendable {
    var a: A?
    var b: B?
    var c: C?
}

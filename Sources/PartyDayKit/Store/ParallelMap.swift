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

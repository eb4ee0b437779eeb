import Foundation
import PartyDayUI

/// libFuzzer target: the escape-sequence parser, fed as the terminal adapter feeds it —
/// what follows each ESC, more scalars until the sequence is complete, the rest read again.
public func fuzzEscape(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let scalars = UnsafeBufferPointer(start: bytes, count: count).map(UInt32.init)
    var index = 0
    while index < scalars.count {
        guard scalars[index] == 0x1B else { index += 1; continue }
        var following: [UInt32] = []
        var next = index + 1
        parsing: while true {
            switch EscapeSequence.parse(following) {
            case .incomplete:
                guard next < scalars.count else { break parsing }
                following.append(scalars[next])
                next += 1
            case let .complete(_, length):
                precondition(length >= 0 && length <= following.count, "a sequence longer than what was read")
                next = index + 1 + length
                break parsing
            case let .pasteStart(length):
                precondition(length <= following.count)
                next = index + 1 + length
                break parsing
            }
        }
        index = max(next, index + 1)
    }
    return 0
}

/// SwiftPM links an executable's entry point under this name; it hands over to libFuzzer.
@_cdecl("fuzz_escape_main")
public func runFuzzer(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    var count = argc
    var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { bytes, size in fuzzEscape(bytes!, size) }
}

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

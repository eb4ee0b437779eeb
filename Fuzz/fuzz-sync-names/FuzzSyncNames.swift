import Foundation
import PartyDayKit

/// libFuzzer target: paths from outside — a conflict copy's name (`sync resolve PATH`,
/// conflicts/ as another PC left it), a path pasted into a form, a roster date. A copy
/// must never name a record outside the data folder.
public func fuzzSyncNames(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    UntrustedInput.readSyncPath(String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self))
    return 0
}

/// SwiftPM links an executable's entry point under this name; it hands over to libFuzzer.
@_cdecl("fuzz_sync_names_main")
public func runFuzzer(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    var count = argc
    var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { bytes, size in fuzzSyncNames(bytes!, size) }
}

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

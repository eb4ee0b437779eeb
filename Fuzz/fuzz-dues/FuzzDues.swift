import Foundation
import PartyDayKit

/// libFuzzer target: a dues year file or a bases file as it may arrive by sync — read,
/// checked as the store checks it, summed as a register sums it. Never a trap.
public func fuzzDues(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    UntrustedInput.readDuesFile(Data(bytes: bytes, count: count))
    return 0
}

/// SwiftPM links an executable's entry point under this name; it hands over to libFuzzer.
@_cdecl("fuzz_dues_main")
public func runFuzzer(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    var count = argc
    var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { bytes, size in fuzzDues(bytes!, size) }
}

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

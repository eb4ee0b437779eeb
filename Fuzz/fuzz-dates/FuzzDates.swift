import Foundation
import PartyDayKit

/// libFuzzer target: the lenient date and time reader (forms, roster files, options).
public func fuzzDates(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    let today = Day(year: 2026, month: 11, day: 27)!
    let zone = TimeZone(identifier: "Asia/Shanghai")!
    if let day = DateInput.day(text, today: today) {
        precondition(day.isSupported, "a day outside the supported years was accepted: \(day)")
        _ = day.start(in: zone)
        _ = day.adding(days: 400)
    }
    if let minutes = DateInput.time(text) { precondition((0..<1440).contains(minutes)) }
    if let date = DateInput.dateTime(text, today: today, in: zone) { _ = DateText.dateTime(date, in: zone) }
    _ = DateText.parseDateTime(text, in: zone)
    _ = Day(text)
    return 0
}

/// SwiftPM links an executable's entry point under this name; it hands over to libFuzzer.
@_cdecl("fuzz_dates_main")
public func runFuzzer(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    var count = argc
    var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { bytes, size in fuzzDates(bytes!, size) }
}

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The text of a CSV file as spreadsheets write it: UTF-8 (with or without the byte-order
/// mark Excel's "CSV UTF-8" puts first), or GB18030 — what Chinese Excel's plain "CSV"
/// writes (GBK is a subset of it). Foundation cannot decode GB18030; glibc's iconv can.
public enum SpreadsheetText {
    public enum Encoding: String, Sendable { case utf8 = "UTF-8", gb18030 = "GB18030" }

    public static func decode(_ data: Data) -> (text: String, encoding: Encoding)? {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if let text = String(data: bytes, encoding: .utf8) { return (text, .utf8) }
        return gb18030(bytes).map { ($0, .gb18030) }
    }

    /// GB18030 bytes as text, or nil when they are not GB18030 either.
    static func gb18030(_ data: Data) -> String? {
        guard !data.isEmpty else { return "" }
        #if canImport(Glibc)
        let converter = iconv_open("UTF-8", "GB18030")
        guard converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var input = [UInt8](data)
        // GB18030 takes at most 4 bytes a character; UTF-8 at most 4 too.
        var output = [UInt8](repeating: 0, count: input.count * 2 + 16)
        let converted: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer = UnsafeMutableRawPointer(inBuffer.baseAddress!).assumingMemoryBound(to: CChar.self) as UnsafeMutablePointer<CChar>?
                var inLeft = inBuffer.count
                var outPointer = UnsafeMutableRawPointer(outBuffer.baseAddress!).assumingMemoryBound(to: CChar.self) as UnsafeMutablePointer<CChar>?
                var outLeft = outBuffer.count
                guard iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) != -1, inLeft == 0 else { return nil }
                return outBuffer.count - outLeft
            }
        }
        guard let count = converted else { return nil }
        return String(bytes: output.prefix(count), encoding: .utf8)
        #else
        return nil
        #endif
    }
}

import Foundation
import Testing
@testable import PartyDayKit

@Suite struct CSVWriterTests {
    /// The byte scan that lets plain cells through untouched agrees with the full cleaning
    /// and quoting for every character the cleaning knows, alone and inside Chinese text.
    @Test func aCellCalledPlainIsOneTheCleaningAndQuotingWouldLeaveAsItIs() {
        var scalars: [Unicode.Scalar] = (0...0x3FF).compactMap(Unicode.Scalar.init)
        scalars += [0x061C, 0x200B, 0x200D, 0x200E, 0x200F, 0x2018, 0x201C, 0x201D, 0x2027, 0x2028, 0x2029, 0x202A, 0x202E, 0x202F,
                    0x2065, 0x2066, 0x2069, 0x206A, 0xFF0C, 0xFFFD, 0xFFFE, 0xFFFF, 0x1F389].compactMap(Unicode.Scalar.init)
        var plain = 0
        for scalar in scalars {
            for text in [String(scalar), "学习\(scalar)精神", "\(scalar)末"] {
                let isPlain = CSVWriter.isPlain(text)
                let slow = TextSanitizer.multiLine(text)
                let untouched = slow == text && !text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" })
                #expect(isPlain == untouched, "U+\(String(scalar.value, radix: 16)) in \(text.debugDescription)")
                if isPlain { plain += 1; #expect(CSVWriter.field(text) == text) }
            }
        }
        #expect(plain > 2000)
    }
}

import Testing
@testable import PartyDayUI

/// What follows ESC is read whole: a known sequence is a key, any other is dropped, and
/// ESC before ordinary text never lets that text act as commands.
@Suite struct EscapeSequenceTests {
    func scalars(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }

    @Test func cursorAndEditingKeysOfTheCommonTerminals() {
        let cases: [(String, Key)] = [
            ("[A", .up), ("OA", .up), ("[B", .down), ("[C", .right), ("[D", .left),
            ("[H", .home), ("OH", .home), ("[1~", .home), ("[7~", .home),
            ("[F", .end), ("OF", .end), ("[4~", .end), ("[8~", .end),
            ("[5~", .pageUp), ("[6~", .pageDown), ("[2~", .insert), ("[3~", .delete), ("[Z", .backTab),
            ("OP", .function(1)), ("[11~", .function(1)), ("[[A", .function(1)), ("[15~", .function(5)),
            ("[17~", .function(6)), ("[24~", .function(12)), ("[1;5A", .up), ("[3;2~", .delete), ("OM", .enter),
        ]
        for (sequence, key) in cases {
            #expect(EscapeSequence.parse(scalars(sequence)) == .complete(.key(key), length: sequence.unicodeScalars.count), "ESC \(sequence)")
        }
    }

    @Test func partsOfASequenceWaitForTheRest() {
        for prefix in ["", "[", "[1", "[1;5", "O", "[[", "]0;title"] {
            #expect(EscapeSequence.parse(scalars(prefix)) == .incomplete, "ESC \(prefix)")
        }
    }

    @Test func unknownSequencesAndTerminalStringsAreDroppedWhole() {
        #expect(EscapeSequence.parse(scalars("[99~")) == .complete(nil, length: 4))
        #expect(EscapeSequence.parse(scalars("[?1;2c")) == .complete(nil, length: 6))
        #expect(EscapeSequence.parse(scalars("]0;TITLE\u{7}x")) == .complete(nil, length: 9))
        #expect(EscapeSequence.parse(scalars("]52;c;aGVsbG8=\u{1B}\\")) == .complete(nil, length: 16))
        #expect(EscapeSequence.parse(scalars("Pq#0;2\u{1B}\\")) == .complete(nil, length: 8))
    }

    @Test func escapeBeforeTextIsDroppedWithTheCharacter() {
        // A paste without bracketed-paste markers: ESC x ESC x d y must not cancel, leave and delete.
        #expect(EscapeSequence.parse(scalars("x")) == .complete(nil, length: 1))
        #expect(EscapeSequence.parse(scalars("今")) == .complete(nil, length: 1))
        #expect(EscapeSequence.parse(scalars("\u{1B}[A")) == .complete(nil, length: 0), "ESC ESC: the first means nothing")
    }

    @Test func bracketedPasteStarts() {
        #expect(EscapeSequence.parse(scalars("[200~")) == .pasteStart(length: 5))
    }

    @Test func aRunawaySequenceEnds() {
        let long = "[" + String(repeating: "1;", count: 100)
        guard case let .complete(event, length) = EscapeSequence.parse(scalars(long)) else { Issue.record("never ends"); return }
        #expect(event == nil && length <= 65)
        let osc = "]" + String(repeating: "a", count: 5000)
        guard case .complete(nil, _) = EscapeSequence.parse(scalars(osc)) else { Issue.record("an endless OSC is kept"); return }
    }

    @Test func sgrMouseReports() {
        #expect(EscapeSequence.parse(scalars("[<0;10;5M")) == .complete(.mouse(MouseEvent(.press, at: Point(x: 9, y: 4))), length: 9))
        #expect(EscapeSequence.parse(scalars("[<64;1;1M")) == .complete(.mouse(MouseEvent(.wheelUp, at: Point(x: 0, y: 0))), length: 9))
        #expect(EscapeSequence.parse(scalars("[<65;3;2M")) == .complete(.mouse(MouseEvent(.wheelDown, at: Point(x: 2, y: 1))), length: 9))
        #expect(EscapeSequence.parse(scalars("[<0;10;5m")) == .complete(nil, length: 9), "a release means nothing")
        #expect(EscapeSequence.parse(scalars("[<0;0;5M")) == .complete(nil, length: 8), "no column 0")
    }
}

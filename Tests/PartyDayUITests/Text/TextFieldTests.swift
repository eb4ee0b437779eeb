import Testing
@testable import PartyDayUI

@Suite struct TextFieldTests {
    func field(_ events: [Event], multiline: Bool = false) -> TextField {
        var field = TextField(multiline: multiline)
        for event in events { _ = field.handle(event) }
        return field
    }

    @Test func backspaceRemovesOneWholeGrapheme() {
        var f = field([.text("张润生"), .text("👍🏽"), .text("e\u{301}")])
        #expect(f.text == "张润生👍🏽é" && f.caret == 5)
        _ = f.handle(.key(.backspace))
        #expect(f.text == "张润生👍🏽")
        _ = f.handle(.key(.backspace))
        #expect(f.text == "张润生")
    }

    @Test func caretMovesByGraphemeAndInsertsInTheMiddle() {
        var f = field([.text("张生"), .key(.left), .text("润")])
        #expect(f.text == "张润生" && f.caret == 2)
        _ = f.handle(.key(.home))
        _ = f.handle(.text("老"))
        #expect(f.text == "老张润生")
        _ = f.handle(.key(.end))
        #expect(f.caret == 4)
    }

    @Test func ctrlUClearsToTheStartAndCtrlKToTheEnd() {
        var f = field([.text("决战四季度"), .key(.left), .key(.left), .key(.control("u"))])
        #expect(f.text == "季度" && f.caret == 0)
        _ = f.handle(.key(.right))
        _ = f.handle(.key(.control("k")))
        #expect(f.text == "季")
    }

    @Test func controlCharactersNeverGetIn() {
        let f = field([.text("a\u{1B}[31mb\u{7}")])
        #expect(f.text == "a[31mb")
        let pasted = field([.paste("第一行\r\n第二行")])
        #expect(pasted.text == "第一行 第二行", "a one-line field takes a pasted line break as a space")
    }

    @Test func multiLineFieldsKeepPastedLinesAndMoveByDisplayColumn() {
        var f = field([.paste("一二三\nabcdef"), .key(.up)], multiline: true)
        // The caret was after "abcdef" (column 6); on the line above, column 6 is after "三".
        #expect(f.caret == 3)
        _ = f.handle(.key(.left))
        _ = f.handle(.key(.down))
        // Column 4 (after "一二") lands after "abcd".
        #expect(f.caret == 8)
        _ = f.handle(.key(.enter))
        #expect(f.text == "一二三\nabcd\nef")
    }

    @Test func drawingPutsTheCaretAfterWideCharacters() {
        let f = field([.text("张润生")])
        var grid = Grid(size: Size(columns: 20, rows: 1))
        let caret = f.draw(into: &grid, x: 2, y: 0, width: 10, style: .plain)
        #expect(caret == Point(x: 8, y: 0))
    }

    @Test func aLongLineScrollsToKeepTheCaretInView() {
        let f = field([.text("决战四季度坚决打赢扭亏攻坚战")])
        var grid = Grid(size: Size(columns: 10, rows: 1))
        let caret = f.draw(into: &grid, x: 0, y: 0, width: 10, style: .plain)
        #expect(caret == Point(x: 8, y: 0))
        #expect(grid.text.hasSuffix("攻坚战"))
    }

    @Test func multiLineDrawingWrapsWithoutSplittingCharacters() {
        let f = field([.text("一二三四五六")], multiline: true)
        var grid = Grid(size: Size(columns: 7, rows: 3))
        let caret = f.draw(into: &grid, x: 0, y: 0, width: 7, height: 3, style: .plain)
        #expect(grid.lines[0] == "一二三 ")
        #expect(grid.lines[1] == "四五六 ")
        #expect(caret == Point(x: 6, y: 1))
    }
}

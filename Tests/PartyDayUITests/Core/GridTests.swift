import Testing
@testable import PartyDayUI
import PartyDayKit

@Suite struct GridTests {
    @Test func wideCharactersTakeTwoCellsAndMarkTheSecond() {
        var grid = Grid(size: Size(columns: 6, rows: 1))
        let used = grid.put("张三a", x: 0, y: 0)
        #expect(used == 5)
        #expect(grid[0, 0].grapheme == "张" && grid[0, 0].width == 2)
        #expect(grid[1, 0].width == 0, "the continuation cell")
        #expect(grid.lines == ["张三a "])
    }

    @Test func writingWideTextOverNarrowLeavesTheRest() {
        // ratatui's case: "称号" over "aaaaa" leaves "称号a".
        var grid = Grid(size: Size(columns: 5, rows: 1))
        grid.put("aaaaa", x: 0, y: 0)
        grid.put("称号", x: 0, y: 0)
        #expect(grid.lines == ["称号a"])
    }

    @Test func aWideCharacterThatDoesNotFitIsPadded() {
        var grid = Grid(size: Size(columns: 5, rows: 1))
        grid.put("コンピ", x: 0, y: 0)
        #expect(grid.lines == ["コン "])
        var limited = Grid(size: Size(columns: 10, rows: 1))
        limited.put("一二三", x: 1, y: 0, limit: 3)
        #expect(limited.lines == [" 一       "], "the cut half is a space, the rest untouched")
    }

    @Test func overwritingHalfOfAWideCharacterClearsTheOtherHalf() {
        var grid = Grid(size: Size(columns: 4, rows: 1))
        grid.put("张三", x: 0, y: 0)
        grid.put("x", x: 1, y: 0)
        #expect(grid.lines == [" x三"])
        grid.put("y", x: 2, y: 0)
        #expect(grid.lines == [" xy "])
    }

    @Test func drawingOutsideTheGridIsIgnored() {
        var grid = Grid(size: Size(columns: 3, rows: 2))
        grid.put("abc", x: 5, y: 0)
        grid.put("abc", x: 0, y: 7)
        grid.put("abcdef", x: -2, y: 1)
        #expect(grid.lines == ["   ", "cde"])
    }
}

/// Wrapping Chinese: no line begins with "。" or "、" (the character before goes down with it).
@Suite struct ChineseLineBreakTests {
    @Test func noLineBeginsWithClosingPunctuation() {
        // Eight columns: four characters a line; the fifth is "、".
        let rows = wrap("撤销会议名册、党费设置", width: 8)
        #expect(rows.allSatisfy { !["。", "，", "、"].contains($0.first) }, "\(rows)")
        #expect(rows.joined() == "撤销会议名册、党费设置")
        // Two wide characters a line cannot keep three together: from four a line, always.
        for width in 8...40 {
            let text = "撤销本次运行中的上一次修改，无论是哪类（会议、名册、党费、设置、删除）；并说明撤销了什么。"
            let lines = wrap(text, width: width)
            #expect(lines.joined() == text, "width \(width)")
            #expect(lines.allSatisfy { $0.first.map { !"。，、；：）".contains($0) } ?? true }, "width \(width): \(lines)")
            #expect(lines.allSatisfy { displayWidth($0) <= width })
        }
    }
}

import Foundation

/// An Excel workbook (.xlsx): one sheet per table, a bold, shaded header row frozen at
/// the top, columns as wide as their text (Chinese counted double), days as real dates,
/// counts as numbers. Text is written inline in each cell (no shared-strings part needed).
public struct Workbook {
    public enum Cell: Equatable, Sendable {
        case text(String)
        case number(Double)
        case integer(Int)
        case day(Day)
        /// A fraction shown as a percentage (0.5 shows 50%).
        case percent(Double)
        /// An amount of money, written exactly (from whole fen) and shown with two decimals.
        case money(Money)
        case empty
    }

    public struct Sheet: Sendable {
        public var name: String
        public var header: [String]
        public var rows: [[Cell]]

        public init(name: String, header: [String], rows: [[Cell]] = []) {
            self.name = name
            self.header = header
            self.rows = rows
        }
    }

    public var sheets: [Sheet]

    public init(sheets: [Sheet]) {
        self.sheets = sheets
    }

    public func data() throws -> Data {
        let sheetTypes = sheets.indices.map {
            (path: "/xl/worksheets/sheet\($0 + 1).xml", type: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml")
        }
        var package = OfficePackage(mainPart: "xl/workbook.xml", overrides: [
            ("/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"),
            ("/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"),
        ] + sheetTypes, title: nil)
        let sheetList = sheets.enumerated().map { index, sheet in
            "<sheet name=\"\(XMLText.escape(Self.sheetName(sheet.name, index)))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }.joined()
        package.add("xl/workbook.xml", XMLText.declaration + """
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>\(sheetList)</sheets></workbook>
            """)
        let worksheet = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"
        package.add("xl/_rels/workbook.xml.rels", XMLText.declaration + OfficePackage.relationships(
            sheets.indices.map { (worksheet, "worksheets/sheet\($0 + 1).xml") }
                + [("http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles", "styles.xml")]))
        package.add("xl/styles.xml", Self.styles)
        for (index, sheet) in sheets.enumerated() {
            package.add("xl/worksheets/sheet\(index + 1).xml", Self.worksheet(sheet))
        }
        return try package.data()
    }

    /// Excel's rules: at most 31 characters, none of : \ / ? * [ ], unique.
    static func sheetName(_ name: String, _ index: Int) -> String {
        let cleaned = String(name.filter { !":\\/?*[]".contains($0) }.prefix(31))
        return cleaned.isEmpty ? "Sheet\(index + 1)" : cleaned
    }

    /// Style 0 plain, 1 header, 2 date (yyyy-mm-dd), 3 percent, 4 whole number, 5 money (0.00).
    private static let styles = XMLText.declaration + """
        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
        <numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts>\
        <fonts count="2"><font><sz val="11"/><name val="宋体"/><family val="3"/><charset val="134"/></font>\
        <font><b/><sz val="11"/><name val="宋体"/><family val="3"/><charset val="134"/></font></fonts>\
        <fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>\
        <fill><patternFill patternType="solid"><fgColor rgb="FFD9E1F2"/><bgColor indexed="64"/></patternFill></fill></fills>\
        <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
        <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
        <cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
        <xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/>\
        <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
        <xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
        <xf numFmtId="1" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
        <xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>\
        <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>
        """

    private static func worksheet(_ sheet: Sheet) -> String {
        // Widths from the longest text in each column (Chinese characters count two).
        var widths = sheet.header.map(displayWidth)
        for row in sheet.rows {
            for (column, cell) in row.enumerated() where column < widths.count {
                widths[column] = max(widths[column], displayWidth(shown(cell)))
            }
        }
        let columns = widths.enumerated().map { index, width in
            "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(min(60, max(6, width + 2)))\" customWidth=\"1\"/>"
        }.joined()
        var xml = XMLText.declaration
        xml += "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        xml += "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>"
        xml += "<cols>\(columns)</cols><sheetData>"
        xml += row(1, sheet.header.map { Cell.text($0) }, header: true)
        for (index, cells) in sheet.rows.enumerated() { xml += row(index + 2, cells, header: false) }
        xml += "</sheetData></worksheet>"
        return xml
    }

    private static func row(_ number: Int, _ cells: [Cell], header: Bool) -> String {
        var xml = "<row r=\"\(number)\">"
        for (index, cell) in cells.enumerated() {
            let reference = columnName(index) + "\(number)"
            switch cell {
            case let .text(text):
                xml += "<c r=\"\(reference)\" t=\"inlineStr\"\(header ? " s=\"1\"" : "")><is><t xml:space=\"preserve\">\(XMLText.escape(text))</t></is></c>"
            case let .number(value):
                xml += "<c r=\"\(reference)\"><v>\(value)</v></c>"
            case let .integer(value):
                xml += "<c r=\"\(reference)\" s=\"4\"><v>\(value)</v></c>"
            case let .day(day):
                xml += "<c r=\"\(reference)\" s=\"2\"><v>\(serial(day))</v></c>"
            case let .percent(value):
                xml += "<c r=\"\(reference)\" s=\"3\"><v>\(value)</v></c>"
            case let .money(amount):
                xml += "<c r=\"\(reference)\" s=\"5\"><v>\(amount)</v></c>"
            case .empty:
                break
            }
        }
        return xml + "</row>"
    }

    /// Excel's day number: days since 1899-12-30.
    static func serial(_ day: Day) -> Int { DateText.daysSinceEpoch(day) + 25_569 }

    /// A, B, … Z, AA, AB …
    static func columnName(_ index: Int) -> String {
        var name = ""
        var number = index + 1
        while number > 0 {
            let remainder = (number - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + remainder))) + name
            number = (number - 1) / 26
        }
        return name
    }

    private static func shown(_ cell: Cell) -> String {
        switch cell {
        case let .text(text): text
        case let .number(value): "\(value)"
        case let .integer(value): "\(value)"
        case .day: "2026-11-10"
        case .percent: "100%"
        case let .money(amount): amount.description
        case .empty: ""
        }
    }
}

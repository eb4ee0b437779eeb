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
        /// A small rate, to a tenth of a percent (0.005 shows 0.5%): the dues rates.
        case rate(Double)
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
    /// The register's title (the branch, the report, its period and "截至2026年12月7日"),
    /// with the sheet's name: a title row above the table, the top line of the pages after
    /// the first, and 制表人 / 审核人 lines below the table. Nil: a plain table from row 1.
    public var printTitle: String?
    /// The language of the printed page's footer (page numbers) and the signature lines (制表人 / 审核人).
    public var language: Language = .english

    public init(sheets: [Sheet]) {
        self.sheets = sheets
    }

    /// The same workbook with its printed title and footer language set.
    public func printed(_ title: String, language: Language) -> Workbook {
        var copy = self
        copy.printTitle = title
        copy.language = language
        return copy
    }

    /// "截至2026年12月7日" or "as of 2026-12-07", for the printed titles.
    public static func asOf(_ day: Day, _ language: Language) -> String {
        language == .chinese ? "截至\(day.year)年\(day.month)月\(day.day)日" : "as of \(day)"
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
        // The header row printed again at the top of every page (Excel's print titles).
        let headerRow = headerRowNumber
        let printTitles = sheets.enumerated().map { index, sheet in
            "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"\(index)\">'\(XMLText.escape(Self.sheetName(sheet.name, index).replacingOccurrences(of: "'", with: "''")))'!$\(headerRow):$\(headerRow)</definedName>"
        }.joined()
        package.add("xl/workbook.xml", XMLText.declaration + """
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>\(sheetList)</sheets>\
            <definedNames>\(printTitles)</definedNames></workbook>
            """)
        let worksheet = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"
        package.add("xl/_rels/workbook.xml.rels", XMLText.declaration + OfficePackage.relationships(
            sheets.indices.map { (worksheet, "worksheets/sheet\($0 + 1).xml") }
                + [("http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles", "styles.xml")]))
        package.add("xl/styles.xml", Self.styles)
        for (index, sheet) in sheets.enumerated() {
            package.add("xl/worksheets/sheet\(index + 1).xml", worksheetXML(sheet))
        }
        return try package.data()
    }

    /// Excel's rules: at most 31 characters, none of : \ / ? * [ ], unique.
    static func sheetName(_ name: String, _ index: Int) -> String {
        let cleaned = String(name.filter { !":\\/?*[]".contains($0) }.prefix(31))
        return cleaned.isEmpty ? "Sheet\(index + 1)" : cleaned
    }

    /// The header's row: the second when a title row stands above it.
    var headerRowNumber: Int { printTitle == nil ? 1 : 2 }

    /// Style 0 plain, 1 header (centred, wrapped), 2 date (yyyy-mm-dd, centred), 3 percent,
    /// 4 whole number, 5 money (0.00) — every one with a thin border, as a printed register
    /// has, numbers kept a space off the right border (the formats' `_ `) so that a number
    /// never runs into the text of the next cell ("2800.000.5%", "0合格") —; 6 the title above the table (bold,
    /// larger, centred, no border); 7 the signature lines below it (no border); 8 a small
    /// rate (0.0%).
    private static let styles = XMLText.declaration + """
        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
        <numFmts count="5"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/><numFmt numFmtId="165" formatCode="0.0%_ "/>\
        <numFmt numFmtId="166" formatCode="0%_ "/><numFmt numFmtId="167" formatCode="0_ "/><numFmt numFmtId="168" formatCode="0.00_ "/></numFmts>\
        <fonts count="3"><font><sz val="11"/><name val="宋体"/><family val="3"/><charset val="134"/></font>\
        <font><b/><sz val="11"/><name val="宋体"/><family val="3"/><charset val="134"/></font>\
        <font><b/><sz val="14"/><name val="黑体"/><family val="3"/><charset val="134"/></font></fonts>\
        <fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>\
        <fill><patternFill patternType="solid"><fgColor rgb="FFD9E1F2"/><bgColor indexed="64"/></patternFill></fill></fills>\
        <borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>\
        <border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right>\
        <top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border></borders>\
        <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
        <cellXfs count="9"><xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1"/>\
        <xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>\
        <xf numFmtId="164" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"><alignment horizontal="center"/></xf>\
        <xf numFmtId="166" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"/>\
        <xf numFmtId="167" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"/>\
        <xf numFmtId="168" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"/>\
        <xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>\
        <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
        <xf numFmtId="165" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"/></cellXfs>\
        <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>
        """

    private func worksheetXML(_ sheet: Sheet) -> String {
        // Widths from the longest text in each column (Chinese characters count two).
        var widths = sheet.header.map(displayWidth)
        for row in sheet.rows {
            for (column, cell) in row.enumerated() where column < widths.count {
                widths[column] = max(widths[column], displayWidth(Self.shown(cell)))
            }
        }
        widths = widths.map { min(60, max(6, $0 + 2)) }
        let columns = widths.enumerated().map { index, width in
            "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(width)\" customWidth=\"1\"/>"
        }.joined()
        var xml = XMLText.declaration
        xml += "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        // Printed one page wide (as many pages down as it takes).
        xml += "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>"
        // The header row (and the title above it) and the first column (the name, the date)
        // stay in view when scrolling.
        let headerRow = headerRowNumber
        xml += "<sheetViews><sheetView workbookViewId=\"0\"><pane xSplit=\"1\" ySplit=\"\(headerRow)\" topLeftCell=\"B\(headerRow + 1)\" activePane=\"bottomRight\" state=\"frozen\"/></sheetView></sheetViews>"
        xml += "<cols>\(columns)</cols><sheetData>"
        let lastColumn = Self.columnName(max(0, sheet.header.count - 1))
        var merged: [String] = []
        if let printTitle {
            // The register's title, as a printed register has it: across the table, above it.
            // A title wider than a narrow table wraps within it (its font is about 1.4 times
            // the cells'), the row as tall as its lines; it was cut at both page edges.
            let title = printTitle + "  " + sheet.name
            let lines = max(1, Int((Double(displayWidth(title)) * 1.4 / Double(max(1, widths.reduce(0, +)))).rounded(.up)))
            xml += "<row r=\"1\" ht=\"\(24 * lines + 4)\" customHeight=\"1\"><c r=\"A1\" t=\"inlineStr\" s=\"6\"><is><t xml:space=\"preserve\">\(XMLText.escape(title))</t></is></c></row>"
            if sheet.header.count > 1 { merged.append("A1:\(lastColumn)1") }
        }
        xml += Self.row(headerRow, sheet.header.map { Cell.text($0) }, header: true, width: sheet.header.count)
        for (index, cells) in sheet.rows.enumerated() { xml += Self.row(headerRow + 1 + index, cells, header: false, width: sheet.header.count) }
        if printTitle != nil {
            // Who drew it up and who checked it sign below the table, on its last page.
            let foot = headerRow + sheet.rows.count + 2
            let middle = Self.columnName(max(1, sheet.header.count / 2))
            let (prepared, checked) = language == .chinese ? ("制表人：", "审核人：") : ("Prepared by:", "Checked by:")
            xml += "<row r=\"\(foot)\"><c r=\"A\(foot)\" t=\"inlineStr\" s=\"7\"><is><t>\(prepared)</t></is></c>"
                + "<c r=\"\(middle)\(foot)\" t=\"inlineStr\" s=\"7\"><is><t>\(checked)</t></is></c></row>"
        }
        xml += "</sheetData>"
        if !merged.isEmpty { xml += "<mergeCells count=\"\(merged.count)\">" + merged.map { "<mergeCell ref=\"\($0)\"/>" }.joined() + "</mergeCells>" }
        // A4, landscape when the columns are wider than a portrait page holds (~95 characters).
        let landscape = widths.reduce(0, +) > 95
        xml += "<pageMargins left=\"0.5\" right=\"0.5\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
        xml += "<pageSetup paperSize=\"9\" orientation=\"\(landscape ? "landscape" : "portrait")\" fitToWidth=\"1\" fitToHeight=\"0\"/>"
        // The first page has the title in its cells; the pages after it name it at their top.
        let footer = XMLText.escape(pageFooter)
        xml += printTitle == nil
            ? "<headerFooter><oddHeader>\(XMLText.escape(pageHeader(sheet)))</oddHeader><oddFooter>\(footer)</oddFooter></headerFooter>"
            : "<headerFooter differentFirst=\"1\"><oddHeader>\(XMLText.escape(pageHeader(sheet)))</oddHeader><oddFooter>\(footer)</oddFooter><firstFooter>\(footer)</firstFooter></headerFooter>"
        xml += "</worksheet>"
        return xml
    }

    /// The printed page's top line: the title and the sheet's name, centred, bold.
    private func pageHeader(_ sheet: Sheet) -> String {
        let text = [printTitle, sheet.name].compactMap { $0 }.joined(separator: "  ")
        return "&C&B" + text.replacingOccurrences(of: "&", with: "&&")
    }

    /// The printed page's foot: the page numbers (the signatures are below the table).
    private var pageFooter: String {
        language == .chinese ? "&C第 &P 页 共 &N 页" : "&CPage &P of &N"
    }

    private static func row(_ number: Int, _ cells: [Cell], header: Bool, width: Int) -> String {
        var xml = "<row r=\"\(number)\">"
        // Every cell of the table is written, an empty one too, so that each has its border.
        let cells = cells + Array(repeating: Cell.empty, count: max(0, width - cells.count))
        for (index, cell) in cells.enumerated() {
            let reference = columnName(index) + "\(number)"
            switch cell {
            case let .text(text):
                xml += "<c r=\"\(reference)\" t=\"inlineStr\" s=\"\(header ? 1 : 0)\"><is><t xml:space=\"preserve\">\(XMLText.escape(text))</t></is></c>"
            case let .number(value):
                xml += "<c r=\"\(reference)\" s=\"0\"><v>\(value)</v></c>"
            case let .integer(value):
                xml += "<c r=\"\(reference)\" s=\"4\"><v>\(value)</v></c>"
            case let .day(day):
                xml += "<c r=\"\(reference)\" s=\"2\"><v>\(serial(day))</v></c>"
            case let .percent(value):
                xml += "<c r=\"\(reference)\" s=\"3\"><v>\(value)</v></c>"
            case let .rate(value):
                xml += "<c r=\"\(reference)\" s=\"8\"><v>\(value)</v></c>"
            case let .money(amount):
                xml += "<c r=\"\(reference)\" s=\"5\"><v>\(amount)</v></c>"
            case .empty:
                xml += "<c r=\"\(reference)\" s=\"0\"/>"
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
        case .rate: "0.5%"
        case let .money(amount): amount.description
        case .empty: ""
        }
    }
}

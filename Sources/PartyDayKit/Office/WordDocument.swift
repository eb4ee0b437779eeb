import Foundation

/// A Word document (.docx) of paragraphs and tables, on A4, in the fonts every office PC
/// has: SimSun (宋体) for Chinese body text, SimHei (黑体) for titles and headings, with the
/// East Asian font attributes set so that Word and WPS both pick them; Times New Roman for
/// Latin text. The parts are minimal but complete: content types, relationships, styles,
/// core and app properties.
public struct WordDocument {
    public enum Style: String, Sendable {
        case title = "Title", heading = "Heading1", subheading = "Heading2", minorHeading = "Heading3", normal = "Normal"
    }

    public enum Alignment: String, Sendable { case left, center, right }

    public struct Paragraph: Sendable {
        public var text: String
        public var style: Style
        public var alignment: Alignment
        public var bold: Bool
        /// Single line spacing and no space after: lines that must take little room (a
        /// sign-in sheet's facts), where the body's 1.5 lines would push the table over a page.
        public var compact: Bool
        /// Kept on the page of what follows (the minutes' last lines with the signatures).
        public var keepWithNext = false
        /// Indents in twips: the first line's (body text: two characters, 480), or a hanging
        /// one (a numbered item's wrapped lines under its text, not under its number).
        public var firstLineIndent = 0
        public var hangingIndent = 0
        /// Starts a new page (a chapter of the work book).
        public var pageBreakBefore = false
        /// A bookmark around the paragraph, which a contents line refers to.
        public var bookmark: String?
        /// A contents line: the text, a dotted tab to the right margin, and the page of
        /// this bookmark (a PAGEREF field, which Word and LibreOffice fill in).
        public var pageOf: String?
        /// A contents line's indent, in twips (a meeting under its chapter).
        public var leftIndent = 0

        public init(_ text: String, style: Style = .normal, alignment: Alignment = .left, bold: Bool = false, compact: Bool = false) {
            self.text = text
            self.style = style
            self.alignment = alignment
            self.bold = bold
            self.compact = compact
        }
    }

    public struct Table: Sendable {
        /// Widths in twentieths of a point; A4 with 2.5 cm margins leaves 9,070.
        public var columnWidths: [Int]
        public var rows: [[String]]
        /// Leading rows that repeat at the top of every page and are set bold.
        public var headerRows: Int
        /// Row height in twips for every row (sign-in sheets need room to sign); nil: as needed.
        public var rowHeight: Int?
        /// Each column's alignment (a number column centred); columns beyond are left-aligned.
        public var columnAlignments: [Alignment]
        /// Kept on the page of what follows (every row's paragraphs keep with the next).
        public var keepWithNext = false

        public init(columnWidths: [Int], rows: [[String]], headerRows: Int = 0, rowHeight: Int? = nil, columnAlignments: [Alignment] = []) {
            self.columnWidths = columnWidths
            self.rows = rows
            self.headerRows = headerRows
            self.rowHeight = rowHeight
            self.columnAlignments = columnAlignments
        }
    }

    public enum Block: Sendable {
        case paragraph(Paragraph)
        case table(Table)
    }

    public var title: String
    public var blocks: [Block] = []
    /// The page-number line in every page's footer, centred: `{PAGE}` and `{NUMPAGES}` become
    /// Word's fields ("第 {PAGE} 页 共 {NUMPAGES} 页"); nil for no footer.
    public var pageFooter: String?
    /// A line at the top of every page but the first (which has the title): the branch and
    /// the meeting, so that a loose page says what it belongs to.
    public var runningHeader: String?
    /// Top and bottom page margins in twips (2.54 cm unless a page needs more room).
    public var verticalMargin = 1440

    /// "第 X 页 共 Y 页", or "Page X of Y".
    public static func pageNumbers(_ language: Language) -> String {
        language == .chinese ? "第 {PAGE} 页 共 {NUMPAGES} 页" : "Page {PAGE} of {NUMPAGES}"
    }

    public init(title: String) {
        self.title = title
    }

    public mutating func add(_ paragraph: Paragraph) { blocks.append(.paragraph(paragraph)) }

    /// Keeps the block at `index` on the page of the block after it.
    public mutating func keepWithNext(_ index: Int) {
        switch blocks[index] {
        case var .paragraph(paragraph):
            paragraph.keepWithNext = true
            blocks[index] = .paragraph(paragraph)
        case var .table(table):
            table.keepWithNext = true
            blocks[index] = .table(table)
        }
    }
    public mutating func add(_ table: Table) { blocks.append(.table(table)) }

    /// The .docx file's bytes.
    public func data() throws -> Data {
        var overrides = [
            ("/word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"),
            ("/word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"),
        ]
        var relationships = [("http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles", "styles.xml")]
        // Contents lines hold page fields: Word is told to update them on opening (LibreOffice always does).
        let refersToPages = blocks.contains { if case let .paragraph(paragraph) = $0 { paragraph.pageOf != nil } else { false } }
        if pageFooter != nil {
            overrides.append(("/word/footer1.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"))
            relationships.append(("http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer", "footer1.xml"))
        }
        if runningHeader != nil {
            overrides.append(("/word/header1.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"))
            relationships.append(("http://schemas.openxmlformats.org/officeDocument/2006/relationships/header", "header1.xml"))
        }
        var package = OfficePackage(mainPart: "word/document.xml", overrides: overrides, title: title)
        package.add("word/_rels/document.xml.rels", XMLText.declaration + OfficePackage.relationships(relationships))
        package.add("word/styles.xml", Self.styles)
        if let pageFooter { package.add("word/footer1.xml", Self.footer(pageFooter)) }
        if let runningHeader { package.add("word/header1.xml", Self.header(runningHeader)) }
        if refersToPages {
            overrides.append(("/word/settings.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"))
            relationships.append(("http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings", "settings.xml"))
            package = OfficePackage(mainPart: "word/document.xml", overrides: overrides, title: title)
            package.add("word/_rels/document.xml.rels", XMLText.declaration + OfficePackage.relationships(relationships))
            package.add("word/styles.xml", Self.styles)
            if let pageFooter { package.add("word/footer1.xml", Self.footer(pageFooter)) }
            if let runningHeader { package.add("word/header1.xml", Self.header(runningHeader)) }
            package.add("word/settings.xml", XMLText.declaration + "<w:settings \(Self.namespace)><w:updateFields w:val=\"true\"/></w:settings>")
        }
        package.add("word/document.xml", document)
        return try package.data()
    }

    /// The running header part: the line centred over a rule, small.
    private static func header(_ line: String) -> String {
        XMLText.declaration + "<w:hdr \(namespace)><w:p><w:pPr><w:jc w:val=\"center\"/><w:spacing w:after=\"0\"/>"
            + "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"1\" w:color=\"000000\"/></w:pBdr></w:pPr>"
            + "<w:r><w:rPr><w:sz w:val=\"18\"/></w:rPr><w:t xml:space=\"preserve\">\(XMLText.escape(line))</w:t></w:r></w:p></w:hdr>"
    }

    private static let namespace = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
    private static let relationshipNamespace = "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""

    /// The footer part: the line centred, `{PAGE}` and `{NUMPAGES}` as fields Word and
    /// LibreOffice fill in (the number shown before they do is 1).
    private static func footer(_ line: String) -> String {
        var runs = ""
        var rest = Substring(line)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            let text = rest[..<open]
            if !text.isEmpty { runs += "<w:r><w:t xml:space=\"preserve\">\(XMLText.escape(String(text)))</w:t></w:r>" }
            let field = rest[rest.index(after: open)..<close]
            runs += "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> \(XMLText.escape(String(field))) </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { runs += "<w:r><w:t xml:space=\"preserve\">\(XMLText.escape(String(rest)))</w:t></w:r>" }
        return XMLText.declaration + "<w:ftr \(namespace)><w:p><w:pPr><w:jc w:val=\"center\"/><w:spacing w:after=\"0\"/></w:pPr>\(runs)</w:p></w:ftr>"
    }

    /// 宋体 for East Asian text and 黑体 for titles, named both ways (Word on an English
    /// system knows them as SimSun and SimHei, WPS by their Chinese names).
    private static func fonts(heading: Bool) -> String {
        let eastAsia = heading ? "黑体" : "宋体"
        return "<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"\(eastAsia)\" w:cs=\"Times New Roman\" w:hint=\"eastAsia\"/>"
    }

    private static let styles = XMLText.declaration + """
        <w:styles \(namespace)>\
        <w:docDefaults><w:rPrDefault><w:rPr>\(fonts(heading: false))<w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault>\
        <w:pPrDefault><w:pPr><w:spacing w:after="60" w:line="360" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>\
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>\
        <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>\
        <w:pPr><w:jc w:val="center"/><w:spacing w:before="120" w:after="240"/></w:pPr><w:rPr>\(fonts(heading: true))<w:b/><w:sz w:val="36"/><w:szCs w:val="36"/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>\
        <w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr>\(fonts(heading: true))<w:b/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>\
        <w:pPr><w:keepNext/><w:spacing w:before="200" w:after="100"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr>\(fonts(heading: true))<w:b/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/>\
        <w:pPr><w:keepNext/><w:spacing w:before="160" w:after="80"/><w:outlineLvl w:val="2"/></w:pPr><w:rPr>\(fonts(heading: true))<w:b/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>\
        <w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders>\
        <w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/>\
        <w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/>\
        <w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/>\
        </w:tblBorders><w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>\
        </w:styles>
        """

    private var document: String {
        var body = ""
        for (index, block) in blocks.enumerated() {
            switch block {
            case let .paragraph(paragraph): body += Self.xml(paragraph)
            case let .table(table):
                body += Self.xml(table)
                // A table is followed by a paragraph: an empty one keeps two tables apart and
                // ends the body (Word needs a paragraph last), else the next one does it.
                if index == blocks.count - 1 { body += "<w:p/>" } else if case .table = blocks[index + 1] { body += "<w:p/>" }
            }
        }
        // A4 portrait, 2.5 cm margins left and right, 2.54 cm top and bottom unless set; the
        // footer (rId2, after the styles) half-way into the bottom margin.
        // The relationships go styles (rId1), footer, header, in that order, each when present.
        let footerID = 2, headerID = pageFooter == nil ? 2 : 3
        // The first page (its own header empty under titlePg) keeps the page numbers.
        let footerReference = pageFooter == nil ? "" : "<w:footerReference w:type=\"default\" r:id=\"rId\(footerID)\"/>"
            + (runningHeader == nil ? "" : "<w:footerReference w:type=\"first\" r:id=\"rId\(footerID)\"/>")
        // The running header from page 2: the first page (with the title) has none of its own.
        let headerReference = runningHeader == nil ? "" : "<w:headerReference w:type=\"default\" r:id=\"rId\(headerID)\"/>"
        let firstPage = runningHeader == nil ? "" : "<w:titlePg/>"
        let section = "<w:sectPr>\(headerReference)\(footerReference)<w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"\(verticalMargin)\" w:right=\"1418\" "
            + "w:bottom=\"\(verticalMargin)\" w:left=\"1418\" w:header=\"\(verticalMargin * 3 / 5)\" w:footer=\"\(verticalMargin / 2)\" w:gutter=\"0\"/>\(firstPage)</w:sectPr>"
        return XMLText.declaration + "<w:document \(Self.namespace) \(Self.relationshipNamespace)><w:body>\(body)\(section)</w:body></w:document>"
    }

    private static func xml(_ paragraph: Paragraph) -> String {
        var properties = ""
        if paragraph.style != .normal { properties += "<w:pStyle w:val=\"\(paragraph.style.rawValue)\"/>" }
        if paragraph.keepWithNext { properties += "<w:keepNext/>" }
        if paragraph.pageBreakBefore { properties += "<w:pageBreakBefore/>" }
        if paragraph.pageOf != nil { properties += "<w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"9060\"/></w:tabs>" }
        if paragraph.leftIndent > 0 { properties += "<w:ind w:left=\"\(paragraph.leftIndent)\"/>" }
        if paragraph.firstLineIndent > 0 { properties += "<w:ind w:firstLine=\"\(paragraph.firstLineIndent)\"/>" }
        if paragraph.hangingIndent > 0 { properties += "<w:ind w:left=\"\(paragraph.hangingIndent)\" w:hanging=\"\(paragraph.hangingIndent)\"/>" }
        if paragraph.compact { properties += "<w:spacing w:before=\"100\" w:after=\"100\" w:line=\"240\" w:lineRule=\"auto\"/>" }
        if paragraph.alignment != .left { properties += "<w:jc w:val=\"\(paragraph.alignment == .center ? "center" : "right")\"/>" }
        var content = runs(paragraph.text, bold: paragraph.bold)
        if let bookmark = paragraph.bookmark {
            // Bookmark ids are numbers unique in the document: the name's FNV-1a hash, the
            // same on every run (a document written twice is the same bytes).
            let id = bookmark.utf8.reduce(UInt32(2_166_136_261)) { ($0 ^ UInt32($1)) &* 16_777_619 } % 1_000_000_000
            content = "<w:bookmarkStart w:id=\"\(id)\" w:name=\"\(XMLText.escape(bookmark))\"/>" + content + "<w:bookmarkEnd w:id=\"\(id)\"/>"
        }
        if let target = paragraph.pageOf {
            content += "<w:r><w:tab/></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGEREF \(XMLText.escape(target)) \\h </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
        }
        return "<w:p>" + (properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>") + content + "</w:p>"
    }

    /// One run per line, with a line break between: a line break in the text stays one.
    private static func runs(_ text: String, bold: Bool) -> String {
        let properties = bold ? "<w:rPr><w:b/></w:rPr>" : ""
        return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { index, line in
            (index > 0 ? "<w:r>\(properties)<w:br/></w:r>" : "") + "<w:r>\(properties)<w:t xml:space=\"preserve\">\(XMLText.escape(String(line)))</w:t></w:r>"
        }.joined()
    }

    private static func xml(_ table: Table) -> String {
        let grid = table.columnWidths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined()
        var out = "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"\(table.columnWidths.reduce(0, +))\" w:type=\"dxa\"/>"
            + "<w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>\(grid)</w:tblGrid>"
        for (index, row) in table.rows.enumerated() {
            let header = index < table.headerRows
            var rowProperties = header ? "<w:tblHeader/>" : ""
            if let height = table.rowHeight { rowProperties += "<w:trHeight w:val=\"\(height)\"/>" }
            rowProperties += "<w:cantSplit/>"
            out += "<w:tr><w:trPr>\(rowProperties)</w:trPr>"
            for (column, cell) in row.enumerated() {
                let width = column < table.columnWidths.count ? table.columnWidths[column] : 1000
                let alignment = header ? .center : column < table.columnAlignments.count ? table.columnAlignments[column] : .left
                out += "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/><w:vAlign w:val=\"center\"/></w:tcPr>"
                    + "<w:p><w:pPr>\(table.keepWithNext ? "<w:keepNext/>" : "")<w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>\(alignment == .left ? "" : "<w:jc w:val=\"\(alignment.rawValue)\"/>")</w:pPr>"
                    + runs(cell, bold: header) + "</w:p></w:tc>"
            }
            out += "</w:tr>"
        }
        return out + "</w:tbl>"
    }
}

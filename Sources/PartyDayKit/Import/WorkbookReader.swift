import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The first sheet of an .xlsx workbook as rows of text, as a roster import wants them:
/// shared strings, inline strings and numbers (a date cell comes as its serial number,
/// which the import reads as a date). The container is opened with `ZipReader`; the
/// parts are read with Foundation's XMLParser.
public enum WorkbookReader {
    public enum Failure: WordedError, Equatable, CustomStringConvertible {
        case notAWorkbook(String)
        public var description: String { wording.english }
        public var wording: Wording {
            switch self { case let .notAWorkbook(why): Wording("not an .xlsx workbook: \(why)", "不是 .xlsx 工作簿：\(why)") }
        }
    }

    /// The largest part read: a roster sheet is far smaller.
    static let largestPart = 64 << 20

    public static func firstSheet(_ data: Data) throws -> [(line: Int, fields: [String])] {
        let container: ZipReader
        do { container = try ZipReader(data) } catch { throw Failure.notAWorkbook("not a ZIP container") }
        func part(_ path: String) throws -> Data? {
            do {
                return try container.part(path, limit: largestPart)
            } catch let ZipReader.Failure.damaged(why) {
                throw Failure.notAWorkbook(why)
            }
        }
        let shared = try part("xl/sharedStrings.xml").map(SharedStrings.parse) ?? []
        guard let sheet = try part(try firstSheetPath(part)) else { throw Failure.notAWorkbook("no worksheet") }
        return SheetRows.parse(sheet, shared: shared)
    }

    /// The first sheet's part, from the workbook and its relationships; the usual path otherwise.
    private static func firstSheetPath(_ part: (String) throws -> Data?) throws -> String {
        guard let workbook = try part("xl/workbook.xml"), let rels = try part("xl/_rels/workbook.xml.rels") else {
            return "xl/worksheets/sheet1.xml"
        }
        let sheetID = FirstAttribute.find(in: workbook, element: "sheet", attribute: "r:id")
        let targets = Relationships.parse(rels)
        guard let id = sheetID, let target = targets[id] else { return "xl/worksheets/sheet1.xml" }
        return target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
    }
}

/// `<si>` items of sharedStrings.xml, rich text runs joined.
private final class SharedStrings: NSObject, XMLParserDelegate {
    var items: [String] = []
    var current = ""
    var inText = false

    static func parse(_ data: Data) -> [String] {
        let delegate = SharedStrings()
        runParser(data, delegate)
        return delegate.items
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        if name == "si" { current = "" }
        if name == "t" { inText = true }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { current += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "t" { inText = false }
        if name == "si" { items.append(current) }
    }
}

/// The cells of a worksheet, by row and column letter.
private final class SheetRows: NSObject, XMLParserDelegate {
    let shared: [String]
    var rows: [(line: Int, fields: [String])] = []
    var row: [Int: String] = [:]
    var rowNumber = 0
    var cellColumn = 0
    var cellType = ""
    var value = ""
    var capturing = false

    init(shared: [String]) {
        self.shared = shared
    }

    static func parse(_ data: Data, shared: [String]) -> [(line: Int, fields: [String])] {
        let delegate = SheetRows(shared: shared)
        runParser(data, delegate)
        return delegate.rows
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        switch name {
        case "row":
            row = [:]
            rowNumber = attributes["r"].flatMap(Int.init) ?? rowNumber + 1
            cellColumn = 0
        case "c":
            cellColumn = attributes["r"].map(Self.column) ?? cellColumn + 1
            cellType = attributes["t"] ?? "n"
            value = ""
        case "v", "t":
            capturing = true
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if capturing { value += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "v", "t":
            capturing = false
        case "c":
            let text: String
            switch cellType {
            case "s": text = Int(value).flatMap { $0 >= 0 && $0 < shared.count ? shared[$0] : nil } ?? ""
            case "b": text = value == "1" ? "TRUE" : "FALSE"
            default:
                // Whole numbers without ".0": an id or a date serial, not a measurement.
                if let number = Double(value), number == number.rounded(), abs(number) < 1e15 { text = String(Int64(number)) } else { text = value }
            }
            // Excel has 16,384 columns; a reference beyond them (or none that reads) is not a cell.
            if !text.isEmpty, (1...Self.maximumColumn).contains(cellColumn) { row[cellColumn] = text }
        case "row":
            // Empty rows are left out, as in a CSV file without them. A row is as wide as
            // its last cell within the first `widestRow` columns: a sheet whose rows each
            // hold one cell in column XFD asked for 16,384 cells a row — 5 GB for 20,000 rows.
            guard let last = row.keys.filter({ $0 <= Self.widestRow }).max() else { return }
            rows.append((rowNumber, (1...last).map { row[$0] ?? "" }))
        default:
            break
        }
    }

    static let maximumColumn = 16_384
    /// No roster, payroll sheet or register has more columns than this; cells beyond are left out.
    static let widestRow = 256

    /// "C12" → 3; 0 for a reference that is not a column (letters A–Z, at most XFD). A
    /// damaged file's "ZZZZZZZZZ1" must neither overflow nor ask for a huge row (found
    /// by fuzz-roster).
    static func column(_ reference: String) -> Int {
        var column = 0
        for scalar in reference.unicodeScalars {
            guard ("A"..."Z").contains(scalar) else { break }
            column = column * 26 + Int(scalar.value) - 64
            if column > maximumColumn { return 0 }
        }
        return column
    }
}

/// Relationship ids to targets, from a .rels part.
private final class Relationships: NSObject, XMLParserDelegate {
    var targets: [String: String] = [:]

    static func parse(_ data: Data) -> [String: String] {
        let delegate = Relationships()
        runParser(data, delegate)
        return delegate.targets
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        if name == "Relationship", let id = attributes["Id"], let target = attributes["Target"] { targets[id] = target }
    }
}

/// The first value of an attribute on the first element of a name.
private final class FirstAttribute: NSObject, XMLParserDelegate {
    let element: String, attribute: String
    var found: String?

    init(element: String, attribute: String) {
        self.element = element
        self.attribute = attribute
    }

    static func find(in data: Data, element: String, attribute: String) -> String? {
        let delegate = FirstAttribute(element: element, attribute: attribute)
        runParser(data, delegate)
        return delegate.found
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        if found == nil, name == element { found = attributes[attribute] }
    }
}

/// Runs XMLParser over one part with a delegate that collects what it needs.
private func runParser(_ data: Data, _ delegate: XMLParserDelegate) {
    let parser = XMLParser(data: data)
    parser.delegate = delegate
    // A part that does not parse leaves the delegate without what it needed; the reader names that.
    _ = parser.parse()
}

import Foundation
import ZIPFoundation

/// An Office Open XML file (.docx, .xlsx): named XML parts in a ZIP container, written
/// with ZIPFoundation. Parts go in the order given, `[Content_Types].xml` first as Office
/// expects; entries carry a fixed date so the same document gives the same bytes.
struct OfficePackage {
    private(set) var parts: [(path: String, text: String)] = []

    mutating func add(_ path: String, _ text: String) {
        parts.append((path, text))
    }

    /// The parts every Office file has: the content types (of `overrides`, path to type,
    /// plus the properties), the root relationships to the main part and the properties,
    /// and the core and app properties. Added first, as Office expects.
    init(mainPart: String, overrides: [(path: String, type: String)], title: String?) {
        let all = overrides + [("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
                               ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml")]
        add("[Content_Types].xml", XMLText.declaration
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + all.map { "<Override PartName=\"\($0.path)\" ContentType=\"\($0.type)\"/>" }.joined() + "</Types>")
        add("_rels/.rels", XMLText.declaration + OfficePackage.relationships([
            ("http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument", mainPart),
            ("http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"),
            ("http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties", "docProps/app.xml"),
        ]))
        let titleElement = title.map { "<dc:title>\(XMLText.escape($0))</dc:title>" } ?? ""
        add("docProps/core.xml", XMLText.declaration
            + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
            + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\(titleElement)<dc:creator>partyday</dc:creator></cp:coreProperties>")
        add("docProps/app.xml", XMLText.declaration
            + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\"><Application>partyday</Application></Properties>")
    }

    init() {}

    /// A relationships part: `rId1`, `rId2` … in order.
    static func relationships(_ targets: [(type: String, target: String)]) -> String {
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + targets.enumerated().map { "<Relationship Id=\"rId\($0 + 1)\" Type=\"\($1.type)\" Target=\"\($1.target)\"/>" }.joined()
            + "</Relationships>"
    }

    func data() throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        let stamp = Date(timeIntervalSince1970: 1_577_836_800) // 2020-01-01: stable bytes, any real date would do
        for (path, text) in parts {
            let bytes = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: stamp,
                                 compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw OfficeError.cannotPack }
        return data
    }
}

public enum OfficeError: WordedError, CustomStringConvertible {
    case cannotPack
    public var description: String { wording.english }
    public var wording: Wording { Wording("the document could not be packed", "无法打包文档") }
}

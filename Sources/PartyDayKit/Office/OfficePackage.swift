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

public enum OfficeError: Error, CustomStringConvertible {
    case cannotPack
    public var description: String { "the document could not be packed" }
}

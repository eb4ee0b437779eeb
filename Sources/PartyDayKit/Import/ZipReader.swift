import PDZlib
import Foundation

/// Reads the parts of a ZIP container (an .xlsx workbook) from bytes nobody vouches for.
/// Every offset and size is checked against the bytes before it is used, inflating stops
/// at the part's end and at `limit` bytes out, and a stream cut short is an error — never
/// a trap, a read past the end or an endless loop. (ZIPFoundation, tried first, traps on a
/// container pointing past its end and loops forever on a cut deflate stream, both found
/// by fuzz-roster.) Stored and deflated parts; no ZIP64, no encryption: a roster needs neither.
struct ZipReader {
    enum Failure: Error, Equatable { case damaged(String) }

    struct Entry {
        var name: String
        var method: UInt16
        var compressedSize: Int
        var uncompressedSize: Int
        var localHeaderOffset: Int
    }

    let bytes: [UInt8]
    let entries: [String: Entry]

    init(_ data: Data) throws {
        bytes = [UInt8](data)
        entries = try ZipReader.centralDirectory(bytes)
    }

    /// The part named `name`, or nil when the container has none.
    func part(_ name: String, limit: Int) throws -> Data? {
        guard let entry = entries[name] else { return nil }
        guard entry.uncompressedSize <= limit else { throw Failure.damaged("\(name) is too large") }
        let header = entry.localHeaderOffset
        guard header >= 0, header + 30 <= bytes.count, read32(header) == 0x0403_4B50 else { throw Failure.damaged("\(name): no local header") }
        let start = header + 30 + Int(read16(header + 26)) + Int(read16(header + 28))
        guard entry.compressedSize >= 0, start + entry.compressedSize <= bytes.count else { throw Failure.damaged("\(name) runs past the end") }
        let slice = bytes[start..<(start + entry.compressedSize)]
        switch entry.method {
        case 0: return Data(slice)
        case 8: return try ZipReader.inflate(Array(slice), limit: limit, name: name)
        default: throw Failure.damaged("\(name) uses compression method \(entry.method)")
        }
    }

    private static func centralDirectory(_ bytes: [UInt8]) throws -> [String: Entry] {
        // The end record is in the last 22 + 65,535 bytes (its comment may be that long).
        let reader = ZipReader.Bytes(bytes)
        var end = bytes.count - 22
        let lowest = max(0, bytes.count - 22 - 65_535)
        while end >= lowest, reader.u32(end) != 0x0605_4B50 { end -= 1 }
        guard end >= lowest else { throw Failure.damaged("not a ZIP container") }
        let count = Int(reader.u16(end + 10))
        let size = Int(reader.u32(end + 12)), offset = Int(reader.u32(end + 16))
        guard offset >= 0, size >= 0, offset + size <= end else { throw Failure.damaged("the directory lies outside the file") }
        var entries: [String: Entry] = [:]
        var position = offset
        for _ in 0..<count {
            guard position + 46 <= offset + size, reader.u32(position) == 0x0201_4B50 else { throw Failure.damaged("a directory entry is damaged") }
            let nameLength = Int(reader.u16(position + 28)), extra = Int(reader.u16(position + 30)), comment = Int(reader.u16(position + 32))
            guard position + 46 + nameLength <= bytes.count else { throw Failure.damaged("a directory entry is damaged") }
            let name = String(decoding: bytes[(position + 46)..<(position + 46 + nameLength)], as: UTF8.self)
            entries[name] = Entry(name: name, method: reader.u16(position + 10), compressedSize: Int(reader.u32(position + 20)),
                                  uncompressedSize: Int(reader.u32(position + 24)), localHeaderOffset: Int(reader.u32(position + 42)))
            position += 46 + nameLength + extra + comment
        }
        return entries
    }

    /// Raw deflate to at most `limit` bytes; an error unless the stream ends inside `input`.
    private static func inflate(_ input: [UInt8], limit: Int, name: String) throws -> Data {
        var stream = z_stream()
        guard pd_inflate_init_raw(&stream) == Z_OK else { throw Failure.damaged("\(name): cannot inflate") }
        defer { inflateEnd(&stream) }
        var output = Data()
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        var input = input
        let finished: Bool = input.withUnsafeMutableBufferPointer { source in
            stream.next_in = source.baseAddress
            stream.avail_in = UInt32(source.count)
            while true {
                let (result, produced) = buffer.withUnsafeMutableBufferPointer { target -> (Int32, Int) in
                    stream.next_out = target.baseAddress
                    stream.avail_out = UInt32(target.count)
                    let result = PDZlib.inflate(&stream, Z_NO_FLUSH)
                    return (result, target.count - Int(stream.avail_out))
                }
                output.append(contentsOf: buffer[0..<produced])
                if result == Z_STREAM_END { return true }
                // An error, too much output, or no progress with nothing left to read.
                if result != Z_OK || output.count > limit || (produced == 0 && stream.avail_in == 0) { return false }
            }
        }
        guard finished, output.count <= limit else { throw Failure.damaged("\(name) is damaged or too large") }
        return output
    }

    private func read16(_ offset: Int) -> UInt16 { Bytes(bytes).u16(offset) }
    private func read32(_ offset: Int) -> UInt32 { Bytes(bytes).u32(offset) }

    /// Little-endian numbers at an offset; 0 past the end (the callers check the bounds).
    struct Bytes {
        let bytes: [UInt8]
        init(_ bytes: [UInt8]) { self.bytes = bytes }
        func u16(_ at: Int) -> UInt16 {
            guard at >= 0, at + 2 <= bytes.count else { return 0 }
            return UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8
        }
        func u32(_ at: Int) -> UInt32 {
            guard at >= 0, at + 4 <= bytes.count else { return 0 }
            return UInt32(u16(at)) | UInt32(u16(at + 2)) << 16
        }
    }
}

import Foundation
import PDZlib

/// CRC-32 of a file's bytes (zlib's), for the index: enough to tell that a file whose
/// modification time changed still holds the same bytes. Not a defence against anyone
/// making a collision on purpose; the index is never the truth, only a shortcut.
enum FileChecksum {
    static func of(_ data: Data) -> UInt32 {
        data.withUnsafeBytes { raw -> UInt32 in
            guard let base = raw.bindMemory(to: UInt8.self).baseAddress else { return 0 }
            var crc = crc32(0, nil, 0)
            var offset = 0
            // zlib takes lengths as 32-bit: feed it in slices.
            while offset < raw.count {
                let length = min(raw.count - offset, 1 << 30)
                crc = crc32(crc, base + offset, uInt(length))
                offset += length
            }
            // 0 means "not known" in the index; a file that sums to 0 is simply re-read.
            return UInt32(truncatingIfNeeded: crc)
        }
    }
}

import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Which glibc partyday runs on, and the oldest it can: the newest `GLIBC_` version its
/// own binary asks the dynamic linker for (what `objdump -T` shows), read from the ELF
/// file's version needs (`.gnu.version_r`). A release linked for glibc 2.28 says 2.28; a
/// build on this machine says what this machine's glibc made it need.
enum GlibcFloor {
    /// The running C library's version ("2.36").
    static var running: String {
        // confstr(_CS_GNU_LIBC_VERSION) answers "glibc 2.36".
        var buffer = [CChar](repeating: 0, count: 64)
        guard confstr(Int32(_CS_GNU_LIBC_VERSION), &buffer, buffer.count) > 0 else { return "?" }
        let text = String(cString: buffer)
        return text.hasPrefix("glibc ") ? String(text.dropFirst(6)) : text
    }

    /// The newest GLIBC_ version the binary at `path` needs, or nil if it cannot be read.
    static func needed(by path: String = "/proc/self/exe") -> String? {
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped) else { return nil }
        return versions(in: data).max { $0.compare($1, options: .numeric) == .orderedAscending }
    }

    /// Every GLIBC_ version named in a 64-bit little-endian ELF file's version needs.
    static func versions(in elf: Data) -> [String] {
        func integer(_ offset: Int, _ size: Int) -> Int? {
            guard offset >= 0, offset + size <= elf.count else { return nil }
            var value = 0
            for index in (0..<size).reversed() { value = value << 8 | Int(elf[elf.startIndex + offset + index]) }
            return value
        }
        func string(_ offset: Int) -> String? {
            guard offset >= 0, offset < elf.count else { return nil }
            let start = elf.startIndex + offset
            guard let end = elf[start...].firstIndex(of: 0) else { return nil }
            return String(decoding: elf[start..<end], as: UTF8.self)
        }
        // "\x7fELF", 64-bit (2), little-endian (1).
        guard elf.count > 64, elf.prefix(4).elementsEqual([0x7F, 0x45, 0x4C, 0x46]), elf[elf.startIndex + 4] == 2, elf[elf.startIndex + 5] == 1,
              let sections = integer(0x28, 8), let entrySize = integer(0x3A, 2), let count = integer(0x3C, 2), entrySize >= 64 else { return [] }
        func section(_ index: Int) -> (type: Int, offset: Int, link: Int, info: Int)? {
            let header = sections + index * entrySize
            guard let type = integer(header + 4, 4), let offset = integer(header + 24, 8),
                  let link = integer(header + 40, 4), let info = integer(header + 44, 4) else { return nil }
            return (type, offset, link, info)
        }
        var found: [String] = []
        for index in 0..<count {
            // SHT_GNU_verneed: one entry per library, each with its versions (Vernaux).
            guard let needs = section(index), needs.type == 0x6FFF_FFFE, let strings = section(needs.link) else { continue }
            var entry = needs.offset
            for _ in 0..<needs.info {
                guard let versionCount = integer(entry + 2, 2), let auxiliary = integer(entry + 8, 4), let next = integer(entry + 12, 4) else { break }
                var aux = entry + auxiliary
                for _ in 0..<versionCount {
                    guard let name = integer(aux + 8, 4), let nextAux = integer(aux + 12, 4) else { break }
                    if let version = string(strings.offset + name), version.hasPrefix("GLIBC_2") { found.append(String(version.dropFirst(6))) }
                    if nextAux == 0 { break }
                    aux += nextAux
                }
                if next == 0 { break }
                entry += next
            }
        }
        return found
    }
}

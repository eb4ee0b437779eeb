#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Names in a folder (without "." and ".."), straight from readdir: FileManager's
/// listing costs several times more, and the meetings list runs this on every start.
/// A name that is not valid UTF-8 comes back repaired, marked, so it can be named and
/// skipped (it could not be opened by its repaired name).
func directoryEntries(_ path: String) -> [(name: String, isUTF8: Bool)] {
    guard let handle = opendir(path) else { return [] }
    defer { closedir(handle) }
    var names: [(String, Bool)] = []
    // The name is read in place, up to its NUL. Copying `d_name` (a 256-byte field) read
    // past the record: the kernel's records are only as long as their names, and the last
    // one in readdir's buffer can end just before unmapped memory (a crash seen listing
    // 1,200 meetings in one year folder).
    let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
    while let entry = readdir(handle) {
        let raw = UnsafeRawPointer(entry).advanced(by: nameOffset).assumingMemoryBound(to: CChar.self)
        let (name, valid): (String, Bool) = String(validatingCString: raw).map { ($0, true) } ?? (String(cString: raw), false)
        if name != "." && name != ".." { names.append((name, valid)) }
    }
    return names
}

func directoryNames(_ path: String) -> [String] {
    directoryEntries(path).map(\.name)
}

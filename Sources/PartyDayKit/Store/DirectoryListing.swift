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
    while let entry = readdir(handle) {
        let (name, valid) = withUnsafePointer(to: entry.pointee.d_name) { pointer in
            pointer.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { raw -> (String, Bool) in
                if let valid = String(validatingCString: raw) { return (valid, true) }
                return (String(cString: raw), false)
            }
        }
        if name != "." && name != ".." { names.append((name, valid)) }
    }
    return names
}

func directoryNames(_ path: String) -> [String] {
    directoryEntries(path).map(\.name)
}

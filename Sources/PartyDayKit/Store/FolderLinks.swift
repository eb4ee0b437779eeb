import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Links inside the data folder that lead out of it. Files arrive from elsewhere (the
/// other PC's sync, a committee's clone): a `.lock`, a `dues/` or a `meetings/2026` that
/// is a symbolic link to another place must never be written through, or read as a record.
public enum FolderLinks {
    /// The first folder on the way from `root` to `relative` (the file itself excluded)
    /// that is a symbolic link leading out of `root`, as a relative path with its target;
    /// nil when the way stays inside. One `lstat` per folder; a link costs a `realpath`.
    static func outside(_ relative: String, in root: URL) -> (path: String, target: String)? {
        let parts = relative.split(separator: "/").map(String.init)
        var path = ""
        for part in parts.dropLast() {
            path = path.isEmpty ? part : "\(path)/\(part)"
            if let target = leadsOut(path, in: root) { return (path, target) }
        }
        return nil
    }

    /// The target of `relative` when it is a symbolic link that leads out of `root` (or to nothing).
    public static func leadsOut(_ relative: String, in root: URL) -> String? {
        let url = root.appendingPathComponent(relative)
        var info = stat()
        guard lstat(url.path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return nil }
        let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: url.path)) ?? "?"
        guard let resolved = realpath(url.path, nil) else { return target }
        defer { free(resolved) }
        let base = realpath(root.path, nil).map { pointer in defer { free(pointer) }; return String(cString: pointer) } ?? root.path
        return String(cString: resolved).hasPrefix(base + "/") ? nil : target
    }

    /// The problem a link out of the folder is named with, by `check` and by a refused save.
    public static func problem(_ path: String, target: String) -> FileProblem {
        FileProblem(path: path, Wording("is a symbolic link to \(target), outside the data folder; partyday neither follows it nor writes through it (remove the link)",
                                        "是指向数据文件夹以外 \(target) 的符号链接；partyday 既不跟随也不通过它写入（请删除该链接）"))
    }

    /// The folders and files partyday itself writes at the top of the folder, where a link
    /// from elsewhere would lead its writes out.
    static let ownPlaces = [Store.lockFile, Store.derivedFolder, MeetingFileName.folder, Store.replacedFolder, "exports", "conflicts"] + Store.recordFolders
}

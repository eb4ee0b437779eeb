import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes that leave either the old file or the new one, never a mix, and keep
/// files private (0600) and folders private (0700) across every rewrite.
public enum AtomicFile {
    /// Temp files start with this, after a dot, so listings never mistake them for records.
    static let tempMarker = ".tmp-"

    public static func write(_ data: Data, to url: URL) throws {
        try write(to: url) { writer in try writer(data) }
    }

    /// The same, for a file made in pieces: `produce` hands each piece to the writer it is
    /// given; the file replaces `url` only when `produce` returns (a throw leaves `url` as it was).
    public static func write(to url: URL, producing produce: (_ writer: (Data) throws -> Void) throws -> Void) throws {
        let folder = url.deletingLastPathComponent()
        let temp = folder.appendingPathComponent(".\(url.lastPathComponent)\(tempMarker)\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        let fd = open(temp.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw failure(temp, Wording("cannot create", "无法创建")) }
        var closed = false
        defer {
            if !closed { close(fd) }
        }
        do {
            // umask can only narrow the mode; fchmod makes 0600 exact.
            fchmod(fd, 0o600)
            try produce { data in
                try data.withUnsafeBytes { buffer in
                    var offset = 0
                    while offset < buffer.count {
                        let written = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                        if written < 0 {
                            if errno == EINTR { continue }
                            throw failure(temp, Wording("cannot write", "无法写入"))
                        }
                        offset += written
                    }
                }
            }
            guard fsync(fd) == 0 else { throw failure(temp, Wording("cannot flush to disk", "无法写入磁盘")) }
            closed = true
            guard close(fd) == 0 else { throw failure(temp, Wording("cannot close", "无法关闭")) }
            guard rename(temp.path, url.path) == 0 else { throw failure(url, Wording("cannot replace", "无法替换")) }
        } catch {
            unlink(temp.path)
            throw error
        }
        syncFolder(folder)
    }

    /// Creates `url` and missing parents with mode 0700.
    public static func makeFolder(_ url: URL) throws {
        // `a/..` made into its parent would be `a/../..`, for ever: work on the plain path.
        let url = url.standardizedFileURL
        guard url.path != "/" else { return }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw StoreError.io(path: url.path, message: Wording("exists and is not a folder", "已存在，但不是文件夹")) }
            return
        }
        try makeFolder(url.deletingLastPathComponent())
        if mkdir(url.path, 0o700) != 0 && errno != EEXIST {
            throw failure(url, Wording("cannot create folder", "无法创建文件夹"))
        }
        chmod(url.path, 0o700)
    }

    /// Removes a file and makes the removal durable.
    public static func remove(_ url: URL) throws {
        guard unlink(url.path) == 0 || errno == ENOENT else { throw failure(url, Wording("cannot delete", "无法删除")) }
        syncFolder(url.deletingLastPathComponent())
    }

    /// A rename is durable only once its folder is flushed.
    static func syncFolder(_ folder: URL) {
        let fd = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }

    static func isTempFile(_ name: String) -> Bool {
        name.hasPrefix(".") && name.contains(tempMarker)
    }

    private static func failure(_ url: URL, _ what: Wording) -> StoreError {
        StoreError.system(url.path, what)
    }
}

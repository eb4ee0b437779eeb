import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Size, modification time and inode of a file. The index trusts an entry while size and
/// modification time match (`isFresh`): every save renames a new file in with a new time,
/// and a folder copied with `cp -a`, `rsync -a` or restored from a backup keeps both, so
/// it needs no rebuild (the inode changes with every copy and is not compared).
struct FileStamp: Codable, Equatable, Sendable {
    var size: Int64
    var modifiedNanoseconds: Int64
    var inode: UInt64

    init(size: Int64, modifiedNanoseconds: Int64, inode: UInt64) {
        self.size = size
        self.modifiedNanoseconds = modifiedNanoseconds
        self.inode = inode
    }

    init?(path: String) {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        self.init(info)
    }

    /// From a regular file's `stat`.
    init(_ info: stat) {
        size = Int64(info.st_size)
        modifiedNanoseconds = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        inode = UInt64(info.st_ino)
    }
}

extension FileStamp {
    /// Whether `other` describes the same file contents as far as the index can tell.
    func isFresh(comparedWith other: FileStamp) -> Bool {
        size == other.size && modifiedNanoseconds == other.modifiedNanoseconds
    }
}

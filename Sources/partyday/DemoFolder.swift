import Foundation
import PartyDayKit

/// The demo branch's own folder under the cache folder, written on first use, so that
/// trying partyday never touches the real data folder.
enum DemoFolder {
    static func prepare() throws -> URL {
        let environment = ProcessInfo.processInfo.environment
        let cache = environment["XDG_CACHE_HOME"].flatMap { $0.hasPrefix("/") ? URL(fileURLWithPath: $0) : nil }
            // $HOME first, as the data folder does: NSHomeDirectory() reads the password file on
            // Linux, so a private HOME (tests, the release check) shared the real user's demo.
            ?? URL(fileURLWithPath: environment["HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? NSHomeDirectory()).appendingPathComponent(".cache")
        let folder = cache.appendingPathComponent("partyday/demo")
        do {
            let store = try Store(folder: folder)
            if store.isEmpty { try DemoData.make().write(to: store) }
        } catch {
            throw failure(error)
        }
        return folder
    }
}

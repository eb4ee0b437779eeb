import Foundation

/// Where a branch's files live: `--data-dir`, else `PARTYDAY_DATA_DIR`, else
/// `$XDG_DATA_HOME/partyday`, else `~/.local/share/partyday`.
public enum DataFolder {
    public static func resolve(option: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let option, !option.isEmpty { return url(option) }
        if let value = environment["PARTYDAY_DATA_DIR"], !value.isEmpty { return url(value) }
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg).appendingPathComponent("partyday")
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return URL(fileURLWithPath: home).appendingPathComponent(".local/share/partyday")
    }

    /// Where `resolve` found the folder, in words: for `partyday doctor`.
    public static func source(option: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let option, !option.isEmpty { return "--data-dir" }
        if let value = environment["PARTYDAY_DATA_DIR"], !value.isEmpty { return "$PARTYDAY_DATA_DIR" }
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") { return "$XDG_DATA_HOME" }
        return "the default (~/.local/share/partyday)"
    }

    private static func url(_ path: String) -> URL {
        let expanded = (path as NSString).expandingTildeInPath
        return URL(fileURLWithPath: expanded).standardizedFileURL
    }
}

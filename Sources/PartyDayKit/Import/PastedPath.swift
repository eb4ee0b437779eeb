import Foundation

/// A file's path as people hand it over: dragged onto the terminal or pasted from a file
/// manager it comes in quotes ('/home/秘书/花名册.xlsx', "…"), with spaces escaped
/// (`/home/a/my\ roster.xlsx`), or as a `file://` address; the plain path is wanted.
public enum PastedPath {
    public static func clean(_ text: String) -> String {
        var path = text.trimmingCharacters(in: .whitespacesAndNewlines)
        for (open, close) in [("'", "'"), ("\"", "\""), ("“", "”"), ("‘", "’")] where path.count >= 2 && path.hasPrefix(open) && path.hasSuffix(close) {
            path = String(path.dropFirst().dropLast())
        }
        if path.hasPrefix("file://"), let url = URL(string: path), url.isFileURL {
            path = url.path
        } else if path.contains("\\\\") == false, path.contains("\\") {
            // A shell's escapes: `my\ roster.xlsx`.
            var unescaped = "", escaping = false
            for character in path {
                if escaping || character != "\\" { unescaped.append(character); escaping = false } else { escaping = true }
            }
            path = unescaped
        }
        return (path as NSString).expandingTildeInPath
    }
}

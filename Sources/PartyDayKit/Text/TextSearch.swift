/// Substring search for lists that filter on every key press: byte-wise over UTF-8,
/// ignoring the case of Latin letters. Foundation's `contains` costs several times more.
public enum TextSearch {
    public static func contains(_ haystack: String, _ needle: String) -> Bool {
        if needle.isEmpty { return true }
        var hay = haystack, pin = needle
        return hay.withUTF8 { h in
            pin.withUTF8 { n in
                guard n.count <= h.count else { return false }
                let first = fold(n[0])
                var start = 0
                while start <= h.count - n.count {
                    if fold(h[start]) == first {
                        var matched = 1
                        while matched < n.count && fold(h[start + matched]) == fold(n[matched]) { matched += 1 }
                        if matched == n.count { return true }
                    }
                    start += 1
                }
                return false
            }
        }
    }

    private static func fold(_ byte: UInt8) -> UInt8 {
        byte >= 65 && byte <= 90 ? byte + 32 : byte
    }
}

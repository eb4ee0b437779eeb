import Foundation

/// The XML property lists partyday writes, read straight from their bytes into a flat
/// list of nodes (issue 13: Foundation's reader took ~2 ms of CPU per meeting file, most
/// of it in its general Codable machinery, and a cold index decodes every file).
///
/// Only the plain shape Foundation's encoder writes is read: the XML declaration in UTF-8,
/// the DOCTYPE, `<plist>`, then dict / array / key / string / integer / real / true / false
/// / date / data, with the five named entities and numeric references. Anything else (a
/// comment, CDATA, another encoding, a carriage return in text, a date in another form)
/// returns nil, and the caller uses Foundation's reader, which also words every error:
/// this reader never decides that a file is damaged, it only declines.
struct PlistXMLTree {
    enum Kind: UInt8 {
        case dict, array, key, string, integer, real, isTrue, isFalse, date, data
    }

    struct Node {
        var kind: Kind
        /// The text's bytes (scalars and keys); unused for containers.
        var start: Int
        var count: Int
        /// The index just past this node's subtree: the next sibling, or the parent's end.
        var end: Int
        /// The text holds `&`: an entity to resolve.
        var escaped: Bool
    }

    let base: UnsafePointer<UInt8>
    let length: Int
    private(set) var nodes: [Node] = []

    /// Parses `length` bytes at `base` (which must outlive the tree), or nil when the bytes
    /// are not the plain shape above.
    init?(base: UnsafePointer<UInt8>, length: Int) {
        self.base = base
        self.length = length
        guard parse() else { return nil }
    }

    // MARK: Parsing

    private var position = 0

    private func byte(_ at: Int) -> UInt8 { at < length ? base[at] : 0 }

    private func starts(with text: StaticString, at: Int) -> Bool {
        let count = text.utf8CodeUnitCount
        return at + count <= length && memcmp(base + at, text.utf8Start, count) == 0
    }

    private func find(_ byte: UInt8, from: Int) -> Int? {
        guard from < length, let hit = memchr(base + from, Int32(byte), length - from) else { return nil }
        return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
    }

    private mutating func skipSpace() {
        while position < length, base[position] == 0x20 || base[position] == 0x0A || base[position] == 0x09 || base[position] == 0x0D {
            position += 1
        }
    }

    /// `<?xml …?>` (UTF-8 or no encoding said), `<!DOCTYPE …>`, `<plist …>`.
    private mutating func prologue() -> Bool {
        if starts(with: "<?xml", at: position) {
            guard let close = find(UInt8(ascii: ">"), from: position), close > position, base[close - 1] == UInt8(ascii: "?") else { return false }
            let declaration = String(decoding: UnsafeBufferPointer(start: base + position, count: close - position), as: UTF8.self).lowercased()
            if declaration.contains("encoding"), !declaration.contains("\"utf-8\""), !declaration.contains("'utf-8'") { return false }
            position = close + 1
            skipSpace()
        }
        if starts(with: "<!DOCTYPE", at: position) {
            guard let close = find(UInt8(ascii: ">"), from: position) else { return false }
            // An internal subset (`[ … ]`) could define entities: not ours.
            guard find(UInt8(ascii: "["), from: position).map({ $0 > close }) ?? true else { return false }
            position = close + 1
            skipSpace()
        }
        guard starts(with: "<plist", at: position), byte(position + 6) == 0x20 || byte(position + 6) == UInt8(ascii: ">"),
              let close = find(UInt8(ascii: ">"), from: position), base[close - 1] != UInt8(ascii: "/") else { return false }
        position = close + 1
        return true
    }

    private mutating func parse() -> Bool {
        guard prologue() else { return false }
        // Keys in each dict must come in strictly rising byte order, as the store writes
        // them: so no key is there twice (which value would Foundation take?).
        var open: [(node: Int, expectsKey: Bool, lastKey: Range<Int>?)] = []
        var values = 0
        while true {
            skipSpace()
            guard position < length, base[position] == UInt8(ascii: "<") else { return false }
            if byte(position + 1) == UInt8(ascii: "/") {
                // A closing tag: the open container's, or the plist's.
                guard let close = find(UInt8(ascii: ">"), from: position) else { return false }
                let name = (position + 2)..<close
                position = close + 1
                guard let last = open.popLast() else {
                    guard same(name, "plist"), values == 1 else { return false }
                    skipSpace()
                    return position == length
                }
                let kind = nodes[last.node].kind
                guard kind == .dict ? same(name, "dict") && last.expectsKey : same(name, "array") else { return false }
                nodes[last.node].end = nodes.count
                continue
            }
            guard let close = find(UInt8(ascii: ">"), from: position) else { return false }
            let selfClosing = base[close - 1] == UInt8(ascii: "/")
            let name = (position + 1)..<(selfClosing ? close - 1 : close)
            guard let kind = kind(of: name) else { return false }
            position = close + 1
            // A dict alternates key and value; a key anywhere else is not a plist.
            if let last = open.last, nodes[last.node].kind == .dict {
                guard (kind == .key) == last.expectsKey else { return false }
                open[open.count - 1].expectsKey.toggle()
            } else {
                guard kind != .key else { return false }
                if open.isEmpty {
                    values += 1
                    guard values == 1 else { return false }
                }
            }
            var node = Node(kind: kind, start: position, count: 0, end: nodes.count + 1, escaped: false)
            switch kind {
            case .dict, .array:
                nodes.append(node)
                if !selfClosing { open.append((nodes.count - 1, true, nil)) }
            case .isTrue, .isFalse:
                guard selfClosing else { return false }
                nodes.append(node)
            default:
                if !selfClosing {
                    guard let textEnd = find(UInt8(ascii: "<"), from: position), byte(textEnd + 1) == UInt8(ascii: "/"),
                          let tagEnd = find(UInt8(ascii: ">"), from: textEnd), same((textEnd + 2)..<tagEnd, name) else { return false }
                    node.count = textEnd - position
                    // XML would turn CR LF into LF; Foundation's handling is its own: let it decide.
                    guard memchr(base + position, 0x0D, node.count) == nil else { return false }
                    node.escaped = memchr(base + position, Int32(UInt8(ascii: "&")), node.count) != nil
                    position = tagEnd + 1
                    if kind == .key {
                        let range = node.start..<(node.start + node.count)
                        guard !node.escaped, open[open.count - 1].lastKey.map({ rises($0, range) }) ?? true else { return false }
                        open[open.count - 1].lastKey = range
                    }
                } else if kind != .string && kind != .data {
                    return false
                }
                nodes.append(node)
            }
        }
    }

    private func same(_ range: Range<Int>, _ text: StaticString) -> Bool {
        range.count == text.utf8CodeUnitCount && memcmp(base + range.lowerBound, text.utf8Start, range.count) == 0
    }

    private func same(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        a.count == b.count && memcmp(base + a.lowerBound, base + b.lowerBound, a.count) == 0
    }

    /// `a` sorts strictly before `b`, byte by byte.
    private func rises(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        let order = memcmp(base + a.lowerBound, base + b.lowerBound, min(a.count, b.count))
        return order < 0 || (order == 0 && a.count < b.count)
    }

    private func kind(of name: Range<Int>) -> Kind? {
        switch name.count {
        case 3: return same(name, "key") ? .key : nil
        case 4:
            if same(name, "dict") { return .dict }
            if same(name, "real") { return .real }
            if same(name, "true") { return .isTrue }
            if same(name, "date") { return .date }
            if same(name, "data") { return .data }
            return nil
        case 5:
            if same(name, "array") { return .array }
            if same(name, "false") { return .isFalse }
            return nil
        case 6: return same(name, "string") ? .string : nil
        case 7: return same(name, "integer") ? .integer : nil
        default: return nil
        }
    }

    // MARK: Values

    /// The text of a key or string node, entities resolved; nil when an entity is not one
    /// XML defines without a DTD.
    func text(_ node: Node) -> String? {
        let bytes = UnsafeBufferPointer(start: base + node.start, count: node.count)
        guard node.escaped else { return String(decoding: bytes, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(node.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "&") else {
                out.append(byte)
                index += 1
                continue
            }
            guard let semicolon = bytes[index...].firstIndex(of: UInt8(ascii: ";")), semicolon - index <= 10 else { return nil }
            let name = String(decoding: bytes[(index + 1)..<semicolon], as: UTF8.self)
            switch name {
            case "amp": out.append(UInt8(ascii: "&"))
            case "lt": out.append(UInt8(ascii: "<"))
            case "gt": out.append(UInt8(ascii: ">"))
            case "quot": out.append(UInt8(ascii: "\""))
            case "apos": out.append(UInt8(ascii: "'"))
            default:
                let hex = name.hasPrefix("#x") || name.hasPrefix("#X")
                guard name.hasPrefix("#"), let value = UInt32(name.dropFirst(hex ? 2 : 1), radix: hex ? 16 : 10),
                      let scalar = Unicode.Scalar(value) else { return nil }
                out.append(contentsOf: Array(String(scalar).utf8))
            }
            index = semicolon + 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A key node's bytes equal `key`'s (keys with entities are compared as text).
    func keyMatches(_ node: Node, _ key: String) -> Bool {
        if node.escaped { return text(node) == key }
        var key = key
        return key.withUTF8 { utf8 in
            utf8.count == node.count && (node.count == 0 || memcmp(base + node.start, utf8.baseAddress!, node.count) == 0)
        }
    }

    /// A decimal `<integer>`; nil for anything else (hexadecimal, overflow, spaces).
    func integer(_ node: Node) -> Int64? {
        guard node.kind == .integer, node.count > 0, node.count <= 20 else { return nil }
        var index = node.start
        let last = node.start + node.count
        let negative = base[index] == UInt8(ascii: "-")
        if negative || base[index] == UInt8(ascii: "+") { index += 1 }
        guard index < last else { return nil }
        var value: Int64 = 0
        while index < last {
            let digit = Int64(base[index]) - 48
            guard (0...9).contains(digit) else { return nil }
            let (times, overflowA) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflowB) = negative ? times.subtractingReportingOverflow(digit) : times.addingReportingOverflow(digit)
            guard !overflowA, !overflowB else { return nil }
            value = sum
            index += 1
        }
        return value
    }

    /// A `<real>` or `<integer>` as a Double, written in plain decimal notation.
    func real(_ node: Node) -> Double? {
        guard node.kind == .real || node.kind == .integer, node.count > 0, node.count < 64 else { return nil }
        let bytes = UnsafeBufferPointer(start: base + node.start, count: node.count)
        guard bytes.allSatisfy({ (48...57).contains($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-")
            || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) else { return nil }
        return Double(String(decoding: bytes, as: UTF8.self))
    }

    /// `YYYY-MM-DDTHH:MM:SSZ`, as Foundation writes dates; nil for any other form.
    func date(_ node: Node) -> Date? {
        guard node.kind == .date, node.count == 20 else { return nil }
        let b = base + node.start
        func number(_ from: Int, _ count: Int) -> Int? {
            var value = 0
            for index in from..<(from + count) {
                let digit = Int(b[index]) - 48
                guard (0...9).contains(digit) else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        guard b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"), b[10] == UInt8(ascii: "T"), b[13] == UInt8(ascii: ":"),
              b[16] == UInt8(ascii: ":"), b[19] == UInt8(ascii: "Z"),
              let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
              let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2),
              (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 60 else { return nil }
        // Days from the civil date (proleptic Gregorian), then seconds.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        let days = era * 146_097 + dayOfEra - 719_468
        // A day past the month's end (31 April) is not a date: Foundation would not read it either.
        guard day <= Day.daysIn(month: month, year: year) else { return nil }
        return Date(timeIntervalSince1970: TimeInterval(days * 86_400 + hour * 3600 + minute * 60 + second))
    }

    func data(_ node: Node) -> Data? {
        guard node.kind == .data else { return nil }
        let text = String(decoding: UnsafeBufferPointer(start: base + node.start, count: node.count), as: UTF8.self)
        return Data(base64Encoded: text.filter { !$0.isWhitespace })
    }

    /// The children of a container node, in order.
    func children(of index: Int) -> [Int] {
        var result: [Int] = []
        var child = index + 1
        while child < nodes[index].end {
            result.append(child)
            child = nodes[child].end
        }
        return result
    }
}

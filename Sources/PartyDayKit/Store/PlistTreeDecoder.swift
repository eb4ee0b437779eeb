import Foundation

/// A Codable decoder over `PlistXMLTree`: the records' own `init(from:)` run unchanged,
/// without Foundation's per-container dictionaries and coding paths. It reads values only
/// where Foundation's `PropertyListDecoder` would read the same ones; anywhere else it
/// declines, and the caller decodes the file with Foundation (whose errors are worded).
/// Tests decode every kind of record both ways and compare.
enum PlistTreeDecoding {
    struct Declined: Error {}

    /// `T` decoded from `data`, or nil when this reader declines (never a different value).
    static func decode<T: Decodable>(_ type: T.Type, from data: Data) -> T? {
        data.withUnsafeBytes { raw -> T? in
            guard let base = raw.bindMemory(to: UInt8.self).baseAddress,
                  let tree = PlistXMLTree(base: base, length: raw.count), !tree.nodes.isEmpty else { return nil }
            return try? tree.decode(T.self, at: 0)
        }
    }
}

extension PlistXMLTree {
    func decode<T: Decodable>(_ type: T.Type, at index: Int) throws -> T {
        // The scalars records are made of, answered without a decoder.
        if T.self == String.self { return try string(at: index) as! T }
        if T.self == Int.self { return try integer(Int.self, at: index) as! T }
        if T.self == Bool.self { return try bool(at: index) as! T }
        if T.self == Date.self {
            guard let date = date(nodes[index]) else { throw PlistTreeDecoding.Declined() }
            return date as! T
        }
        if T.self == Data.self {
            guard let data = data(nodes[index]) else { throw PlistTreeDecoding.Declined() }
            return data as! T
        }
        // Foundation gives these a form of their own: leave them to it.
        if T.self == URL.self || T.self == Decimal.self { throw PlistTreeDecoding.Declined() }
        return try T(from: PlistTreeDecoder(tree: self, index: index))
    }

    func string(at index: Int) throws -> String {
        guard nodes[index].kind == .string, let text = text(nodes[index]), text != PlistXMLTree.nullMarker else {
            throw PlistTreeDecoding.Declined()
        }
        return text
    }

    func integer<I: FixedWidthInteger>(_ type: I.Type, at index: Int) throws -> I {
        guard let value = integer(nodes[index]), let exact = I(exactly: value) else { throw PlistTreeDecoding.Declined() }
        return exact
    }

    func bool(at index: Int) throws -> Bool {
        switch nodes[index].kind {
        case .isTrue: return true
        case .isFalse: return false
        default: throw PlistTreeDecoding.Declined()
        }
    }

    func double(at index: Int) throws -> Double {
        guard let value = real(nodes[index]) else { throw PlistTreeDecoding.Declined() }
        return value
    }

    /// How Foundation's property-list coders write a nil inside a container.
    static let nullMarker = "$null"

    func isNull(at index: Int) -> Bool {
        nodes[index].kind == .string && nodes[index].count == 5 && text(nodes[index]) == PlistXMLTree.nullMarker
    }
}

struct PlistTreeDecoder: Decoder {
    let tree: PlistXMLTree
    let index: Int

    var codingPath: [CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard tree.nodes[index].kind == .dict else { throw PlistTreeDecoding.Declined() }
        return KeyedDecodingContainer(PlistTreeKeyedContainer<Key>(tree: tree, index: index))
    }

    func unkeyedContainer() throws -> UnkeyedDecodingContainer {
        guard tree.nodes[index].kind == .array else { throw PlistTreeDecoding.Declined() }
        return PlistTreeUnkeyedContainer(tree: tree, index: index)
    }

    func singleValueContainer() throws -> SingleValueDecodingContainer {
        PlistTreeSingleValue(tree: tree, index: index)
    }
}

struct PlistTreeKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let tree: PlistXMLTree
    let index: Int

    var codingPath: [CodingKey] { [] }

    var allKeys: [Key] {
        var keys: [Key] = []
        var child = index + 1
        while child < tree.nodes[index].end {
            if let name = tree.text(tree.nodes[child]), let key = Key(stringValue: name) { keys.append(key) }
            child = tree.nodes[child + 1].end
        }
        return keys
    }

    /// The value node under `key`: a dict's children are key, value, key, value …
    private func value(_ key: Key) -> Int? {
        let name = key.stringValue
        var child = index + 1
        let end = tree.nodes[index].end
        while child < end {
            if tree.keyMatches(tree.nodes[child], name) { return child + 1 }
            child = tree.nodes[child + 1].end
        }
        return nil
    }

    private func require(_ key: Key) throws -> Int {
        guard let value = value(key) else { throw PlistTreeDecoding.Declined() }
        return value
    }

    func contains(_ key: Key) -> Bool { value(key) != nil }
    func decodeNil(forKey key: Key) throws -> Bool { tree.isNull(at: try require(key)) }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try tree.bool(at: require(key)) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try tree.string(at: require(key)) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try tree.double(at: require(key)) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { throw PlistTreeDecoding.Declined() }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try tree.integer(Int.self, at: require(key)) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try tree.integer(Int8.self, at: require(key)) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try tree.integer(Int16.self, at: require(key)) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try tree.integer(Int32.self, at: require(key)) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try tree.integer(Int64.self, at: require(key)) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try tree.integer(UInt.self, at: require(key)) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try tree.integer(UInt8.self, at: require(key)) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try tree.integer(UInt16.self, at: require(key)) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try tree.integer(UInt32.self, at: require(key)) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try tree.integer(UInt64.self, at: require(key)) }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try tree.decode(T.self, at: require(key)) }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try PlistTreeDecoder(tree: tree, index: require(key)).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> UnkeyedDecodingContainer {
        try PlistTreeDecoder(tree: tree, index: require(key)).unkeyedContainer()
    }

    func superDecoder() throws -> Decoder { throw PlistTreeDecoding.Declined() }
    func superDecoder(forKey key: Key) throws -> Decoder { throw PlistTreeDecoding.Declined() }
}

struct PlistTreeUnkeyedContainer: UnkeyedDecodingContainer {
    let tree: PlistXMLTree
    let index: Int
    /// The node of the next element.
    private var next: Int
    private(set) var currentIndex = 0
    let count: Int?

    init(tree: PlistXMLTree, index: Int) {
        self.tree = tree
        self.index = index
        next = index + 1
        var count = 0
        var child = index + 1
        while child < tree.nodes[index].end {
            count += 1
            child = tree.nodes[child].end
        }
        self.count = count
    }

    var codingPath: [CodingKey] { [] }
    var isAtEnd: Bool { next >= tree.nodes[index].end }

    private mutating func take() throws -> Int {
        guard !isAtEnd else { throw PlistTreeDecoding.Declined() }
        let node = next
        next = tree.nodes[node].end
        currentIndex += 1
        return node
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd else { throw PlistTreeDecoding.Declined() }
        guard tree.isNull(at: next) else { return false }
        _ = try take()
        return true
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool { try tree.bool(at: take()) }
    mutating func decode(_ type: String.Type) throws -> String { try tree.string(at: take()) }
    mutating func decode(_ type: Double.Type) throws -> Double { try tree.double(at: take()) }
    mutating func decode(_ type: Float.Type) throws -> Float { throw PlistTreeDecoding.Declined() }
    mutating func decode(_ type: Int.Type) throws -> Int { try tree.integer(Int.self, at: take()) }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try tree.integer(Int8.self, at: take()) }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try tree.integer(Int16.self, at: take()) }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try tree.integer(Int32.self, at: take()) }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try tree.integer(Int64.self, at: take()) }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try tree.integer(UInt.self, at: take()) }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try tree.integer(UInt8.self, at: take()) }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try tree.integer(UInt16.self, at: take()) }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try tree.integer(UInt32.self, at: take()) }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try tree.integer(UInt64.self, at: take()) }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try tree.decode(T.self, at: take()) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try PlistTreeDecoder(tree: tree, index: take()).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> UnkeyedDecodingContainer {
        try PlistTreeDecoder(tree: tree, index: take()).unkeyedContainer()
    }

    mutating func superDecoder() throws -> Decoder { throw PlistTreeDecoding.Declined() }
}

struct PlistTreeSingleValue: SingleValueDecodingContainer {
    let tree: PlistXMLTree
    let index: Int

    var codingPath: [CodingKey] { [] }
    func decodeNil() -> Bool { tree.isNull(at: index) }
    func decode(_ type: Bool.Type) throws -> Bool { try tree.bool(at: index) }
    func decode(_ type: String.Type) throws -> String { try tree.string(at: index) }
    func decode(_ type: Double.Type) throws -> Double { try tree.double(at: index) }
    func decode(_ type: Float.Type) throws -> Float { throw PlistTreeDecoding.Declined() }
    func decode(_ type: Int.Type) throws -> Int { try tree.integer(Int.self, at: index) }
    func decode(_ type: Int8.Type) throws -> Int8 { try tree.integer(Int8.self, at: index) }
    func decode(_ type: Int16.Type) throws -> Int16 { try tree.integer(Int16.self, at: index) }
    func decode(_ type: Int32.Type) throws -> Int32 { try tree.integer(Int32.self, at: index) }
    func decode(_ type: Int64.Type) throws -> Int64 { try tree.integer(Int64.self, at: index) }
    func decode(_ type: UInt.Type) throws -> UInt { try tree.integer(UInt.self, at: index) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try tree.integer(UInt8.self, at: index) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try tree.integer(UInt16.self, at: index) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try tree.integer(UInt32.self, at: index) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try tree.integer(UInt64.self, at: index) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try tree.decode(T.self, at: index) }
}

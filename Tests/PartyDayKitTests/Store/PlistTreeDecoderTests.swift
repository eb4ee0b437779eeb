import Foundation
import Testing
@testable import PartyDayKit

/// The direct reader of the store's own property lists (`PlistXMLTree`, `PlistTreeDecoder`)
/// reads exactly what Foundation's `PropertyListDecoder` reads, or declines.
@Suite struct PlistTreeDecoderTests {
    private func both<Record: Codable & Equatable>(_ type: Record.Type, _ data: Data) -> (fast: RecordFile<Record>?, foundation: RecordFile<Record>?) {
        (PlistTreeDecoding.decode(RecordFile<Record>.self, from: data), try? PropertyListDecoder().decode(RecordFile<Record>.self, from: data))
    }

    private func encoded<Record: Codable>(_ record: Record, _ kind: RecordKind) throws -> Data {
        try FileFormat.encode(record, kind: kind, savedAt: Date(timeIntervalSince1970: 1_795_000_000))
    }

    @Test func everyKindOfRecordTheDemoWritesReadsAsFoundationReadsIt() throws {
        let demo = DemoData.make()
        for meeting in demo.meetings {
            let (fast, foundation) = both(Meeting.self, try encoded(meeting, .meeting))
            #expect(fast != nil, "the reader declined the store's own file for \(meeting.id)")
            #expect(fast?.record == foundation?.record)
            #expect(fast?.savedAt == foundation?.savedAt && fast?.savedAt != nil)
            #expect(fast?.kind == .meeting && fast?.formatVersion == FileFormat.version)
        }
        let members = both([Member].self, try encoded(demo.members, .members))
        #expect(members.fast != nil && members.fast?.record == members.foundation?.record)
        let branch = both(BranchProfile.self, try encoded(demo.branch, .branch))
        #expect(branch.fast != nil && branch.fast?.record == branch.foundation?.record)
        let bases = both([MemberDuesBasis].self, try encoded(demo.duesBases, .duesBases))
        #expect(bases.fast != nil && bases.fast?.record == bases.foundation?.record)
        for year in demo.dues {
            let dues = both(DuesYear.self, DuesYearWriter.encode(year, savedAt: Date(timeIntervalSince1970: 0)))
            #expect(dues.fast != nil && dues.fast?.record == dues.foundation?.record)
        }
    }

    @Test func textWithEntitiesWideCharactersAndEmptinessComesBackWhole() throws {
        var meeting = fullMeeting(id: "texts").sanitized()
        meeting.theme = "学习<二十大>精神 & \"实干\" 'ok' 🎉 \\ 末"
        let data = try encoded(meeting, .meeting)
        let (fast, foundation) = both(Meeting.self, data)
        #expect(fast?.record.theme == "学习<二十大>精神 & \"实干\" 'ok' 🎉 \\ 末")
        #expect(fast?.record == foundation?.record)
        // Numeric references, as another tool may write them.
        let text = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "学习", with: "&#x5B66;&#20064;")
        #expect(PlistTreeDecoding.decode(RecordFile<Meeting>.self, from: Data(text.utf8))?.record.theme.hasPrefix("学习<") == true)
    }

    /// Shapes the store never writes: the reader declines, and `FileFormat.decode` still
    /// reads the file through Foundation (or names it as Foundation does).
    @Test func itDeclinesWhatTheStoreNeverWritesAndFoundationStillDecides() throws {
        let meeting = fullMeeting(id: "declined")
        let text = String(decoding: try encoded(meeting, .meeting), as: UTF8.self)
        let variants: [(String, String)] = [
            ("a comment", text.replacingOccurrences(of: "<dict>", with: "<!-- hand edited --><dict>")),
            ("CRLF line ends", text.replacingOccurrences(of: "\n", with: "\r\n")),
            ("CDATA", text.replacingOccurrences(of: "<string>partyday.meeting</string>", with: "<string><![CDATA[partyday.meeting]]></string>")),
            ("keys out of order", text.replacingOccurrences(of: "<key>formatVersion</key>\n\t<integer>1</integer>\n\t<key>kind</key>\n\t<string>partyday.meeting</string>",
                                                         with: "<key>kind</key>\n\t<string>partyday.meeting</string>\n\t<key>formatVersion</key>\n\t<integer>1</integer>")),
            ("a DTD subset", text.replacingOccurrences(of: "PropertyList-1.0.dtd\">", with: "PropertyList-1.0.dtd\" [<!ENTITY x \"y\">]>")),
            ("another encoding said", text.replacingOccurrences(of: "encoding=\"UTF-8\"", with: "encoding=\"ISO-8859-1\"")),
        ]
        for (what, variant) in variants {
            let data = Data(variant.utf8)
            #expect(PlistTreeDecoding.decode(RecordFile<Meeting>.self, from: data) == nil, "\(what) was read directly")
            let foundation = try? PropertyListDecoder().decode(RecordFile<Meeting>.self, from: data)
            let store = try? FileFormat.decode(Meeting.self, kind: .meeting, from: data, path: "m.plist")
            #expect(store == foundation?.record.sanitized(), "\(what): the store's answer is Foundation's")
        }
        // Whatever the direct reader cannot take, it never reads differently: a duplicate key.
        let duplicate = text.replacingOccurrences(of: "<key>kind</key>", with: "<key>formatVersion</key>\n\t<integer>1</integer>\n\t<key>kind</key>")
        #expect(PlistTreeDecoding.decode(RecordFile<Meeting>.self, from: Data(duplicate.utf8)) == nil)
    }

    @Test func valuesOutsideTheStoresFormsAreLeftToFoundation() throws {
        let text = String(decoding: try encoded(fullMeeting(id: "values"), .meeting), as: UTF8.self)
        for (from, to) in [("<integer>1</integer>", "<integer>0x1</integer>"),
                           ("<integer>1</integer>", "<integer>99999999999999999999999</integer>"),
                           ("Z</date>", ".5Z</date>")] {
            let changed = text.replacingOccurrences(of: from, with: to)
            #expect(changed != text)
            #expect(PlistTreeDecoding.decode(RecordFile<Meeting>.self, from: Data(changed.utf8)) == nil, "\(to)")
        }
    }

    /// Random damage to a real file: wherever the direct reader gives an answer, Foundation
    /// gives the same one. (The fuzz target fuzz-records runs this path for much longer.)
    @Test func damagedBytesNeverReadDifferentlyFromFoundation() throws {
        let original = [UInt8](try encoded(DemoData.make().meetings.first { $0.id == DemoData.seedMeetingID }!, .meeting))
        var generator = SeededGenerator(seed: 13)
        var answered = 0
        for round in 0..<1000 {
            var bytes = original
            for _ in 0..<(1 + round % 4) {
                let at = Int.random(in: 0..<bytes.count, using: &generator)
                switch Int.random(in: 0..<3, using: &generator) {
                case 0: bytes[at] = UInt8.random(in: 0x20...0x7E, using: &generator)
                case 1: bytes.remove(at: at)
                default: bytes.insert(UInt8(ascii: ["<", ">", "/", "&", "1"].randomElement(using: &generator)!), at: at)
                }
            }
            let data = Data(bytes)
            guard PropertyListShape.refusal(data) == nil, let fast = PlistTreeDecoding.decode(RecordFile<Meeting>.self, from: data) else { continue }
            answered += 1
            let foundation = try? PropertyListDecoder().decode(RecordFile<Meeting>.self, from: data)
            #expect(foundation?.record == fast.record, "round \(round): the readers disagree")
        }
        #expect(answered > 20, "most single-byte changes inside text still read: the comparison ran")
    }
}

/// A small deterministic generator (SplitMix64), so a failing round can be replayed.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite struct UTF8CheckTests {
    /// The store's own check agrees with the standard library's on valid text, on every
    /// kind of damage (cut sequences, overlong forms, surrogates, past U+10FFFF) and on
    /// random bytes.
    @Test func theByteCheckAgreesWithTheStandardLibrary() {
        var cases: [[UInt8]] = [Array("学习二十大精神 🎉 plain ASCII long enough to skip".utf8), [], [0x41],
                                [0xC0, 0x80], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80],
                                [0xE5, 0xAD], [0x80], Array("12345678".utf8) + [0xE5]]
        var generator = SeededGenerator(seed: 8)
        for length in 0..<600 {
            var bytes = Array("ascii-prefix-".utf8)
            for _ in 0..<(length % 40) {
                bytes.append(Bool.random(using: &generator) ? UInt8.random(in: 0x20...0x7E, using: &generator) : UInt8.random(in: 0x80...0xFF, using: &generator))
            }
            cases.append(bytes)
            cases.append(Array("这是一段中文".utf8) + bytes.suffix(3))
        }
        for bytes in cases {
            let expected = String(validating: bytes, as: UTF8.self) != nil
            #expect(PropertyListShape.isValidUTF8(Data(bytes)) == expected, "\(bytes)")
        }
    }
}

import Foundation

/// The people in development: `development/<id>.plist`, one file each, so that two PCs
/// recording two people never touch one file. The store keeps them as it keeps every
/// folder kind (`Store+FolderRecord.swift`).
extension DevelopmentPerson: FolderRecord {
    public static let kind = RecordKind.development
    public static let folder = "development"
    public static let syncLabel = (english: "development: ", chinese: "发展党员：")

    public func saveIssue(filedAs fileID: String?) -> Wording? { DevelopmentValidation.issue(self, filedAs: fileID) }
}

extension Store {
    static let developmentFolder = DevelopmentPerson.folder

    static func developmentFile(_ id: String) -> String { FolderRecords.file(DevelopmentPerson.self, id: id) }

    /// One person (the folder kind's load, by its usual name).
    public func loadDevelopment(id: String) throws -> DevelopmentPerson { try load(DevelopmentPerson.self, id: id) }
}

extension RecordStore {
    /// Everyone in development who loads, by name, and the files that do not.
    public func loadAllDevelopment() -> (people: [DevelopmentPerson], problems: [FileProblem]) {
        let loaded = loadAll(DevelopmentPerson.self)
        return (loaded.records, loaded.problems)
    }
}

extension DevelopmentPerson: Sanitizable {
    public func sanitized() -> DevelopmentPerson {
        func line(_ text: String) -> String { TextSanitizer.singleLine(text) }
        func who(_ sponsor: Sponsorship) -> Sponsorship {
            var clean = sponsor
            clean.memberID = sponsor.memberID.map(line)
            clean.name = line(sponsor.name)
            return clean
        }
        func note(_ entry: DatedNote) -> DatedNote {
            var clean = entry
            clean.by = line(entry.by)
            clean.text = TextSanitizer.multiLine(entry.text)
            return clean
        }
        var copy = self
        copy.id = line(id)
        copy.name = line(name)
        copy.gender = line(gender)
        copy.unit = line(unit)
        copy.post = line(post)
        copy.memberID = memberID.map(line)
        copy.steps = steps.map { entry in
            var clean = entry
            clean.by = line(entry.by)
            clean.meetingID = entry.meetingID.map(line)
            clean.document = line(entry.document)
            clean.note = TextSanitizer.multiLine(entry.note)
            return clean
        }
        copy.contacts = contacts.map(who)
        copy.sponsors = sponsors.map(who)
        copy.reports = reports.map(note)
        copy.assessments = assessments.map(note)
        copy.departure = departure.map { departure in
            var clean = departure
            clean.note = line(departure.note)
            return clean
        }
        return copy
    }
}

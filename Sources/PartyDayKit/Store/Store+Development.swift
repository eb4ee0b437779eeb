import Foundation

/// The people in development: `development/<id>.plist`, one file each, so that two PCs
/// recording two people never touch one file.
extension Store {
    static let developmentFolder = "development"

    static func developmentFile(_ id: String) -> String { "\(developmentFolder)/\(id).plist" }

    /// The ids with a file, in name order; names that are not ids are left for `check`.
    func developmentFileIDs() -> [String] {
        guard FolderLinks.leadsOut(Store.developmentFolder, in: folder) == nil else { return [] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url(Store.developmentFolder).path)) ?? []
        return names.filter { $0.hasSuffix(".plist") }.map { String($0.dropLast(6)) }.filter(DevelopmentValidation.isFileID).sorted()
    }

    /// One person; a file the save path would refuse is damaged, with the same reason.
    public func loadDevelopment(id: String) throws -> DevelopmentPerson {
        let path = Store.developmentFile(id)
        guard DevelopmentValidation.isFileID(id), let person = try loadRecord(DevelopmentPerson.self, kind: .development, path: path) else {
            throw StoreError.invalid(path: path, message: Wording("no such person in development", "发展党员记录中没有此人"))
        }
        if let issue = DevelopmentValidation.issue(person, filedAs: id) { throw refuse(FileProblem(path: path, issue), at: path) }
        return person
    }

    /// Everyone who loads, by name, and the files that do not (named, left untouched).
    public func loadAllDevelopment() -> (people: [DevelopmentPerson], problems: [FileProblem]) {
        var people: [DevelopmentPerson] = [], problems: [FileProblem] = []
        for id in developmentFileIDs() {
            do { people.append(try loadDevelopment(id: id)) } catch { problems.append(FileProblem(path: Store.developmentFile(id), error: error)) }
        }
        return (people.sorted { ($0.name, $0.id) < ($1.name, $1.id) }, problems)
    }

    public func save(_ person: DevelopmentPerson) throws {
        let path = Store.developmentFile(person.id)
        if let issue = DevelopmentValidation.issue(person) { throw StoreError.invalid(path: path, message: issue) }
        try AtomicFile.makeFolder(url(Store.developmentFolder))
        try writeRecord(person.sanitized(), kind: .development, path: path)
    }

    /// Removes a person's file (only undo of adding them asks it); a file that is not a
    /// person's, or leads out of the folder, is left alone.
    public func deleteDevelopment(id: String) throws {
        try requireWritable()
        let path = Store.developmentFile(id)
        guard DevelopmentValidation.isFileID(id), FolderLinks.outside(path, in: folder) == nil else { return }
        guard case .file = FolderEntry(url(path), inside: folder) else { return }
        try FileManager.default.removeItem(at: url(path))
    }

    /// For `check`: damaged files, and names in the folder that are not a person's file.
    func developmentProblems() -> [FileProblem] {
        var problems = loadAllDevelopment().problems
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url(Store.developmentFolder).path)) ?? []
        for name in names.sorted() where !(name.hasSuffix(".plist") && DevelopmentValidation.isFileID(String(name.dropLast(6)))) && !name.hasPrefix(".") {
            problems.append(FileProblem(path: "\(Store.developmentFolder)/\(name)", Wording("not a development file (named <id>.plist); left alone", "不是发展党员文件（应命名为 <编号>.plist），未作处理")))
        }
        return problems
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

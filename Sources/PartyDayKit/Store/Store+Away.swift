import Foundation

/// Away records as a folder kind (`away/<member id>.plist`).
extension AwayRecord: FolderRecord {
    public static let kind = RecordKind.away
    public static let folder = "away"
    public static let syncLabel = (english: "away: ", chinese: "组织关系/流动/失联：")

    public func saveIssue(filedAs fileID: String?) -> Wording? { AwayValidation.issue(self, filedAs: fileID) }
}

/// What the save path and `check` refuse in an away record.
public enum AwayValidation {
    public static func issue(_ record: AwayRecord, filedAs fileID: String? = nil) -> Wording? {
        if !FolderRecords.isFileID(record.id) { return Wording("the id '\(record.id)' is not letters, digits and dashes", "编号“\(record.id)”不是字母、数字和连字符") }
        if let fileID, fileID != record.id { return Wording("the file is named \(fileID) but holds \(record.id)", "文件名为 \(fileID)，内容却是 \(record.id)") }
        if record.name.trimmingCharacters(in: .whitespaces).isEmpty { return Wording("the name is empty", "姓名为空") }
        for letter in record.letters {
            if letter.organization.trimmingCharacters(in: .whitespaces).isEmpty { return Wording("a letter names no organization", "介绍信没有写明接收或转出的党组织") }
            if let valid = letter.validUntil, valid < letter.issuedOn { return Wording("a letter is valid until a day before it was issued", "介绍信有效期早于开出日期") }
            if let receipt = letter.receiptOn, receipt < letter.issuedOn { return Wording("a receipt came back before its letter was issued", "回执日期早于介绍信开出日期") }
        }
        if let stay = record.mobile {
            if stay.place.trimmingCharacters(in: .whitespaces).isEmpty { return Wording("a stay away names no place", "外出登记没有写明地点") }
            if let until = stay.until, until < stay.since { return Wording("a stay away ends before it began", "外出结束日期早于开始日期") }
        }
        if record.letters.count + record.reports.count + record.attempts.count + record.decisions.count > 2000 {
            return Wording("the file holds more than 2,000 entries", "文件条目超过 2000 条")
        }
        return nil
    }
}

extension AwayRecord: Sanitizable {
    public func sanitized() -> AwayRecord {
        func line(_ text: String) -> String { TextSanitizer.singleLine(text) }
        var copy = self
        copy.id = line(id)
        copy.name = line(name)
        copy.letters = letters.map { letter in
            var clean = letter
            clean.id = line(letter.id)
            clean.number = line(letter.number)
            clean.organization = line(letter.organization)
            clean.note = TextSanitizer.multiLine(letter.note)
            return clean
        }
        copy.mobile = mobile.map { stay in
            MobileStay(since: stay.since, place: line(stay.place), employer: line(stay.employer), organization: line(stay.organization),
                       contact: line(stay.contact), cardNumber: line(stay.cardNumber), until: stay.until)
        }
        copy.reports = reports.map { DatedNote(day: $0.day, by: line($0.by), text: TextSanitizer.multiLine($0.text)) }
        copy.attempts = attempts.map { ContactAttempt(day: $0.day, how: line($0.how), result: TextSanitizer.multiLine($0.result)) }
        copy.decisions = decisions.map { MembershipDecision(day: $0.day, kind: $0.kind, meetingID: $0.meetingID.map(line), decisionID: $0.decisionID.map(line)) }
        return copy
    }
}

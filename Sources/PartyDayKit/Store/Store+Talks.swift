import Foundation

/// Talks as a folder kind (`talks/<id>.plist`): the store, `check`, sync and the rescue
/// copy keep them through `FolderRecord`.
extension Talk: FolderRecord {
    public static let kind = RecordKind.talk
    public static let folder = "talks"
    public static let syncLabel = (english: "talk: ", chinese: "谈心谈话：")

    public func saveIssue(filedAs fileID: String?) -> Wording? { TalkValidation.issue(self, filedAs: fileID) }
}

/// What the save path and `check` refuse in a talk.
public enum TalkValidation {
    public static func issue(_ talk: Talk, filedAs fileID: String? = nil) -> Wording? {
        if !FolderRecords.isFileID(talk.id) { return Wording("the id '\(talk.id)' is not letters, digits and dashes", "编号“\(talk.id)”不是字母、数字和连字符") }
        if let fileID, fileID != talk.id { return Wording("the file is named \(fileID) but holds \(talk.id)", "文件名为 \(fileID)，内容却是 \(talk.id)") }
        for who in [talk.talker, talk.partner] {
            let name = who.name.trimmingCharacters(in: .whitespaces)
            if name.isEmpty { return Wording("a talk needs both people's names", "谈话双方的姓名都要填写") }
            if name.count > 40 { return Wording("a name is longer than 40 characters", "姓名超过 40 个字") }
        }
        if talk.talker == talk.partner || (talk.talker.memberID != nil && talk.talker.memberID == talk.partner.memberID) {
            return Wording("a talk is between two different people", "谈话双方不能是同一个人")
        }
        if let pledge = talk.pledge {
            if pledge.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return Wording("a talk's pledge says nothing", "谈话形成的承诺没有内容") }
            if let due = pledge.due, due < talk.day { return Wording("a talk's pledge is due before the talk", "谈话形成的承诺期限早于谈话日期") }
            if pledge.reviews.count > 500 { return Wording("a talk's pledge has more than 500 reviews", "谈话形成的承诺回顾超过 500 次") }
        }
        if (talk.occasionName?.count ?? 0) > 40 { return Wording("the occasion is longer than 40 characters", "事由超过 40 个字") }
        if talk.topics.count + talk.agreed.count + talk.followUp.count > 20000 {
            return Wording("the talk's text is longer than 20,000 characters", "谈话内容超过 20000 字")
        }
        return nil
    }
}

extension Talk: Sanitizable {
    public func sanitized() -> Talk {
        func line(_ text: String) -> String { TextSanitizer.singleLine(text) }
        func who(_ person: PersonRef) -> PersonRef {
            PersonRef(name: line(person.name), memberID: person.memberID.map(line), guestID: person.guestID.map(line))
        }
        var copy = self
        copy.id = line(id)
        copy.talker = who(talker)
        copy.partner = who(partner)
        copy.topics = TextSanitizer.multiLine(topics)
        copy.agreed = TextSanitizer.multiLine(agreed)
        copy.followUp = TextSanitizer.multiLine(followUp)
        copy.occasionName = occasionName.map(line)
        copy.pledge = pledge.map { pledge in
            var clean = pledge
            clean.id = line(pledge.id)
            clean.by = pledge.by.map(who)
            clean.text = TextSanitizer.multiLine(pledge.text)
            clean.reviews = pledge.reviews.map { Pledge.Review(on: $0.on, note: TextSanitizer.multiLine($0.note)) }
            return clean
        }
        return copy
    }
}

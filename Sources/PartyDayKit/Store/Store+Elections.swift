import Foundation

/// Elections as a folder kind (`elections/<id>.plist`).
extension Election: FolderRecord {
    public static let kind = RecordKind.election
    public static let folder = "elections"
    public static let syncLabel = (english: "committee election: ", chinese: "支委会换届：")

    public func saveIssue(filedAs fileID: String?) -> Wording? { ElectionValidation.issue(self, filedAs: fileID) }
}

/// What the save path and `check` refuse in an election.
public enum ElectionValidation {
    public static func issue(_ election: Election, filedAs fileID: String? = nil) -> Wording? {
        if !FolderRecords.isFileID(election.id) { return Wording("the id '\(election.id)' is not letters, digits and dashes", "编号“\(election.id)”不是字母、数字和连字符") }
        if let fileID, fileID != election.id { return Wording("the file is named \(fileID) but holds \(election.id)", "文件名为 \(fileID)，内容却是 \(election.id)") }
        if ![3, 5].contains(election.termYears) { return Wording("a term is 3 years, or 5 for a village or community branch", "任期为 3 年（村、社区党支部为 5 年）") }
        if let number = election.termNumber, !(1...200).contains(number) { return Wording("the term's number is 1 to 200", "届次应为 1 至 200") }
        if election.kind == .regular && election.posts.isEmpty { return Wording("an election names who was elected", "换届选举应写明当选人") }
        if election.kind != .regular && election.posts.count != 1 { return Wording("a by-election or a resignation names one person", "补选或辞职应写明一人") }
        if election.posts.count > 15 { return Wording("a committee has at most 7 members", "支部委员会最多 7 人") }
        for post in election.posts {
            if post.name.trimmingCharacters(in: .whitespaces).isEmpty { return Wording("a post has no name", "有职务没有填写姓名") }
            if let votes = post.votes, !(0...100_000).contains(votes) { return Wording("votes are 0 to 100,000", "票数应为 0 至 100000") }
        }
        if election.posts.filter({ $0.role.kind == .secretary }).count > 1 { return Wording("two secretaries elected", "选出了两名书记") }
        if election.note.count > 20000 { return Wording("the note is longer than 20,000 characters", "备注超过 20000 字") }
        return nil
    }
}

extension Election: Sanitizable {
    public func sanitized() -> Election {
        func line(_ text: String) -> String { TextSanitizer.singleLine(text) }
        var copy = self
        copy.id = line(id)
        copy.posts = posts.map { post in
            var clean = post
            clean.memberID = post.memberID.map(line)
            clean.name = line(post.name)
            clean.role.portfolio = line(post.role.portfolio)
            return clean
        }
        copy.note = TextSanitizer.multiLine(note)
        return copy
    }
}

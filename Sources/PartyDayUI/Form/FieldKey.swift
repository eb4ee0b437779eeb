import PartyDayKit

/// Names the fields of every form, so that reading a field that does not exist fails to
/// compile instead of quietly giving "".
public enum FieldKey: Hashable, Sendable {
    case abstain, answer, answeredBy, by, category, conversion, day, dissent, due, end, entry, from, gender, group, host, joined, leader
    case left, minutes, mobile, mobileLocation, name, no, note, notes, organization, parents, path, penalty, place
    case phone, portfolio, probationStart, reason, recorder, role, since, speaker, start, status, step, summary, talk, text
    case theme, time, title, to, types, urgent, why, yes, zone, evaluationYear, kind, method, written, subject, sponsors, committeeView, approved, selfEvaluation, grade, ballotExcellent, ballotQualified, ballotBasic, ballotUnqualified, measures
    case amount, months, base, cycle, lecturer, lectureTitle, receivedBy
    /// How often a meeting type is owed (the settings form has one per type).
    case frequency(MeetingType)
    /// A feature's own field, named in its folder (`static let birth = FieldKey.named("birth")`),
    /// so that a new screen's forms do not touch this file.
    case named(String)
}

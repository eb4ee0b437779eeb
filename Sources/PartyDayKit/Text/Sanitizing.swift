import Foundation

/// Every stored type can return a copy that is safe to write and to show: clean text,
/// names normalised, whole-second dates. The store applies it before every save and
/// after every load, so no path can write a control character or show one from a file.
/// Each copies itself and cleans its texts, so a field added later is never dropped.
public protocol Sanitizable {
    func sanitized() -> Self
}

private func line(_ text: String) -> String { TextSanitizer.singleLine(text) }
private func lines(_ text: String) -> String { TextSanitizer.multiLine(text) }
private func seconds(_ date: Date) -> Date { TextSanitizer.wholeSeconds(date) }
private func personName(_ text: String) -> String { TextSanitizer.name(text) }

extension Array: Sanitizable where Element: Sanitizable {
    public func sanitized() -> [Element] { map { $0.sanitized() } }
}

extension Optional: Sanitizable where Wrapped: Sanitizable {
    public func sanitized() -> Wrapped? { map { $0.sanitized() } }
}

extension BranchProfile: Sanitizable {
    public func sanitized() -> BranchProfile {
        var copy = self
        copy.name = line(name)
        copy.parentOrganizations = parentOrganizations.map(line)
        copy.timeZoneIdentifier = line(timeZoneIdentifier)
        copy.partyGroups = partyGroups.sanitized()
        copy.agendaTemplates = agendaTemplates.sanitized()
        copy.minutesReviewer = minutesReviewer.map(line)
        copy.talkOccasions = talkOccasions?.map(line)
        return copy
    }
}

extension PartyGroup: Sanitizable {
    public func sanitized() -> PartyGroup {
        var copy = self
        copy.id = line(id)
        copy.name = line(name)
        copy.leaderMemberID = leaderMemberID.map(line)
        return copy
    }
}

extension AgendaTemplate: Sanitizable {
    public func sanitized() -> AgendaTemplate {
        var copy = self
        copy.steps = steps.map(line)
        return copy
    }
}

extension Member: Sanitizable {
    public func sanitized() -> Member {
        var copy = self
        copy.id = line(id)
        copy.name = personName(name)
        copy.role = role.mapValues { Role($0.kind, portfolio: line($0.portfolio)) }
        copy.partyGroup = partyGroup.mapValues { $0.map(line) }
        copy.mobileLocation = line(mobileLocation)
        copy.gender = gender.map(line)
        copy.phone = phone.map(line)
        copy.notes = notes.map { TextSanitizer.multiLine($0) }
        copy.jobTitle = jobTitle.map(line)
        return copy
    }
}

extension PersonRef: Sanitizable {
    public func sanitized() -> PersonRef {
        var copy = self
        copy.name = personName(name)
        copy.memberID = memberID.map(line)
        copy.guestID = guestID.map(line)
        return copy
    }
}

extension Guest: Sanitizable {
    public func sanitized() -> Guest {
        var copy = self
        copy.id = line(id)
        copy.name = personName(name)
        copy.title = line(title)
        copy.organization = line(organization)
        return copy
    }
}

extension NonVotingAttendee: Sanitizable {
    public func sanitized() -> NonVotingAttendee {
        var copy = self
        copy.id = line(id)
        copy.name = personName(name)
        copy.note = line(note)
        return copy
    }
}

extension AttendanceRecord: Sanitizable {
    public func sanitized() -> AttendanceRecord {
        var copy = self
        copy.memberID = line(memberID)
        copy.name = personName(name)
        copy.reason = line(reason)
        copy.madeUp = madeUp.map { MakeUpStudy(on: $0.on, how: line($0.how)) }
        return copy
    }
}

extension AgendaStep: Sanitizable {
    public func sanitized() -> AgendaStep {
        var copy = self
        copy.id = line(id)
        copy.title = line(title)
        copy.doneAt = doneAt.map(seconds)
        copy.skipReason = line(skipReason)
        copy.notes = lines(notes)
        return copy
    }
}

extension Speech: Sanitizable {
    public func sanitized() -> Speech {
        var copy = self
        copy.id = line(id)
        copy.speaker = speaker.sanitized()
        copy.agendaStepID = agendaStepID.map(line)
        copy.summary = lines(summary)
        return copy
    }
}

extension Suggestion: Sanitizable {
    public func sanitized() -> Suggestion {
        var copy = self
        copy.id = line(id)
        copy.by = by.sanitized()
        copy.text = lines(text)
        copy.answer = lines(answer)
        copy.answeredBy = answeredBy.sanitized()
        return copy
    }
}

extension Decision: Sanitizable {
    public func sanitized() -> Decision {
        var copy = self
        copy.id = line(id)
        copy.text = lines(text)
        copy.subject = subject.sanitized()
        copy.sponsorsOpinion = sponsorsOpinion.map(lines)
        copy.committeeOpinion = committeeOpinion.map(lines)
        copy.scrutineers = scrutineers.map { $0.map(line) }
        copy.tellers = tellers.map { $0.map(line) }
        copy.statement = statement.map(lines)
        return copy
    }
}

extension Pledge: Sanitizable {
    public func sanitized() -> Pledge {
        var copy = self
        copy.id = line(id)
        copy.by = by.sanitized()
        copy.text = lines(text)
        copy.reviews = reviews.map { review in
            var clean = review
            clean.note = lines(review.note)
            return clean
        }
        return copy
    }
}

extension Meeting: Sanitizable {
    public func sanitized() -> Meeting {
        var copy = self
        copy.id = line(id)
        copy.partyGroupID = partyGroupID.map(line)
        copy.theme = line(theme)
        copy.start = seconds(start)
        copy.end = end.map(seconds)
        copy.place = line(place)
        copy.host = host.sanitized()
        copy.recorder = recorder.sanitized()
        copy.lecturer = lecturer.sanitized()
        copy.lectureTitle = lectureTitle.map(line)
        copy.guests = guests.sanitized()
        copy.attendance = attendance.sanitized()
        copy.nonVotingAttendees = nonVotingAttendees.sanitized()
        copy.agenda = agenda.sanitized()
        copy.speeches = speeches.sanitized()
        copy.suggestions = suggestions.sanitized()
        copy.decisions = decisions.sanitized()
        copy.pledges = pledges.sanitized()
        copy.evaluationRecords = evaluationRecords.map { records in
            records.map { record in
                var clean = record
                clean.memberID = line(record.memberID)
                clean.name = personName(record.name)
                return clean
            }
        }
        copy.hostSummary = lines(hostSummary)
        copy.minutes = lines(minutes)
        return copy
    }
}

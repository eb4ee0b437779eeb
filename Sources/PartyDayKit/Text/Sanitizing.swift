import Foundation

/// Every stored type can return a copy that is safe to write: clean text, whole-second dates.
/// The store applies it before every save, so no path can write a control character.
public protocol Sanitizable {
    func sanitized() -> Self
}

private func line(_ text: String) -> String { TextSanitizer.singleLine(text) }
private func lines(_ text: String) -> String { TextSanitizer.multiLine(text) }
private func seconds(_ date: Date) -> Date { TextSanitizer.wholeSeconds(date) }

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
        return copy
    }
}

extension PartyGroup: Sanitizable {
    public func sanitized() -> PartyGroup {
        // A copy with its texts cleaned, so a field added later is never dropped on save.
        var copy = self
        copy.id = line(id)
        copy.name = line(name)
        copy.leaderMemberID = leaderMemberID.map(line)
        return copy
    }
}

extension AgendaTemplate: Sanitizable {
    public func sanitized() -> AgendaTemplate {
        AgendaTemplate(type: type, steps: steps.map(line))
    }
}

extension Member: Sanitizable {
    public func sanitized() -> Member {
        var copy = self
        copy.id = line(id)
        copy.name = line(name)
        copy.role = role.mapValues { Role($0.kind, portfolio: line($0.portfolio)) }
        copy.partyGroup = partyGroup.mapValues { $0.map(line) }
        copy.mobileLocation = line(mobileLocation)
        copy.gender = gender.map(line)
        copy.phone = phone.map(line)
        copy.notes = notes.map { TextSanitizer.multiLine($0) }
        return copy
    }
}

extension PersonRef: Sanitizable {
    public func sanitized() -> PersonRef {
        PersonRef(name: line(name), memberID: memberID.map(line), guestID: guestID.map(line))
    }
}

extension Guest: Sanitizable {
    public func sanitized() -> Guest {
        Guest(id: line(id), name: line(name), title: line(title), organization: line(organization))
    }
}

extension NonVotingAttendee: Sanitizable {
    public func sanitized() -> NonVotingAttendee {
        NonVotingAttendee(id: line(id), name: line(name), note: line(note))
    }
}

extension AttendanceRecord: Sanitizable {
    public func sanitized() -> AttendanceRecord {
        var copy = self
        copy.memberID = line(memberID)
        copy.name = line(name)
        copy.reason = line(reason)
        return copy
    }
}

extension AgendaStep: Sanitizable {
    public func sanitized() -> AgendaStep {
        AgendaStep(id: line(id), title: line(title), status: status, doneAt: doneAt.map(seconds),
                   skipReason: line(skipReason), notes: lines(notes))
    }
}

extension Speech: Sanitizable {
    public func sanitized() -> Speech {
        Speech(id: line(id), speaker: speaker.sanitized(), agendaStepID: agendaStepID.map(line),
               summary: lines(summary), dissent: dissent)
    }
}

extension Suggestion: Sanitizable {
    public func sanitized() -> Suggestion {
        Suggestion(id: line(id), by: by.sanitized(), text: lines(text), answer: lines(answer),
                   answeredBy: answeredBy.sanitized())
    }
}

extension Decision: Sanitizable {
    public func sanitized() -> Decision {
        Decision(id: line(id), text: lines(text), yes: yes, no: no, abstain: abstain)
    }
}

extension Pledge: Sanitizable {
    public func sanitized() -> Pledge {
        Pledge(id: line(id), by: by.sanitized(), text: lines(text), due: due, status: status,
               reviews: reviews.map { Review(on: $0.on, note: lines($0.note)) })
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
        copy.guests = guests.sanitized()
        copy.attendance = attendance.sanitized()
        copy.nonVotingAttendees = nonVotingAttendees.sanitized()
        copy.agenda = agenda.sanitized()
        copy.speeches = speeches.sanitized()
        copy.suggestions = suggestions.sanitized()
        copy.decisions = decisions.sanitized()
        copy.pledges = pledges.sanitized()
        copy.hostSummary = lines(hostSummary)
        copy.minutes = lines(minutes)
        return copy
    }
}

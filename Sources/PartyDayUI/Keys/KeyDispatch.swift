import PartyDayKit

/// Which keys apply now, and running the one an event names.
extension AppState {
    /// The scopes in force, first match wins: a box, then the screen's mode, then the
    /// screen, then what it shares with others.
    public var activeScopes: [KeyScope] { modalScopes ?? screenScopes + [.anywhere] }

    /// The scopes of the open box, if one is open.
    private var modalScopes: [KeyScope]? {
        switch modal {
        case .form: return [.form, .formOptions, .textEditing, .anywhere]
        case .help: return [.help, .anywhere]
        case .confirm: return [.confirm, .anywhere]
        case .importPreview: return [.importPreview, .anywhere]
        case .duties: return [.duties, .anywhere]
        case .conflicts: return [.conflicts, .anywhere]
        case nil: return nil
        }
    }

    /// The screen's scopes, whatever box is open over it (the `?` box lists these, and
    /// the keys that work anywhere).
    var screenScopes: [KeyScope] { screenEntry.scopes(self) }

    /// The bindings in force that apply now, in help order.
    public var activeBindings: [KeyBinding] {
        activeScopes.flatMap { scope in scope.bindings.filter { $0.applies(to: self) } }
    }

    /// Runs the binding the event names; false when none does.
    mutating func dispatch(_ event: Event, _ effects: inout [Effect]) -> Bool {
        guard let stroke = KeyStroke(event) else { return false }
        for scope in activeScopes {
            guard let candidates = scope.bindingsByKey[stroke] else { continue }
            for binding in candidates where binding.applies(to: self) {
                guard case let .app(perform) = binding.action else { return false }
                if let why = binding.whyDisabled(in: self) {
                    note(why, error: true)
                    return true
                }
                perform(&self, stroke, &effects)
                return true
            }
        }
        return false
    }
}

extension WorkspaceState.Pane {
    var keyScope: KeyScope {
        switch self {
        case .attendance: .attendance
        case .agenda: .agenda
        case .speeches, .suggestions, .decisions, .pledges: .records
        case .notes: .notes
        }
    }
}

extension KeyScope {
    /// Each scope's bindings by key, in declaration order: dispatch looks a key up
    /// instead of comparing it with every binding.
    private static let keyIndex: [KeyScope: [KeyStroke: [KeyBinding]]] = Dictionary(uniqueKeysWithValues: allCases.map { scope in
        var index: [KeyStroke: [KeyBinding]] = [:]
        for binding in scope.bindings {
            for key in Set(binding.keys) { index[key, default: []].append(binding) }
        }
        return (scope, index)
    })

    var bindingsByKey: [KeyStroke: [KeyBinding]] { Self.keyIndex[self] ?? [:] }
}

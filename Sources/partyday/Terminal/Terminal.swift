import CNcursesw
import Foundation
import PartyDayKit
import PartyDayUI

/// The only code that talks to ncurses: starts and ends the screen, reads keys with
/// get_wch, draws frames, and puts the hardware cursor at the text caret.
final class Terminal {
    private var previous: Grid?
    private let colors: Bool
    /// Gives scalars read past the end of an escape sequence back to ncurses, in order,
    /// to be read again as input of their own.
    private func giveBack(_ scalars: ArraySlice<UInt32>) {
        for scalar in scalars.reversed() { unget_wch(wchar_t(truncatingIfNeeded: scalar)) }
    }

    /// Sets the locale (falling back to C.UTF-8 when the codeset is not UTF-8, since
    /// wcwidth and wide input need it), then starts curses.
    init(environment: [String: String]) {
        setlocale(LC_ALL, "")
        if String(cString: nl_langinfo(nl_item(CODESET))).uppercased().replacingOccurrences(of: "-", with: "") != "UTF8" {
            setlocale(LC_ALL, "C.UTF-8")
        }
        // A short ESCDELAY makes Esc feel immediate (issue 13: Esc within 30 ms); a key's
        // sequence arrives in one write, and one cut after its ESC by a slow link is the
        // rare cost (the rest then reads as typed keys).
        pd_set_escdelay(20)
        initscr()
        raw()
        noecho()
        nonl()
        keypad(pd_stdscr(), true)
        wtimeout(pd_stdscr(), 100)
        let wantColor = environment["NO_COLOR"].map(\.isEmpty) ?? true
        colors = wantColor && has_colors()
        if colors {
            start_color()
            use_default_colors()
            for (pair, color) in [(1, COLOR_CYAN), (2, COLOR_BLUE), (3, COLOR_GREEN), (4, COLOR_YELLOW), (5, COLOR_RED)] {
                init_pair(Int16(pair), Int16(color), -1)
            }
        }
        pd_enable_mouse()
        // Bracketed paste: ncurses 6.4 does not ask the terminal for it.
        FileHandle.standardOutput.write(Data("\u{1B}[?2004h".utf8))
    }

    /// Gives the terminal back and stops the process until `fg` (Ctrl-Z); then draws
    /// everything again.
    func suspend() {
        pd_disable_mouse()
        FileHandle.standardOutput.write(Data("\u{1B}[?2004l".utf8))
        endwin()
        // ncurses' own SIGTSTP handler would do the same; the default action just stops.
        signal(SIGTSTP, SIG_DFL)
        raise(SIGTSTP)
        // Resumed.
        pd_enable_mouse()
        FileHandle.standardOutput.write(Data("\u{1B}[?2004h".utf8))
        wrefresh(pd_stdscr())
        invalidate()
    }

    /// Restores the terminal. Called once, from the main loop, never from a signal handler.
    func end() {
        pd_disable_mouse()
        FileHandle.standardOutput.write(Data("\u{1B}[?2004l".utf8))
        curs_set(1)
        endwin()
    }

    /// Whether TERM names a terminal the screens can be drawn on (checked before initscr,
    /// which would exit with a bare "Error opening terminal").
    static var isUsable: Bool {
        let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
        return !term.isEmpty && term != "dumb" && pd_terminal_usable() == 1
    }

    var size: Size { Size(columns: Int(pd_cols()), rows: Int(pd_lines())) }

    /// Waits for input, or for `wake` (background results) to become readable, or at most
    /// `timeout` ms (the clock's tick); returns what the terminal sent, as events. A result
    /// arriving wakes the loop at once instead of after the wait.
    func read(wake: Int32, timeout: Int32 = 100) -> [Event] {
        var code: wint_t = 0
        // Input ncurses holds already (given back after an escape sequence) is not on the descriptor.
        wtimeout(pd_stdscr(), 0)
        var result = get_wch(&code)
        if result == pd_err {
            var watched = [pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0), pollfd(fd: wake, events: Int16(POLLIN), revents: 0)]
            _ = poll(&watched, nfds_t(watched.count), timeout)
            if watched[0].revents == 0 { return [] }
            result = get_wch(&code)
        }
        var events: [Event] = []
        var text = ""
        while result != pd_err {
            if result == pd_key_code_yes {
                if !text.isEmpty { events.append(.text(text)); text = "" }
                if let event = keyEvent(Int32(code)) { events.append(event) }
            } else if code == 27 {
                if !text.isEmpty { events.append(.text(text)); text = "" }
                events += escapeSequence()
            } else if code < 32 || code == 127 {
                if !text.isEmpty { events.append(.text(text)); text = "" }
                if let event = controlEvent(UInt32(code)) { events.append(event) }
            } else if let scalar = Unicode.Scalar(UInt32(code)) {
                text.unicodeScalars.append(scalar)
            }
            // Drain what is already waiting (an input method's phrase, a fast typist) without blocking.
            wtimeout(pd_stdscr(), 0)
            result = get_wch(&code)
        }
        wtimeout(pd_stdscr(), 100)
        if !text.isEmpty { events.append(.text(text)) }
        return events
    }

    private func mouseEvent() -> Event? {
        var x: Int32 = 0, y: Int32 = 0
        let point = { Point(x: Int(x), y: Int(y)) }
        switch pd_read_mouse(&x, &y) {
        case 1: return .mouse(MouseEvent(.press, at: point()))
        case 4: return .mouse(MouseEvent(.wheelUp, at: point()))
        case 5: return .mouse(MouseEvent(.wheelDown, at: point()))
        default: return nil
        }
    }

    private func keyEvent(_ code: Int32) -> Event? {
        switch code {
        case KEY_UP: .key(.up)
        case KEY_DOWN: .key(.down)
        case KEY_LEFT: .key(.left)
        case KEY_RIGHT: .key(.right)
        case KEY_HOME: .key(.home)
        case KEY_END: .key(.end)
        case KEY_NPAGE: .key(.pageDown)
        case KEY_PPAGE: .key(.pageUp)
        case KEY_BACKSPACE: .key(.backspace)
        case KEY_DC: .key(.delete)
        case KEY_IC: .key(.insert)
        case KEY_ENTER: .key(.enter)
        case KEY_BTAB: .key(.backTab)
        case KEY_RESIZE: .resize(size)
        case KEY_MOUSE: mouseEvent()
        case (KEY_F0 + 1)...(KEY_F0 + 12): .key(.function(Int(code - KEY_F0)))
        default: nil
        }
    }

    /// Control characters: the few that are keys, Ctrl-letters; every other one (Ctrl-@,
    /// Ctrl-\, Ctrl-], Ctrl-^, Ctrl-_) is ignored, never taken for Esc.
    private func controlEvent(_ code: UInt32) -> Event? {
        switch code {
        case 9: .key(.tab)
        case 10, 13: .key(.enter)
        case 8, 127: .key(.backspace)
        case 1...26: .key(.control(Character(Unicode.Scalar(code + 96)!)))
        default: nil
        }
    }

    /// After ESC: the whole sequence is read (see `EscapeSequence`) and becomes a key, a
    /// paste, or nothing. ESC is the Esc key only when nothing follows within the delay.
    private func escapeSequence() -> [Event] {
        var following: [UInt32] = []
        var code: wint_t = 0
        // With keypad on, ncurses has already waited ESCDELAY before handing over an ESC
        // nothing followed: what belongs to a sequence is in its buffer now. So the first
        // look is immediate (a lone Esc acts at once); only a sequence cut in the middle
        // waits a little for its rest.
        wtimeout(pd_stdscr(), 0)
        defer { wtimeout(pd_stdscr(), 100) }
        while true {
            switch EscapeSequence.parse(following) {
            case .incomplete:
                if !following.isEmpty { wtimeout(pd_stdscr(), 25) }
                let result = get_wch(&code)
                if result == pd_err {
                    // Nothing more came: a lone ESC is Esc; an unfinished sequence is dropped.
                    return following.isEmpty ? [.key(.escape)] : []
                }
                if result == pd_key_code_yes {
                    // A key ncurses decoded itself after the ESC: the ESC meant nothing.
                    return keyEvent(Int32(code)).map { [$0] } ?? []
                }
                following.append(UInt32(code))
            case let .complete(event, length):
                // Whatever followed the sequence is read again as input of its own.
                giveBack(following.dropFirst(length))
                return event.map { [$0] } ?? []
            case .pasteStart:
                return [.paste(readPaste())]
            }
        }
    }

    private func readPaste() -> String {
        var scalars = String.UnicodeScalarView()
        var code: wint_t = 0
        let end = "\u{1B}[201~".unicodeScalars.map(\.value)
        var tail: [UInt32] = []
        wtimeout(pd_stdscr(), 200)
        while get_wch(&code) != pd_err {
            tail.append(UInt32(code))
            if tail.count > end.count { tail.removeFirst() }
            if tail == end { break }
            if let scalar = Unicode.Scalar(UInt32(code)) { scalars.append(scalar) }
        }
        var text = String(scalars)
        if tail == end { text.unicodeScalars.removeLast(end.count - 1) }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    /// Draws the cells that changed since the last frame, then places the cursor.
    func draw(_ frame: Frame) {
        let grid = frame.grid
        let full = previous?.size != grid.size
        if full { werase(pd_stdscr()) }
        for y in 0..<grid.size.rows {
            for x in 0..<grid.size.columns {
                let cell = grid[x, y]
                guard cell.width > 0 else { continue }
                if !full, let previous, previous[x, y] == cell, x + 1 >= grid.size.columns || previous[x + 1, y] == grid[x + 1, y] {
                    continue
                }
                put(cell, x: x, y: y)
            }
        }
        previous = grid
        if let caret = frame.cursor {
            curs_set(1)
            wmove(pd_stdscr(), Int32(caret.y), Int32(caret.x))
        } else {
            curs_set(0)
        }
        wrefresh(pd_stdscr())
    }

    /// Forgets what is on screen so the next frame is drawn whole.
    func invalidate() {
        previous = nil
        clearok(pd_stdscr(), true)
    }

    private func put(_ cell: Cell, x: Int, y: Int) {
        var attributes = pd_a_normal()
        if cell.style.bold { attributes |= pd_a_bold() }
        if cell.style.reverse { attributes |= pd_a_reverse() }
        if cell.style.underline { attributes |= pd_a_underline() }
        var pair: Int16 = 0
        switch cell.style.role {
        case .title: pair = 1
        case .accent: pair = 2
        case .good: pair = 3
        case .warning: pair = 4
        case .danger: pair = 5
        case .muted: attributes |= pd_a_dim()
        case .normal: break
        }
        if !colors { pair = 0 }
        var wide = cell.grapheme.unicodeScalars.prefix(Int(CCHARW_MAX) - 1).map { wchar_t(truncatingIfNeeded: $0.value) }
        wide.append(0)
        var character = cchar_t()
        setcchar(&character, wide, attributes, pair, nil)
        mvwadd_wch(pd_stdscr(), Int32(y), Int32(x), &character)
    }
}

extension Terminal {
    enum TerminfoColors { case unknownTerminal, none, colors(Int32) }

    /// The colours terminfo gives `term`, or why not; the screen is not taken (doctor).
    static func terminfoColors(term: String) -> TerminfoColors {
        switch term.withCString({ pd_terminfo_colors($0) }) {
        case -1: .unknownTerminal
        case -2: .none
        case let colors: .colors(colors)
        }
    }
}

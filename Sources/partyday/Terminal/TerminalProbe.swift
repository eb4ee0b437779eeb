import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Asks the terminal itself how wide it draws a text: the text is written at the start
/// of the line, the cursor position is requested (CSI 6n) and the line cleared again.
/// What `partyday doctor` reports next to partyday's own width, since a terminal (or a
/// font) that disagrees about Chinese characters garbles every table.
enum TerminalProbe {
    /// The columns the terminal advanced for `text`, or nil when standard input and
    /// output are not both a terminal or it did not answer within half a second.
    static func measuredWidth(of text: String) -> Int? {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { return nil }
        var saved = termios()
        guard tcgetattr(STDIN_FILENO, &saved) == 0 else { return nil }
        var raw = saved
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO)
        tcsetattr(STDIN_FILENO, TCSANOW, &raw)
        defer { tcsetattr(STDIN_FILENO, TCSANOW, &saved) }
        let probe = "\r" + text + "\u{1B}[6n"
        _ = probe.withCString { write(STDOUT_FILENO, $0, strlen($0)) }
        var answer: [UInt8] = []
        let deadline = Date().addingTimeInterval(0.5)
        while Date() < deadline, answer.last != UInt8(ascii: "R") {
            var ready = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
            guard poll(&ready, 1, 50) > 0 else { continue }
            var byte: UInt8 = 0
            if read(STDIN_FILENO, &byte, 1) == 1 { answer.append(byte) }
        }
        _ = "\r\u{1B}[K".withCString { write(STDOUT_FILENO, $0, strlen($0)) }
        // ESC [ row ; column R
        let reply = String(decoding: answer, as: UTF8.self)
        guard let semicolon = reply.lastIndex(of: ";"), reply.hasSuffix("R"),
              let column = Int(reply[reply.index(after: semicolon)..<reply.index(before: reply.endIndex)]) else { return nil }
        return column - 1
    }
}

#if canImport(Glibc)
import Glibc
#endif

/// SIGINT, SIGTERM and SIGHUP only set this flag; the main loop sees it, flushes the
/// pending saves and ends the screen. Nothing else happens inside the handler.
enum SignalFlag {
    nonisolated(unsafe) static var received: Int32 = 0

    static func install() {
        // A parent may have started us with these blocked or ignored (mask and ignored
        // dispositions survive exec); the loop and ncurses' resize handling need them.
        var wanted = sigset_t()
        sigemptyset(&wanted)
        for number in [SIGINT, SIGTERM, SIGHUP, SIGWINCH] { sigaddset(&wanted, number) }
        sigprocmask(SIG_UNBLOCK, &wanted, nil)
        signal(SIGWINCH, SIG_DFL)
        for number in [SIGINT, SIGTERM, SIGHUP] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { number in SignalFlag.received = number }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(number, &action, nil)
        }
    }

    static var isRaised: Bool { received != 0 }
}

#!/usr/bin/env python3
"""Times partyday as a user feels it: the real binary in a pseudo-terminal (80x24),
read by a terminal emulator (pyte), from a keypress to the screen showing the result.

    scripts/felt-speed.py BINARY DATA_DIR [ROUNDS]

Prints the median of ROUNDS runs (default 5) of: first frame, home complete, 2 to the
meetings list, Enter on a meeting until its workspace shows, Esc back to the list, and
quit. (The bench's decade data set: partyday-bench --keep DIR, then DIR/decade.)
"""
import os, pty, select, statistics, sys, time
import pyte

COLUMNS, ROWS = 80, 24


def run_once(binary, data):
    screen = pyte.Screen(COLUMNS, ROWS)
    stream = pyte.ByteStream(screen)
    pid, fd = pty.fork()
    if pid == 0:
        os.environ.update({"LANG": "C.UTF-8", "TERM": "xterm-256color", "COLUMNS": str(COLUMNS), "LINES": str(ROWS)})
        os.execv(binary, [binary, "--data-dir", data, "--lang", "en"])
    import fcntl, struct, termios
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLUMNS, 0, 0))

    def text():
        # screen.display trips over cells pyte leaves empty after a wide character.
        return "\n".join("".join(screen.buffer[y][x].data for x in range(COLUMNS)) for y in range(ROWS))

    def wait(condition, limit=20.0):
        start = time.perf_counter()
        while time.perf_counter() - start < limit:
            if condition(text()):
                return (time.perf_counter() - start) * 1000
            ready, _, _ = select.select([fd], [], [], 0.002)
            if ready:
                try:
                    stream.feed(os.read(fd, 65536))
                except OSError:
                    break
        raise SystemExit("timed out waiting; screen:\n" + text())

    figures = {}
    started = time.perf_counter()
    wait(lambda t: "partyday" in t)
    figures["first_frame_ms"] = (time.perf_counter() - started) * 1000
    wait(lambda t: "Loading" not in t and "At risk" in t and "Recent meetings" in t)
    figures["home_complete_ms"] = (time.perf_counter() - started) * 1000
    os.write(fd, b"2")
    figures["meetings_list_ms"] = wait(lambda t: "Enter open" in t)
    os.write(fd, b"\r")
    figures["enter_meeting_ms"] = wait(lambda t: "1 Attendance" in t)
    os.write(fd, b"\x1b")
    figures["esc_back_ms"] = wait(lambda t: "1 Attendance" not in t and "Enter open" in t)
    os.write(fd, b"q")
    start = time.perf_counter()
    os.waitpid(pid, 0)
    figures["quit_ms"] = (time.perf_counter() - start) * 1000
    os.close(fd)
    return figures


def main():
    binary, data = sys.argv[1], sys.argv[2]
    rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    runs = [run_once(binary, data) for _ in range(rounds)]
    for key in runs[0]:
        print(f"{key:18} {statistics.median(r[key] for r in runs):8.1f}")


if __name__ == "__main__":
    main()

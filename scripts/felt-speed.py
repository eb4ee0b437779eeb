#!/usr/bin/env python3
"""Times partyday as a user feels it: the real binary in a pseudo-terminal, read by a
terminal emulator (pyte), from a keypress to the screen showing the result.

    scripts/felt-speed.py [--json] [--size COLSxROWS] [--rounds N] [--cold] BINARY DATA_DIR

Prints the median of N runs (default 5) of each figure. partyday-bench --felt runs it
on its own data sets; by hand: partyday-bench --keep DIR, then DIR/decade.

--cold deletes DATA_DIR/.partyday before every run (the index is rebuilt: a first run
after an upgrade or a restore). The meeting edited for the quit figure is toggled
back, so the data set is the same after a run as before it.

--committee: DATA_DIR is a committee's folder (partyday committee init); times its
screen's first and complete frames, Enter on a branch and q back (with --cold: only the
complete frame, the screen's cache of rows deleted before every run).
"""
import argparse, fcntl, json, os, pty, select, shutil, statistics, struct, sys, termios, time
import pyte


class Screen(pyte.Screen):
    """pyte without SU and SD (CSI n S / CSI n T), which ncurses uses to scroll a region
    when a section of the screen grows: scroll as xterm does, inside the margins."""

    def _at_top_margin(self, action, count):
        top = self.margins.top if self.margins else 0
        saved = (self.cursor.x, self.cursor.y)
        self.cursor.y = top
        action(count or 1)
        self.cursor.x, self.cursor.y = saved

    def scroll_up(self, count=1, *args, **kwargs):
        self._at_top_margin(self.delete_lines, count)

    def scroll_down(self, count=1, *args, **kwargs):
        self._at_top_margin(self.insert_lines, count)


class Stream(pyte.ByteStream):
    csi = dict(pyte.ByteStream.csi, S="scroll_up", T="scroll_down")


class Session:
    def __init__(self, binary, data, columns, rows, committee=False):
        self.columns, self.rows = columns, rows
        self.screen = Screen(columns, rows)
        self.stream = Stream(self.screen)
        self.started = time.perf_counter()
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.environ.update({"LANG": "C.UTF-8", "TERM": "xterm-256color", "COLUMNS": str(columns), "LINES": str(rows)})
            os.execv(binary, [binary, "--committee" if committee else "--data-dir", data, "--lang", "en"])
        fcntl.ioctl(self.fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
        self.bytes_read = 0

    def text(self):
        # screen.display trips over cells pyte leaves empty after a wide character.
        return "\n".join("".join(self.screen.buffer[y][x].data for x in range(self.columns)) for y in range(self.rows))

    def line(self, y):
        """A line's text and highlight: a key that only moves the selection changes the latter."""
        row = self.screen.buffer[y]
        return [(row[x].data, row[x].reverse) for x in range(self.columns)]

    def pump(self, timeout):
        """Feeds what the program wrote to the emulator: True when there was something,
        None when the terminal closed."""
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if not ready:
            return False
        # ncurses writes a frame in many small pieces a few microseconds apart: take all
        # that has arrived before looking at the screen (as a terminal draws at its next
        # refresh), or the emulator's look after every piece is what gets timed.
        while ready:
            try:
                chunk = os.read(self.fd, 65536)
            except OSError:
                return None
            if not chunk:
                return None
            self.bytes_read += len(chunk)
            self.stream.feed(chunk)
            ready, _, _ = select.select([self.fd], [], [], 0)
        return True

    def wait(self, condition, limit=60.0, text=True):
        """Milliseconds until condition(screen text) holds; the screen is looked at only
        when the program has written something, so looking costs nothing while waiting."""
        start = time.perf_counter()
        changed = True
        while time.perf_counter() - start < limit:
            if changed and condition(self.text() if text else None):
                return (time.perf_counter() - start) * 1000
            got = self.pump(0.001)
            if got is None:
                break
            changed = got
        os.kill(self.pid, 9)
        os.waitpid(self.pid, 0)
        raise SystemExit("felt-speed: timed out waiting; screen:\n" + self.text())

    def settle(self, quiet=0.08):
        """Reads until the program has written nothing for `quiet` seconds."""
        while True:
            ready, _, _ = select.select([self.fd], [], [], quiet)
            if not ready:
                return
            self.pump(0)

    def press(self, keys, until):
        self.settle()
        os.write(self.fd, keys)
        return self.wait(until)

    def key_changing_screen(self, keys):
        """A key that changes the screen: ms until it changes, bytes written for it. Only
        the lines the emulator marks as written are compared (pyte's `dirty`): comparing
        the whole screen in Python after every read cost more than the program's answer."""
        self.settle()
        before, count = [self.line(y) for y in range(self.rows)], self.bytes_read
        self.screen.dirty.clear()
        os.write(self.fd, keys)
        ms = self.wait(lambda _: any(self.line(y) != before[y] for y in list(self.screen.dirty) if y < self.rows), text=False)
        self.settle(0.05)
        return ms, self.bytes_read - count

    def quit(self, keys=b"q"):
        self.settle()
        start = time.perf_counter()
        os.write(self.fd, keys)
        while True:
            # Keep draining the terminal so the program never blocks writing its last frame.
            self.pump(0.001)
            done, _ = os.waitpid(self.pid, os.WNOHANG)
            if done:
                break
        ms = (time.perf_counter() - start) * 1000
        os.close(self.fd)
        return ms


def run_once(binary, data, columns, rows, cold):
    if cold:
        shutil.rmtree(os.path.join(data, ".partyday"), ignore_errors=True)
    figures = {}
    s = Session(binary, data, columns, rows)
    s.wait(lambda t: "partyday" in t)
    figures["felt_first_frame_ms"] = (time.perf_counter() - s.started) * 1000
    s.wait(lambda t: "Loading" not in t and "At risk" in t and "Recent meetings" in t)
    figures["felt_home_complete_ms"] = (time.perf_counter() - s.started) * 1000
    if cold:
        s.quit()
        return {"cold_index_home_ms": figures["felt_home_complete_ms"]}
    in_list = lambda t: "Enter open" in t and "type: all (t)" in t
    s.press(b"2", in_list)
    figures["felt_key_ms"], figures["felt_key_bytes"] = s.key_changing_screen(b"j")
    figures["felt_open_meeting_ms"] = s.press(b"\r", lambda t: "1 Attendance" in t)
    figures["felt_escape_ms"] = s.press(b"\x1b", lambda t: "1 Attendance" not in t and in_list(t))
    s.press(b"4", lambda t: "Participation" in t and "Loading" not in t)
    figures["felt_filter_ms"], _ = s.key_changing_screen(b"t")
    # One edit, then quit: w marks the first member absent (the cursor moves on), k goes
    # back and p marks them present again (every round sees the same data); each mark is
    # a save. Esc to the list, and q quits.
    s.press(b"2", in_list)
    s.press(b"\r", lambda t: "1 Attendance" in t)
    s.key_changing_screen(b"w")
    s.key_changing_screen(b"k")
    s.key_changing_screen(b"p")
    s.press(b"\x1b", in_list)
    figures["felt_quit_after_edit_ms"] = s.quit()
    return figures


def run_committee_once(binary, folder, columns, rows, cold):
    """The committee screen over its branches: the first frame, the complete one (every
    branch read, the totals below), Enter on the first branch until its home screen is
    complete, and q back to the committee. Cold: without the screen's cache of rows."""
    if cold:
        try:
            os.remove(os.path.join(folder, ".partyday", "screen-rows.plist"))
        except FileNotFoundError:
            pass
    figures = {}
    s = Session(binary, folder, columns, rows, committee=True)
    s.wait(lambda t: "partyday" in t)
    figures["committee_first_frame_ms"] = (time.perf_counter() - s.started) * 1000
    complete = lambda t: "reading the branches" not in t and "branches held their" in t
    s.wait(complete)
    figures["committee_screen_complete_ms"] = (time.perf_counter() - s.started) * 1000
    if cold:
        s.quit()
        return {"committee_screen_cold_ms": figures["committee_screen_complete_ms"]}
    figures["committee_open_branch_ms"] = s.press(b"\r", lambda t: "At risk" in t and "Recent meetings" in t and "READ-ONLY" in t)
    figures["committee_back_ms"] = s.press(b"q", complete)
    s.quit()
    return figures


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("binary")
    parser.add_argument("data")
    parser.add_argument("--size", default="80x24")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--cold", action="store_true")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--committee", action="store_true", help="DATA is a committee's folder: time its screen")
    options = parser.parse_args()
    columns, rows = (int(n) for n in options.size.split("x"))
    if options.committee:
        runs = [run_committee_once(options.binary, options.data, columns, rows, options.cold) for _ in range(options.rounds)]
    else:
        runs = [run_once(options.binary, options.data, columns, rows, options.cold) for _ in range(options.rounds)]
    medians = {key: statistics.median(r[key] for r in runs) for key in runs[0]}
    if options.json:
        print(json.dumps(medians))
    else:
        for key, value in medians.items():
            print(f"{key:26} {value:8.1f}")


if __name__ == "__main__":
    main()

// SwiftPM drops pkg-config's -D flags, and without these the wide-character API
// (get_wch, mvaddwstr, setcchar) and wcwidth stay hidden.
#ifndef PARTYDAY_NCURSES_SHIM_H
#define PARTYDAY_NCURSES_SHIM_H
#define _XOPEN_SOURCE 600
#define _DEFAULT_SOURCE 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <wchar.h>
#include <langinfo.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

// Macros and globals Swift cannot import (or, under strict concurrency, touch).
static const int pd_ok = OK;
static const int pd_err = ERR;
static const int pd_key_code_yes = KEY_CODE_YES;
static inline attr_t pd_a_bold(void) { return A_BOLD; }
static inline attr_t pd_a_reverse(void) { return A_REVERSE; }
static inline attr_t pd_a_underline(void) { return A_UNDERLINE; }
static inline attr_t pd_a_dim(void) { return A_DIM; }
static inline attr_t pd_a_normal(void) { return A_NORMAL; }
static inline attr_t pd_color_pair(short n) { return COLOR_PAIR(n); }
static inline WINDOW *pd_stdscr(void) { return stdscr; }
static inline int pd_lines(void) { return LINES; }
static inline int pd_cols(void) { return COLS; }
static inline void pd_set_escdelay(int ms) { set_escdelay(ms); }

// What terminfo says of TERM, without taking the screen (for `partyday doctor`):
// its colours, -1 when the terminal type is unknown, -2 when terminfo has no colours.
static inline int pd_terminfo_colors(const char *term) {
    int error = 0;
    if (setupterm(term, 2, &error) != OK) return -1;
    int colors = tigetnum("colors");
    del_curterm(cur_term);
    return colors < 0 ? -2 : colors;
}

// The mouse: presses of the first button and the wheel; the terminal reports them only
// where terminfo knows how to ask (xterm and its kin).
static inline void pd_enable_mouse(void) {
    mouseinterval(0);
    mousemask(BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
}
static inline void pd_disable_mouse(void) { mousemask(0, NULL); }
// 1 press, 4 wheel up, 5 wheel down, 0 anything else; x and y filled in.
static inline int pd_read_mouse(int *x, int *y) {
    MEVENT event;
    if (getmouse(&event) != OK) return 0;
    *x = event.x;
    *y = event.y;
    if (event.bstate & BUTTON1_PRESSED) return 1;
    if (event.bstate & BUTTON4_PRESSED) return 4;
#ifdef BUTTON5_PRESSED
    if (event.bstate & BUTTON5_PRESSED) return 5;
#endif
    return 0;
}

// Declared here rather than through term.h, whose macros (lines, columns …) would leak.
extern int setupterm(const char *term, int filedes, int *errret);
extern char *tigetstr(const char *capname);

// 1 when TERM names a terminal that terminfo knows and that can place the cursor;
// 0 for an unset, unknown or "dumb" TERM. Never exits, unlike initscr.
static inline int pd_terminal_usable(void) {
    int error = 0;
    if (setupterm(NULL, 1, &error) != OK) return 0;
    char *cup = tigetstr("cup");
    return cup != NULL && cup != (char *)-1;
}
#endif

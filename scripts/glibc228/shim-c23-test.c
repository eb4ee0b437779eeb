/* Tries each symbol of shim-c23.c, linked as the arm64 release links it (zig cc -target
 * …2.28, here for this machine's architecture). Run by Tests/partydayTests/GlibcShimTests.swift;
 * exits non-zero naming what failed. */
#include <stdio.h>
#include <string.h>

long __isoc23_strtol(const char *, char **, int);
long long __isoc23_strtoll(const char *, char **, int);
unsigned long __isoc23_strtoul(const char *, char **, int);
unsigned long long __isoc23_strtoull(const char *, char **, int);
int __isoc23_sscanf(const char *, const char *, ...);
size_t strlcpy(char *, const char *, size_t);
size_t strlcat(char *, const char *, size_t);

#define CHECK(condition, what) do { if (!(condition)) { fprintf(stderr, "shim-c23-test: %s\n", what); return 1; } } while (0)

int main(void) {
    char *end = NULL;
    CHECK(__isoc23_strtol(" -42x", &end, 10) == -42 && *end == 'x', "__isoc23_strtol");
    CHECK(__isoc23_strtoll("0x7fffffffffff", NULL, 0) == 0x7fffffffffffLL, "__isoc23_strtoll");
    CHECK(__isoc23_strtoul("0755", NULL, 0) == 0755, "__isoc23_strtoul");
    CHECK(__isoc23_strtoull("18446744073709551615", NULL, 10) == 18446744073709551615ULL, "__isoc23_strtoull");
    int year = 0, month = 0;
    CHECK(__isoc23_sscanf("2026-12", "%d-%d", &year, &month) == 2 && year == 2026 && month == 12, "__isoc23_sscanf");

    char small[6];
    CHECK(strlcpy(small, "partyday", sizeof small) == 8 && strcmp(small, "party") == 0, "strlcpy cuts and terminates");
    CHECK(strlcpy(small, "ok", sizeof small) == 2 && strcmp(small, "ok") == 0, "strlcpy copies");
    CHECK(strlcat(small, "day!", sizeof small) == 6 && strcmp(small, "okday") == 0, "strlcat cuts and terminates");
    CHECK(strlcat(small, "x", 3) == 3 + 1, "strlcat into a full buffer says how long it would be");
    puts("shim-c23-test: ok");
    return 0;
}

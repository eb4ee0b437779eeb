/* Symbols of glibc 2.38 that the arm64 toolchain's static libraries expect (Debian's
 * swiftlang and GCC 16 for arm64 are built against glibc 2.43; the x86_64 toolchain's
 * against 2.36, which needs none of these). Linked in by `clang` beside this file when the
 * target is aarch64; see Docs/RELEASE.md. */
/* No _GNU_SOURCE: with it, newer headers would turn strtol below into __isoc23_strtol itself. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* C23's strtol & co. also read "0b101" as binary when the base is 0 or 2; glibc 2.28's do
 * not. Nothing partyday reads passes such text: the older forms answer the same. */
long __isoc23_strtol(const char *text, char **end, int base) { return strtol(text, end, base); }
long long __isoc23_strtoll(const char *text, char **end, int base) { return strtoll(text, end, base); }
unsigned long __isoc23_strtoul(const char *text, char **end, int base) { return strtoul(text, end, base); }
unsigned long long __isoc23_strtoull(const char *text, char **end, int base) { return strtoull(text, end, base); }

/* C23's sscanf: %b reads binary. The runtime's formats have no %b. */
int __isoc23_sscanf(const char *text, const char *format, ...) {
    va_list arguments;
    va_start(arguments, format);
    int read = vsscanf(text, format, arguments);
    va_end(arguments);
    return read;
}

/* glibc 2.38 (from BSD): copy or append within `size` bytes, always terminated; returns the
 * length it tried to make, so a caller can tell the text was cut. */
size_t strlcpy(char *destination, const char *source, size_t size) {
    size_t length = strlen(source);
    if (size > 0) {
        size_t copied = length < size - 1 ? length : size - 1;
        memcpy(destination, source, copied);
        destination[copied] = '\0';
    }
    return length;
}

size_t strlcat(char *destination, const char *source, size_t size) {
    size_t existing = strnlen(destination, size);
    if (existing == size) return size + strlen(source);
    return existing + strlcpy(destination + existing, source, size - existing);
}

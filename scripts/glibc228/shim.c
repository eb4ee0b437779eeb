/* Symbols the Swift runtime, Foundation and GCC's libstdc++ (built against a newer glibc)
 * expect, for a binary linked against glibc 2.28 (see `clang` beside this file and
 * Docs/RELEASE.md). Each does what the newer glibc's does, or says it cannot. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <spawn.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/random.h>

/* glibc 2.32: whether the process has one thread. 0 ("maybe not") makes libstdc++ use
 * atomic reference counts always: correct, a little slower. */
char __libc_single_threaded = 0;

/* glibc 2.36: random numbers from the kernel (getrandom(2), glibc 2.25). */
void arc4random_buf(void *buffer, size_t size) {
    unsigned char *bytes = buffer;
    while (size > 0) {
        ssize_t got = getrandom(bytes, size, 0);
        if (got > 0) { bytes += got; size -= (size_t)got; }
    }
}

uint32_t arc4random(void) {
    uint32_t value;
    arc4random_buf(&value, sizeof value);
    return value;
}

uint32_t arc4random_uniform(uint32_t bound) {
    if (bound < 2) return 0;
    uint32_t floor = -bound % bound; /* values below it would make some results likelier */
    for (;;) {
        uint32_t value = arc4random();
        if (value >= floor) return value % bound;
    }
}

/* The version the real one has; the shim's test names one no glibc has, to try ENOSYS. */
#ifndef SHIM_ADDCHDIR_VERSION
#define SHIM_ADDCHDIR_VERSION "GLIBC_2.29"
#endif

/* glibc 2.29: a spawned process's working directory. The real one where this glibc has
 * it; else ENOSYS, on which Foundation's Process changes directory itself. */
int posix_spawn_file_actions_addchdir_np(posix_spawn_file_actions_t *actions, const char *path) {
    typedef int (*addchdir)(posix_spawn_file_actions_t *, const char *);
    static addchdir real;
    static int looked;
    if (!looked) {
        real = (addchdir)dlvsym(RTLD_NEXT, "posix_spawn_file_actions_addchdir_np", SHIM_ADDCHDIR_VERSION);
        looked = 1;
    }
    return real ? real(actions, path) : ENOSYS;
}

/* glibc 2.35: the loaded object that holds an address, and its exception-handling frame
 * table. GCC 12's unwinder (libgcc_eh.a, linked in) asks it for every frame a C++
 * exception unwinds through; this answers from dl_iterate_phdr (glibc 2.2.4), as the
 * unwinder itself did before. x86_64 and aarch64 layout (no eh_dbase, no eh_count). */
#include <link.h>

/* struct dl_find_object comes from <dlfcn.h> (zig's headers have it). */

struct find_request {
    uintptr_t address;
    struct dl_find_object *result;
    int found;
};

static int find_in_object(struct dl_phdr_info *info, size_t size, void *data) {
    (void)size;
    struct find_request *request = data;
    uintptr_t start = UINTPTR_MAX, end = 0, eh_frame = 0;
    int holds = 0;
    for (int index = 0; index < info->dlpi_phnum; index++) {
        const ElfW(Phdr) *segment = &info->dlpi_phdr[index];
        uintptr_t from = info->dlpi_addr + segment->p_vaddr;
        if (segment->p_type == PT_LOAD) {
            uintptr_t to = from + segment->p_memsz;
            if (from < start) start = from;
            if (to > end) end = to;
            if (request->address >= from && request->address < to) holds = 1;
        } else if (segment->p_type == PT_GNU_EH_FRAME) {
            eh_frame = from;
        }
    }
    if (!holds) return 0;
    request->result->dlfo_flags = 0;
    request->result->dlfo_map_start = (void *)start;
    request->result->dlfo_map_end = (void *)end;
    request->result->dlfo_link_map = NULL;
    request->result->dlfo_eh_frame = (void *)eh_frame;
    request->found = 1;
    return 1;
}

int _dl_find_object(void *address, struct dl_find_object *result) {
    struct find_request request = { (uintptr_t)address, result, 0 };
    dl_iterate_phdr(find_in_object, &request);
    return request.found && result->dlfo_eh_frame != NULL ? 0 : -1;
}

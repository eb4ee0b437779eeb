/* Tries each symbol of shim.c, linked as the release links it (zig cc -target …2.28).
 * Run by Tests/partydayTests/GlibcShimTests.swift; exits non-zero naming what failed.
 * Built with -DEXPECT_ENOSYS (and a version no glibc has) it checks the ENOSYS answer. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <spawn.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

extern char __libc_single_threaded;
uint32_t arc4random(void);
void arc4random_buf(void *, size_t);
uint32_t arc4random_uniform(uint32_t);
int posix_spawn_file_actions_addchdir_np(posix_spawn_file_actions_t *, const char *);

#define CHECK(condition, what) do { if (!(condition)) { fprintf(stderr, "shim-test: %s\n", what); return 1; } } while (0)

int main(void) {
    CHECK(__libc_single_threaded == 0, "__libc_single_threaded is not 0");

    unsigned char bytes[64] = {0};
    arc4random_buf(bytes, sizeof bytes);
    int nonzero = 0;
    for (size_t index = 0; index < sizeof bytes; index++) nonzero += bytes[index] != 0;
    CHECK(nonzero > 40, "arc4random_buf left the buffer (nearly) empty");
    CHECK(arc4random() != arc4random() || arc4random() != arc4random(), "arc4random repeats itself");
    for (int round = 0; round < 1000; round++) CHECK(arc4random_uniform(7) < 7, "arc4random_uniform(7) went out of range");
    CHECK(arc4random_uniform(1) == 0 && arc4random_uniform(0) == 0, "arc4random_uniform of 0 or 1 is not 0");

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    int answer = posix_spawn_file_actions_addchdir_np(&actions, "/tmp");
#ifdef EXPECT_ENOSYS
    CHECK(answer == ENOSYS, "addchdir did not answer ENOSYS where the glibc lacks it");
#else
    CHECK(answer == 0, "addchdir failed where the glibc has it");
    /* The child runs in /tmp: `pwd` says so. */
    int pipe_ends[2];
    CHECK(pipe(pipe_ends) == 0, "pipe");
    posix_spawn_file_actions_adddup2(&actions, pipe_ends[1], 1);
    char *argv[] = {"/bin/sh", "-c", "pwd", NULL};
    pid_t child;
    CHECK(posix_spawn(&child, "/bin/sh", &actions, NULL, argv, NULL) == 0, "posix_spawn");
    close(pipe_ends[1]);
    char out[64] = {0};
    CHECK(read(pipe_ends[0], out, sizeof out - 1) > 0, "read the child's pwd");
    waitpid(child, NULL, 0);
    CHECK(strncmp(out, "/tmp", 4) == 0, "the child did not start in /tmp");
#endif
    posix_spawn_file_actions_destroy(&actions);

    struct dl_find_object found;
    CHECK(_dl_find_object((void *)&main, &found) == 0, "_dl_find_object did not find main");
    CHECK(found.dlfo_eh_frame != NULL, "_dl_find_object found no eh_frame for main");
    CHECK((uintptr_t)found.dlfo_map_start <= (uintptr_t)&main && (uintptr_t)&main < (uintptr_t)found.dlfo_map_end,
          "_dl_find_object's map does not hold main");
    CHECK(_dl_find_object((void *)16, &found) == -1, "_dl_find_object found an object at address 16");
    puts("shim-test: ok");
    return 0;
}

#!/usr/bin/env bash
# Runs partyday's libFuzzer targets (Fuzz/): each reader of untrusted bytes gets SECONDS
# of generated input (default 60), built with -sanitize=fuzzer,address.
#   scripts/fuzz.sh [SECONDS] [TARGET...]      e.g. scripts/fuzz.sh 600 fuzz-records
# Seeds come from Fuzz/TARGET/corpus (kept in the repository); what the fuzzer learns goes
# to .build/fuzz/corpus/TARGET. A crash, a hang (over 10 s) or a runaway allocation stops
# that target, leaves the input in .build/fuzz/crashes/, and makes the script exit 1 —
# make that input a regression test.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(fuzz-records fuzz-index fuzz-roster fuzz-escape fuzz-dates fuzz-update fuzz-dues fuzz-sync-names)
fi
build=.build/fuzz
mkdir -p "$build/crashes"
# All targets are built first (one after another: they share the build folder), then
# fuzzed side by side, one per core (FUZZ_JOBS, default the number of cores, at most 4):
# each libFuzzer run uses one core, so on CI's two cores the fuzzing takes half the time.
for target in "${targets[@]}"; do
    echo "== $target: building"
    # The fuzz targets exist only with PARTYDAY_FUZZ set (see Package.swift); the toolset
    # adds the sanitizers and links with lld (gold fails on libFuzzer's objects).
    if ! PARTYDAY_FUZZ=1 swift build -c release --build-path "$build" --product "$target" --toolset Fuzz/toolset.json >"$build/$target.build.log" 2>&1; then
        grep -E "error" "$build/$target.build.log" | head -5
        echo "$target: build failed (see $build/$target.build.log)"
        exit 1
    fi
done

# Fuzzes one target; its verdict goes to $build/TARGET.verdict, read after all have run.
fuzz_one() {
    local target="$1"
    local binary="$build/release/$target"
    local work="$build/corpus/$target"
    local log="$build/$target.log"
    mkdir -p "$work"
    if SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0 "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix="$build/crashes/$target-" -print_final_stats=1 "$work" "Fuzz/$target/corpus" >"$log" 2>&1; then
        local runs
        runs=$(grep -Eo 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -Eo '[0-9]+$' || echo "?")
        echo "$target: clean, $runs executions in ${seconds} s" >"$build/$target.verdict"
    else
        { echo "$target: FAILED — see $log; the input is in $build/crashes/"
          grep -E "ERROR|Fatal|SUMMARY|crash-|timeout-|oom-" "$log" | head -10 || true; } >"$build/$target.verdict"
        return 1
    fi
}

jobs="${FUZZ_JOBS:-$(nproc 2>/dev/null || echo 1)}"
[ "$jobs" -gt 4 ] && jobs=4
[ "$jobs" -lt 1 ] && jobs=1
echo "== fuzzing ${#targets[@]} targets for ${seconds} s each, $jobs at a time"
running=0
for target in "${targets[@]}"; do
    rm -f "$build/$target.verdict"
    fuzz_one "$target" &
    running=$((running + 1))
    if [ "$running" -ge "$jobs" ]; then
        wait -n || true
        running=$((running - 1))
    fi
done
wait || true

failed=0
for target in "${targets[@]}"; do
    if [ -f "$build/$target.verdict" ]; then
        cat "$build/$target.verdict"
        grep -q ": clean," "$build/$target.verdict" || failed=1
    else
        echo "$target: FAILED — no verdict (see $build/$target.log)"
        failed=1
    fi
done
exit $failed

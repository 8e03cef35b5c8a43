#!/usr/bin/env bash
# The sanitizer stage of npm test: builds the core, CLI, tests and fuzz
# targets with clang, AddressSanitizer (with leak detection) and
# UndefinedBehaviorSanitizer into build/asan, then
#   1. runs the whole test suite (GoogleTest + CLI tests) once, each
#      tests/core/regress_* test in a process of its own;
#   2. replays every saved finding in fuzz/regressions/<target>/;
#   3. runs each fuzz target for a short bounded time (NEWSANN_FUZZ_SECONDS,
#      default 20) on seeds derived from ../shared/eval, and fails on any
#      crash, leak, undefined behaviour, broken invariant or hang
#      (-entropic=0: see scripts/fuzz-campaign.sh);
#   4. runs slow_inputs (long structured inputs; fails on super-linear time).
# Long campaigns: scripts/fuzz-campaign.sh. System libraries (RE2) are not
# instrumented.
#
# Usage: scripts/sanitize.sh [--no-fuzz]
set -euo pipefail
cd "$(dirname "$0")/.."

build=build/asan
seconds=${NEWSANN_FUZZ_SECONDS:-20}
targets=(annotate blocks batch utf text)
fuzz=1
[ "${1:-}" = "--no-fuzz" ] && fuzz=0

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1}
# halt_on_error: the fuzz build makes UBSan checks recoverable (fuzz/CMakeLists.txt);
# here every one of them must stop the run.
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"

t0=$(date +%s)
echo "== sanitizers: build ($build, clang, ASan + UBSan + libFuzzer)"
CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DNEWSANN_SANITIZE=ON -DNEWSANN_FUZZ=ON > /dev/null
cmake --build "$build" -j "$(nproc)" --target core_tests annotate slow_inputs \
  $(printf 'fuzz_%s ' "${targets[@]}")

failed=()
echo "== sanitizers: test suite under ASan + UBSan"
# A sanitizer error ends the process: the regression tests (one finding
# each) run one per process, so that one open bug does not hide the others
# or the rest of the suite. The quality gate (scores) runs in the native
# stage; here only correctness.
if ! "$build/tests/core_tests" --gtest_filter='-Regress*' > "$build/core_tests.log" 2>&1; then
  grep -E '^\[  FAILED|ERROR: (Address|Leak)Sanitizer|runtime error|Failure' "$build/core_tests.log" | head -n 30
  echo "  core_tests: FAILED (log: $build/core_tests.log)"
  failed+=(core_tests)
else
  echo "  core_tests: $(grep -oE '[0-9]+ tests? from [0-9]+ test suites? ran' "$build/core_tests.log"), all passed"
fi
for t in $("$build/tests/core_tests" --gtest_list_tests --gtest_filter='Regress*' |
           awk '/^[^ ]/ {suite=$1} /^  / {print suite $1}'); do
  if "$build/tests/core_tests" --gtest_filter="$t" > "$build/regress.log" 2>&1; then
    echo "  $t: ok"
  else
    echo "  $t: FAILED: $(grep -m1 -oE 'ERROR: AddressSanitizer: [a-z-]+|runtime error: .{0,80}|what\(\): .{0,60}|Failure' "$build/regress.log")"
    failed+=("$t")
  fi
done
ctest --test-dir "$build" --output-on-failure -R '^cli$' > "$build/ctest-cli.log" 2>&1 ||
  { cat "$build/ctest-cli.log"; failed+=(cli); }
echo "  cli: $(grep -oE '[0-9]+% tests passed' "$build/ctest-cli.log")"
echo "== sanitizers: replaying fuzz/regressions (one process per input)"
for t in "${targets[@]}"; do
  for f in fuzz/regressions/$t/*; do
    [ -f "$f" ] || continue
    if "$build/fuzz/fuzz_$t" "$f" > "$build/regression.log" 2>&1; then
      echo "  $t/$(basename "$f"): ok"
    else
      echo "  $t/$(basename "$f"): FAILED: $(grep -m1 -oE 'invariant broken: .{0,80}|ERROR: AddressSanitizer: [a-z-]+|runtime error: .{0,80}|what\(\): .{0,60}|ERROR: libFuzzer: [a-z-]+' "$build/regression.log")"
      failed+=("regressions/$t/$(basename "$f")")
    fi
  done
done

if [ "$fuzz" = 1 ]; then
  echo "== sanitizers: fuzzing each target for ${seconds}s"
  if [ -d ../shared/eval ]; then
    # A small seed set: a short run must get past loading it (campaigns use all).
    rm -rf "$build/fuzz-seeds"
    python3 fuzz/make_seeds.py --eval ../shared/eval --out "$build/fuzz-seeds" --per-folder 4 \
      --paragraphs 6 --phrases 15 --variants 10 --max-bytes 4096 > /dev/null
  else
    echo "  (no ../shared/eval: fuzzing from an empty corpus)"
  fi
  # One fuzzer per core at a time: each runs single-threaded for the same
  # time as before, the stage takes ceil(targets / cores) slots instead of
  # one per target (2 cores: 60 s, not 100 s).
  fuzz_one() {
    local t=$1 dict=fuzz/text.dict status=ok
    [ "$t" = batch ] && dict=fuzz/jsonl.dict
    mkdir -p "$build/fuzz-corpus/$t" "$build/fuzz-seeds/$t" "$build/fuzz-artifacts/$t"
    "$build/fuzz/fuzz_$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=4096 -entropic=0 \
      -dict="$dict" -print_final_stats=1 -artifact_prefix="$build/fuzz-artifacts/$t/" \
      "$build/fuzz-corpus/$t" "$build/fuzz-seeds/$t" > "$build/fuzz-$t.log" 2>&1 || status=FAILED
    echo "$status" > "$build/fuzz-$t.status"
  }
  for t in "${targets[@]}"; do
    rm -f "$build/fuzz-$t.status"
    while [ "$(jobs -rp | wc -l)" -ge "$(nproc)" ]; do wait -n || true; done
    fuzz_one "$t" &
  done
  wait
  printf '  %-9s %10s %8s %6s %7s  %s\n' target execs exec/s cov ft result
  for t in "${targets[@]}"; do
    log=$build/fuzz-$t.log
    status=$(cat "$build/fuzz-$t.status" 2>/dev/null || echo FAILED)
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2 || true)
    ft=$(grep -o 'ft: [0-9]*' "$log" | tail -1 | cut -d' ' -f2 || true)
    printf '  %-9s %10s %8s %6s %7s  %s\n' "$t" "${execs:--}" "${rate:--}" "${cov:--}" "${ft:--}" "$status"
    if [ "$status" != ok ]; then
      grep -E "invariant broken|ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error|what\(\)|SUMMARY|Test unit written" "$log" | head -n 20 || true
      echo "  (full log: $log; add the input to fuzz/regressions/$t/ once fixed)"
      failed+=("fuzz_$t")
    fi
  done

  echo "== sanitizers: slow_inputs (super-linear time on long structured inputs)"
  if ! "$build/fuzz/slow_inputs" --max-bytes 65536 > "$build/slow_inputs.log" 2>&1; then
    grep -v ' ok$' "$build/slow_inputs.log"
    failed+=(slow_inputs)
  else
    tail -n 1 "$build/slow_inputs.log"
  fi
fi

echo "== sanitizers: $(( $(date +%s) - t0 ))s"
if [ ${#failed[@]} -gt 0 ]; then
  echo "sanitize.sh: FAILED: ${failed[*]}" >&2
  exit 1
fi

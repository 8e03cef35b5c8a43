#!/usr/bin/env bash
# The sanitizer stage of npm test: builds the core, CLI, tests and fuzz
# targets with clang, AddressSanitizer (with leak detection) and
# UndefinedBehaviorSanitizer into build/asan, then
#   1. runs the whole test suite (GoogleTest + CLI tests) once;
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

echo "== sanitizers: test suite under ASan + UBSan"
# The quality gate (scores) runs in the native stage; here only correctness.
ctest --test-dir "$build" --output-on-failure -E quality_gate

failed=()
echo "== sanitizers: replaying fuzz/regressions"
for t in "${targets[@]}"; do
  dir=fuzz/regressions/$t
  [ -d "$dir" ] && [ -n "$(ls -A "$dir")" ] || continue
  n=$(ls "$dir" | wc -l)
  if "$build/fuzz/fuzz_$t" -runs=1 "$dir"/* > "$build/regressions-$t.log" 2>&1; then
    echo "  $t: $n inputs ok"
  else
    echo "  $t: FAILED (log: $build/regressions-$t.log)"
    tail -n 40 "$build/regressions-$t.log"
    failed+=("regressions/$t")
  fi
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
  printf '  %-9s %10s %8s %6s %7s  %s\n' target execs exec/s cov ft result
  for t in "${targets[@]}"; do
    dict=fuzz/text.dict
    [ "$t" = batch ] && dict=fuzz/jsonl.dict
    mkdir -p "$build/fuzz-corpus/$t" "$build/fuzz-seeds/$t" "$build/fuzz-artifacts/$t"
    log=$build/fuzz-$t.log
    status=ok
    "$build/fuzz/fuzz_$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=4096 -entropic=0 \
      -dict="$dict" -print_final_stats=1 -artifact_prefix="$build/fuzz-artifacts/$t/" \
      "$build/fuzz-corpus/$t" "$build/fuzz-seeds/$t" > "$log" 2>&1 || status=FAILED
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
    ft=$(grep -o 'ft: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
    printf '  %-9s %10s %8s %6s %7s  %s\n' "$t" "${execs:--}" "${rate:--}" "${cov:--}" "${ft:--}" "$status"
    if [ "$status" != ok ]; then
      grep -E 'invariant broken|ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error|SUMMARY|Test unit written' "$log" | head -n 20
      echo "  (full log: $log; add the input to fuzz/regressions/$t/ once fixed)"
      failed+=("fuzz_$t")
    fi
  done

  echo "== sanitizers: slow_inputs (super-linear time on long structured inputs)"
  if ! "$build/fuzz/slow_inputs" --max-bytes 131072 > "$build/slow_inputs.log" 2>&1; then
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

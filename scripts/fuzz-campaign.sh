#!/usr/bin/env bash
# Long fuzzing campaigns, one target at a time (the machine is shared), with
# ASan + UBSan + leak detection, in build/fuzz. Prints, per target, the
# executions, exec/s, coverage (cov = edges, ft = features), corpus size and
# findings; a summary is also written to build/fuzz/campaigns/<time>/summary.txt.
#
#   scripts/fuzz-campaign.sh [-m MINUTES] [-t "annotate blocks batch utf text"]
#                            [-s SLOW_MINUTES] [-k] [--no-build]
#
#   -m  minutes per target (default 10)
#   -t  targets to run (default: all five)
#   -s  minutes of the long-input search: fuzz_annotate with inputs up to
#       256 KB grown from the slow_inputs shapes, plus slow_inputs at 512 KB
#       (default 10; 0 skips it)
#   -k  look past known open bugs (fuzz/known_bugs.h, fuzz/known_ub.supp),
#       which are reported with reproducers already, to find new ones; the
#       summary says so
#
# A target that crashes is restarted for the rest of its time, so one bug
# does not end the campaign; each distinct finding (by its first line of
# diagnosis) is counted once and its input kept under the campaign folder.
# The corpus in build/fuzz/corpus/<target> grows from campaign to campaign.
# -entropic=0: libFuzzer's entropic schedule spent 70% of the time in its
# feature-frequency bookkeeping on these targets (tens of thousands of
# features per input); without it they run about 5x faster.
# Exit status: 0 no findings, 1 findings, 2 usage or build error.
set -uo pipefail
cd "$(dirname "$0")/.."

minutes=10
slow_minutes=10
targets="annotate blocks batch utf text"
build_it=1
skip_known=0
while [ $# -gt 0 ]; do
  case "$1" in
    -m) minutes=$2; shift 2 ;;
    -t) targets=$2; shift 2 ;;
    -s) slow_minutes=$2; shift 2 ;;
    -k) skip_known=1; shift ;;
    --no-build) build_it=0; shift ;;
    *) sed -n '2,20p' "$0"; exit 2 ;;
  esac
done

build=build/fuzz
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1}
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
if [ "$skip_known" = 1 ]; then
  export NEWSANN_FUZZ_SKIP_KNOWN=1
  export UBSAN_OPTIONS="$UBSAN_OPTIONS:suppressions=$PWD/fuzz/known_ub.supp"
fi

if [ "$build_it" = 1 ]; then
  echo "== campaign: build ($build)"
  CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DNEWSANN_SANITIZE=ON -DNEWSANN_FUZZ=ON -DNEWSANN_TESTS=OFF > /dev/null || exit 2
  cmake --build "$build" -j "$(nproc)" --target slow_inputs fuzz_annotate $(printf 'fuzz_%s ' $targets) \
    > /dev/null || exit 2
fi
if [ -d ../shared/eval ]; then
  python3 fuzz/make_seeds.py --eval ../shared/eval --out "$build/seeds" > /dev/null || exit 2
fi

run_dir=$build/campaigns/$(date +%Y%m%d-%H%M%S)
mkdir -p "$run_dir"
summary=$run_dir/summary.txt
echo "commit $(git rev-parse --short HEAD) ($(git log -1 --format=%s | cut -c1-60))" > "$summary"
echo "merged main at $(git merge-base HEAD main 2>/dev/null | cut -c1-7)" >> "$summary"
if [ "$skip_known" = 1 ]; then
  echo "known open bugs skipped (-k): $(grep -cE '^[a-z-]+:' fuzz/known_ub.supp) UBSan suppressions, input filters in fuzz/known_bugs.cc" >> "$summary"
fi
printf '%-10s %6s %12s %8s %6s %7s %7s %9s  %s\n' target min execs exec/s cov ft corpus findings status \
  | tee -a "$summary"

# The signature of a finding: the first line that says what went wrong.
signature() {
  grep -m1 -oE 'invariant broken: .{0,100}|runtime error: .{0,100}|what\(\): .{0,80}|ERROR: (AddressSanitizer|LeakSanitizer): [a-z-]+.{0,60}|ERROR: libFuzzer: [a-z-]+' "$1" \
    | sed 's/0x[0-9a-f]*/0x../g'
}

total_findings=0

# fuzz_one NAME BINARY SECONDS DICT CORPUS SEEDS EXTRA_FLAGS...
fuzz_one() {
  local name=$1 bin=$2 seconds=$3 dict=$4 corpus=$5 seeds=$6
  shift 6
  local out=$run_dir/$name
  mkdir -p "$out/artifacts" "$corpus" "$seeds"
  local start end left execs=0 cov=- ft=- findings=0 runs=0 status=ok
  local sigs=$out/signatures.txt
  : > "$sigs"
  start=$(date +%s)
  end=$((start + seconds))
  while left=$((end - $(date +%s))); [ "$left" -gt 5 ]; do
    runs=$((runs + 1))
    local log=$out/run-$runs.log
    # The seeds only for a new corpus: afterwards the corpus holds what of
    # them added coverage, and a restart need not run them all again.
    local dirs=("$corpus")
    [ -z "$(ls -A "$corpus")" ] && dirs+=("$seeds")
    # libFuzzer's time limit does not count loading the corpus: the wall
    # clock one is timeout's (SIGINT: libFuzzer stops and reports).
    timeout --signal=INT --kill-after=60 "$((left + 10))" \
      "$bin" -max_total_time="$left" -timeout=30 -rss_limit_mb=2048 -entropic=0 -dict="$dict" \
      -print_final_stats=1 -artifact_prefix="$out/artifacts/" "$@" "${dirs[@]}" > "$log" 2>&1
    local rc=$?
    [ "$rc" = 124 ] && rc=0  # stopped by the wall clock
    local n
    n=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    [ -z "$n" ] && n=$(grep -oE '^#[0-9]+' "$log" | tail -1 | tr -d '#')
    execs=$((execs + ${n:-0}))
    local c f
    c=$(grep -oE 'cov: [0-9]+' "$log" | tail -1 | cut -d' ' -f2)
    f=$(grep -oE 'ft: [0-9]+' "$log" | tail -1 | cut -d' ' -f2)
    [ -n "$c" ] && cov=$c
    [ -n "$f" ] && ft=$f
    [ "$rc" = 0 ] && break
    local sig
    sig=$(signature "$log")
    [ -z "$sig" ] && sig="exit status $rc"
    if ! grep -qxF "$sig" "$sigs"; then
      echo "$sig" >> "$sigs"
      findings=$((findings + 1))
      echo "  finding in $name: $sig"
      grep -m1 'Test unit written to' "$log" | sed 's/^/    /'
    elif [ "$(grep -c 'Test unit written to' "$out"/run-*.log | awk -F: '{s+=$2} END {print s}')" -ge 5 ]; then
      status="stopped (same findings again)"
      break
    fi
  done
  local secs=$(($(date +%s) - start))
  local rate=$((execs / (secs > 0 ? secs : 1)))
  local size
  size=$(ls "$corpus" | wc -l)
  [ "$findings" -gt 0 ] && status="FINDINGS (see $out)"
  total_findings=$((total_findings + findings))
  printf '%-10s %6s %12s %8s %6s %7s %7s %9s  %s\n' "$name" "$((secs / 60))" "$execs" "$rate" "$cov" "$ft" \
    "$size" "$findings" "$status" | tee -a "$summary"
  if [ "$findings" -gt 0 ]; then sed 's/^/             /' "$sigs" | tee -a "$summary"; fi
}

for t in $targets; do
  dict=fuzz/text.dict
  [ "$t" = batch ] && dict=fuzz/jsonl.dict
  fuzz_one "$t" "$build/fuzz/fuzz_$t" $((minutes * 60)) "$dict" "$build/corpus/$t" "$build/seeds/$t" -max_len=8192
done

if [ "$slow_minutes" -gt 0 ]; then
  mkdir -p "$build/seeds/slow"
  "$build/fuzz/slow_inputs" --write-seeds "$build/seeds/slow" --seed-bytes 65536
  fuzz_one slow "$build/fuzz/fuzz_annotate" $((slow_minutes * 60)) fuzz/text.dict "$build/corpus/slow" \
    "$build/seeds/slow" -max_len=262144 -len_control=0
  echo "== slow_inputs at 512 KB" | tee -a "$summary"
  if ! "$build/fuzz/slow_inputs" --max-bytes 524288 | tee -a "$summary"; then
    total_findings=$((total_findings + 1))
  fi
fi

echo "campaign: $total_findings findings; logs, inputs and summary in $run_dir"
[ "$total_findings" = 0 ]

#!/bin/bash
# Runs one fuzz target of Fuzz/ (built by `make fuzz-build`) for FUZZ_SECONDS and prints one summary
# line: seconds, executions, executions per second, coverage, and the findings if there are any.
#   scripts/fuzz.sh FuzzListing
# libFuzzer stops at a finding; the run then goes on from the grown corpus until the time is up, so
# that one finding does not hide the next (at most 20 findings per run; it stops when an input of the
# seeds or the corpus itself fails, which `rm` or a fix ends).
# New inputs go to Fuzz/.corpus/<target> (kept between runs), seeds are read from Fuzz/.seeds/<target>,
# crashes, timeouts and out-of-memory inputs are written to Fuzz/.findings/<target>/, libFuzzer's logs
# to Fuzz/.logs/<target>.<n>.log; Fuzz/.seeds/<target>.dict, when there, is a dictionary.
# All of these folders are git-ignored.
set -u
target=$1
seconds=${FUZZ_SECONDS:-600}
root=$(cd "$(dirname "$0")/.." && pwd)
bin=$root/Fuzz/.build/release/$target
[ -x "$bin" ] || { echo "$target: not built (make fuzz-build)"; exit 1; }
# The longest input libFuzzer makes: room for a few records (or a CMIF file of several letters), and
# for titles and summaries past the extraction limits (2,000 and 16,000 bytes).
case $target in
  FuzzCMIF) max_len=65536 ;;
  FuzzExtract) max_len=20000 ;;
  FuzzDOT) max_len=8192 ;;
  *) max_len=32768 ;;
esac
mkdir -p "$root/Fuzz/.corpus/$target" "$root/Fuzz/.findings/$target" "$root/Fuzz/.logs"
rm -f "$root/Fuzz/.logs/$target".*.log
dict=$root/Fuzz/.seeds/$target.dict
dict_flag=()
[ -f "$dict" ] && dict_flag=(-dict="$dict")
start=$(date +%s)
runs=0 findings=() status=0 n=0
while :; do
  left=$(( seconds - ($(date +%s) - start) ))
  (( left > 0 && n < 20 )) || break
  n=$((n + 1))
  log=$root/Fuzz/.logs/$target.$n.log
  # -timeout: an input taking 10 s is a hang; -rss_limit_mb: 2 GB is out of memory; an input taking
  # 2 s is kept as slow-unit-… (at the lengths fuzzed, linear code takes well under a second).
  "$bin" -max_total_time="$left" -timeout=10 -rss_limit_mb=2048 -max_len=$max_len -print_final_stats=1 -report_slow_units=2 \
    "${dict_flag[@]}" -artifact_prefix="$root/Fuzz/.findings/$target/" ${FUZZ_FLAGS:-} \
    "$root/Fuzz/.corpus/$target" "$root/Fuzz/.seeds/$target" >"$log" 2>&1
  code=$?
  # Executions: the final stats, or (after a crash, which prints none) the last status line.
  done_runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  [ -n "$done_runs" ] || done_runs=$(grep -o '^#[0-9]*' "$log" | tail -1 | tr -d '#')
  runs=$(( runs + ${done_runs:-0} ))
  cov=$(grep -o 'cov: [0-9]* ft: [0-9]*' "$log" | tail -1)
  rss=$(sed -n 's/^stat::peak_rss_mb: *//p' "$log" | tail -1)
  if (( code != 0 )); then
    status=$code
    what=$(grep -m1 -o 'ERROR: libFuzzer: [a-z-]*\|ERROR: AddressSanitizer: [a-z-]*\|ERROR: LeakSanitizer: [a-z-]*\|Fatal error: .*' "$log")
    artifact=$(grep -o "Test unit written to .*" "$log" | tail -1 | sed 's/Test unit written to //')
    finding="${what:-exit $code}${artifact:+ -> ${artifact#$root/}}"
    # The same input again: it is in the seeds or the corpus, and every restart would stop on it.
    [ "${#findings[@]}" -gt 0 ] && [ "${findings[-1]}" = "$finding" ] && break
    findings+=("$finding")
  fi
done
elapsed=$(( $(date +%s) - start ))
rate=$(( elapsed > 0 ? runs / elapsed : 0 ))
printf '%-14s %5ss %10s runs %7s exec/s  %-20s peak %5s MB  %s\n' "$target" "$elapsed" "$runs" "$rate" \
  "${cov:-cov: ?}" "${rss:-?}" "${#findings[@]} findings"
for f in "${findings[@]}"; do echo "  $target: $f"; done
slow=$(find "$root/Fuzz/.findings/$target" -name 'slow-unit-*' -newer "$root/Fuzz/.logs/$target.1.log" 2>/dev/null | wc -l)
(( slow == 0 )) || echo "  $target: $slow inputs took over 2 s: Fuzz/.findings/$target/slow-unit-*"
exit $status

#!/bin/sh
# Runs one fuzz target of Fuzz/ (built by `make fuzz-build`) for FUZZ_SECONDS and prints one summary
# line: seconds, executions, executions per second, coverage, and the finding if there is one.
#   scripts/fuzz.sh FuzzListing
# New inputs go to Fuzz/.corpus/<target> (kept between runs), seeds are read from Fuzz/.seeds/<target>,
# crashes, timeouts and out-of-memory inputs are written to Fuzz/.findings/<target>/, the whole
# libFuzzer log to Fuzz/.logs/<target>.log; Fuzz/.seeds/<target>.dict, when there, is a dictionary.
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
log=$root/Fuzz/.logs/$target.log
dict=$root/Fuzz/.seeds/$target.dict
[ -f "$dict" ] && dict_flag=-dict=$dict || dict_flag=
# -timeout: an input taking 10 s is a hang; -rss_limit_mb: 2 GB is out of memory.
"$bin" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=$max_len -print_final_stats=1 $dict_flag \
  -artifact_prefix="$root/Fuzz/.findings/$target/" ${FUZZ_FLAGS:-} \
  "$root/Fuzz/.corpus/$target" "$root/Fuzz/.seeds/$target" >"$log" 2>&1
status=$?
runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
rss=$(sed -n 's/^stat::peak_rss_mb: *//p' "$log" | tail -1)
cov=$(grep -o 'cov: [0-9]* ft: [0-9]*' "$log" | tail -1)
finding=$(grep -m1 -o 'ERROR: libFuzzer: [a-z-]*\|ERROR: AddressSanitizer: [a-z-]*\|Fatal error: .*\|SUMMARY: .*' "$log")
artifact=$(grep -o "Test unit written to .*" "$log" | tail -1 | sed 's/Test unit written to //')
printf '%-14s %5ss %10s runs %7s exec/s  %-20s peak %5s MB  %s\n' "$target" "$seconds" "${runs:-?}" "${rate:-?}" \
  "${cov:-cov: ?}" "${rss:-?}" "${finding:-no finding}${artifact:+ -> $artifact}"
exit $status

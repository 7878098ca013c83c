#!/usr/bin/env bash
# Throughput benchmark: MB/s of claimgraph in records mode and graph mode with 1 and 2 threads, the input/output
# path alone, peak RSS, and the ratio to `wc -w` on the same bytes, measured in the same run.
#
#   bench/throughput/run.sh [path/to/claimgraph]          (default: build/claimgraph)
#
# Environment: CORPUS (JSON Lines, default ../shared/corpora/reuters21578/reuters21578.jsonl with newid/body),
# REPEAT (runs per figure, best wall time kept; default 3), COPIES (times the corpus is repeated for the large
# input; default 8, ~168 MB), PROFILE=1 (also `perf record` records mode on one thread and print the top symbols).
# Prints a table; nothing here is a pass/fail test (the targets are checked by eye against issue 6).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
bin="${1:-$root/build/claimgraph}"
corpus="${CORPUS:-$root/../shared/corpora/reuters21578/reuters21578.jsonl}"
fields=(--id-field newid --text-field body)
[ -n "${CORPUS:-}" ] && fields=(${FIELDS:-})
repeat="${REPEAT:-3}"
copies="${COPIES:-8}"

[ -x "$bin" ] || { echo "no claimgraph binary at $bin (build it first)" >&2; exit 1; }
[ -f "$corpus" ] || { echo "no corpus at $corpus" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (Debian package 'time')" >&2; exit 1; }

work="$(mktemp -d "${TMPDIR:-/tmp}/claimgraph-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT

big="$work/corpus-x$copies.jsonl"
for _ in $(seq "$copies"); do cat "$corpus"; done > "$big"

# measure NAME FILE CMD...: runs CMD $repeat times; prints wall s, cpu s (user+sys), peak RSS MB and MB/s.
measure() {
    local name="$1" file="$2"
    shift 2
    local best_wall="" best_cpu="" peak=0
    for _ in $(seq "$repeat"); do
        /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" >/dev/null 2>"$work/err" || {
            echo "$name failed:" >&2; cat "$work/err" >&2; exit 1; }
        read -r wall user sys rss < "$work/time"
        cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN{printf "%.2f", u+s}')
        if [ -z "$best_wall" ] || awk -v a="$wall" -v b="$best_wall" 'BEGIN{exit !(a<b)}'; then best_wall="$wall"; fi
        if [ -z "$best_cpu" ] || awk -v a="$cpu" -v b="$best_cpu" 'BEGIN{exit !(a<b)}'; then best_cpu="$cpu"; fi
        [ "$rss" -gt "$peak" ] && peak="$rss"
    done
    local bytes
    bytes=$(stat -c %s "$file")
    awk -v n="$name" -v b="$bytes" -v w="$best_wall" -v c="$best_cpu" -v r="$peak" 'BEGIN{
        mb=b/1e6; ws=(w>0?mb/w:0); cs=(c>0?mb/c:0);
        printf "%-34s %8.1f MB %8.2f s %8.2f s %9.1f %9.1f %8.1f\n", n, mb, w, c, ws, cs, r/1024 }'
    printf '%s\t%s\t%s\n' "$name" "$best_wall" "$best_cpu" >> "$work/results"
}

ratio() {  # ratio A B: wall time of A over wall time of B
    awk -F'\t' -v a="$1" -v b="$2" '{ t[$1]=$2 } END { if (t[b] > 0) printf "%.2f", t[a]/t[b]; else print "n/a" }' \
        "$work/results"
}

echo "claimgraph throughput — $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg) (figures are best of $repeat runs)"
echo "binary: $bin"
printf "%-34s %11s %10s %10s %9s %9s %8s\n" "run" "input" "wall" "cpu" "MB/s" "MB/cpu-s" "RSS MB"
for f in "$corpus" "$big"; do
    tag=$(basename "$f" .jsonl)
    measure "wc -w [$tag]" "$f" wc -w "$f"
    measure "io only -j1 [$tag]" "$f" "$bin" "$f" "${fields[@]}" --no-extract --document-records -q -j 1 -o "$work/io.jsonl"
    measure "records -j1 [$tag]" "$f" "$bin" "$f" "${fields[@]}" -q -j 1 -o "$work/r1.jsonl"
    measure "records -j2 [$tag]" "$f" "$bin" "$f" "${fields[@]}" -q -j 2 -o "$work/r2.jsonl"
    cmp -s "$work/r1.jsonl" "$work/r2.jsonl" || echo "WARNING: -j1 and -j2 records differ" >&2
    measure "graph -j1 [$tag]" "$f" "$bin" "$f" "${fields[@]}" -q -j 1 -f graphml -o "$work/g1.graphml"
    measure "graph -j2 [$tag]" "$f" "$bin" "$f" "${fields[@]}" -q -j 2 -f graphml -o "$work/g2.graphml"
    cmp -s "$work/g1.graphml" "$work/g2.graphml" || echo "WARNING: -j1 and -j2 graphs differ" >&2
    echo "  [$tag] records -j1 / wc -w: $(ratio "records -j1 [$tag]" "wc -w [$tag]")x the time;" \
         "speed-up -j2 over -j1: $(ratio "records -j1 [$tag]" "records -j2 [$tag]")x (records)," \
         "$(ratio "graph -j1 [$tag]" "graph -j2 [$tag]")x (graph)"
done
echo "attributions found in [$(basename "$big" .jsonl)]: $(wc -l < "$work/r1.jsonl")"

if [ "${PROFILE:-0}" = "1" ]; then
    if command -v perf >/dev/null; then
        perf record -q -g -o "$work/perf.data" "$bin" "$corpus" "${fields[@]}" -q -j 1 -o "$work/p.jsonl" 2>/dev/null
        perf report -i "$work/perf.data" --no-children --percent-limit 1.5 --stdio 2>/dev/null |
            grep -E '^ +[0-9.]+%' | head -30
    else
        echo "PROFILE=1: perf not found" >&2
    fi
fi

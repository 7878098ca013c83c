#!/usr/bin/env bash
# Accuracy regression guard: runs claimgraph-eval on PolNeAR dev (raw text and its normalized twin) and fails
# when an end-to-end F1 falls more than the tolerance (default 0.02) below the figure committed in
# bench/eval/baseline.txt. Skips (exit 0, with a message) when the team corpora in ../shared are absent.
#
#   scripts/eval-guard.sh [BUILD_DIR]      (default: build; the harness is built there if missing)
#   CLAIMGRAPH_EVAL_TOLERANCE=0.02  CLAIMGRAPH_EVAL_GOLD=/path/to/polnear.jsonl
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-${CLAIMGRAPH_BUILD_DIR:-build}}
gold=${CLAIMGRAPH_EVAL_GOLD:-../shared/corpora/polnear/polnear.jsonl}
tolerance=${CLAIMGRAPH_EVAL_TOLERANCE:-0.02}
baseline=bench/eval/baseline.txt

if [ ! -f "$gold" ]; then
    echo "eval-guard: skipped: gold corpus $gold is absent (team data in ../shared, not in a user's clone)"
    exit 0
fi
if [ ! -f "$baseline" ]; then
    echo "eval-guard: $baseline is missing" >&2
    exit 2
fi
bin=$build/claimgraph-eval
if [ ! -x "$bin" ]; then
    [ -f "$build/CMakeCache.txt" ] || cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
    cmake --build "$build" --target claimgraph_eval
fi

figures=$(mktemp)
trap 'rm -f "$figures"' EXIT
status=0
for form in raw normalized; do
    want=$(awk -v f="$form" '$1 == "dev" && $2 == f && $3 == "e2e_f1" { print $4 }' "$baseline")
    if [ -z "$want" ]; then
        echo "eval-guard: no 'dev $form e2e_f1' line in $baseline" >&2
        status=2
        continue
    fi
    flag=()
    [ "$form" = normalized ] && flag=(--normalized)
    "$bin" --gold "$gold" --split dev "${flag[@]}" --figures "$figures" >/dev/null
    got=$(awk -F'\t' '$1 == "e2e_f1" { print $2 }' "$figures")
    verdict=$(awk -v g="$got" -v w="$want" -v t="$tolerance" \
        'BEGIN { if (g + 0 < w - t - 1e-9) print "fail"; else if (g + 0 > w + t) print "up"; else print "ok" }')
    case $verdict in
    fail)
        echo "eval-guard: FAIL: dev $form end-to-end F1 $got is more than $tolerance below the baseline $want"
        status=1 ;;
    up)
        echo "eval-guard: ok: dev $form end-to-end F1 $got (baseline $want): improved, update $baseline" ;;
    *)
        echo "eval-guard: ok: dev $form end-to-end F1 $got (baseline $want, tolerance $tolerance)" ;;
    esac
done
exit $status

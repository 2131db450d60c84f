#!/usr/bin/env bash
# Memory of a bake: peak RSS and heap at each N, per article, and what 1,000,000 articles would need.
#
#   bench/memory.sh [N ...]     default: 10000 50000
#
# Bakes a generated corpus (bench/CorpusGenerator.java) with `java -jar target/news-portal.jar bake`, that
# is with the launcher's own heap setting (cli/BatchJvm), logging the second JVM's garbage collections
# through JAVA_TOOL_OPTIONS. Reports peak RSS (GNU time), the heap's most used after a collection (an upper
# bound of what is live) and the most committed. Writes a new file, bench/memory-YYYY-MM-DD.md (-2, -3 …),
# never over an existing one. Run it on a quiet machine: it measures memory, not time.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$BENCH_DIR")
JAR=$ROOT/target/news-portal.jar
if (($# == 0)); then SIZES=(10000 50000); else SIZES=("$@"); fi
for n in "${SIZES[@]}"; do [[ $n =~ ^[1-9][0-9]*$ ]] || { echo "N must be a positive number, not '$n'" >&2; exit 2; }; done
[[ -f $JAR && -x /usr/bin/time ]] || { echo "needs $JAR (mvn package) and GNU time (apt-get install time)" >&2; exit 2; }
log() { printf '[memory %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/news-portal-memory.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
day=$(date +%Y-%m-%d) k=1 RESULTS=$BENCH_DIR/memory-$day.md
while [[ -e $RESULTS ]]; do k=$((k + 1)); RESULTS=$BENCH_DIR/memory-$day-$k.md; done

rows=() last_n= last_rss=
for n in "${SIZES[@]}"; do
    site=$WORK/site-$n
    mkdir -p "$site"
    cp -r "$ROOT/templates" "$ROOT/assets" "$ROOT/jbake.properties" "$site/"
    log "N=$n: generating the corpus"
    java "$BENCH_DIR/CorpusGenerator.java" "$n" "$site" >&2
    markdown=$(du -sb "$site/content" | cut -f1)
    log "N=$n: baking"
    JAVA_TOOL_OPTIONS="-Xlog:gc,gc+init:file=$WORK/gc-$n-%p.log" /usr/bin/time -f '%e %M' -o "$WORK/time-$n" \
        java -jar "$JAR" bake "$site" -o "$WORK/out-$n" >"$WORK/bake-$n.log" 2>&1 \
        || { tail -n 20 "$WORK/bake-$n.log" >&2; exit 1; }
    read -r wall rss <"$WORK/time-$n"
    gc=$(ls -S "$WORK"/gc-"$n"-*.log | head -n 1)   # the second JVM's log is the one with collections in it
    xmx=$(grep -m1 -o 'Heap Max Capacity: [0-9]*[MG]' "$gc" 2>/dev/null | awk '{print $4}' || true)
    read -r after committed < <(grep -o '[0-9]*M->[0-9]*M([0-9]*M)' "$gc" | tr -c '0-9\n' ' ' |
        awk '{ if ($2 > a) a = $2; if ($3 > c) c = $3 } END { print a + 0, c + 0 }')
    rows+=("| $n | $((markdown / 1048576)) | ${xmx:-?} | $wall | $((rss / 1024)) | $after | $committed | $(awk -v r="$rss" -v n="$n" 'BEGIN { printf "%.1f", r / n }') | $(awk -v h="$after" -v n="$n" 'BEGIN { printf "%.1f", h * 1024 / n }') |")
    last_n=$n last_rss=$rss last_heap=$after
    rm -rf "$site" "$WORK/out-$n"
done

{
    echo "# Memory of a bake — $(date '+%Y-%m-%d %H:%M %Z')"
    echo
    echo "\`bench/memory.sh ${SIZES[*]}\` on $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) RAM, \
$(java -version 2>&1 | head -n 1); \`java -jar target/news-portal.jar bake\` with the launcher's heap setting. \
Heap figures are from the second JVM's \`-Xlog:gc\`: the most used right after a collection (an upper bound of \
what is live; young collections leave old garbage in it) and the most committed."
    echo
    echo "| N | Markdown MB | max heap | wall s | peak RSS MB | heap after GC, max MB | heap committed, max MB | RSS KB per article | heap KB per article |"
    echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    printf '%s\n' "${rows[@]}"
    echo
    awk -v n="$last_n" -v r="$last_rss" -v h="$last_heap" 'BEGIN {
        printf "1,000,000 articles at the cost per article of N = %d: %.1f GB of heap after a collection and %.1f GB peak RSS; bodies and sources stay on disk (the build cache'"'"'s bodies/ folder), the heap holds what listings show.\n", n, h * 1e6 / n / 1024, r * 1e6 / n / 1048576 }'
} >"$WORK/memory.md"
cp -n "$WORK/memory.md" "$RESULTS"
log "results written to ${RESULTS#"$ROOT"/}"
cat "$RESULTS"

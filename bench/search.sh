#!/usr/bin/env bash
# Search benchmark: the cost of the search index in a bake, and what queries find and fetch.
#
#   bench/search.sh [N]        default: 10000
#
# Generates N articles (bench/CorpusGenerator.java), bakes them twice with target/news-portal.jar, with
# render.search=true and with render.search=false, under /usr/bin/time (wall, CPU, peak RSS), then runs
# news.portal.search.SearchBench on the first output: 40 queries cut from titles (2-4 characters),
# where each title's article ranks, and the gzip bytes a fresh browser fetches per query.
# Writes bench/search-results-YYYY-MM-DD-HHMM.md; never overwrites an earlier one.
# Needs: mvn -q package -DskipTests and mvn -q test-compile first (the jar and SearchBench).
set -euo pipefail
BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$BENCH_DIR")
N=${1:-10000}
JAR=$ROOT/target/news-portal.jar
[[ -f $JAR && -d $ROOT/target/test-classes ]] || { echo "run mvn -q package -DskipTests && mvn -q test-compile first" >&2; exit 2; }
WORK=$(mktemp -d "${TMPDIR:-/tmp}/news-portal-search.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
OUT=$BENCH_DIR/search-results-$(date -u +%Y-%m-%d-%H%M).md

mkdir -p "$WORK/on"
cp -r "$ROOT/templates" "$ROOT/assets" "$ROOT/jbake.properties" "$WORK/on/"
java "$BENCH_DIR/CorpusGenerator.java" "$N" "$WORK/on" --format yaml >&2
cp -r "$WORK/on" "$WORK/off"
for v in on off; do
    flag=true; [[ $v == off ]] && flag=false
    sed -i '/^render\.search=/d' "$WORK/$v/jbake.properties"
    echo "render.search=$flag" >>"$WORK/$v/jbake.properties"
    /usr/bin/time -f '%e %U %S %M' -o "$WORK/time-$v" java -jar "$JAR" bake "$WORK/$v" -o "$WORK/out-$v" 2>"$WORK/log-$v" >&2
done
CP=$ROOT/target/classes:$ROOT/target/test-classes:$(cd "$ROOT" && mvn -o -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout)
java -cp "$CP" news.portal.search.SearchBench "$WORK/out-on" 40 >"$WORK/queries" 2>/dev/null
index_gzip=$(cd "$WORK/out-on/search" && tar cf - t d index.json t2s.*.json | gzip -c | wc -c)
{
    echo "# Search benchmark, N=$N ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg))"
    echo
    echo "Command: \`bench/search.sh $N\`"
    echo
    echo "| bake | wall s | user s | sys s | peak RSS KB |"
    echo "|---|---|---|---|---|"
    for v in on off; do read -r e u s m <"$WORK/time-$v"; echo "| render.search=$( [[ $v == on ]] && echo true || echo false ) | $e | $u | $s | $m |"; done
    echo
    echo "Index: $(grep -h '^indexed' "$WORK/log-on")"
    echo "Shards, lists, manifest and table gzip: $index_gzip bytes; whole search/ folder: $(du -sb "$WORK/out-on/search" | cut -f1) bytes on disk"
    echo
    echo '```'
    cat "$WORK/queries"
    echo '```'
} >"$OUT"
cat "$OUT"

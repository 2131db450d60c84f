#!/usr/bin/env bash
# Search benchmark: the cost of the search index in a bake, what queries find and fetch, how fast the page
# answers in chromium, and Pagefind beside it on the same baked pages.
#
#   bench/search.sh [N]        default: 10000
#
# Environment: SEED=S generates another draw of the corpus (CorpusGenerator --seed); PAGEFIND=0 skips
# Pagefind (at 100,000 articles it needs more memory than the machine has: 9.5 GB at 10,000);
# BROWSER=0 skips chromium; OFF=0 skips the bake with search.enabled=false; KEEP=1 keeps the work folder
# (corpus and outputs, named on standard error) for another run of SearchBench or SearchBrowserBench.
#
# Generates N articles (bench/CorpusGenerator.java), bakes them twice with target/news-portal.jar, with
# search.enabled=true and false, under /usr/bin/time (wall, CPU, peak RSS); runs
# news.portal.search.SearchBench on the first output with three query seeds (40 queries cut from titles,
# 2-4 characters: where each title's article ranks, bytes a fresh browser fetches); runs Pagefind 1.6.0
# (npm install pagefind into the work folder; its binary ships in the npm package) on the same output under
# /usr/bin/time; then news.portal.search.SearchBrowserBench, which serves the output on 127.0.0.1 like a
# bucket and types the first seed's queries into search.html and into Pagefind's API in chromium.
# Writes bench/search-results-YYYY-MM-DD-HHMM.md; never overwrites an earlier one.
# Needs: mvn -q package -DskipTests -Dbake.skip=true and mvn -q test-compile first; npm; chromium.
set -euo pipefail
BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$BENCH_DIR")
N=${1:-10000}
SEED=${SEED:-}
PAGEFIND=${PAGEFIND:-1}
BROWSER=${BROWSER:-1}
OFF=${OFF:-1}
KEEP=${KEEP:-0}
JAR=$ROOT/target/news-portal.jar
[[ -f $JAR && -d $ROOT/target/test-classes ]] || { echo "run mvn -q package -DskipTests -Dbake.skip=true && mvn -q test-compile first" >&2; exit 2; }
WORK=$(mktemp -d "${TMPDIR:-/tmp}/news-portal-search.XXXXXX")
if [[ $KEEP == 1 ]]; then echo "work folder: $WORK" >&2; else trap 'rm -rf "$WORK"' EXIT; fi
OUT=$BENCH_DIR/search-results-$(date -u +%Y-%m-%d-%H%M).md
[[ -e $OUT ]] && { echo "$OUT exists" >&2; exit 2; }

mkdir -p "$WORK/on"
cp -r "$ROOT/templates" "$ROOT/assets" "$ROOT/jbake.properties" "$WORK/on/"
java "$BENCH_DIR/CorpusGenerator.java" "$N" "$WORK/on" --format yaml ${SEED:+--seed "$SEED"} >&2
cp -r "$WORK/on" "$WORK/off"
bakes="on"; [[ $OFF == 1 ]] && bakes="on off"
for v in $bakes; do
    flag=true; [[ $v == off ]] && flag=false
    sed -i '/^search\.enabled=/d' "$WORK/$v/jbake.properties"
    echo "search.enabled=$flag" >>"$WORK/$v/jbake.properties"
    /usr/bin/time -f '%e %U %S %M' -o "$WORK/time-$v" java -jar "$JAR" bake "$WORK/$v" -o "$WORK/out-$v" 2>"$WORK/log-$v" >&2
done
CP=$ROOT/target/classes:$ROOT/target/test-classes:$(cd "$ROOT" && mvn -o -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout)
for s in 2026 1 2; do
    java -cp "$CP" news.portal.search.SearchBench "$WORK/out-on" 40 "$s" >"$WORK/queries-$s" 2>/dev/null
done
index_gzip=$(cd "$WORK/out-on/search" && tar cf - t d n s index.json | gzip -c | wc -c)
if [[ $PAGEFIND == 1 ]]; then
    (cd "$WORK" && npm install --no-audit --no-fund pagefind@1.6.0 >&2)
    /usr/bin/time -f '%e %U %S %M' -o "$WORK/time-pagefind" "$WORK/node_modules/.bin/pagefind" --site "$WORK/out-on" >"$WORK/log-pagefind" 2>&1
fi
if [[ $BROWSER == 1 ]]; then
    java -cp "$CP" news.portal.search.SearchBrowserBench "$WORK/out-on" 40 2026 >"$WORK/browser" 2>/dev/null
fi
{
    echo "# Search benchmark, N=$N${SEED:+, corpus seed $SEED} ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg))"
    echo
    echo "Command: \`${SEED:+SEED=$SEED }bench/search.sh $N\` (PAGEFIND=$PAGEFIND BROWSER=$BROWSER OFF=$OFF)"
    echo
    echo "| bake | wall s | user s | sys s | peak RSS KB |"
    echo "|---|---|---|---|---|"
    for v in $bakes; do read -r e u s m <"$WORK/time-$v"; echo "| search.enabled=$( [[ $v == on ]] && echo true || echo false ) | $e | $u | $s | $m |"; done
    if [[ -f $WORK/time-pagefind ]]; then
        read -r e u s m <"$WORK/time-pagefind"
        echo "| pagefind 1.6.0 on the search.enabled=true output | $e | $u | $s | $m |"
    fi
    echo
    echo "Index: $(grep -h '^indexed\|^为搜索' "$WORK/log-on" || true)"
    echo "Shards, lists, name tables, manifest and table parts gzip: $index_gzip bytes; whole search/ folder: $(du -sb "$WORK/out-on/search" | cut -f1) bytes on disk"
    if [[ -d $WORK/out-on/pagefind ]]; then
        echo "Pagefind's index: $(du -sb "$WORK/out-on/pagefind" | cut -f1) bytes on disk ($(find "$WORK/out-on/pagefind" -type f | wc -l) files; its files are stored compressed)"
        echo
        echo '```'
        tail -8 "$WORK/log-pagefind"
        echo '```'
    fi
    for s in 2026 1 2; do
        echo
        echo "SearchBench, query seed $s:"
        echo
        echo '```'
        cat "$WORK/queries-$s"
        echo '```'
    done
    if [[ -f $WORK/browser ]]; then
        echo
        echo "SearchBrowserBench (chromium, 127.0.0.1, query seed 2026):"
        echo
        echo '```'
        cat "$WORK/browser"
        echo '```'
    fi
} >"$OUT"
cat "$OUT"

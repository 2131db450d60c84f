#!/usr/bin/env bash
# Time to results of the search page, this tree beside an earlier revision, in one run and one chromium.
#
#   BEFORE_JAR=path/to/news-portal.jar bench/search-latency.sh REV [N [PER_KIND]]
#
# REV is the revision to compare with (its templates, assets and jbake.properties, from git archive);
# BEFORE_JAR its jar (mvn -q package -DskipTests -Dbake.skip=true at that revision). N articles (default
# 10000) are generated once (bench/CorpusGenerator.java) and baked twice, with REV's site files and jar and
# with this tree's (target/news-portal.jar), under /usr/bin/time; then news.portal.search.SearchLatencyBench
# types PER_KIND (default 8) queries of each kind into both outputs, alternating, and reports time to the
# list shown and to data-state="done" and when each kind of index file arrived. KEEP=1 keeps the work folder.
# Writes bench/search-latency-YYYY-MM-DD-HHMM.md; never overwrites an earlier one.
# Needs: mvn -q package -DskipTests -Dbake.skip=true and mvn -q test-compile first; chromium.
set -euo pipefail
BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$BENCH_DIR")
REV=${1:?usage: BEFORE_JAR=JAR bench/search-latency.sh REV [N [PER_KIND]]}
N=${2:-10000}
PER_KIND=${3:-8}
KEEP=${KEEP:-0}
BEFORE_JAR=${BEFORE_JAR:?set BEFORE_JAR to the jar built at $REV}
JAR=$ROOT/target/news-portal.jar
[[ -f $JAR && -d $ROOT/target/test-classes ]] || { echo "run mvn -q package -DskipTests -Dbake.skip=true && mvn -q test-compile first" >&2; exit 2; }
WORK=$(mktemp -d "${TMPDIR:-/tmp}/news-portal-latency.XXXXXX")
if [[ $KEEP == 1 ]]; then echo "work folder: $WORK" >&2; else trap 'rm -rf "$WORK"' EXIT; fi
OUT=$BENCH_DIR/search-latency-$(date -u +%Y-%m-%d-%H%M).md
[[ -e $OUT ]] && { echo "$OUT exists" >&2; exit 2; }

mkdir -p "$WORK/after" "$WORK/before"
cp -r "$ROOT/templates" "$ROOT/assets" "$ROOT/jbake.properties" "$WORK/after/"
java "$BENCH_DIR/CorpusGenerator.java" "$N" "$WORK/after" --format yaml >&2
cp -r "$WORK/after/content" "$WORK/before/"
(cd "$ROOT" && git archive "$REV" templates assets jbake.properties) | tar -x -C "$WORK/before"
for v in before after; do
    jar=$JAR; [[ $v == before ]] && jar=$BEFORE_JAR
    /usr/bin/time -f '%e %U %S %M' -o "$WORK/time-$v" java -jar "$jar" bake "$WORK/$v" -o "$WORK/out-$v" 2>"$WORK/log-$v" >&2
done
CP=$ROOT/target/classes:$ROOT/target/test-classes:$(cd "$ROOT" && mvn -o -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout)
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
java -cp "$CP" news.portal.search.SearchLatencyBench "$WORK/out-before" "$WORK/out-after" "$PER_KIND" >"$WORK/latency" 2>"$WORK/latency.err"
{
    echo "# Search time to results, $REV beside $(cd "$ROOT" && git rev-parse --short HEAD)$(cd "$ROOT" && git diff --quiet HEAD -- assets templates src || echo ' (with uncommitted changes)'), N=$N ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores)"
    echo
    echo "Command: \`BEFORE_JAR=… bench/search-latency.sh $REV $N $PER_KIND\`; load average before the browser run: $load_before, after: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo
    echo "| bake | wall s | user s | sys s | peak RSS KB |"
    echo "|---|---|---|---|---|"
    for v in before after; do read -r e u s m <"$WORK/time-$v"; echo "| $v | $e | $u | $s | $m |"; done
    echo
    echo "SearchLatencyBench (chromium, 127.0.0.1, fresh cache per query, the page open 1 s before the first keystroke):"
    echo
    echo '```'
    cat "$WORK/latency"
    echo '```'
} >"$OUT"
cat "$OUT"

#!/usr/bin/env bash
# Publish latency with the build cache: a full bake beside bakes after small edits, side by side in one run.
#
#   bench/incremental.sh [N ...]     default: 5000 20000
#
# For each N, on one generated corpus (bench/CorpusGenerator.java), each line one `java -jar … bake`
# (JVM start included), in this order:
#   full, no cache         --no-cache into its own folder
#   full, filling cache    the first bake with --cache: a full bake that also writes the cache
#   nothing changed        the same sources again
#   one edited article     a sentence appended to one article
#   one added, one deleted a new article, and an old one removed
#   full, no cache (again) the first line once more, to bracket the machine's drift
# The ratio column is each line over the mean of the two no-cache full bakes. "files changed" counts the
# files of the output whose bytes differ from the previous bake's, new ones and removed ones: what a
# deploy, which compares hashes, would upload or delete.
#
# Environment: KEEP_WORK=1 keeps the temporary folder; TMPDIR picks where it goes; BASELINE_JAR=path bakes
# a copy of the same corpus with that jar too, line by line alternating with this one (same edits, its own
# output and cache), and adds its columns; NEWS_PORTAL_TIMINGS=1 adds each bake's stage line to the file.
# Writes the table to a new file, bench/incremental-results-YYYY-MM-DD.md (-2, -3 … when it exists).
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$BENCH_DIR")
JAR=$ROOT/target/news-portal.jar
NOW=2026-12-01T04:00:00Z

log() { printf '[incremental %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "error: $*"; exit 2; }

if [[ ${1:-} == -h || ${1:-} == --help ]]; then
    sed -n '2,20p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
    exit 0
fi
if (($# == 0)); then SIZES=(5000 20000); else SIZES=("$@"); fi
for n in "${SIZES[@]}"; do
    [[ $n =~ ^[1-9][0-9]*$ ]] || die "N must be a positive number, not '$n'"
done
[[ -x /usr/bin/time ]] || die "/usr/bin/time is missing: apt-get install -y time"
command -v java >/dev/null 2>&1 || die "java (17+) is not on PATH"
if [[ ! -f $JAR ]]; then
    log "building $JAR"
    (cd "$ROOT" && mvn -q package -DskipTests -Dbake.skip=true)
fi
if [[ -n $(find "$ROOT/src" "$ROOT/pom.xml" -newer "$JAR" -print -quit 2>/dev/null) ]]; then
    log "warning: sources are newer than $JAR; run 'mvn -q package -DskipTests -Dbake.skip=true' first"
fi

day=$(date +%Y-%m-%d)
RESULTS=$BENCH_DIR/incremental-results-$day.md
n=1
while [[ -e $RESULTS ]]; do n=$((n + 1)); RESULTS=$BENCH_DIR/incremental-results-$day-$n.md; done

WORK=$(mktemp -d "${TMPDIR:-/tmp}/news-portal-incremental.XXXXXX")
cleanup() { if [[ ${KEEP_WORK:-0} == 1 ]]; then log "kept $WORK"; else rm -rf "$WORK"; fi; }
trap cleanup EXIT
cp "$JAR" "$WORK/news-portal.jar"
JAR=$WORK/news-portal.jar
JARS=("$JAR")
if [[ -n ${BASELINE_JAR:-} ]]; then
    [[ -f $BASELINE_JAR ]] || die "BASELINE_JAR $BASELINE_JAR is missing"
    cp "$BASELINE_JAR" "$WORK/baseline.jar"
    JARS+=("$WORK/baseline.jar")
fi

# the hash of every file of an output, for counting what a deploy would upload
hashes() { (cd "$1" && find . -type f ! -name .news-portal-output -print0 | sort -z | xargs -0 sha1sum) >"$2"; }
changed() {
    # files new or different in $2, and files gone from $1
    join -a 1 -a 2 -e none -o 0,1.1,2.1 -1 2 -2 2 <(sort -k2 "$1") <(sort -k2 "$2") \
        | awk '$2 != $3 { n++ } END { print n + 0 }'
}

# one bake: label, extra arguments; appends a table row
TABLE=$WORK/rows
bake() {
    local label=$1 out=$2
    shift 2
    local log_file=$WORK/bake.log
    NEWS_PORTAL_NOW=$NOW /usr/bin/time -f '%e %M' -o "$WORK/time" \
        java -jar "$BAKE_JAR" bake "$SITE" -o "$out" "$@" >"$log_file" 2>&1 || {
        tail -20 "$log_file" >&2
        die "bake failed: $label"
    }
    read -r wall rss <"$WORK/time"
    local kept
    kept=$(grep -oE '(沿用上次的|kept) [0-9]+' "$log_file" | grep -oE '[0-9]+' || echo 0)
    local rendered
    rendered=$(grep -oE '(写出|wrote) [0-9]+ 个?页面|wrote [0-9]+ pages' "$log_file" | tail -1 | grep -oE '[0-9]+' || true)
    printf '%s\t%s\t%s\t%s\t%s\n' "$label" "$wall" "$rss" "${rendered:-?}" "${kept:-0}" >>"$TABLE.$N$SUFFIX"
    grep -h '^timings:' "$log_file" | sed "s/^/$label$SUFFIX: /" >>"$WORK/timings" || true
    log "$label$SUFFIX: ${wall} s, ${rss} KB, load $(cut -d' ' -f1 /proc/loadavg)"
}

{
    printf '# Incremental bake, %s\n\n' "$(date -u +%Y-%m-%dT%H:%MZ)"
    printf 'Command: `bench/incremental.sh %s` on %s cores, load at start: %s. Jar: %s.\n' "${SIZES[*]}" "$(nproc)" \
        "$(cut -d' ' -f1-3 /proc/loadavg)" "$(cd "$ROOT" && git rev-parse --short HEAD 2>/dev/null || echo '?')"
    printf 'Each line is one `java -jar news-portal.jar bake` (JVM start included), `NEWS_PORTAL_NOW=%s`.\n' "$NOW"
} >"$WORK/results.md"

SUFFIXES=("" " (baseline)")
for N in "${SIZES[@]}"; do
    log "N=$N: generating the corpus"
    java "$BENCH_DIR/CorpusGenerator.java" "$N" "$WORK/site-$N-0" >/dev/null
    cp -r "$ROOT/templates" "$ROOT/assets" "$ROOT/jbake.properties" "$WORK/site-$N-0/"
    for j in "${!JARS[@]}"; do
        ((j == 0)) || cp -r "$WORK/site-$N-0" "$WORK/site-$N-$j"
        : >"$TABLE.$N${SUFFIXES[j]}"
    done
    declare -A FILES_FULL=() SAME=() ONE=() ONE_SEARCH=() TWO=() TWO_SEARCH=() CACHE_SIZE=()
    # each step once per jar, one right after the other, so both see the same load
    for step in full fill same edit added full2; do
        for j in "${!JARS[@]}"; do
            BAKE_JAR=${JARS[j]}
            SUFFIX=${SUFFIXES[j]}
            SITE=$WORK/site-$N-$j
            CACHE=$WORK/cache-$N-$j
            OUT=$WORK/out-$N-$j
            H=$WORK/hashes-$j
            case $step in
            full)
                bake "full, no cache" "$WORK/full-$N-$j" --no-cache
                FILES_FULL[$j]=$(find "$WORK/full-$N-$j" -type f | wc -l)
                rm -rf "$WORK/full-$N-$j"
                ;;
            fill)
                bake "full, filling the cache" "$OUT" --cache "$CACHE"
                hashes "$OUT" "$H.0"
                ;;
            same)
                bake "nothing changed" "$OUT" --cache "$CACHE"
                hashes "$OUT" "$H.1"
                SAME[$j]=$(changed "$H.0" "$H.1")
                ;;
            edit)
                # one edited article: a sentence appended to the body of an article in the middle of the archive
                edited=$(find "$SITE/content/news" -name "a$((N / 2)).md")
                printf '\n补充：记者当天下午再次走访了现场。\n' >>"$edited"
                bake "one edited article" "$OUT" --cache "$CACHE"
                hashes "$OUT" "$H.2"
                ONE[$j]=$(changed "$H.1" "$H.2")
                ONE_SEARCH[$j]=$(changed <(grep ' ./search/' "$H.1" || true) <(grep ' ./search/' "$H.2" || true))
                ;;
            added)
                # one added (the newest article, on the front page) and one deleted (an old one)
                added=$SITE/content/news/2026/11/added.md
                mkdir -p "$(dirname "$added")"
                printf -- '---\ntitle: "新增文章：古城夜游线路延长开放时间"\ndate: 2026-11-30T10:00:00+08:00\ncategory: 文旅资讯\ntags: [夜游经济, 古城]\n---\n\n夜游线路自下月起延长开放时间。\n' >"$added"
                rm "$(find "$SITE/content/news" -name "a$((N / 3)).md")"
                bake "one added, one deleted" "$OUT" --cache "$CACHE"
                hashes "$OUT" "$H.3"
                TWO[$j]=$(changed "$H.2" "$H.3")
                TWO_SEARCH[$j]=$(changed <(grep ' ./search/' "$H.2" || true) <(grep ' ./search/' "$H.3" || true))
                ;;
            full2)
                bake "full, no cache (again)" "$WORK/full2-$N-$j" --no-cache
                rm -rf "$WORK/full2-$N-$j"
                CACHE_SIZE[$j]=$(du -sh "$CACHE" | cut -f1)
                ;;
            esac
        done
    done
    for j in "${!JARS[@]}"; do
        {
            printf '\n## N = %s%s\n\n' "$N" "${SUFFIXES[j]}"
            printf 'Jar: %s.\n\n' "$( ((j == 0)) && echo "this tree's target/news-portal.jar" || echo "BASELINE_JAR=$BASELINE_JAR")"
            printf '| bake | wall s | of a full bake | peak RSS MB | pages rendered | pages kept |\n|---|---|---|---|---|---|\n'
            awk -F'\t' 'NR == FNR { if ($1 ~ /^full, no cache/) { s += $2; c++ } next }
                { printf "| %s | %.2f | %.0f%% | %.0f | %s | %s |\n", $1, $2, 100 * $2 / (s / c), $3 / 1024, $4, $5 }' \
                "$TABLE.$N${SUFFIXES[j]}" "$TABLE.$N${SUFFIXES[j]}"
            printf '\nOutput files in all: %s. Files changed (what a deploy uploads or deletes): nothing changed %s;' \
                "${FILES_FULL[$j]}" "${SAME[$j]}"
            printf ' one edited article %s (%s of them in search/); one added and one deleted %s (%s in search/).' \
                "${ONE[$j]}" "${ONE_SEARCH[$j]}" "${TWO[$j]}" "${TWO_SEARCH[$j]}"
            printf ' Cache folder: %s.\n' "${CACHE_SIZE[$j]}"
        } >>"$WORK/results.md"
    done
    if ((${#JARS[@]} > 1)); then
        {
            printf '\nSide by side, N = %s: wall s of this jar / of the baseline, line by line.\n\n' "$N"
            printf '| bake | this jar s | baseline s | ratio |\n|---|---|---|---|\n'
            paste "$TABLE.$N" "$TABLE.$N${SUFFIXES[1]}" | awk -F'\t' '{ printf "| %s | %.2f | %.2f | %.2f |\n", $1, $2, $7, $2 / $7 }'
        } >>"$WORK/results.md"
    fi
    unset FILES_FULL SAME ONE ONE_SEARCH TWO TWO_SEARCH CACHE_SIZE
done
if [[ -s $WORK/timings ]]; then
    { printf '\nStage lines (`NEWS_PORTAL_TIMINGS=1`), in the order run:\n\n```\n'; cat "$WORK/timings"; printf '```\n'; } >>"$WORK/results.md"
fi

cp -n "$WORK/results.md" "$RESULTS"
cat "$RESULTS"
log "wrote $RESULTS"

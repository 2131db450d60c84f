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
# Environment: KEEP_WORK=1 keeps the temporary folder; TMPDIR picks where it goes.
# Writes the table to a new file, bench/incremental-results-YYYY-MM-DD.md (-2, -3 … when it exists).
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$BENCH_DIR")
JAR=$ROOT/target/news-portal.jar
NOW=2026-12-01T04:00:00Z

log() { printf '[incremental %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "error: $*"; exit 2; }

if [[ ${1:-} == -h || ${1:-} == --help ]]; then
    sed -n '2,18p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
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
        java -jar "$JAR" bake "$SITE" -o "$out" "$@" >"$log_file" 2>&1 || {
        tail -20 "$log_file" >&2
        die "bake failed: $label"
    }
    read -r wall rss <"$WORK/time"
    local kept
    kept=$(grep -oE '(沿用上次的|kept) [0-9]+' "$log_file" | grep -oE '[0-9]+' || echo 0)
    local rendered
    rendered=$(grep -oE '(写出|wrote) [0-9]+ 个?页面|wrote [0-9]+ pages' "$log_file" | tail -1 | grep -oE '[0-9]+' || true)
    printf '%s\t%s\t%s\t%s\t%s\n' "$label" "$wall" "$rss" "${rendered:-?}" "${kept:-0}" >>"$TABLE.$N"
    log "$label: ${wall} s, ${rss} KB"
}

{
    printf '# Incremental bake, %s\n\n' "$(date -u +%Y-%m-%dT%H:%MZ)"
    printf 'Command: `bench/incremental.sh %s` on %s cores, load at start: %s. Jar: %s.\n' "${SIZES[*]}" "$(nproc)" \
        "$(cut -d' ' -f1-3 /proc/loadavg)" "$(cd "$ROOT" && git rev-parse --short HEAD 2>/dev/null || echo '?')"
    printf 'Each line is one `java -jar news-portal.jar bake` (JVM start included), `NEWS_PORTAL_NOW=%s`.\n' "$NOW"
} >"$WORK/results.md"

for N in "${SIZES[@]}"; do
    SITE=$WORK/site-$N
    log "N=$N: generating the corpus"
    java "$BENCH_DIR/CorpusGenerator.java" "$N" "$SITE" >/dev/null
    cp -r "$ROOT/templates" "$ROOT/assets" "$ROOT/jbake.properties" "$SITE/"
    CACHE=$WORK/cache-$N
    OUT=$WORK/out-$N
    : >"$TABLE.$N"
    bake "full, no cache" "$WORK/full-$N" --no-cache
    FILES_FULL=$(find "$WORK/full-$N" -type f | wc -l)
    rm -rf "$WORK/full-$N"
    bake "full, filling the cache" "$OUT" --cache "$CACHE"
    hashes "$OUT" "$WORK/h0"
    bake "nothing changed" "$OUT" --cache "$CACHE"
    hashes "$OUT" "$WORK/h1"
    same=$(changed "$WORK/h0" "$WORK/h1")
    # one edited article: a sentence appended to the body of an article in the middle of the archive
    edited=$(find "$SITE/content/news" -name "a$((N / 2)).md")
    printf '\n补充：记者当天下午再次走访了现场。\n' >>"$edited"
    bake "one edited article" "$OUT" --cache "$CACHE"
    hashes "$OUT" "$WORK/h2"
    one=$(changed "$WORK/h1" "$WORK/h2")
    one_search=$(changed <(grep ' ./search/' "$WORK/h1" || true) <(grep ' ./search/' "$WORK/h2" || true))
    # one added (the newest article, on the front page) and one deleted (an old one)
    added=$SITE/content/news/2026/11/added.md
    mkdir -p "$(dirname "$added")"
    printf -- '---\ntitle: "新增文章：古城夜游线路延长开放时间"\ndate: 2026-11-30T10:00:00+08:00\ncategory: 文旅资讯\ntags: [夜游经济, 古城]\n---\n\n夜游线路自下月起延长开放时间。\n' >"$added"
    rm "$(find "$SITE/content/news" -name "a$((N / 3)).md")"
    bake "one added, one deleted" "$OUT" --cache "$CACHE"
    hashes "$OUT" "$WORK/h3"
    two=$(changed "$WORK/h2" "$WORK/h3")
    two_search=$(changed <(grep ' ./search/' "$WORK/h2" || true) <(grep ' ./search/' "$WORK/h3" || true))
    bake "full, no cache (again)" "$WORK/full2-$N" --no-cache
    rm -rf "$WORK/full2-$N"
    cache_size=$(du -sh "$CACHE" | cut -f1)
    {
        printf '\n## N = %s\n\n' "$N"
        printf '| bake | wall s | of a full bake | peak RSS MB | pages rendered | pages kept |\n|---|---|---|---|---|---|\n'
        awk -F'\t' 'NR == FNR { if ($1 ~ /^full, no cache/) { s += $2; c++ } next }
            { printf "| %s | %.2f | %.0f%% | %.0f | %s | %s |\n", $1, $2, 100 * $2 / (s / c), $3 / 1024, $4, $5 }' \
            "$TABLE.$N" "$TABLE.$N"
        printf '\nOutput files in all: %s. Files changed (what a deploy uploads or deletes): nothing changed %s;' \
            "$FILES_FULL" "$same"
        printf ' one edited article %s (%s of them in search/); one added and one deleted %s (%s in search/).' \
            "$one" "$one_search" "$two" "$two_search"
        printf ' Cache folder: %s.\n' "$cache_size"
    } >>"$WORK/results.md"
done

cp -n "$WORK/results.md" "$RESULTS"
cat "$RESULTS"
log "wrote $RESULTS"

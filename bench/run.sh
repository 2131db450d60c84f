#!/usr/bin/env bash
# Side-by-side bake benchmark: news-portal vs Hugo 0.111.3 (the equivalent site and a minimal one) vs stock
# JBake 2.7.0 on the same generated corpus.
#
#   bench/run.sh [N ...]        default: 1000 10000 50000
#
# Environment:
#   JBAKE_MAX_N=2000    stock JBake runs only for N <= this (its bake is O(N²))
#   SERIAL_N=10000      N at which news-portal also runs with --threads 1
#   REPEAT=1            runs of each bake; the table shows the fastest (useful on a busy machine)
#   HUGO_NORELATED=1    add a row: Hugo without its related-articles block (what .Related costs)
#   HUGO_RELATED_MAX_N=N  Hugo with related articles only for N <= this (its .Related is O(N²));
#                       above it the no-related Hugo row is the baseline of the ratio column
#   KEEP_WORK=1         keep the temporary folder (corpora and outputs) for inspection
#   CDS_TRAIN=0         measure the jar without the class-data-sharing archive mvn package gives it
#   BASELINE_JAR=FILE   also bake with this jar (say, one built from an earlier commit), beside the current one
#   TMPDIR              where the temporary folder goes (default /tmp)
#
# Prints a Markdown table and writes it to a new file, bench/results-YYYY-MM-DD.md (-2, -3 … when that
# day's file exists): committed results are never overwritten. Exits non-zero if any bake fails or
# produces the wrong number of article pages. See bench/README.md.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$BENCH_DIR")
JAR=$ROOT/target/news-portal.jar
JBAKE_MAX_N=${JBAKE_MAX_N:-2000}
SERIAL_N=${SERIAL_N:-10000}
REPEAT=${REPEAT:-1}
[[ $REPEAT =~ ^[1-9][0-9]*$ ]] || { echo "REPEAT must be a positive number" >&2; exit 2; }
REPEAT_LABEL=
if ((REPEAT > 1)); then REPEAT_LABEL=yes; fi

# a new file per run, named by the day it started; an earlier run's file (committed or not) stays as it is
new_results_file() {
    local day stem n=1
    day=$(date +%Y-%m-%d)
    stem=$BENCH_DIR/results-$day
    local file=$stem.md
    while [[ -e $file ]]; do
        n=$((n + 1))
        file=$stem-$n.md
    done
    printf '%s\n' "$file"
}

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "error: $*"; exit 2; }

if [[ ${1:-} == -h || ${1:-} == --help ]]; then
    sed -n '2,18p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
    exit 0
fi
if (($# == 0)); then
    SIZES=(1000 10000 50000)
else
    SIZES=("$@")
fi
for n in "${SIZES[@]}"; do
    [[ $n =~ ^[1-9][0-9]*$ ]] || die "N must be a positive number, not '$n'"
done

# ---------------------------------------------------------------------------------------------- tools
missing=()
command -v hugo >/dev/null 2>&1 || missing+=(hugo)
[[ -x /usr/bin/time ]] || missing+=(/usr/bin/time)
if ((${#missing[@]})); then
    log "installing hugo and time (missing: ${missing[*]})"
    SUDO=()
    if [[ $(id -u) != 0 ]]; then
        command -v sudo >/dev/null 2>&1 || die "need root or sudo to run: apt-get install -y hugo time"
        SUDO=(sudo)
    fi
    "${SUDO[@]}" apt-get update
    DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y hugo time
fi
command -v java >/dev/null 2>&1 || die "java (17+) is not on PATH"

if [[ ! -f $JAR ]]; then
    log "building $JAR"
    (cd "$ROOT" && mvn -q package -DskipTests)
fi
[[ -f $JAR ]] || die "$JAR was not built"
if [[ -n $(find "$ROOT/src" "$ROOT/pom.xml" -newer "$JAR" -print -quit 2>/dev/null) ]]; then
    log "warning: sources are newer than $JAR; run 'mvn -q package -DskipTests' to measure the current code"
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/news-portal-bench.XXXXXX")
cleanup() {
    if [[ ${KEEP_WORK:-0} == 1 ]]; then
        log "kept $WORK"
    else
        rm -rf "$WORK"
    fi
}
trap cleanup EXIT

# A snapshot of the jar and of the site's templates, assets and configuration: a rebuild of target/ or an
# edit of the templates during a long run must not change (or break) what is measured.
cp "$JAR" "$WORK/news-portal.jar"
JAR=$WORK/news-portal.jar
if [[ -n ${BASELINE_JAR:-} ]]; then
    [[ -f $BASELINE_JAR ]] || die "BASELINE_JAR $BASELINE_JAR is not a file"
    mkdir -p "$WORK/baseline"
    cp "$BASELINE_JAR" "$WORK/baseline/news-portal.jar"
    BASELINE_JAR=$WORK/baseline/news-portal.jar
fi
PORTAL_BASE=$WORK/portal-base
mkdir -p "$PORTAL_BASE"
cp -r "$ROOT/templates" "$ROOT/assets" "$ROOT/jbake.properties" "$PORTAL_BASE/"

# The class-data-sharing archive mvn package writes beside the jar holds the jar's path, so it does not fit
# the copy: train one for the copy the same way (a bake of a copy of this repository's site), as a user of
# `mvn package` has one. CDS_TRAIN=0 measures the jar without it.
if [[ ${CDS_TRAIN:-1} == 1 ]]; then
    log "training the class-data-sharing archive of the copied jar"
    mkdir -p "$WORK/cds-site"
    cp -r "$PORTAL_BASE/." "$ROOT/content" "$WORK/cds-site/"
    java -XX:ArchiveClassesAtExit="$WORK/news-portal.jsa" -Xlog:'cds*=off' -XX:TieredStopAtLevel=1 -Dfile.encoding=UTF-8 \
        -cp "$JAR" news.portal.cli.Main bake "$WORK/cds-site" -o "$WORK/cds-out" >"$WORK/cds.log" 2>&1 \
        || log "warning: the training bake failed (see $WORK/cds.log); measuring without the archive"
    rm -rf "$WORK/cds-site" "$WORK/cds-out"
fi

# Stock JBake 2.7.0 gets its own classpath: jbake-core with the versions it was released with (freemarker
# 2.3.31, flexmark 0.62.2 via flexmark-profile-pegdown) and the optional jars its launcher needs (jetty,
# commons-vfs2, picocli). The project's classpath pins newer freemarker/flexmark and lacks these jars.
JBAKE_CP=
need_jbake=0
for n in "${SIZES[@]}"; do
    if ((n <= JBAKE_MAX_N)); then need_jbake=1; fi
done
if ((need_jbake)); then
    mkdir -p "$WORK/jbake-classpath"
    cat >"$WORK/jbake-classpath/pom.xml" <<'EOF'
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId>
  <artifactId>stock-jbake-classpath</artifactId>
  <version>1</version>
  <dependencies>
    <dependency><groupId>org.jbake</groupId><artifactId>jbake-core</artifactId><version>2.7.0</version></dependency>
    <dependency><groupId>org.freemarker</groupId><artifactId>freemarker</artifactId><version>2.3.31</version></dependency>
    <dependency><groupId>com.vladsch.flexmark</groupId><artifactId>flexmark-profile-pegdown</artifactId><version>0.62.2</version></dependency>
    <dependency><groupId>org.eclipse.jetty</groupId><artifactId>jetty-server</artifactId><version>9.4.44.v20210927</version></dependency>
    <dependency><groupId>org.apache.commons</groupId><artifactId>commons-vfs2</artifactId><version>2.9.0</version></dependency>
    <dependency><groupId>info.picocli</groupId><artifactId>picocli</artifactId><version>4.6.2</version></dependency>
  </dependencies>
</project>
EOF
    log "resolving the stock JBake 2.7.0 classpath"
    mvn -q -f "$WORK/jbake-classpath/pom.xml" dependency:build-classpath \
        -Dmdep.outputFile="$WORK/jbake-classpath/cp.txt" >"$WORK/jbake-classpath/mvn.log" 2>&1 \
        || { cat "$WORK/jbake-classpath/mvn.log" >&2; die "cannot resolve the stock JBake classpath"; }
    JBAKE_CP=$(cat "$WORK/jbake-classpath/cp.txt")
fi

# -------------------------------------------------------------------------------------------- measuring
CORES=$(nproc)
HUGO_VERSION=$(hugo version | awk '{print $2}' | sed 's/+.*//')
ROW_N=() ROW_GEN=() ROW_WALL=() ROW_CPU=() ROW_RSS=() ROW_FILES=() ROW_NOTE=()
declare -A HUGO_WALL=() HUGO_MIN_WALL=() HUGO_MIN_CPU=() PORTAL_WALL=()
FAILED=0

add_row() { # N generator wall rss_kb files [cpu]
    ROW_N+=("$1") ROW_GEN+=("$2") ROW_WALL+=("$3") ROW_RSS+=("$4") ROW_FILES+=("$5") ROW_CPU+=("${6:--}")
}

# measure N GENERATOR OUT LOG ARTICLE_REGEX command...
# Runs the command REPEAT times under /usr/bin/time, checks each run wrote N article pages, and records one
# row with the fastest run (wall time and that run's peak RSS); sets M_WALL (empty on failure).
measure() {
    local n=$1 gen=$2 out=$3 logfile=$4 articles=$5
    shift 5
    local timefile=$WORK/time.txt run status wall rss usr sys files pages
    local best_wall= best_rss= best_files= best_cpu= cpu
    M_WALL= M_CPU=
    for ((run = 1; run <= REPEAT; run++)); do
        # every run is a full bake from scratch: no build cache left by the run before (the default one is in
        # the site's target/, shared by the current and the baseline jar)
        rm -rf "$out" "$timefile" ${M_CLEAN:+"$M_CLEAN"}
        log "N=$n: $gen${REPEAT_LABEL:+ (run $run of $REPEAT)}"
        status=0
        /usr/bin/time -f '%e %M %U %S' -o "$timefile" "$@" >"$logfile" 2>&1 || status=$?
        read -r wall rss usr sys < <(tail -n 1 "$timefile" 2>/dev/null || echo "- - - -")
        if ((status != 0)); then
            log "N=$n: $gen FAILED (exit $status); last lines of $logfile:"
            tail -n 20 "$logfile" >&2 || true
            add_row "$n" "$gen" "FAILED (exit $status)" "-" "-"
            FAILED=1
            return 0
        fi
        files=$(find "$out" -type f | wc -l)
        pages=$(find "$out" -type f | grep -Ec "$articles" || true)
        if ((pages != n)); then
            log "N=$n: $gen wrote $pages article pages instead of $n; last lines of $logfile:"
            tail -n 20 "$logfile" >&2 || true
            add_row "$n" "$gen" "FAILED ($pages of $n articles)" "-" "$files"
            FAILED=1
            return 0
        fi
        cpu=$(awk -v u="$usr" -v s="$sys" 'BEGIN { printf "%.1f", u + s }')
        log "N=$n: $gen: $wall s wall, $cpu s CPU, $((rss / 1024)) MB peak RSS, $files files"
        if [[ -z $best_wall ]] || awk -v a="$wall" -v b="$best_wall" 'BEGIN { exit !(a < b) }'; then
            best_wall=$wall best_rss=$rss best_files=$files best_cpu=$cpu
        fi
        if [[ ${KEEP_WORK:-0} != 1 ]]; then rm -rf "$out"; fi
    done
    add_row "$n" "$gen" "$best_wall" "$best_rss" "$best_files" "$best_cpu"
    M_WALL=$best_wall M_CPU=$best_cpu
}

for n in "${SIZES[@]}"; do
    dir=$WORK/n$n
    mkdir -p "$dir"

    # this project's site folder: the repository's templates, assets and configuration + the corpus
    site=$dir/portal-site
    mkdir -p "$site"
    cp -r "$PORTAL_BASE/." "$site/"
    log "N=$n: generating the corpus (yaml)"
    java "$BENCH_DIR/CorpusGenerator.java" "$n" "$site" --format yaml >&2

    # Hugo: the skeleton, the same assets as static files, and the same content (hard links, no copy)
    hsite=$dir/hugo-site
    cp -r "$BENCH_DIR/hugo" "$hsite"
    mkdir -p "$hsite/static"
    cp -r "$PORTAL_BASE/assets/." "$hsite/static/"
    cp -al "$site/content/news" "$hsite/content/news" 2>/dev/null || cp -r "$site/content/news" "$hsite/content/news"

    if ((n <= ${HUGO_RELATED_MAX_N:-1000000000})); then
        measure "$n" "Hugo $HUGO_VERSION" "$dir/out-hugo" "$dir/hugo.log" '/news/[0-9]{4}/[0-9]{2}/a[0-9]+/index\.html$' \
            hugo --source "$hsite" --destination "$dir/out-hugo" --cacheDir "$WORK/hugo-cache"
        if [[ -n $M_WALL ]]; then HUGO_WALL[$n]=$M_WALL; fi
    else
        add_row "$n" "Hugo $HUGO_VERSION" "skipped (related is O(N²))" "-" "-"
    fi

    # the cheapest Hugo site of the same articles: title, date, body, tags, paginated home and tag lists
    hsite_min=$dir/hugo-site-minimal
    cp -r "$BENCH_DIR/hugo-minimal" "$hsite_min"
    cp -al "$site/content/news" "$hsite_min/content/news" 2>/dev/null || cp -r "$site/content/news" "$hsite_min/content/news"
    measure "$n" "Hugo $HUGO_VERSION (minimal theme)" "$dir/out-hugo-min" "$dir/hugo-min.log" \
        '/news/[0-9]{4}/[0-9]{2}/a[0-9]+/index\.html$' \
        hugo --source "$hsite_min" --destination "$dir/out-hugo-min" --cacheDir "$WORK/hugo-cache"
    if [[ -n $M_WALL ]]; then HUGO_MIN_WALL[$n]=$M_WALL HUGO_MIN_CPU[$n]=$M_CPU; fi

    if [[ ${HUGO_NORELATED:-0} == 1 ]]; then
        # the same Hugo site without the related-articles block, to show what .Related costs
        hsite_nr=$dir/hugo-site-norelated
        cp -r "$BENCH_DIR/hugo" "$hsite_nr"
        mkdir -p "$hsite_nr/static"
        cp -r "$PORTAL_BASE/assets/." "$hsite_nr/static/"
        cp -al "$site/content/news" "$hsite_nr/content/news" 2>/dev/null || cp -r "$site/content/news" "$hsite_nr/content/news"
        : >"$hsite_nr/layouts/partials/related.html"
        measure "$n" "Hugo $HUGO_VERSION (no related)" "$dir/out-hugo-nr" "$dir/hugo-nr.log" \
            '/news/[0-9]{4}/[0-9]{2}/a[0-9]+/index\.html$' \
            hugo --source "$hsite_nr" --destination "$dir/out-hugo-nr" --cacheDir "$WORK/hugo-cache"
        if [[ -z ${HUGO_WALL[$n]:-} && -n $M_WALL ]]; then HUGO_WALL[$n]=$M_WALL; fi
    fi

    M_CLEAN=$site/target measure "$n" "news-portal ($CORES threads)" "$dir/out-portal" "$dir/portal.log" '/[0-9]{4}/[0-9]{2}/a[0-9]+\.html$' \
        java -jar "$JAR" bake "$site" -o "$dir/out-portal"
    if [[ -n $M_WALL ]]; then PORTAL_WALL[$n]=$M_WALL; fi

    if [[ -n ${BASELINE_JAR:-} ]]; then
        M_CLEAN=$site/target measure "$n" "news-portal, baseline jar ($CORES threads)" "$dir/out-portal-base" "$dir/portal-base.log" \
            '/[0-9]{4}/[0-9]{2}/a[0-9]+\.html$' java -jar "$BASELINE_JAR" bake "$site" -o "$dir/out-portal-base"
    fi

    if ((n == SERIAL_N)); then
        M_CLEAN=$site/target measure "$n" "news-portal (--threads 1)" "$dir/out-portal-1" "$dir/portal-1.log" '/[0-9]{4}/[0-9]{2}/a[0-9]+\.html$' \
            java -jar "$JAR" bake "$site" -o "$dir/out-portal-1" --threads 1
    fi

    if ((n <= JBAKE_MAX_N)); then
        jsite=$dir/jbake-site
        mkdir -p "$jsite"
        cp -r "$BENCH_DIR/jbake-stock/jbake.properties" "$BENCH_DIR/jbake-stock/templates" "$PORTAL_BASE/assets" "$jsite/"
        log "N=$n: generating the corpus (jbake)"
        java "$BENCH_DIR/CorpusGenerator.java" "$n" "$jsite" --format jbake >&2
        measure "$n" "JBake 2.7.0 (stock)" "$dir/out-jbake" "$dir/jbake.log" '/news/[0-9]{4}/[0-9]{2}/a[0-9]+\.html$' \
            java -Duser.timezone=Asia/Shanghai -Dlogback.configurationFile="$BENCH_DIR/jbake-stock/logback.xml" \
            -cp "$JBAKE_CP" org.jbake.launcher.Main -b "$jsite" "$dir/out-jbake"
    else
        add_row "$n" "JBake 2.7.0 (stock)" "skipped (O(N²))" "-" "-"
    fi

    if [[ ${KEEP_WORK:-0} != 1 ]]; then rm -rf "$dir"; fi
done

# ---------------------------------------------------------------------------------------------- report
fmt_mb() { [[ $1 =~ ^[0-9]+$ ]] && awk -v kb="$1" 'BEGIN { printf "%.0f", kb / 1024 }' || echo "$1"; }
ratio() { # wall hugo_wall
    if [[ $1 =~ ^[0-9.]+$ && ${2:-} =~ ^[0-9.]+$ ]] && awk -v h="$2" 'BEGIN { exit !(h > 0) }'; then
        awk -v w="$1" -v h="$2" 'BEGIN { printf "%.2f", w / h }'
    else
        echo "-"
    fi
}

{
    echo "# Bake benchmark — $(date '+%Y-%m-%d %H:%M %Z')"
    echo
    echo "Machine: $CORES cores ($(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | sed 's/.*: //' || echo unknown CPU)), \
$(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo 2>/dev/null) RAM; \
$(java -version 2>&1 | head -n 1); hugo $HUGO_VERSION. Corpus: bench/CorpusGenerator.java (about 5 KB of Chinese text per article). \
Each bake is a fresh process, run one after another; wall and peak RSS from /usr/bin/time\
$(if ((REPEAT > 1)); then echo ", fastest of $REPEAT runs"; fi)."
    echo
    echo "| N | generator | wall s | CPU s | peak RSS MB | files | ratio to Hugo (wall) | ratio to Hugo minimal (wall) | ratio to Hugo minimal (CPU) |"
    echo "|---:|---|---:|---:|---:|---:|---:|---:|---:|"
    for i in "${!ROW_N[@]}"; do
        n=${ROW_N[$i]}
        echo "| $n | ${ROW_GEN[$i]} | ${ROW_WALL[$i]} | ${ROW_CPU[$i]} | $(fmt_mb "${ROW_RSS[$i]}") | ${ROW_FILES[$i]} | $(ratio "${ROW_WALL[$i]}" "${HUGO_WALL[$n]:-}") | $(ratio "${ROW_WALL[$i]}" "${HUGO_MIN_WALL[$n]:-}") | $(ratio "${ROW_CPU[$i]}" "${HUGO_MIN_CPU[$n]:-}") |"
    done
    echo
    if [[ -n ${PORTAL_WALL[1000]:-} && -n ${PORTAL_WALL[10000]:-} ]]; then
        awk -v a="${PORTAL_WALL[1000]}" -v b="${PORTAL_WALL[10000]}" -v c="$CORES" 'BEGIN {
            printf "Per-article cost ratio, news-portal (%d threads): (%.2f s / 10,000) / (%.2f s / 1,000) = %.2f (1.00 = linear; JVM start-up is in both and flatters the larger N)\n", c, b, a, (b / 10000) / (a / 1000) }'
    else
        echo "Per-article cost ratio (10,000 vs 1,000): not measured (run with N = 1000 and 10000)."
    fi
    if [[ -n ${PORTAL_WALL[$SERIAL_N]:-} ]]; then
        for i in "${!ROW_N[@]}"; do
            if [[ ${ROW_N[$i]} == "$SERIAL_N" && ${ROW_GEN[$i]} == "news-portal (--threads 1)" && ${ROW_WALL[$i]} =~ ^[0-9.]+$ ]]; then
                awk -v s="${ROW_WALL[$i]}" -v p="${PORTAL_WALL[$SERIAL_N]}" -v n="$SERIAL_N" -v c="$CORES" \
                    'BEGIN { printf "Parallel speed-up at N=%d: %.2f s on 1 thread / %.2f s on %d threads = %.2fx\n", n, s, p, c, s / p }'
            fi
        done
    fi
} >"$WORK/results.md"

RESULTS=$(new_results_file)
cp -n "$WORK/results.md" "$RESULTS"
log "results written to ${RESULTS#"$ROOT"/}"
cat "$RESULTS"
if ((FAILED)); then
    log "some bakes failed (see above)"
    exit 1
fi

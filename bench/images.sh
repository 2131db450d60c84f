#!/bin/sh
# The image benchmark: JPEG vs WebP at equal SSIM on photo-like scenes, the sample photos and (when
# BENCH_REAL_PHOTOS names a folder of camera JPEGs, which are read and never committed) real photos; then
# a photo-heavy site baked twice.
#   [BENCH_REAL_PHOTOS=DIR] bench/images.sh [ARTICLES]   (default 20 articles, 40 photos of 4000x3000)
# Writes bench/results-YYYY-MM-DD-images.md (-2, -3 … when that file exists).
set -eu
cd "$(dirname "$0")/.."
articles=${1:-20}
mvn -q -B -o test-compile
mvn -q -B -o dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/site"
cp -r jbake.properties content templates assets "$work/site/"
out="bench/results-$(date +%F)-images.md"
n=2
while [ -e "$out" ]; do out="bench/results-$(date +%F)-images-$n.md"; n=$((n + 1)); done
{
  echo "# Images: quality against size, and a second bake — $(date +%F)"
  echo
  echo "Command: \`${BENCH_REAL_PHOTOS:+BENCH_REAL_PHOTOS=$BENCH_REAL_PHOTOS }bench/images.sh $articles\` (commit $(git rev-parse --short HEAD), $(nproc) cores, shared machine)."
  echo
  java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" bench/ImageBench.java \
    content/news/2026/11/photos "$work/site" "$articles" "${BENCH_REAL_PHOTOS:-}"
} > "$out"
cat "$out"

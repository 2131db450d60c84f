#!/usr/bin/env bash
# Lighthouse scores of the baked sample site's front page and one article, mobile and desktop, in Debian's
# chromium. Needs chromium (apt-get install chromium), node and npm; Lighthouse comes from the npm registry.
#   bench/lighthouse.sh [PAGE...]   bakes the site with the jar, serves it on 127.0.0.1 and prints the scores
#                                   of PAGE (site paths; default the front page and the first article)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d)
trap 'kill "${SERVER:-0}" 2>/dev/null || true; rm -rf "$WORK"' EXIT
(cd "$WORK" && npm install --silent --no-audit --no-fund lighthouse@12 >/dev/null)
java -jar "$ROOT/target/news-portal.jar" bake "$ROOT" -o "$WORK/site" >/dev/null 2>&1
PORT=18997
(cd "$WORK/site" && exec python3 -m http.server "$PORT" --bind 127.0.0.1 >/dev/null 2>&1) &
SERVER=$!
sleep 1
ARTICLE=$(cd "$WORK/site" && ls 20*/*/*.html | head -1)
PAGES=("$@")
[ ${#PAGES[@]} -eq 0 ] && PAGES=(index.html "$ARTICLE")
FLAGS="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --no-first-run"
for page in "${PAGES[@]}"; do
  for form in mobile desktop; do
    preset=""; [ "$form" = desktop ] && preset="--preset=desktop"
    out="$WORK/$form-$(basename "$page").json"
    CHROME_PATH=/usr/bin/chromium "$WORK/node_modules/.bin/lighthouse" "http://127.0.0.1:$PORT/$page" --quiet \
      --chrome-flags="$FLAGS" $preset --only-categories=performance,accessibility,best-practices,seo \
      --output=json --output-path="$out" >/dev/null 2>&1
    python3 -c "import json,sys; d=json.load(open(sys.argv[1])); a=d['audits']; print(sys.argv[2], sys.argv[3], ' '.join(f'{k}={v[\"score\"]}' for k,v in d['categories'].items()), 'LCP=%.0fms' % a['largest-contentful-paint']['numericValue'], 'TBT=%.0fms' % a['total-blocking-time']['numericValue'], 'CLS=%.3f' % a['cumulative-layout-shift']['numericValue'], 'bytes=%d' % a['total-byte-weight']['numericValue'])" "$out" "$page" "$form"
  done
done

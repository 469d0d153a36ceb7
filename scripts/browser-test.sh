#!/usr/bin/env bash
# Browser tests of the web UI: starts `corroborate demo` on a free port with a fresh knowledge base, runs the
# Playwright tests in app/src/test/browser against it with Debian's Chromium, and stops the demo.
# Needs: the built jar (app/target/corroborate.jar), Node.js with npm, and /usr/bin/chromium (apt-get install
# chromium; .ci/run installs both). Screenshots: app/target/screenshots/.
# Usage: scripts/browser-test.sh   (CHROMIUM=/path/to/chrome to use another browser)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$root/app/target/corroborate.jar"
chromium="${CHROMIUM:-/usr/bin/chromium}"

[[ -f "$jar" ]] || { echo "browser-test: $jar missing; build first (./mvnw -DskipTests package)" >&2; exit 1; }
[[ -x "$chromium" ]] || { echo "browser-test: no Chromium at $chromium; install it (apt-get install chromium)," \
  "set CHROMIUM, or skip these tests with -DskipBrowserTests" >&2; exit 1; }
command -v npm >/dev/null || { echo "browser-test: npm not found; install Node.js and npm" >&2; exit 1; }

work="$root/app/target/browser-test"
mkdir -p "$work"
java_home="$("$root/scripts/find-jdk.sh")"
log="$work/demo.log"
"$java_home/bin/java" -Xmx4g --enable-native-access=ALL-UNNAMED -jar "$jar" demo --db "$work/demo.db" --port 0 \
  ${CORROBORATE_DEMO_ARGS:-} >"$log" 2>&1 &
demo=$!
trap 'kill $demo 2>/dev/null || true; wait $demo 2>/dev/null || true' EXIT

url=""
for _ in $(seq 1 900); do
  url="$(grep -oE 'at http://[^ ]+/$' "$log" | head -1 | cut -c4- || true)"
  [[ -n "$url" ]] && break
  kill -0 $demo 2>/dev/null || { echo "browser-test: the demo stopped:" >&2; cat "$log" >&2; exit 1; }
  sleep 1
done
[[ -n "$url" ]] || { echo "browser-test: the demo did not start within 15 minutes:" >&2; cat "$log" >&2; exit 1; }
echo "browser-test: demo at $url"

cd "$root/app/src/test/browser"
npm ci --no-audit --no-fund --silent
# A browser that hangs fails the run after ten minutes instead of holding the build.
CORROBORATE_URL="$url" CHROMIUM="$chromium" SCREENSHOTS="$root/app/target/screenshots/" timeout 600 npm test

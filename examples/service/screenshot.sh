#!/bin/sh
# Checks the service's web page in headless Chromium: starts `claimspan serve` on a free loopback
# port, drops an article on the page, presses Extract, counts the highlights in the page's DOM and
# saves a screenshot. A manual browser check, not part of `mvn test` (CI has no browser).
# Needs target/claimspan.jar (mvn -q package -DskipTests), python3 and Chromium; on Debian, as root:
#   apt-get update && apt-get install -y chromium
# Usage: examples/service/screenshot.sh [ARTICLE.txt] [OUT.png] [PROFILES]
#   defaults: examples/articles/xinjiang-visa.txt -> examples/service/page.png, accurate,fast
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
article=${1:-$root/examples/articles/xinjiang-visa.txt}
out=${2:-$here/page.png}
profiles=${3:-accurate,fast}
jar=$root/target/claimspan.jar

if [ ! -f "$jar" ]; then
  echo "screenshot.sh: $jar missing; build it first: mvn -q package -DskipTests" >&2
  exit 1
fi
if ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1; then
  echo "screenshot.sh: no chromium on PATH; install it first (Debian: apt-get install -y chromium)" >&2
  exit 1
fi

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
log=$(mktemp)
java -jar "$jar" serve --host 127.0.0.1 --port "$port" --profile "$profiles" 2>"$log" &
server=$!
trap 'kill -TERM "$server" 2>/dev/null; wait "$server" 2>/dev/null; rm -f "$log"' EXIT INT TERM

# Wait for the models (the accurate profile takes tens of seconds to load).
tries=0
until curl -fs "http://127.0.0.1:$port/readyz" >/dev/null 2>&1; do
  tries=$((tries + 1))
  if [ "$tries" -gt 600 ] || ! kill -0 "$server" 2>/dev/null; then
    echo "screenshot.sh: the server did not get ready:" >&2
    cat "$log" >&2
    exit 1
  fi
  sleep 0.5
done

first_profile=${profiles%%,*}
python3 "$here/page_check.py" --url "http://127.0.0.1:$port/" --article "$article" \
  --profile "$first_profile" --out "$out"

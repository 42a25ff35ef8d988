#!/bin/sh
# Screenshot of a rendered page in headless Chromium: a manual browser check of the HTML view.
# It installs nothing and is not part of `mvn test` (CI has no browser). On Debian, as root:
#   apt-get update && apt-get install -y chromium
# Usage: examples/html/screenshot.sh [PAGE.html] [OUT.png]
#   defaults: examples/html/xinjiang-visa.html -> examples/html/xinjiang-visa.png
set -eu
here=$(cd "$(dirname "$0")" && pwd)
page=${1:-$here/xinjiang-visa.html}
out=${2:-${page%.html}.png}

browser=
for candidate in chromium chromium-browser; do
  if command -v "$candidate" >/dev/null 2>&1; then browser=$candidate; break; fi
done
if [ -z "$browser" ]; then
  echo "screenshot.sh: no chromium on PATH; install it first (Debian: apt-get install -y chromium)" >&2
  exit 1
fi
if [ ! -f "$page" ]; then
  echo "screenshot.sh: $page: no such file" >&2
  exit 1
fi

profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
page_path=$(realpath "$page")
out_path=$(realpath -m "$out")
# No network, no first-run or background services: the page is self-contained.
"$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --screenshot="$out_path" --window-size=1400,1000 \
  "file://$page_path" 2>/dev/null
echo "$out_path"

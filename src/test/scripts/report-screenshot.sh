#!/usr/bin/env bash
# Screenshots a run folder's report.html in headless Chromium and checks that the picture is not
# blank (enough non-white pixels and colours, i.e. the embedded charts rendered).
#   src/test/scripts/report-screenshot.sh RUN_DIR OUT.png
# Exit 0: screenshot written and non-blank; 1: blank or Chromium failed; 2: bad arguments;
# 3: no Chromium installed (Debian: apt-get install chromium) - CI may treat 3 as "skipped".
set -euo pipefail
if [ $# -ne 2 ]; then
  echo "usage: $0 RUN_DIR OUT.png" >&2
  exit 2
fi
run="$1"
out="$2"
report="$(cd "$run" 2>/dev/null && pwd)/report.html" || { echo "report-screenshot: no such folder: $run" >&2; exit 2; }
[ -f "$report" ] || { echo "report-screenshot: $report missing (run: netcap chart $run)" >&2; exit 2; }
browser=""
for b in chromium chromium-browser google-chrome; do
  if command -v "$b" >/dev/null 2>&1; then browser="$b"; break; fi
done
[ -n "$browser" ] || { echo "report-screenshot: no chromium found (Debian: apt-get install chromium)" >&2; exit 3; }
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
rm -f "$out"
timeout 120 "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync --hide-scrollbars \
  --user-data-dir="$profile" --screenshot="$out" --window-size=1280,2000 "file://$report" >/dev/null 2>&1 || true
[ -s "$out" ] || { echo "report-screenshot: chromium wrote no screenshot" >&2; exit 1; }
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
java "$here/PngCheck.java" "$out" 1280 2000

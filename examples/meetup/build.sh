#!/usr/bin/env bash
# Builds the example plug-in into examples/meetup/build/meetup.jar with javac and jar, against
# netcap's jar (which ./netcap builds when it is missing). Then:
#   ./netcap run examples/meetup/meetup.yaml --plugins examples/meetup/build
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
netcap_jar="$root/target/netcap-0.1.0-all.jar"
"$root/netcap" --version >/dev/null   # builds netcap's jar if it is missing or older than its sources
rm -rf "$here/build"
mkdir -p "$here/build/classes"
javac --release 17 -encoding UTF-8 -cp "$netcap_jar" -d "$here/build/classes" $(find "$here/src/main/java" -name '*.java' | sort)
jar --create --file "$here/build/meetup.jar" -C "$here/build/classes" . -C "$here/src/main/resources" .
rm -rf "$here/build/classes"
echo "wrote $here/build/meetup.jar"

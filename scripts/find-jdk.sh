#!/usr/bin/env bash
# Prints the home of a JDK >= 21: $JAVA_HOME if it qualifies, else the java on PATH, else the newest under
# /usr/lib/jvm or /opt. Exits 1 with a message naming what to install when there is none.
set -euo pipefail

major_of() {
  local java="$1"
  "$java" -version 2>&1 | head -n 1 | sed -E 's/.*version "([0-9]+)(\.[^"]*)?".*/\1/'
}

qualifies() {
  local home="$1"
  [[ -x "$home/bin/java" && -x "$home/bin/javac" ]] || return 1
  local major
  major="$(major_of "$home/bin/java")"
  [[ "$major" =~ ^[0-9]+$ ]] && (( major >= 21 ))
}

if [[ -n "${JAVA_HOME:-}" ]] && qualifies "$JAVA_HOME"; then
  echo "$JAVA_HOME"
  exit 0
fi
if command -v java >/dev/null 2>&1; then
  home="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
  if qualifies "$home"; then
    echo "$home"
    exit 0
  fi
fi
best=""
best_major=0
for home in /usr/lib/jvm/* /opt/*jdk* /opt/java/*; do
  [[ -d "$home" ]] || continue
  if qualifies "$home"; then
    major="$(major_of "$home/bin/java")"
    if (( major > best_major )); then
      best="$home"
      best_major="$major"
    fi
  fi
done
if [[ -n "$best" ]]; then
  echo "$best"
  exit 0
fi
echo "corroborate: no JDK 21 or newer found (looked at \$JAVA_HOME, java on PATH, /usr/lib/jvm, /opt);" \
  "install one (e.g. 'apt-get install openjdk-21-jdk-headless' or Temurin 21+) or set JAVA_HOME" >&2
exit 1

#!/usr/bin/env bash
# Builds PyGov and starts the whole platform on this machine: PostgreSQL, Kafka, Keycloak, SMTP and the
# four services. Needs only a JDK 17+. Options go to the launcher (./start.sh --help); Ctrl-C stops everything.
# `./start.sh clock [+14d]` prints (and moves forward) the running platform's clock, without building.
set -euo pipefail
cd "$(dirname "$0")"
if [[ "${1:-}" == "clock" ]]; then
  exec java -jar devstack/target/pygov-devstack.jar "$@"
fi

# One line per module with the seconds since the build began, errors as they come; the whole log stays in a file.
build_progress() {
  local began=$SECONDS downloads=0 line
  while IFS= read -r line; do
    if [[ $line =~ ^\[INFO\]\ Building\ (.+)\ [^\ ]+\ +\[([0-9]+)/([0-9]+)\]$ ]]; then
      printf '[build %4ss] %s/%s %s\n' $((SECONDS - began)) "${BASH_REMATCH[2]}" "${BASH_REMATCH[3]}" "${BASH_REMATCH[1]}"
    elif [[ $line == Downloaded\ from* || $line == \[INFO\]\ Downloaded\ from* ]]; then
      downloads=$((downloads + 1))
      if ((downloads % 200 == 0)); then
        printf '[build %4ss] %s artefacts downloaded so far (a cold Maven repository takes a few minutes)\n' $((SECONDS - began)) "$downloads"
      fi
    elif [[ $line == \[ERROR\]* || $line == "[INFO] BUILD "* ]]; then
      printf '[build %4ss] %s\n' $((SECONDS - began)) "${line#\[INFO\] }"
    fi
  done
}

mkdir -p target
build_log=target/start-build.log
echo "[build] ./mvnw -DskipTests install (whole log: $build_log)"
if ! ./mvnw -B -DskipTests install 2>&1 | tee "$build_log" | build_progress; then
  echo "[build] failed; see $build_log" >&2
  exit 1
fi
exec java -jar devstack/target/pygov-devstack.jar "$@"

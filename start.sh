#!/usr/bin/env bash
# Builds PyGov and starts the whole platform on this machine: PostgreSQL, Kafka, Keycloak, SMTP and the
# four services. Needs only a JDK 17+. Options go to the launcher (./start.sh --help); Ctrl-C stops everything.
set -euo pipefail
cd "$(dirname "$0")"
./mvnw -q -DskipTests install
exec java -jar devstack/target/pygov-devstack.jar "$@"

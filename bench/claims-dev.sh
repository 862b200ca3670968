#!/usr/bin/env bash
# Scores the claim reader on the development set of real news sentences (../shared/claims/dev.tsv):
# per language and per kind, on all rows and on the decisive rows (where "unverifiable" is not an
# acceptable verdict), beside the score of answering "unverifiable" to everything, and lists every
# miss with the reader's reading. Needs ../shared beside the repository.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
./mvnw -q -B -Pspecimens -pl burdenshare-store -am install -DskipTests >/dev/null
# the report is written before the floors are asserted: show it even when a floor fails
status=0
./mvnw -q -B -Pspecimens -pl burdenshare-store verify \
  -Dtest=ClaimsDevSetTest -Dsurefire.failIfNoSpecifiedTests=false >/dev/null || status=$?
cat burdenshare-store/target/claims-dev-report.txt
if [ "$status" -ne 0 ]; then
  echo "The score fell below a floor of ClaimsDevSetTest (see the misses above)." >&2
fi
exit "$status"

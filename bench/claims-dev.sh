#!/usr/bin/env bash
# Scores the claim reader on the development set of real news sentences (../shared/claims/dev.tsv),
# read as a user runs it (no language given): per language and per kind, on all rows and on the
# decisive rows (where "unverifiable" is not an acceptable verdict), beside the score of answering
# "unverifiable" to everything, and the same with each row's language given.
#
#   bench/claims-dev.sh            the whole set, and the misses of half A
#   bench/claims-dev.sh --halves   the same, with the two halves side by side: the set is split by
#                                  article (a stable hash of its address); rules are written from
#                                  the misses of half A only, half B is scored as a number only
#   bench/claims-dev.sh --all-misses   every miss, of both halves (for a final look, not to tune on)
#
# Needs ../shared beside the repository.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
misses=seen
halves=no
for arg in "$@"; do
  case "$arg" in
    --halves) halves=yes ;;
    --all-misses) misses=all ;;
    *) echo "usage: bench/claims-dev.sh [--halves] [--all-misses]" >&2; exit 2 ;;
  esac
done
# built with the reactor (-am), so that this checkout's modules are measured, not a snapshot that
# another checkout installed; the report is written before the floors are asserted: show it even
# when a floor fails
status=0
rm -f burdenshare-store/target/claims-dev-report.txt
./mvnw -q -B -o -Pspecimens -pl burdenshare-store -am verify -Dclaims.misses="$misses" \
  -Dtest=ClaimsDevSetTest -Dsurefire.failIfNoSpecifiedTests=false >/dev/null || status=$?
if [ ! -f burdenshare-store/target/claims-dev-report.txt ]; then
  echo "The development set was not scored: see burdenshare-store/target/surefire-reports." >&2
  exit 1
fi
report=burdenshare-store/target/claims-dev-report.txt
if [ "$halves" = yes ]; then
  # the two halves' tables side by side, then the misses of half A
  awk '/^Half A/{p=1} /^Half B/{p=0} p' "$report" | sed -n '1,/^by kind/p' | sed '$d' >/tmp/claims-half-a.$$
  awk '/^Half B/{p=1} /^The whole set/{p=0} p' "$report" | sed -n '1,/^by kind/p' | sed '$d' >/tmp/claims-half-b.$$
  paste -d'|' /tmp/claims-half-a.$$ /tmp/claims-half-b.$$ | column -t -s'|' -o '  |  '
  rm -f /tmp/claims-half-a.$$ /tmp/claims-half-b.$$
  echo
fi
cat "$report"
if [ "$status" -ne 0 ]; then
  echo "The score fell below a floor of ClaimsDevSetTest (see the report above)." >&2
fi
exit "$status"

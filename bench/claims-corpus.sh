#!/usr/bin/env bash
# Throughput of `burdenshare check --corpus` on all cores: 10,000 synthetic articles of about
# 1,000 words (sentences of the kinds the reader judges, with countries, years and numbers drawn
# at random, among sentences without claims), checked into a JSONL file. Prints articles/s; the
# baseline is the same run on one core (taskset), in the same run.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
n="${1:-10000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 - "$n" "$work/corpus.jsonl" <<'PY'
import json, random, sys
random.seed(7)
countries = ["Germany", "France", "Poland", "Spain", "Italy", "Canada", "Norway", "Belgium",
             "the Netherlands", "Estonia", "Latvia", "Greece", "Turkey", "the United Kingdom"]
kinds = [
  "{c} spent {p:.2f} percent of its GDP on defence in {y}.",
  "In {y}, only {k} allies met the 2 percent target.",
  "{c} is expected to spend {p:.1f} percent of GDP on defense in {y} and {c2} nearly {q:.1f} percent.",
  "That leaves {c} {o} out of NATO's 29 members in terms of GDP spent on defence.",
  "{c} increased defence spending by {r} percent in {y}.",
  "The U.S. spends more on defense than all other 28 allies combined.",
  "{c} is the alliance's lowest defense spender, setting aside just {p:.2f} percent of its GDP in {y}.",
]
filler = ("The ministers met in Brussels on Thursday to discuss the situation at the eastern "
          "border and the state of the armed forces, officials said after the meeting.")
with open(sys.argv[2], "w") as f:
    for i in range(int(sys.argv[1])):
        parts, words = [], 0
        while words < 1000:
            s = random.choice(kinds).format(
                c=random.choice(countries), c2=random.choice(countries), y=random.randint(2014, 2024),
                p=random.uniform(0.5, 4.5), q=random.uniform(0.5, 4.5), k=random.randint(3, 24),
                o=random.choice(["10th", "20th", "third"]), r=random.randint(1, 40)) if random.random() < 0.3 else filler
            parts.append(s); words += len(s.split())
        f.write(json.dumps({"id": "a%05d" % i, "date": "2024-07-01", "text": " ".join(parts)}) + "\n")
PY
./burdenshare --version >/dev/null
echo "all cores ($(nproc)):"
./burdenshare check --corpus "$work/corpus.jsonl" --out "$work/all.jsonl" 2>&1 >/dev/null | tail -1
echo "one core (baseline):"
BURDENSHARE_JAVA_OPTS="-XX:ActiveProcessorCount=1" \
  ./burdenshare check --corpus "$work/corpus.jsonl" --out "$work/one.jsonl" 2>&1 >/dev/null | tail -1

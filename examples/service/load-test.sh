#!/bin/sh
# A load run of `claimspan serve` on loopback (127.0.0.1 only), bounded in time, beside the command
# line's own batch speed on the same documents:
#   1. `claimspan extract --threads N` over the documents repeated --repeat times (its summary line
#      gives docs/s, model loading excluded);
#   2. ServiceLoadRun (test code): the library's extractAll on N workers for --baseline-seconds, then
#      a server with N workers driven by --clients concurrent clients for --seconds; it reports
#      docs/s and latency percentiles and fails on any 5xx, lost, duplicated or mismatched document.
# It takes every core for a few minutes. Needs Maven, Java 17 and python3.
# Usage: examples/service/load-test.sh [--profile fast] [--threads 2] [--clients 32] [--seconds 60]
#          [--baseline-seconds 30] [--repeat 100] [--docs examples/articles]
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"

profile=fast threads=2 clients=32 seconds=60 baseline=30 repeat=100 docs=examples/articles
while [ $# -gt 1 ]; do
  case $1 in
    --profile) profile=$2 ;;
    --threads) threads=$2 ;;
    --clients) clients=$2 ;;
    --seconds) seconds=$2 ;;
    --baseline-seconds) baseline=$2 ;;
    --repeat) repeat=$2 ;;
    --docs) docs=$2 ;;
    *) echo "load-test.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift 2
done
if [ $# -ne 0 ]; then echo "load-test.sh: option $1 needs a value" >&2; exit 2; fi

mvn -B -ntp -q package -DskipTests
mvn -B -ntp -q test-compile
mvn -B -ntp -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/load-classpath.txt

echo "== claimspan extract --profile $profile --threads $threads over $docs repeated $repeat times"
python3 - "$docs" "$repeat" target/load-docs.jsonl <<'EOF'
import json, os, sys
folder, repeat, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
names = sorted(n for n in os.listdir(folder) if n.endswith(".txt"))
with open(out, "w", encoding="utf-8") as jsonl:
    for r in range(repeat):
        for name in names:
            text = open(os.path.join(folder, name), encoding="utf-8").read()
            jsonl.write(json.dumps({"id": f"{name[:-4]}-{r}", "text": text}) + "\n")
EOF
java -jar target/claimspan.jar extract --profile "$profile" --threads "$threads" --format jsonl \
  target/load-docs.jsonl 2>&1 >/dev/null | tail -1

echo "== service load run"
java -cp "target/test-classes:target/classes:$(cat target/load-classpath.txt)" org.claimspan.service.ServiceLoadRun \
  --profile "$profile" --threads "$threads" --clients "$clients" --seconds "$seconds" \
  --baseline-seconds "$baseline" --docs "$docs"

#!/bin/bash
# g40kg push against a fresh local Oxigraph server: a first push, a push of the unchanged graph, and a push
# after one changed document; the server folder's size after each, and the default graph's triple count
# polled every 2 s during each push (what --endpoint readers see).
#
# usage: benchmarks/push.sh CODE PORT GRAPH_A GRAPH_B WORK [push options]
#   CODE     the checkout to measure (PYTHONPATH), e.g. . or an exported older commit
#   GRAPH_A  a built graph folder (benchmarks/generate.py --docs 2000, then g40kg build)
#   GRAPH_B  the same graph rebuilt after one document changed (cp -r GRAPH_A GRAPH_B; edit; build)
#   WORK     a scratch folder (deleted first)
# e.g. benchmarks/push.sh . 18745 /tmp/graaf /tmp/graafB /tmp/push-run --update-url http://127.0.0.1:18745/update
set -u
CODE=$1; PORT=$2; A=$3; B=$4; W=$5; shift 5
rm -rf "$W"; mkdir -p "$W"; cp -r "$A" "$W/A"
g() { PYTHONPATH="$CODE" python -c "from graph.cli import main; main()" "$@"; }
oxigraph serve --location "$W/ox" --bind "127.0.0.1:$PORT" > "$W/ox.log" 2>&1 & OX=$!
for _ in $(seq 30); do curl -s -o /dev/null "http://127.0.0.1:$PORT/query?query=ASK%7B%7D" && break; sleep 1; done
poll() { while kill -0 "$1" 2>/dev/null; do
  printf "%s " "$(curl -s -m 30 "http://127.0.0.1:$PORT/query" -H 'Accept: text/csv' \
    --data-urlencode 'query=SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }' | tail -1 | tr -d '\r')"; sleep 2; done; echo; }
step() { local name=$1 graph=$2; shift 2; local start; start=$(date +%s.%N)
  g --graph "$graph" push --store-url "http://127.0.0.1:$PORT/store" "$@" --format json > "$W/$name.json" 2> "$W/$name.err" &
  local pid=$!; poll $pid > "$W/$name.poll"; wait $pid; local rc=$?
  echo "$name rc=$rc wall=$(echo "$(date +%s.%N) - $start" | bc) s, server $(du -sm "$W/ox" | cut -f1) MB"
  echo "  $(tr -d '\n ' < "$W/$name.json" | cut -c1-400)"; echo "  default graph every 2 s: $(cat "$W/$name.poll")"; }
step first "$W/A" "$@"
step unchanged "$W/A" "$@"
cp -r "$W/A" "$W/B" && rm -rf "$W/B/oxigraph" "$W/B/graph.nq" "$W/B/manifest.json"   # keep A's cache/push record
cp -r "$B/oxigraph" "$B/graph.nq" "$B/manifest.json" "$W/B/"
step one-changed "$W/B" "$@"
echo "server folder after three pushes: $(du -sm "$W/ox" | cut -f1) MB"
kill $OX

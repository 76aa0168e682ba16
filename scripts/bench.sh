#!/usr/bin/env bash
# Benchmarks of digikomp at national scale, with hyperfine (medians) and GNU time
# (peak memory). Deterministic data from `examples/gen.rs` (seed 1).
#
#   bash scripts/bench.sh            # everything, about two minutes
#   BENCH_RUNS=10 bash scripts/bench.sh
#
# Prints a table of medians and peak memory against the targets, and keeps the raw
# hyperfine JSON in target/bench/.
set -euo pipefail
cd "$(dirname "$0")/.."

need() { command -v "$1" >/dev/null 2>&1; }
missing=()
need hyperfine || missing+=(hyperfine)
need mlr || missing+=(miller)
[ -x /usr/bin/time ] || missing+=(time)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing ${missing[*]} (Debian packages)" >&2
  if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
  else sudo apt-get update -qq && sudo apt-get install -y -qq "${missing[@]}" >/dev/null; fi
fi

runs=${BENCH_RUNS:-20}
out=target/bench
data=$out/data
mkdir -p "$data"
cargo build --release --quiet --bin digikomp --example gen
bin=$PWD/target/release/digikomp
gen=$PWD/target/release/examples/gen
export NO_COLOR=1 COLUMNS=100

# Data: workshop exports of N records (N/3 respondents, three rounds) and one
# person's data dir of 1,000 attempts.
for n in 1000 5000 15000 50000; do
  [ -f "$data/$n.csv" ] || "$gen" csv "$n" "$data/$n.csv"
done
[ -d "$data/json15000" ] || "$gen" json 15000 "$data/json15000"
[ -d "$data/attempts1000" ] || "$gen" attempts 1000 "$data/attempts1000"
cols=$(head -1 "$data/15000.csv" | tr ';' '\n' | grep -E '^[0-9]{3}$' | paste -sd, -)

# name|command|target (ms)|memory target (MB)
cases=(
  "workshop 1k CSV|$bin workshop $data/1000.csv||"
  "workshop 5k CSV|$bin workshop $data/5000.csv||"
  "workshop 15k CSV|$bin workshop $data/15000.csv|100|64"
  "workshop 50k CSV|$bin workshop $data/50000.csv||"
  "workshop 15k as 5,000 JSON files|$bin workshop $data/json15000|100|64"
  "mlr stats1 15k CSV|mlr --icsv --ifs ; stats1 -a mean,count -f $cols $data/15000.csv||"
  "history, 1,000 attempts|env DIGIKOMP_DATA_DIR=$data/attempts1000 $bin history|30|"
  "progress, 1,000 attempts|env DIGIKOMP_DATA_DIR=$data/attempts1000 $bin progress|30|"
  "--version|$bin --version|5|"
)

rows=()
for c in "${cases[@]}"; do
  IFS='|' read -r name cmd target mem <<<"$c"
  file="$out/$(echo "$name" | tr -c 'a-zA-Z0-9' '_').json"
  hyperfine --warmup 3 --runs "$runs" -N --export-json "$file" "$cmd" >/dev/null 2>&1
  median=$(python3 -c "import json,sys; print(f\"{json.load(open(sys.argv[1]))['results'][0]['median']*1000:.1f}\")" "$file")
  # shellcheck disable=SC2086
  /usr/bin/time -f '%M' -o "$out/peak.txt" $cmd >/dev/null 2>&1 || true
  peak=$(tail -1 "$out/peak.txt")
  peak_mb=$(python3 -c "print(f'{int(\"$peak\")/1024:.1f}')" 2>/dev/null || echo "?")
  rows+=("$name|$median|$target|$peak_mb|$mem")
done

printf '\n%-36s %10s %10s %10s %10s\n' "benchmark" "median ms" "target ms" "peak MB" "target MB"
for r in "${rows[@]}"; do
  IFS='|' read -r name median target peak mem <<<"$r"
  printf '%-36s %10s %10s %10s %10s\n' "$name" "$median" "${target:--}" "$peak" "${mem:--}"
done
dk=$(printf '%s\n' "${rows[@]}" | grep '^workshop 15k CSV|' | cut -d'|' -f2)
ml=$(printf '%s\n' "${rows[@]}" | grep '^mlr stats1' | cut -d'|' -f2)
python3 -c "print(f'\nmlr / digikomp on the 15k CSV: {float(\"$ml\")/float(\"$dk\"):.1f}x (target: at least 2x)')"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"

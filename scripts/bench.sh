#!/usr/bin/env bash
# Benchmarks of digikomp against the tools people would otherwise use for the same
# group report, at 15k, 150k and 1M records in one CSV; digikomp's personal
# commands; and digikomp on hostile 1 MB inputs. hyperfine medians, GNU time peak
# memory, deterministic data from `examples/gen.rs` (seed 1).
#
#   bash scripts/bench.sh                          # all three sizes
#   BENCH_SIZES="15000 150000" bash scripts/bench.sh
#   BENCH_RUNS=5 BENCH_SKIP="miller pandas" bash scripts/bench.sh
#   BENCH_SIZES=none bash scripts/bench.sh         # only the hostile inputs
#
# The work, for every tool: keep each respondent's latest record (by date; on the
# same date, the later one in the file), then per statement n, mean, median,
# sample sd, the distribution over 1..7 and the shares >= 6 and <= 3; per area the
# mean, median and sd of the respondents' area means and the shares over all its
# ratings; overall the mean, median and sd of each respondent's mean; the five
# lowest statements. The alternatives live in scripts/bench/ (polars, pandas,
# DuckDB, Miller, which gives per-statement count, mean, median and sd) and
# examples/floor.rs (the csv crate alone: per-statement n, mean and histogram).
# Before any timing, scripts/bench/agree.py checks each one's figures against
# digikomp's (relative 1e-9) at every size, and first on a small file with empty
# cells, rows out of order and same-date ties (scripts/bench/edge.py); one that
# disagrees is not timed, and the run ends with status 1.
#
# Missing tools are installed (Debian: hyperfine, miller, time; pip: polars,
# pandas, duckdb-cli); an alternative that cannot be installed is skipped with a
# note. Data is cached in $BENCH_DIR/data (default target/bench/data, under
# CARGO_TARGET_DIR when that is set), hyperfine's JSON and every tool's output next
# to it.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$SECONDS

sizes=${BENCH_SIZES:-15000 150000 1000000}
[ "$sizes" = none ] && sizes=
skip=" ${BENCH_SKIP:-} "
target_dir=${CARGO_TARGET_DIR:-$PWD/target}
out=${BENCH_DIR:-$target_dir/bench}
data=$out/data
mkdir -p "$data"
note() { printf '%s\n' "$*" >&2; }
need() { command -v "$1" >/dev/null 2>&1; }

# ---------------------------------------------------------------- tools ----
apt_updated=
apt_install() {
  local sudo=
  [ "$(id -u)" = 0 ] || sudo=sudo
  [ -n "$apt_updated" ] || { $sudo apt-get update -qq >/dev/null 2>&1 || true; apt_updated=1; }
  $sudo apt-get install -y -qq "$@" >/dev/null 2>&1
}
pip_install() { python3 -m pip install -q "$@" >/dev/null 2>&1; }
has_py() { python3 -c "import $1" >/dev/null 2>&1; }
need hyperfine || apt_install hyperfine || { note "hyperfine is needed and could not be installed"; exit 1; }
need mlr || apt_install miller || note "note: miller could not be installed; Miller is skipped"
[ -x /usr/bin/time ] || apt_install time || note "note: GNU time could not be installed; no peak memory"
has_py polars || pip_install polars || note "note: polars could not be installed; polars is skipped"
has_py pandas || pip_install pandas || note "note: pandas could not be installed; pandas is skipped"
need duckdb || pip_install duckdb-cli || note "note: duckdb-cli could not be installed; DuckDB is skipped"
hash -r
# The interpreter itself, not a pyenv shim (a shell script: +60 ms a start).
py=$(python3 -c 'import sys; print(sys.executable)')
# pip's `duckdb` is a Python wrapper that starts the binary in the package (behind
# pyenv's shim, 241 ms for `SELECT 1` instead of 14): time the binary, as a release
# install would run it.
duckdb_bin=$("$py" -c 'import duckdb_cli, os; print(os.path.join(os.path.dirname(duckdb_cli.__file__), "duckdb"))' 2>/dev/null || true)
[ -x "$duckdb_bin" ] || duckdb_bin=$(command -v duckdb || true)

cargo build --release --quiet -j "${BENCH_JOBS:-1}" --bin digikomp --example gen --example floor
# Other work on the machine shows in the timings: say how busy it was.
echo "load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
bin=$target_dir/release/digikomp
gen=$target_dir/release/examples/gen
floor=$target_dir/release/examples/floor
export NO_COLOR=1 COLUMNS=100

# Which alternatives run: name|what it computes|command, with {csv} for the file.
alternatives=("floor|statements: n, mean, distribution|$floor {csv}")
has_py polars && alternatives+=("polars|all|$py $PWD/scripts/bench/polars_work.py {csv}")
has_py pandas && alternatives+=("pandas|all|$py $PWD/scripts/bench/pandas_work.py {csv}")
[ -n "$duckdb_bin" ] &&
  alternatives+=("duckdb|all|env BENCH_CSV={csv} $duckdb_bin -f $PWD/scripts/bench/duckdb_work.sql")
need mlr && alternatives+=("miller|statements: n, mean, median, sd|bash $PWD/scripts/bench/mlr.sh {csv}")

# ------------------------------------------------------------- measuring ----
# time_it NAME FLAGS... -- COMMAND: hyperfine's median in ms into $median, the mean
# CPU time (user + system, every thread) in ms into $cpu, and GNU time's peak in MB
# into $peak. NAME names the JSON kept in $out.
time_it() {
  local name=$1 file
  shift
  local flags=()
  while [ "$1" != -- ]; do flags+=("$1"); shift; done
  shift
  file="$out/$(printf '%s' "$name" | tr -c 'a-zA-Z0-9' '_').json"
  median=failed cpu='?' peak='?'
  hyperfine -N "${flags[@]}" --export-json "$file" "$*" >/dev/null 2>"$out/hyperfine.err" || {
    note "hyperfine failed on $name: $(head -3 "$out/hyperfine.err")"; return 0; }
  read -r median cpu < <(python3 -c 'import json,sys
r = json.load(open(sys.argv[1]))["results"][0]
print("%.1f %.0f" % (r["median"] * 1000, (r["user"] + r["system"]) * 1000))' "$file")
  if [ -x /usr/bin/time ]; then
    # The command split into words as hyperfine -N splits it (quotes kept together).
    local argv
    eval "argv=($*)"
    /usr/bin/time -f '%M' -o "$out/peak.txt" "${argv[@]}" >/dev/null 2>&1 || true
    peak=$(tail -1 "$out/peak.txt" | awk '/^[0-9]+$/ {printf "%.1f", $1/1024; ok=1} END {if (!ok) print "?"}')
  fi
}

# runs_for N: hyperfine's warmup and runs for N records (BENCH_RUNS overrides runs).
runs_for() {
  local warmup runs
  if [ "$1" -le 20000 ]; then warmup=3 runs=20
  elif [ "$1" -le 200000 ]; then warmup=2 runs=10
  else warmup=1 runs=3; fi
  echo "--warmup $warmup --runs ${BENCH_RUNS:-$runs}"
}

# ------------------------------------------------------- the comparisons ----
summary=()   # size|tool|median|ratio|peak
failures=0

# run_all N CSV RES: runs digikomp and every alternative once on CSV, keeping
# their JSON in RES; sets $ref (digikomp's report, else the first alternative
# with every figure) and $ran (the alternatives that succeeded: name|work|cmd).
run_all() {
  local n=$1 csv=$2 res=$3 entry name work cmd
  ref='' ran=()
  # --exact: the alternatives compute the exact figures, and so must the reference.
  if "$bin" workshop "$csv" --format json --exact >"$res/digikomp.json" 2>"$res/digikomp.err" &&
    python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); sys.exit(d["skipped"] or not d["records_read"])' "$res/digikomp.json"; then
    ref=digikomp
  else
    echo "digikomp REFUSES this file: $(grep -v '^$' "$res/digikomp.err" | head -2 | sed "s|$data/||g" | tr '\n' ' ')"
  fi
  for entry in "${alternatives[@]}"; do
    IFS='|' read -r name work cmd <<<"$entry"
    case $skip in *" $name "*) echo "$name: skipped (BENCH_SKIP)"; continue ;; esac
    cmd=${cmd//\{csv\}/$csv}
    # shellcheck disable=SC2086
    if ! $cmd >"$res/$name.json" 2>"$res/$name.err"; then
      echo "$name FAILED at $n records: $(tail -2 "$res/$name.err" | tr '\n' ' ')"
      failures=$((failures + 1)); continue
    fi
    if [ -z "$ref" ] && [ "$work" = all ]; then
      ref=$name
      echo "reference: $name (digikomp could not read the file; the others are checked against it)"
    fi
    ran+=("$name|$work|$cmd")
  done
}

# table N: prints the rows of size N in $summary.
table() {
  local s sn tool med ratio cpu peak work
  printf '\n%-10s %10s %11s %9s %9s  %s\n' "tool" "median ms" "/ digikomp" "CPU ms" "peak MB" "computes"
  for s in "${summary[@]}"; do
    IFS='|' read -r sn tool med ratio cpu peak work <<<"$s"
    [ "$sn" = "$1" ] || continue
    [ "$ratio" = - ] || ratio=${ratio}x
    printf '%-10s %10s %11s %9s %9s  %s\n' "$tool" "$med" "$ratio" "$cpu" "$peak" "$work"
  done
}

# check_all N RES: agree.py on each alternative in $ran against $ref; those that
# agree go into $timed.
check_all() {
  local entry name work cmd
  timed=()
  for entry in "${ran[@]}"; do
    IFS='|' read -r name work cmd <<<"$entry"
    if [ "$name" != "$ref" ] && ! python3 scripts/bench/agree.py "$2/$ref.json" "$2/$name.json"; then
      echo "$name DISAGREES with $ref on $1: not timed"
      failures=$((failures + 1)); continue
    fi
    timed+=("$entry")
  done
}

# generated N: the path of a cached CSV of N records.
generated() {
  # One round (no labels): a report then keeps each respondent's latest record,
  # as every alternative does; with rounds, digikomp never mixes them.
  if [ ! -f "$data/one-round-$1.csv" ]; then
    note "generating $1 records ..."
    "$gen" --one-round csv "$1" "$data/one-round-$1.csv.part" &&
      mv "$data/one-round-$1.csv.part" "$data/one-round-$1.csv"
  fi
  echo "$data/one-round-$1.csv"
}

compare_size() {
  local n=$1 csv res=$out/out/$1 mb dk_median='' entry name work cmd flags
  mkdir -p "$res"
  csv=$(generated "$n")
  mb=$(awk -v b="$(stat -c %s "$csv")" 'BEGIN {printf "%.1f", b / 1e6}')
  echo
  echo "== $n records in one CSV ($mb MB, $((n / 3)) respondents) =="
  run_all "$n" "$csv" "$res"
  # The agreement check, before any timing: one that disagrees is not timed.
  check_all "$n records" "$res"
  read -r -a flags <<<"$(runs_for "$n")"
  note "timing $n records (${flags[*]}) ..."
  echo "load average before timing: $(cut -d' ' -f1-3 /proc/loadavg)"
  if [ "$ref" = digikomp ]; then
    time_it "digikomp $n" "${flags[@]}" -- "$bin" workshop "$csv" --format json --exact
    dk_median=$median
    summary+=("$n|digikomp|$median|1.0|$cpu|$peak|all")
  else
    summary+=("$n|digikomp|refused|-|-|-|refused: larger than its limit, or unreadable")
  fi
  for entry in "${timed[@]}"; do
    IFS='|' read -r name work cmd <<<"$entry"
    # shellcheck disable=SC2086
    time_it "$name $n" "${flags[@]}" -- $cmd
    local ratio=-
    if [ -n "$dk_median" ] && [ "$median" != failed ]; then
      ratio=$(awk -v a="$median" -v d="$dk_median" 'BEGIN {printf "%.1f", a / d}')
    fi
    summary+=("$n|$name|$median|$ratio|$cpu|$peak|$work")
  done
  table "$n"
}

# The generated data has no empty cell and no tie: check the semantics on a file
# that has them before trusting agreement on the big ones.
mkdir -p "$out/out/edge"
python3 scripts/bench/edge.py "$(generated 3000)" "$data/edge.csv"
echo
echo "== agreement on edge cases (empty cells and areas, rows out of order, same-date ties) =="
run_all edge "$data/edge.csv" "$out/out/edge"
check_all "the edge cases" "$out/out/edge"

for n in $sizes; do compare_size "$n"; done

# ------------------------------------------- digikomp's own other cases ----
[ -d "$data/json15000" ] || "$gen" json 15000 "$data/json15000"
[ -d "$data/attempts1000" ] || "$gen" attempts 1000 "$data/attempts1000"
read -r -a small <<<"$(runs_for 15000)"
# name|command|target ms|target MB
cases=(
  "workshop 15k as 5,000 JSON files|$bin workshop $data/json15000|100|64"
  "history, 1,000 attempts|env DIGIKOMP_DATA_DIR=$data/attempts1000 $bin history|30|"
  "progress, 1,000 attempts|env DIGIKOMP_DATA_DIR=$data/attempts1000 $bin progress|30|"
  "--version|$bin --version|5|"
)
echo
echo "== digikomp's other cases =="
printf '%-36s %10s %10s %10s %10s\n' "benchmark" "median ms" "target ms" "peak MB" "target MB"
for c in "${cases[@]}"; do
  IFS='|' read -r name cmd target mem <<<"$c"
  # shellcheck disable=SC2086
  time_it "$name" "${small[@]}" -- $cmd
  printf '%-36s %10s %10s %10s %10s\n' "$name" "$median" "${target:--}" "$peak" "${mem:--}"
done

# What the alternatives spend before reading a byte: the interpreter and imports.
startup=()
for entry in "${alternatives[@]}"; do
  case ${entry%%|*} in
    polars) startup+=("$py -c 'import polars'") ;;
    pandas) startup+=("$py -c 'import pandas'") ;;
    duckdb) startup+=("$duckdb_bin -c 'SELECT 1'") ;;
    miller) startup+=("mlr -n put 'end {}'") ;;
  esac
done
if [ ${#startup[@]} -gt 0 ]; then
  echo
  echo "== start-up alone, part of each alternative's time above =="
  printf '%-36s %10s %10s\n' "command" "median ms" "peak MB"
  for cmd in "${startup[@]}"; do
    time_it "startup $cmd" "${small[@]}" -- "$cmd"
    shown=${cmd/#"$duckdb_bin"/duckdb}
    printf '%-36s %10s %10s\n' "${shown/#"$py"/python3}" "$median" "$peak"
  done
fi

# ------------------------------------------------------ hostile inputs ----
hostile=$data/hostile
python3 scripts/bench/hostile.py "$hostile" questions/digikomp.toml
# name|command
cases=(
  "export, 80,000 answer keys|$bin workshop $hostile/wide-answers.json"
  "JSON nested 500,000 deep|$bin workshop $hostile/nested.json"
  "CSV with one 1 MB line|$bin workshop $hostile/long-line.csv"
  "CSV header of 100,000 columns|$bin workshop $hostile/wide-header.csv"
  "question set, 20,000 statements|$bin questions --check $hostile/statements.toml"
  "history, one 1 MB attempt file|env DIGIKOMP_DATA_DIR=$hostile/attempts $bin history"
  "two 500,000-character labels|$bin workshop $hostile/long-labels.csv --group-by label"
  "5,700 look-alike labels|$bin workshop $hostile/many-labels.csv --group-by label"
  "9,000 workplaces of one|$bin workshop $hostile/many-groups.csv --group-by workplace"
  "3,000 workplaces of three|$bin workshop $hostile/groups-of-3.csv --group-by workplace"
  "3,000 workplaces of three, csv|$bin workshop $hostile/groups-of-3.csv --group-by workplace -f csv"
  "3,000 workplaces of three, xlsx|$bin workshop $hostile/groups-of-3.csv --group-by workplace -f xlsx -o $hostile/out.xlsx --force"
  "2,800 records, one id, all differ|$bin workshop $hostile/id-clash.json --exact"
  "invisible characters, formulas|$bin workshop $hostile/invisible.csv --group-by workplace -f csv"
)
echo
echo "== digikomp on hostile 1 MB inputs (target 50 ms and 100 MB each) =="
printf '%-34s %10s %6s %9s %5s  %s\n' "input" "median ms" "< 50" "peak MB" "exit" "what digikomp said (first line)"
for c in "${cases[@]}"; do
  IFS='|' read -r name cmd <<<"$c"
  # shellcheck disable=SC2086
  time_it "hostile $name" -i "${small[@]}" -- $cmd
  code=0
  # shellcheck disable=SC2086
  $cmd >/dev/null 2>"$out/said.txt" || code=$?
  said=$(head -1 "$out/said.txt" | sed "s|$hostile/||g" | cut -c1-100)
  verdict=ok
  [ "$median" != failed ] && awk -v m="$median" 'BEGIN {exit !(m > 50)}' && verdict=SLOW
  [ "$peak" != '?' ] && awk -v p="$peak" 'BEGIN {exit !(p > 100)}' && verdict=BIG
  printf '%-34s %10s %6s %9s %5s  %s\n' "$name" "$median" "$verdict" "$peak" "$code" "${said:-(nothing)}"
done

# ------------------------------------------------------------ summary ----
echo
echo "== summary: median ms (/ digikomp), peak MB =="
printf '%-10s' "tool"
for n in $sizes; do printf ' %30s' "$n records"; done
echo
tools=(digikomp)
for entry in "${alternatives[@]}"; do tools+=("${entry%%|*}"); done
for tool in "${tools[@]}"; do
  printf '%-10s' "$tool"
  for n in $sizes; do
    cell="-"
    for s in "${summary[@]}"; do
      IFS='|' read -r sn st sm sr _ sp _ <<<"$s"
      if [ "$sn" = "$n" ] && [ "$st" = "$tool" ]; then
        if [ "$sr" = - ]; then cell="$sm ms, $sp MB"; else cell="$sm ms (${sr}x) $sp MB"; fi
        [ "$sm" != refused ] || cell=refused
      fi
    done
    printf ' %30s' "$cell"
  done
  echo
done
for s in "${summary[@]}"; do
  IFS='|' read -r sn st _ sr _ <<<"$s"
  [ "$sn" = 15000 ] && [ "$st" = miller ] && echo "Miller / digikomp at 15,000 records: ${sr}x (target: at least 2x)"
done
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "versions: $("$bin" --version); $(hyperfine --version)"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "whole run: $(((SECONDS - started) / 60)) min $(((SECONDS - started) % 60)) s"
if [ "$failures" -gt 0 ]; then
  echo "!!! $failures alternative(s) failed or disagreed with digikomp: see above" >&2
  exit 1
fi

#!/usr/bin/env bash
# The workshop statistics Miller can give, for scripts/bench.sh: per statement
# the count, mean, median (interpolated, as digikomp's) and sample standard
# deviation, after keeping each respondent's latest record (by date as ISO text;
# on the same date, the later one in the file).
#
#   bash scripts/bench/mlr.sh FILE.csv
#
# Prints {"engine": …, "statements": [{"code", "n", "mean", "median", "sd"}, …]},
# the statement part of the shape scripts/bench/agree.py reads. The statement
# columns are the three-digit headers.
set -euo pipefail
file=$1
cols=$(head -1 "$file" | tr -d '\r' | tr ';' '\n' | grep -E '^[0-9]{3}$' | paste -sd, -)
printf '{"engine": "miller %s", "statements": ' "$(mlr --version | cut -d' ' -f2)"
# Miller chains verbs with a bare "then"; $key and $value are Miller's, not the shell's.
# shellcheck disable=SC1010,SC2016
mlr --icsv --ifs ';' --ojson --jvstack --jlistwrap \
  cut -f "respondent,date,$cols" \
  then cat -n -N row \
  then sort -f date -nf row \
  then tail -n 1 -g respondent \
  then stats1 -i -a count,mean,median,stddev -f "$cols" \
  then reshape -r '^[0-9]{3}_' -o key,value \
  then put '$code = sub($key, "_.*", ""); $stat = sub($key, "^[0-9]+_", ""); unset $key' \
  then reshape -s stat,value \
  then rename count,n,stddev,sd \
  "$file"
printf '}\n'

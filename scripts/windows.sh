#!/usr/bin/env bash
# Windows: builds digikomp.exe for x86_64-pc-windows-gnu on Debian and runs a smoke
# suite of the real binary under Wine, with a fresh Wine prefix and data folder in a
# temp dir. Every step checks what the command printed or wrote, not only its exit
# code, and prints one PASS or FAIL line; the last line is "N passed, N failed".
#
#   bash scripts/windows.sh            # build (cached in target/) and smoke suite
#   bash scripts/windows.sh --tests [--test take]   # instead: cargo test under Wine
#   bash scripts/windows.sh --build    # only build target/x86_64-pc-windows-gnu/release/digikomp.exe
#
# A check listed in KNOWN_FINDINGS below (Windows behaviour found and not fixed yet) prints
# KNOWN instead of FAIL and does not fail the run; WINDOWS_KNOWN_FINDINGS="" makes every
# check count. WINDOWS_KEEP=1 keeps the temp dir (prefix, data, each step's output).
#
# Installs what it needs when missing: gcc-mingw-w64-x86-64, wine and wine64 from
# Debian, the Rust target with rustup. When one of them cannot be had (no network,
# apt-get fails, no rustup) it prints one line saying so and exits 0, so that CI
# goes on. Exit 1 on any failed step or a failed build.
#
# Why a helper DLL: the Rust standard library imports ProcessPrng from
# bcryptprimitives.dll, which Debian 12's Wine (8.0) lacks, so no binary made by a
# current Rust starts under it. scripts/windows/bcryptprimitives.c is a stand-in
# that Wine can load; it is used for testing only and never shipped.
set -uo pipefail
cd "$(dirname "$0")/.." || exit 1
root=$PWD

TARGET=x86_64-pc-windows-gnu
target_dir=${CARGO_TARGET_DIR:-$root/target}
mode=smoke
case "${1:-}" in
  "") ;;
  --tests) mode=tests; shift ;;
  --build) mode=build ;;
  -h|--help) sed -n '2,23p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
  *) echo "usage: bash scripts/windows.sh [--tests [CARGO TEST ARGS]|--build]" >&2; exit 2 ;;
esac

# One line, exit 0: the Windows checks cannot run on this machine.
skip() { echo "windows: skipped: $*"; exit 0; }
# why LOG: the first error line of a failed apt-get, rustup or cargo, and its root cause.
why() {
  local first cause
  first=$(grep -m1 -E '^(E: |error)' "$1")
  cause=$(sed -n '/^Caused by:/,/^\(Stack backtrace:\)\{0,1\}$/p' "$1" | grep -E '^ +' | tail -1 | sed -E 's/^ +([0-9]+: )?//')
  printf '%s%s' "${first:-$(grep -v '^ *$' "$1" | tail -1)}" "${cause:+: $cause}" | cut -c1-240
}
log=$(mktemp)
work=""
cleanup() {
  if [ -n "$work" ]; then
    # Stop the wineserver of our own prefix only (and wait for it), then remove it.
    [ -d "$work/prefix" ] && WINEPREFIX="$work/prefix" wineserver -k >/dev/null 2>&1
    [ -d "$work/prefix" ] && WINEPREFIX="$work/prefix" wineserver -w >/dev/null 2>&1
    if [ -n "${WINDOWS_KEEP:-}" ]; then echo "windows: kept $work" >&2; else rm -rf "$work"; fi
  fi
  rm -f "$log"
}
trap cleanup EXIT

# --- what is needed -----------------------------------------------------------
need_apt=()
command -v x86_64-w64-mingw32-gcc >/dev/null 2>&1 || need_apt+=(gcc-mingw-w64-x86-64)
if [ "$mode" != build ]; then
  command -v wine >/dev/null 2>&1 || need_apt+=(wine)
  [ -e /usr/lib/wine/wine64 ] || command -v wine64 >/dev/null 2>&1 || need_apt+=(wine64)
fi
if [ ${#need_apt[@]} -gt 0 ]; then
  sudo=""
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null 2>&1 || skip "${need_apt[*]} missing and not root (no sudo) to install them from Debian"
    sudo="sudo -n"
  fi
  command -v apt-get >/dev/null 2>&1 || skip "${need_apt[*]} missing and no apt-get to install them"
  if ! { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need_apt[@]}"; } >"$log" 2>&1; then
    skip "could not install ${need_apt[*]} from Debian (apt-get: $(why "$log"))"
  fi
  echo "windows: installed ${need_apt[*]} from Debian" >&2
fi
command -v rustup >/dev/null 2>&1 || skip "no rustup to add the Rust target $TARGET"
if ! rustup target list --installed 2>/dev/null | grep -x "$TARGET" >/dev/null; then
  rustup target add "$TARGET" >"$log" 2>&1 \
    || skip "could not add the Rust target $TARGET with rustup ($(why "$log"))"
  echo "windows: added the Rust target $TARGET with rustup" >&2
fi
# The crates only Windows uses (windows-sys, ctrlc, ...) may not be downloaded yet.
cargo fetch --locked --target "$TARGET" >"$log" 2>&1 \
  || skip "could not download the crates for $TARGET ($(why "$log"))"

# --- build ----------------------------------------------------------------------
# CARGO_BUILD_JOBS limits the cores cargo uses, when set.
t0=$SECONDS
if ! cargo build --release --locked --target "$TARGET" --bin digikomp >"$log" 2>&1; then
  tail -30 "$log"
  echo "FAIL build: cargo build --release --target $TARGET"
  echo "0 passed, 1 failed"
  exit 1
fi
exe=$target_dir/$TARGET/release/digikomp.exe
echo "windows: built $exe in $((SECONDS - t0)) s" >&2

helper_dir=$target_dir/windows-helper
dll=$helper_dir/bcryptprimitives.dll
src=scripts/windows/bcryptprimitives.c
def=scripts/windows/bcryptprimitives.def
if [ ! -f "$dll" ] || [ "$src" -nt "$dll" ] || [ "$def" -nt "$dll" ]; then
  mkdir -p "$helper_dir"
  if ! x86_64-w64-mingw32-gcc -shared -O2 -s -o "$dll" "$src" "$def" -ladvapi32 >"$log" 2>&1; then
    cat "$log"
    echo "FAIL build-helper-dll: $src"
    echo "0 passed, 1 failed"
    exit 1
  fi
fi
[ "$mode" = build ] && exit 0

# --- Wine -----------------------------------------------------------------------
work=$(mktemp -d "${TMPDIR:-/tmp}/digikomp-windows.XXXXXX")
export WINEPREFIX=$work/prefix WINEARCH=win64 WINEDEBUG=-all
# No Mono or Gecko installer, no menu entries; no display, so no windows.
export WINEDLLOVERRIDES="mscoree=;mshtml=;winemenubuilder.exe=d"
unset DISPLAY WAYLAND_DISPLAY DIGIKOMP_DATA_DIR DIGIKOMP_LANG NO_COLOR
export COLUMNS=80

if [ "$mode" = tests ]; then
  # The integration tests spawn target/.../debug/digikomp.exe; the helper DLL goes into
  # the temp prefix's system32, where Wine 8 has no bcryptprimitives.dll of its own.
  wineboot -i >"$log" 2>&1 || { cat "$log"; echo "FAIL wine-prefix: wineboot"; exit 1; }
  cp "$dll" "$WINEPREFIX/drive_c/windows/system32/"
  # The runner goes in --config, not CARGO_TARGET_X86_64_PC_WINDOWS_GNU_RUNNER: assert_cmd
  # reads that variable in the test and would run "wine digikomp.exe" inside Windows.
  cargo test --locked --target "$TARGET" --config "target.$TARGET.runner = 'wine'" \
    --no-fail-fast "$@" -- --test-threads=1 2>&1 \
    | tee "$work/tests.log" | grep -E '^(test result:|running|     Running|test .* FAILED|error)'
  status=${PIPESTATUS[0]}
  echo "windows: cargo test under Wine exited $status (full log: WINDOWS_KEEP=1, then tests.log in the kept dir)"
  exit "$status"
fi

bin=$work/bin
mkdir -p "$bin" "$work/out"
cp "$exe" "$bin/digikomp.exe"
# Next to the .exe it is found before anything in the system folders.
cp "$dll" "$bin/"
winpath() { winepath -w "$1" 2>/dev/null | tr -d '\r'; }

pass=0 fail=0 known=0
failed=() known_names=()
# Checks whose failure is a known finding about Windows behaviour: reported as KNOWN,
# not counted as failures. Set WINDOWS_KNOWN_FINDINGS="" to make them fail.
KNOWN_FINDINGS=${WINDOWS_KNOWN_FINDINGS-}

step="" problems=()
begin() { step=$1; problems=(); }
problem() { problems+=("$*"); }
end() {
  if [ ${#problems[@]} -eq 0 ]; then
    if [[ " $KNOWN_FINDINGS " == *" $step "* ]]; then
      echo "PASS $step (listed as a known finding: remove it from KNOWN_FINDINGS)"
    else
      echo "PASS $step"
    fi
    pass=$((pass + 1))
  else
    local why
    why=$(printf '%s; ' "${problems[@]}")
    why=${why%; }
    if [[ " $KNOWN_FINDINGS " == *" $step "* ]]; then
      echo "KNOWN $step: $why (a known finding, not counted as a failure)"
      known=$((known + 1))
      known_names+=("$step")
    else
      echo "FAIL $step: $why"
      if [ -s "$err" ]; then sed -n '1,5s/^/    stderr: /p' "$err"; fi
      fail=$((fail + 1))
      failed+=("$step")
    fi
  fi
}

# dk NAME [--in FILE] [--env VAR=VALUE]... -- ARGS: runs digikomp.exe under Wine; stdout
# in $out, stderr in $err, exit code in $rc. DIGIKOMP_DATA_DIR is $DATA unless --env
# sets it (an empty value unsets it). The figures below were worked out by hand for
# version 1.0 of the question set, which the repository ships: DIGIKOMP_QUESTIONS
# points at it, so the run also reads a question set from a Windows path.
dk() {
  local name=$1 input=/dev/null
  shift
  local envs=("DIGIKOMP_DATA_DIR=$DATA" "DIGIKOMP_QUESTIONS=$V1")
  while [ "$1" != -- ]; do
    case "$1" in
      --in) input=$2; shift 2 ;;
      --env) envs+=("$2"); shift 2 ;;
    esac
  done
  shift
  out=$work/out/$name.out err=$work/out/$name.err
  # A later --env VAR=... replaces the default; an empty value unsets VAR.
  local unset=() set=() v w keep
  for v in "${envs[@]}"; do
    keep=()
    for w in "${set[@]}"; do [ "${w%%=*}" = "${v%%=*}" ] || keep+=("$w"); done
    set=("${keep[@]}")
    if [ -z "${v#*=}" ]; then unset+=(-u "${v%%=*}"); else set+=("$v"); fi
  done
  (cd "$work" && env "${unset[@]}" "${set[@]}" wine "$bin/digikomp.exe" "$@") <"$input" >"$out" 2>"$err"
  rc=$?
  # Wine writes the console's CRLF as it is; compare text without the CR.
  sed -i 's/\r$//' "$out" "$err"
}
expect_rc() { [ "$rc" = "$1" ] || problem "exit code $rc, expected $1"; }
# expect_in FILE TEXT: a fixed string; expect_re FILE REGEX: an extended regex.
expect_in() { grep -qF -- "$2" "$1" || problem "$(basename "$1") lacks '$2'"; }
expect_re() { grep -qE -- "$2" "$1" || problem "$(basename "$1") has no line matching /$2/"; }
expect_count() { # expect_count N FILE REGEX
  local n
  n=$(grep -cE -- "$3" "$2")
  [ "$n" = "$1" ] || problem "$(basename "$2"): $n lines match /$3/, expected $1"
}
no_temp_files() {
  local left
  left=$(find "$1" -name '.tmp-*' 2>/dev/null | head -3)
  [ -z "$left" ] || problem "temp files left behind: $left"
}
json_paths() { sed -n 's/^ *"path": "\(.*\)",$/\1/p' "$1"; }

A=5,6,4,7,3,3,2,4,5,6,1,7,7,6,2,4,4,4,4,1,2,3,4,5   # overall 99/24 = 4.125, shown 4,1
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
DATA_UNIX=$work/data
DATA=$(winpath "$DATA_UNIX")
V1=$(winpath "$root/questions/digikomp-1.0.toml")
EXP_UNIX=$work/exports
EXP=$(winpath "$EXP_UNIX")
mkdir -p "$EXP_UNIX"
t0=$SECONDS

# The first start creates the prefix (about 10 s).
begin version
dk version -- --version
expect_rc 0
expect_re "$out" "^digikomp $version\$"
grep -q bcryptprimitives "$err" && problem "bcryptprimitives.dll did not load"
end
if [ "$rc" != 0 ]; then
  echo "windows: digikomp.exe does not start under Wine; stopping here" >&2
  echo "$pass passed, $fail failed"
  exit 1
fi

# The zip ships digikomp.exe alone: it may import only DLLs that every Windows 10 has
# (no libgcc_s_seh-1.dll or libwinpthread-1.dll from mingw).
begin exe-self-contained
if command -v x86_64-w64-mingw32-objdump >/dev/null 2>&1; then
  x86_64-w64-mingw32-objdump -p "$exe" | sed -n 's/^\tDLL Name: //p' | tr 'A-Z' 'a-z' | sort -u >"$work/out/imports"
  others=$(grep -vxE 'kernel32\.dll|ntdll\.dll|msvcrt\.dll|bcryptprimitives\.dll|advapi32\.dll|ws2_32\.dll|userenv\.dll|shell32\.dll|ole32\.dll|combase\.dll|api-ms-win-[a-z0-9-]+\.dll' "$work/out/imports" | tr '\n' ' ')
  [ -z "$others" ] || problem "imports DLLs that Windows does not ship: $others"
  [ -s "$work/out/imports" ] || problem "objdump found no imports"
else
  problem "no x86_64-w64-mingw32-objdump (binutils-mingw-w64-x86-64) to read the imports"
fi
end

# clap names the program after argv[0], which on Windows is "digikomp.exe".
begin help-usage-name
dk help -- --lang en --help
expect_rc 0
expect_re "$out" '^Usage: digikomp \[OPTIONS\] <COMMAND>$'
end

begin paths-appdata
appdata=$(cd "$work" && wine cmd /c 'echo %APPDATA%' 2>/dev/null | tr -d '\r')
dk paths-default --env DIGIKOMP_DATA_DIR= -- --lang en paths
expect_rc 0
[ -n "$appdata" ] || problem "could not read %APPDATA% from Wine's cmd"
expect_re "$out" "^data directory +$(printf '%s' "$appdata" | sed 's/[\\.]/\\&/g')\\\\digikomp\\\\digikomp\\\\data "
expect_in "$out" "platform default"
end

begin paths-separators
dk paths-default-json --env DIGIKOMP_DATA_DIR= -- paths --json
expect_rc 0
[ "$(json_paths "$out" | wc -l)" -ge 4 ] || problem "paths --json lists fewer than 4 paths"
if json_paths "$out" | grep / >/dev/null; then
  problem "mixed separators in: $(json_paths "$out" | grep / | head -1)"
fi
end

# A data folder given with forward slashes, as PowerShell users and Git Bash often
# write it: digikomp joins the file names with a backslash.
begin paths-separators-env
dk paths-env-json --env "DIGIKOMP_DATA_DIR=$(printf '%s' "$DATA" | tr '\\' /)" -- paths --json
expect_rc 0
if json_paths "$out" | grep '\\\\' | grep / >/dev/null; then
  problem "DIGIKOMP_DATA_DIR=$(printf '%s' "$DATA" | tr '\\' /) prints mixed separators, e.g. $(json_paths "$out" | grep '\\\\' | grep / | head -1 | sed 's/\\\\/\\/g')"
fi
end

begin take-sv
dk take-sv -- --lang sv take --answers "$A" --label "före kursen"
expect_rc 0
expect_re "$out" '^│ Totalt +┆ +4,1 ┆'
expect_re "$out" '^│ 1 Informations- och datakompetens ┆ +5,5 ┆'
expect_in "$out" "Dina styrkor"
expect_in "$err" "Sparat: $DATA\\attempts\\"
[ "$(ls "$DATA_UNIX/attempts" 2>/dev/null | wc -l)" = 1 ] || problem "expected 1 attempt file"
grep -qF '"label": "före kursen"' "$DATA_UNIX"/attempts/*.json 2>/dev/null \
  || problem "the attempt file lacks the label 'före kursen' (UTF-8 arguments)"
end

begin take-en
dk take-en -- --lang en take --answers "$A" --label "after the course"
expect_rc 0
expect_re "$out" '^│ Overall +┆ +4\.1 ┆'
expect_in "$out" "Your strengths"
expect_in "$err" "Saved: $DATA\\attempts\\"
[ "$(ls "$DATA_UNIX/attempts" | wc -l)" = 2 ] || problem "expected 2 attempt files"
end

begin take-plain-piped
tr , '\n' <<<"$A" >"$work/answers.txt"
dk take-plain --in "$work/answers.txt" -- take
expect_rc 0
expect_re "$out" '^Totalt: 4,1$'
expect_re "$out" '^Område 1, Informations- och datakompetens: medel 5,5$'
expect_in "$err" "Påstående 24 av 24"
[ "$(ls "$DATA_UNIX/attempts" | wc -l)" = 3 ] || problem "expected 3 attempt files"
[ -e "$DATA_UNIX/draft.json" ] && problem "draft.json left after a finished test"
end

# Plain mode saves the draft after every answer through a temp file renamed over
# draft.json: three answers are two renames over an existing file.
begin draft-quit-1
printf '5\n6\n4\nq\n' >"$work/quit1.txt"
dk quit1 --in "$work/quit1.txt" -- take
expect_rc 0
expect_in "$err" "Dina 3 svar är sparade i $DATA\\draft.json"
expect_re "$DATA_UNIX/draft.json" '"103": 4'
expect_count 3 "$DATA_UNIX/draft.json" '"[0-9]{3}": [1-7]'
no_temp_files "$DATA_UNIX"
end

begin draft-piped-refused
cp "$DATA_UNIX/draft.json" "$work/draft-before.json"
printf '7\n' >"$work/one.txt"
dk refused --in "$work/one.txt" -- take
expect_rc 2
expect_in "$err" "--restart"
cmp -s "$DATA_UNIX/draft.json" "$work/draft-before.json" || problem "the draft changed"
end

begin draft-quit-2
printf '7\n7\n7\n7\n7\nq\n' >"$work/quit2.txt"
dk quit2 --in "$work/quit2.txt" -- take --restart
expect_rc 0
expect_in "$err" "Dina 5 svar är sparade"
expect_count 5 "$DATA_UNIX/draft.json" '"[0-9]{3}": 7'
expect_count 5 "$DATA_UNIX/draft.json" '"[0-9]{3}": [1-7]'
no_temp_files "$DATA_UNIX"
end

begin history
dk history -- history
expect_rc 0
expect_in "$out" "3 sparade försök"
expect_count 3 "$out" '┆ +4,1 ┆ 5,5 ┆ 3,4 ┆ 5,5 ┆ 4,0 ┆ 3,0 │'
expect_re "$out" '┆ före +┆'   # the label, wrapped at 80 columns
end

begin progress
dk progress -- progress
expect_rc 0
expect_in "$out" "Utveckling över 3 försök"
# At 80 columns the area names leave room for the first and the latest attempt.
expect_re "$out" '^│ Totalt +┆ +4,1 ┆ +4,1 ┆ = 0,0 ┆'
expect_re "$out" '1 försök visas inte i tabellen'
end

begin results
dk results -- results
expect_rc 0
expect_re "$out" '^│ Totalt +┆ +4,1 ┆'
expect_re "$out" '^│ 505 ┆ +5 ┆'
expect_re "$out" '^│ 207 ┆ +1 ┆'
end

begin export-csv
dk export-csv -- export --all -o "$EXP\\me.csv"
expect_rc 0
f=$EXP_UNIX/me.csv
[ "$(head -c 3 "$f" 2>/dev/null | od -An -tx1 | tr -d ' ')" = efbbbf ] || problem "no UTF-8 BOM"
expect_in "$f" 'respondent;attempt_id;date;label;'
expect_count 3 "$f" ';5,50;3,43;5,50;4,00;3,00'
expect_in "$f" "före kursen"
end

begin export-json
dk export-json -- export --all -o "$EXP\\me.json"
expect_rc 0
f=$EXP_UNIX/me.json
expect_in "$f" '"kind": "digikomp-export"'
expect_count 3 "$f" '"attempt_id": '
expect_in "$f" '"1": 5.5'
end

begin export-md
dk export-md -- export --all -o "$EXP\\me.md"
expect_rc 0
f=$EXP_UNIX/me.md
expect_re "$f" '^#'
expect_in "$f" "5,5"
expect_in "$f" "Informations- och datakompetens"
end

begin export-html
dk export-html -- export --all -o "$EXP\\me.html"
expect_rc 0
f=$EXP_UNIX/me.html
expect_in "$f" "<svg"
expect_in "$f" "</html>"
expect_in "$f" "5,5"
end

begin export-xlsx
dk export-xlsx -- export --all -o "$EXP\\me.xlsx"
expect_rc 0
f=$EXP_UNIX/me.xlsx
[ "$(head -c 4 "$f" 2>/dev/null | od -An -tx1 | tr -d ' ')" = 504b0304 ] || problem "not a zip (xlsx) file"
if command -v unzip >/dev/null 2>&1; then
  unzip -l "$f" 2>/dev/null | grep 'xl/charts/' >/dev/null || problem "no chart in the workbook"
  unzip -p "$f" xl/sharedStrings.xml 2>/dev/null | grep "före kursen" >/dev/null || problem "label missing from the workbook"
fi
end

begin export-no-overwrite
cp "$EXP_UNIX/me.csv" "$work/me-before.csv"
dk export-again -- export --latest -o "$EXP\\me.csv"
expect_rc 2
expect_in "$err" "--force"
cmp -s "$EXP_UNIX/me.csv" "$work/me-before.csv" || problem "me.csv was changed"
end

# Two more people, each with their own data folder (and so respondent id).
begin workshop-inputs
all7=$(printf '7,%.0s' {1..24}); all7=${all7%,}
all1=$(printf '1,%.0s' {1..24}); all1=${all1%,}
dk r2-take --env "DIGIKOMP_DATA_DIR=$(winpath "$work/data2")" -- take --answers "$all7"
expect_rc 0
dk r2-export --env "DIGIKOMP_DATA_DIR=$(winpath "$work/data2")" -- export -o "$EXP\\r2.csv"
expect_rc 0
dk r3-take --env "DIGIKOMP_DATA_DIR=$(winpath "$work/data3")" -- --lang en take --answers "$all1"
expect_rc 0
dk r3-export --env "DIGIKOMP_DATA_DIR=$(winpath "$work/data3")" -- export -o "$EXP\\r3.json"
expect_rc 0
[ -s "$EXP_UNIX/r2.csv" ] && [ -s "$EXP_UNIX/r3.json" ] || problem "exports of r2 and r3 missing"
end

# Area 1: (5,5 + 7 + 1) / 3 = 4,5; area 5: (3 + 7 + 1) / 3 = 3,7: exact figures, so
# --exact (the shared report has noise; its note is checked below).
begin workshop-table
dk workshop -- workshop "$EXP" --exact
expect_rc 0
expect_re "$out" '4 filer, [0-9]+ poster, 3 deltagare'
expect_re "$out" '^│ 1 Informations- och datakompetens ┆ +4,5 ┆'
expect_re "$out" '^│ 5 Problemlösning +┆ +3,7 ┆'
# The statements by their short titles, a block each at 80 columns.
expect_re "$out" '^101 Söka på nätet$'
end

begin workshop-json
dk workshop-json -- workshop "$EXP\\me.csv" "$EXP\\me.json" "$EXP\\r2.csv" "$EXP\\r3.json" --format json --exact
expect_rc 0
expect_in "$out" '"respondents": 3,'
# me.csv and me.json hold the same three attempts: three copies are dropped.
expect_in "$out" '"duplicates_dropped": 3,'
expect_re "$out" '"mean": 4\.5,?$'
end

begin workshop-protected
dk workshop-protected -- workshop "$EXP"
expect_rc 0
# Each round here has fewer than 3 people, so the shared report shows no figure, and says why.
expect_in "$out" "brus"
end

begin delete-all
dk delete -- delete --all --yes
expect_rc 0
cat "$out" "$err" >"$work/out/delete.all"
expect_re "$work/out/delete.all" 'Raderade [0-9]+ fil'
[ -z "$(find "$DATA_UNIX" -type f)" ] || problem "files left: $(find "$DATA_UNIX" -type f | head -3)"
dk history-after -- history
expect_rc 0
cat "$out" "$err" >"$work/out/history-after.all"
expect_in "$work/out/history-after.all" "Inga sparade försök"
end

# The platform default: %APPDATA%\digikomp\digikomp\data in the (temp) prefix.
begin appdata-save
dk appdata-take --env DIGIKOMP_DATA_DIR= -- take --answers "$A"
expect_rc 0
expect_in "$err" "Sparat: $appdata\\digikomp\\digikomp\\data\\attempts\\"
appdata_unix=$(winepath -u "$appdata" 2>/dev/null | tr -d '\r')
ls "$appdata_unix"/digikomp/digikomp/data/attempts/*.json >/dev/null 2>&1 \
  || problem "no attempt file under $appdata_unix/digikomp/digikomp/data/attempts"
dk appdata-delete --env DIGIKOMP_DATA_DIR= -- delete --all --yes
expect_rc 0
[ -z "$(find "$appdata_unix/digikomp" -type f 2>/dev/null)" ] || problem "files left under %APPDATA%\\digikomp"
end

echo "windows: smoke suite under Wine in $((SECONDS - t0)) s" >&2
[ ${#known_names[@]} -gt 0 ] && echo "known findings (not failures): ${known_names[*]}"
[ ${#failed[@]} -gt 0 ] && echo "failed: ${failed[*]}"
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]

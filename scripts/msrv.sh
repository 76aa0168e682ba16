#!/usr/bin/env bash
# The true minimum Rust version (MSRV) for the committed Cargo.lock.
#
#   bash scripts/msrv.sh          # checks Cargo.toml's rust-version, and that the version below fails
#   bash scripts/msrv.sh 1.89     # the same for another candidate
#
# For each version it installs the toolchain with rustup (minimal profile) if it is
# missing and runs `cargo +VERSION check --locked --all-targets` in target/msrv/.
# A candidate that fails is followed by the next versions up (to the current stable)
# until one passes; a candidate that passes is followed by the one below, which must
# fail for the candidate to be the minimum. Prints one line per version tried and a
# final "msrv: ..." line.
#
# Exit 0 when the minimum found is Cargo.toml's rust-version, 1 when it differs or
# none passes. When a toolchain cannot be installed (no network, no rustup) it
# prints one line saying so and exits 0.
set -uo pipefail
cd "$(dirname "$0")/.." || exit 1

case "${1:-}" in
  -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
  ""|1.[0-9]*) ;;
  *) echo "usage: bash scripts/msrv.sh [1.MINOR]" >&2; exit 2 ;;
esac
declared=$(sed -n 's/^rust-version *= *"\([0-9.]*\)".*/\1/p' Cargo.toml | head -1)
candidate=${1:-$declared}
[ -n "$candidate" ] || { echo "msrv: no rust-version in Cargo.toml and no version given" >&2; exit 2; }
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$PWD/target}/msrv
log=$(mktemp)
trap 'rm -f "$log"' EXIT

command -v rustup >/dev/null 2>&1 || { echo "msrv: skipped: no rustup to install Rust $candidate"; exit 0; }

# why LOG: the first error line of rustup or cargo, and its root cause.
why() {
  local first cause
  first=$(grep -m1 -E '^error' "$1")
  cause=$(sed -n '/^Caused by:/,/^\(Stack backtrace:\)\{0,1\}$/p' "$1" | grep -E '^ +' | tail -1 | sed -E 's/^ +([0-9]+: )?//')
  printf '%s%s' "${first:-$(grep -v '^ *$' "$1" | tail -1)}" "${cause:+: $cause}" | cut -c1-240
}
minor() { echo "$1" | cut -d. -f2; }
stable_minor=$(minor "$(rustc +stable --version 2>/dev/null | cut -d' ' -f2)")
[ -n "$stable_minor" ] || stable_minor=$(minor "$(rustc --version | cut -d' ' -f2)")

# check 1.MINOR: 0 passes, 1 fails, 3 the toolchain could not be installed.
check() {
  local v=1.$1 t0=$SECONDS
  if ! rustup run "$v" rustc --version >/dev/null 2>&1; then
    if ! rustup toolchain install "$v" --profile minimal --no-self-update >"$log" 2>&1; then
      echo "msrv: skipped: could not install Rust $v with rustup ($(why "$log"))"
      return 3
    fi
  fi
  local flags=(--locked --all-targets --quiet) note=""
  if ! cargo "+$v" check "${flags[@]}" >"$log" 2>&1; then
    # Cargo refuses a toolchain older than any package's rust-version, digikomp's own
    # included. When digikomp is the only one, build anyway to see whether it could.
    local blockers
    blockers=$(sed -nE 's/^ +([A-Za-z0-9_-]+)@([^ ]+) requires rustc ([0-9.]+).*/\1 \2 needs \3/p' "$log" | sort -u)
    if [ -n "$blockers" ] && ! grep -v '^digikomp ' <<<"$blockers" >/dev/null; then
      note=" with --ignore-rust-version: only digikomp's own rust-version stood in the way"
      flags+=(--ignore-rust-version)
      cargo "+$v" check "${flags[@]}" >"$log" 2>&1 || {
        echo "Rust $v: fails ($(grep -m1 -E '^error' "$log" | cut -c1-200))"
        return 1
      }
    else
      if [ -n "$blockers" ]; then
        echo "Rust $v: fails: $(grep -v '^digikomp ' <<<"$blockers" | paste -sd, - | sed 's/,/, /g')"
      else
        # The first error and its last cause: e.g. a dependency needs edition 2024.
        echo "Rust $v: fails ($(why "$log"))"
      fi
      return 1
    fi
  fi
  echo "Rust $v: passes (cargo +$v check --locked --all-targets$note, $((SECONDS - t0)) s)"
  return 0
}

m=$(minor "$candidate")
check "$m"; r=$?
[ $r = 3 ] && exit 0
if [ $r = 0 ]; then
  # Passes: walk down until a version fails.
  while [ "$m" -gt 56 ]; do
    check $((m - 1)); r=$?
    [ $r = 3 ] && exit 0
    [ $r = 1 ] && break
    m=$((m - 1))
  done
else
  # Fails: walk up until a version passes.
  found=""
  while [ "$m" -lt "$stable_minor" ]; do
    m=$((m + 1))
    check "$m"; r=$?
    [ $r = 3 ] && exit 0
    if [ $r = 0 ]; then found=1; break; fi
  done
  if [ -z "$found" ]; then
    echo "msrv: no Rust from $candidate to 1.$stable_minor passes cargo check --locked --all-targets"
    exit 1
  fi
fi

minimum=1.$m
if [ "$minimum" = "$declared" ]; then
  echo "msrv: $minimum is the minimum Rust version, as Cargo.toml's rust-version says"
  exit 0
fi
echo "msrv: $minimum is the minimum Rust version, but Cargo.toml says rust-version = \"$declared\""
exit 1

#!/usr/bin/env bash
# Tests the Debian package from scripts/dist.sh on this machine, for real: installs
# dist/digikomp_*.deb with dpkg -i, checks the binary, man page, completions and docs, takes
# the test into a temp data folder, then removes the package with dpkg -r.
#
#   bash scripts/dist.sh && sudo bash scripts/dist-test.sh     (or: bash scripts/dist.sh --test)
#
# Needs root (it changes /usr). Refuses to run when a digikomp package is already
# installed or /usr/bin/digikomp exists, so that it never replaces or removes yours.
# Prints one PASS or FAIL line per check and "N passed, N failed"; exit 1 on a failure.
# Without a .deb in dist/ (dist.sh skipped it) it says so in one line and exits 0.
set -uo pipefail
cd "$(dirname "$0")/.." || exit 1

deb=$(ls dist/digikomp_*.deb 2>/dev/null | head -1)
[ -n "$deb" ] || { echo "dist-test: skipped: no dist/digikomp_*.deb (run scripts/dist.sh first)"; exit 0; }
[ "$(id -u)" = 0 ] || { echo "dist-test: needs root to install $deb (sudo bash $0)" >&2; exit 1; }
if dpkg-query -W -f='${Status}' digikomp 2>/dev/null | grep installed >/dev/null; then
  echo "dist-test: a digikomp package is already installed; remove it first (dpkg -r digikomp)" >&2
  exit 1
fi
if [ -e /usr/bin/digikomp ]; then
  echo "dist-test: /usr/bin/digikomp exists and is not from a package; move it away first" >&2
  exit 1
fi

version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
pass=0 fail=0
check() { # check NAME COMMAND...: PASS when the command succeeds
  local name=$1
  shift
  if "$@" >/dev/null 2>&1; then
    echo "PASS $name"; pass=$((pass + 1))
  else
    echo "FAIL $name: $*"; fail=$((fail + 1))
  fi
}
data=$(mktemp -d)
installed=""
cleanup() {
  rm -rf "$data"
  if [ -n "$installed" ]; then dpkg -r digikomp >/dev/null 2>&1; fi
}
trap cleanup EXIT

if dpkg -i "$deb" >"$data/dpkg.log" 2>&1; then
  installed=1
  echo "PASS dpkg-install ($deb)"; pass=$((pass + 1))
else
  cat "$data/dpkg.log"
  echo "FAIL dpkg-install: dpkg -i $deb"
  echo "$pass passed, 1 failed"
  exit 1
fi

man1=/usr/share/man/man1/digikomp.1.gz
bashc=/usr/share/bash-completion/completions/digikomp
zshc=/usr/share/zsh/vendor-completions/_digikomp
fishc=/usr/share/fish/vendor_completions.d/digikomp.fish
docdir=/usr/share/doc/digikomp
A=5,6,4,7,3,3,2,4,5,6,1,7,7,6,2,4,4,4,4,1,2,3,4,5

check package-status sh -c "dpkg-query -W -f='\${Status} \${Version}' digikomp | grep -qx 'install ok installed $version-1'"
check binary-in-usr-bin test "$(command -v digikomp)" = /usr/bin/digikomp
check version sh -c "digikomp --version | grep -qx 'digikomp $version'"
check man-page-file sh -c "zcat $man1 | grep -q '^\\.TH DIGIKOMP 1'"
if command -v man >/dev/null 2>&1; then
  check man-w sh -c "man -w digikomp | grep -qx $man1"
fi
check completions-bash bash -c "source $bashc && complete -p digikomp"
check completions-zsh grep -q '^#compdef digikomp' "$zshc"
check completions-fish grep -q '^complete -c digikomp' "$fishc"
# README.md links to docs/*.md, so the pages sit beside it.
check docs sh -c "grep -q 'docs/staff.md' $docdir/README.md && test -s $docdir/docs/staff.md && test -s $docdir/docs/maintainer.md"
check take sh -c "DIGIKOMP_DATA_DIR=$data/d digikomp take --answers $A --label paket 2>/dev/null | grep -q 'Totalt.*4,1'"
check attempt-saved-0600 sh -c "ls $data/d/attempts/*.json && test \"\$(stat -c %a $data/d/attempts/*.json)\" = 600"
check history sh -c "DIGIKOMP_DATA_DIR=$data/d digikomp history | grep -q paket"

if dpkg -r digikomp >"$data/dpkg.log" 2>&1; then
  installed=""
  check dpkg-remove sh -c "! test -e /usr/bin/digikomp && ! test -e $man1 && ! test -e $bashc"
else
  cat "$data/dpkg.log"
  echo "FAIL dpkg-remove"; fail=$((fail + 1))
fi

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]

#!/usr/bin/env bash
# Packages: one command makes everything a library's IT department needs into dist/.
#
#   bash scripts/dist.sh           # dist/: Linux .tar.gz, Debian .deb, Windows .zip, SHA256SUMS
#   bash scripts/dist.sh --test    # the same, then scripts/dist-test.sh (installs the .deb, as root)
#
#   dist/digikomp-VERSION-x86_64-linux.tar.gz   binary, man pages (en, sv), bash/zsh/fish completions, README, docs/
#   dist/digikomp_VERSION-1_amd64.deb           /usr/bin/digikomp, digikomp(1), the completions, README and docs/
#   dist/digikomp-VERSION-x86_64-windows.zip    digikomp.exe and LASMIG.txt (Swedish read-me)
#   dist/SHA256SUMS                             sha256sum -c SHA256SUMS checks them
#
# The man page and completions are made by the binary itself (`digikomp man`,
# `digikomp completions SHELL`) at package time. The .deb needs cargo-deb (installed
# with `cargo install cargo-deb --locked` when missing) and the [package.metadata.deb]
# section of Cargo.toml. The .zip needs the Windows target (scripts/windows.sh --build
# installs it). When the .deb or the .zip cannot be made (no network, no metadata) it
# says so in one line and goes on; the exit code is 1 only when something that could
# be built failed.
set -euo pipefail
cd "$(dirname "$0")/.."

run_test=""
case "${1:-}" in
  "") ;;
  --test) run_test=1 ;;
  -h|--help) sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
  *) echo "usage: bash scripts/dist.sh [--test]" >&2; exit 2 ;;
esac

name=digikomp
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
target_dir=$(cargo metadata --no-deps --format-version 1 2>/dev/null \
  | sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')
target_dir=${target_dir:-${CARGO_TARGET_DIR:-target}}
out=dist
# Same bytes from the same commit: every file gets the commit's time.
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}
log=$(mktemp)
stage=$(mktemp -d)
trap 'rm -rf "$log" "$stage"' EXIT
status=0
made=()
t_all=$SECONDS

rm -rf "$out"
mkdir -p "$out"

# --- the Linux binary and what it generates --------------------------------------
t0=$SECONDS
cargo build --release --locked --bin "$name" >"$log" 2>&1 || { cat "$log"; echo "dist: the release build failed"; exit 1; }
bin=$target_dir/release/$name
# cargo-deb takes generated files from target/release/ (its path for build products).
assets=$target_dir/release/assets
rm -rf "$assets"
mkdir -p "$assets/completions" "$assets/sv"
# The English page where man looks by default, the Swedish one where it looks for a
# Swedish locale (LANG=sv_SE.UTF-8 man digikomp).
"$bin" man --lang en >"$assets/$name.1"
"$bin" man --lang sv >"$assets/sv/$name.1"
for page in "$assets/$name.1" "$assets/sv/$name.1"; do
  grep -q '^\.TH DIGIKOMP 1' "$page" || { echo "dist: \`$name man\` printed no man page"; exit 1; }
  gzip -9 -n -c "$page" >"$page.gz"
done
"$bin" completions bash >"$assets/completions/$name.bash"
"$bin" completions zsh >"$assets/completions/_$name"
"$bin" completions fish >"$assets/completions/$name.fish"
for f in "$assets"/completions/*; do
  [ -s "$f" ] || { echo "dist: empty completions: $f"; exit 1; }
done
echo "dist: built $bin and its man page and completions in $((SECONDS - t0)) s" >&2

licenses=()
for f in LICENSE LICENSE-* LICENCE* COPYING*; do [ -f "$f" ] && licenses+=("$f"); done

# Files in an archive: owned by root, dated SOURCE_DATE_EPOCH, sorted by name.
normalise() { find "$1" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +; }

# --- Linux .tar.gz ------------------------------------------------------------------
arch=$(uname -m)
dir=$name-$version-$arch-linux
mkdir -p "$stage/$dir/completions" "$stage/$dir/docs"
install -m 755 "$bin" "$stage/$dir/$name"
# Symbols are of no use to a library's computers (cargo-deb strips its copy too).
if command -v strip >/dev/null 2>&1; then strip "$stage/$dir/$name"; fi
install -m 644 "$assets/$name.1" "$stage/$dir/$name.1"
install -m 644 "$assets/sv/$name.1" "$stage/$dir/$name.sv.1"
install -m 644 "$assets"/completions/* "$stage/$dir/completions/"
install -m 644 README.md "${licenses[@]}" "$stage/$dir/"
# The pages README.md links to, at the same relative place.
install -m 644 docs/*.md "$stage/$dir/docs/"
normalise "$stage/$dir"
tar --sort=name --owner=0 --group=0 --numeric-owner --format=gnu -C "$stage" -cf - "$dir" \
  | gzip -9 -n >"$out/$dir.tar.gz"
made+=("$dir.tar.gz")

# --- Debian package -----------------------------------------------------------------
deb_skip=""
if ! grep -q '^\[package\.metadata\.deb\]' Cargo.toml; then
  deb_skip="Cargo.toml has no [package.metadata.deb] section (it says where the man page and completions go)"
elif ! command -v dpkg-deb >/dev/null 2>&1 && ! command -v ar >/dev/null 2>&1; then
  deb_skip="neither dpkg-deb nor ar is here"
elif ! cargo deb --version >/dev/null 2>&1; then
  if ! cargo install cargo-deb --locked >"$log" 2>&1; then
    deb_skip="could not install cargo-deb ($(grep -m1 -E '^error' "$log" | cut -c1-200))"
  fi
fi
if [ -n "$deb_skip" ]; then
  echo "dist: .deb skipped: $deb_skip"
else
  t0=$SECONDS
  if cargo deb --no-build --locked --output "$out/" >"$log" 2>&1; then
    deb=$(cd "$out" && ls ./*.deb | head -1)
    made+=("${deb#./}")
    echo "dist: made the .deb in $((SECONDS - t0)) s" >&2
  else
    cat "$log"
    echo "dist: cargo deb failed"
    status=1
  fi
fi

# --- Windows .zip -------------------------------------------------------------------
winlog=$(mktemp -p "$stage")
if ! bash scripts/windows.sh --build >"$winlog" 2>&1; then
  cat "$winlog"
  echo "dist: Windows .zip skipped: the Windows build failed (above)"
  status=1
elif grep -q '^windows: skipped: ' "$winlog"; then
  echo "dist: Windows .zip skipped: $(sed -n 's/^windows: skipped: //p' "$winlog")"
elif ! command -v zip >/dev/null 2>&1 && ! { apt-get install -y -qq zip >"$log" 2>&1 && command -v zip >/dev/null 2>&1; }; then
  echo "dist: Windows .zip skipped: no zip program (and apt-get install zip failed)"
else
  exe=$target_dir/x86_64-pc-windows-gnu/release/$name.exe
  wdir=$name-$version-x86_64-windows
  mkdir -p "$stage/$wdir"
  cp "$exe" "$stage/$wdir/$name.exe"
  if command -v x86_64-w64-mingw32-strip >/dev/null 2>&1; then x86_64-w64-mingw32-strip "$stage/$wdir/$name.exe"; fi
  # Notepad and every editor read a UTF-8 file with a BOM right; Windows line ends.
  {
    printf '\xef\xbb\xbf'
    sed "s/@VERSION@/$version/g" scripts/windows/LASMIG.txt | sed 's/$/\r/'
  } >"$stage/$wdir/LASMIG.txt"
  for f in "${licenses[@]}"; do sed 's/$/\r/' "$f" >"$stage/$wdir/$f.txt"; done
  normalise "$stage/$wdir"
  (cd "$stage" && find "$wdir" | LC_ALL=C sort | zip -X -q -9 "$OLDPWD/$out/$wdir.zip" -@)
  made+=("$wdir.zip")
fi

# --- checksums ----------------------------------------------------------------------
(cd "$out" && sha256sum "${made[@]}" >SHA256SUMS)
echo "dist: made in $((SECONDS - t_all)) s:"
(cd "$out" && ls -l "${made[@]}" SHA256SUMS | awk '{printf "  %-48s %9d bytes\n", $NF, $5}')

if [ -n "$run_test" ]; then
  bash scripts/dist-test.sh || status=1
fi
exit "$status"

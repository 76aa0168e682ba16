#!/usr/bin/env bash
# scripts/a11y.sh: the accessibility check of the HTML reports.
#
# Builds digikomp (release), makes data (one person with 20 attempts and an action
# plan; 30 records of 10 people in three rounds plus one pilot of one), writes the
# personal report (--all --with-plan) and the group report (--group-by label) in
# Swedish and English, and runs axe-core in headless Chromium on each file. Prints
# every violation (id, impact, nodes), "N violations" per file and in total, and
# exits 1 if there is any. Beside the reports it leaves a full-page screenshot of
# each (PNG), a print to PDF (A4), and where poppler-utils is, the PDF's pages as
# PNG and a check that no printed page ends with a heading (exit 1 if one does).
#
# Needs Debian's chromium (installed with apt-get when missing and run as root)
# and axe-core and puppeteer-core from npm (installed into the cache folder below,
# never into the repository; puppeteer-core downloads no browser). When either
# cannot be had, it says so in one line and exits 0.
#
#   scripts/a11y.sh            reports and pictures in a new temp folder
#   A11Y_OUT=DIR scripts/a11y.sh
#
# A11Y_CACHE (default: the cargo target folder's a11y/) holds the npm packages;
# CHROMIUM names another Chromium binary.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
CACHE=${A11Y_CACHE:-$TARGET/a11y}
OUT=${A11Y_OUT:-$(mktemp -d -t digikomp-a11y.XXXXXX)}
mkdir -p "$OUT" "$CACHE"

skip() {
    echo "a11y: skipped: $1"
    exit 0
}

# 1. Chromium, from Debian.
CHROME=${CHROMIUM:-}
if [ -z "$CHROME" ] || [ ! -x "$CHROME" ]; then
    CHROME=$(command -v chromium || command -v chromium-browser || true)
fi
if [ -z "$CHROME" ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } \
            >"$OUT/apt.log" 2>&1 || true
    fi
    CHROME=$(command -v chromium || true)
    [ -n "$CHROME" ] || skip "Chromium could not be installed (apt-get install chromium)"
fi

# 2. axe-core and puppeteer-core from npm, into the cache (not the repository).
if [ ! -f "$CACHE/node_modules/axe-core/axe.min.js" ] ||
    [ ! -d "$CACHE/node_modules/puppeteer-core" ]; then
    command -v npm >/dev/null || skip "npm is missing, so axe-core cannot be installed"
    [ -f "$CACHE/package.json" ] || echo '{"name":"digikomp-a11y","private":true}' >"$CACHE/package.json"
    PUPPETEER_SKIP_DOWNLOAD=1 npm install --prefix "$CACHE" --no-audit --no-fund --silent \
        axe-core@4 puppeteer-core@24 >"$OUT/npm.log" 2>&1 ||
        skip "axe-core or puppeteer-core could not be installed from npm (see $OUT/npm.log)"
fi

# 3. The binary and the data generator.
cd "$ROOT"
cargo build --release --quiet --bin digikomp --example gen
BIN="$TARGET/release/digikomp"
GEN="$TARGET/release/examples/gen"
DATA="$OUT/data"
rm -rf "$DATA"
mkdir -p "$DATA/exports"
# Nothing from the developer's shell changes what digikomp writes.
unset DIGIKOMP_LANG DIGIKOMP_DATA_DIR DIGIKOMP_QUESTIONS
export NO_COLOR=1

# One person, 20 attempts three days apart, an action plan of two.
"$GEN" attempts 20 "$DATA/person"
"$BIN" --data-dir "$DATA/person" plan add --area 4 --goal "Gå kursen om säkerhet <online>" -q
"$BIN" --data-dir "$DATA/person" plan add --statement 501 --goal "Öva på felsökning" -q
# A group: 10 people in three rounds, and a pilot of one (a group too small to show).
"$GEN" json 30 "$DATA/exports"
"$BIN" --data-dir "$DATA/pilot" take -q --label pilot \
    --answers 5,6,4,7,3,3,2,4,5,6,1,7,7,6,2,4,4,4,4,1,2,3,4,5 >/dev/null
"$BIN" --data-dir "$DATA/pilot" export -q --all -o "$DATA/exports/pilot.json"

FILES=()
for lang in sv en; do
    "$BIN" --data-dir "$DATA/person" export -q --all --with-plan --lang "$lang" \
        --format html --force -o "$OUT/personal-$lang.html"
    "$BIN" workshop "$DATA/exports" -q --group-by label --compare "omgång 1" "omgång 3" --lang "$lang" \
        --format html --force -o "$OUT/group-$lang.html"
    FILES+=("$OUT/personal-$lang.html" "$OUT/group-$lang.html")
done

# 4. axe-core on each file in headless Chromium, a screenshot of each.
cat >"$CACHE/check.cjs" <<'JS'
// Runs axe-core on each HTML file given, prints its violations, and saves a
// full-page screenshot beside it. Exit code 1 on any violation.
const path = require("path");
const puppeteer = require("puppeteer-core");
const axePath = require.resolve("axe-core/axe.min.js");
const [chrome, profile, ...files] = process.argv.slice(2);
(async () => {
  const browser = await puppeteer.launch({
    executablePath: chrome,
    headless: true,
    args: [
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
      `--user-data-dir=${profile}`,
    ],
  });
  let total = 0;
  try {
    for (const file of files) {
      const page = await browser.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      await page.goto("file://" + path.resolve(file), { waitUntil: "load" });
      await page.addScriptTag({ path: axePath });
      const result = await page.evaluate(async () => {
        const r = await window.axe.run(document, { resultTypes: ["violations"] });
        return r.violations.map((v) => ({
          id: v.id, impact: v.impact, help: v.help,
          nodes: v.nodes.map((n) => n.target.join(" ")),
        }));
      });
      await page.screenshot({ path: file.replace(/\.html$/, ".png"), fullPage: true });
      await page.close();
      for (const v of result) {
        console.log(`${path.basename(file)}: ${v.id} (${v.impact}): ${v.help}`);
        for (const n of v.nodes) console.log(`    ${n}`);
      }
      console.log(`${path.basename(file)}: ${result.length} violations`);
      total += result.length;
    }
  } finally {
    await browser.close();
  }
  console.log(`${total} violations`);
  process.exit(total > 0 ? 1 : 0);
})().catch((e) => {
  console.error(`a11y: ${e.message}`);
  process.exit(2);
});
JS
FLAGS=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run
    --disable-background-networking --disable-component-update --disable-sync)
PROFILE=$(mktemp -d -t digikomp-chromium.XXXXXX)
trap 'rm -rf "$PROFILE"' EXIT
status=0
NODE_PATH="$CACHE/node_modules" node "$CACHE/check.cjs" "$CHROME" "$PROFILE/axe" "${FILES[@]}" ||
    status=$?

# 5. Print to PDF (A4 from the page's CSS), its pages as PNG to look at, and a
# check that no page ends with a heading or a table caption (pdftotext).
cat >"$CACHE/orphans.cjs" <<'JS'
// Prints each page of a PDF that ends with one of the HTML file's headings or
// table captions, orphaned from what it introduces. Exit code 1 if any.
const fs = require("fs");
const { execFileSync } = require("child_process");
const [html, pdf] = process.argv.slice(2);
const plain = (s) => s.replace(/<[^>]*>/g, " ")
  .replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"')
  .replace(/&#39;/g, "'").replace(/&amp;/g, "&").replace(/\s+/g, " ").trim();
const src = fs.readFileSync(html, "utf8");
const all = [...src.matchAll(/<(h[1-6]|caption)[^>]*>([\s\S]*?)<\/\1>/g)]
  .map((m) => ({ tag: m[1], text: plain(m[2]) })).filter((h) => h.text.length > 0);
const headings = all.map((h) => h.text);
const captions = all.filter((h) => h.tag === "caption").map((h) => h.text);
const pages = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).split("\f");
let orphans = 0;
pages.forEach((page, i) => {
  const lines = page.split("\n").map((l) => l.replace(/\s+/g, " ").trim()).filter(Boolean);
  if (lines.length === 0 || i === pages.length - 1) return;
  // A heading may wrap: its last line, or its last two lines joined.
  const tail = [lines[lines.length - 1], lines.slice(-2).join(" ")];
  // A table's caption followed by its header row only is left behind as well.
  const hit = headings.find((h) => tail.includes(h) || (tail[0].length > 12 && h.endsWith(tail[0])))
    || captions.find((c) => lines.length > 1 && lines[lines.length - 2] === c);
  if (hit) {
    console.log(`${html.split("/").pop()}: page ${i + 1} ends with the heading «${hit}»`);
    orphans += 1;
  }
});
console.log(`${html.split("/").pop()}: ${pages.length - 1} printed pages, ${orphans} orphaned headings`);
process.exit(orphans > 0 ? 1 : 0);
JS
for f in "${FILES[@]}"; do
    pdf=${f%.html}.pdf
    "$CHROME" "${FLAGS[@]}" --user-data-dir="$PROFILE/pdf" --no-pdf-header-footer \
        --print-to-pdf="$pdf" "file://$f" >/dev/null 2>&1 || echo "a11y: no PDF of $f"
    if command -v pdftoppm >/dev/null && [ -f "$pdf" ]; then
        pdftoppm -png -r 60 "$pdf" "${f%.html}-page"
        node "$CACHE/orphans.cjs" "$f" "$pdf" || status=1
    fi
done
echo "a11y: reports, screenshots and PDFs in $OUT"
exit "$status"

#!/usr/bin/env bash
# Puts the binary's English `--help` (at 100 columns) into docs/staff.md (the command
# reference) between the help markers, so that the usage section follows the binary;
# tests/cli.rs checks it.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --quiet
# The binary cargo just built, also when CARGO_TARGET_DIR (or a cargo config) moves it.
target_dir=$(cargo metadata --no-deps --format-version 1 \
  | python3 -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')
help=$(COLUMNS=100 "$target_dir/debug/digikomp" --lang en --help)
python3 - "$help" <<'PY'
import sys
help_text = sys.argv[1] + "\n"
path = "docs/staff.md"
text = open(path, encoding="utf-8").read()
start = text.index("<!-- help:start -->\n```text\n") + len("<!-- help:start -->\n```text\n")
end = text.index("```\n<!-- help:end -->")
open(path, "w", encoding="utf-8").write(text[:start] + help_text + text[end:])
PY

"""Writes the hostile 1 MB inputs that scripts/bench.sh times digikomp on.

    python3 scripts/bench/hostile.py DIR QUESTIONS.toml

Into DIR, each about 1 MB (and left alone when it is already there):
  wide-answers.json   an export whose one record has 80,000 distinct answer keys
  nested.json         [[[[…]]]] nested 500,000 deep
  long-line.csv       a valid header, then one record on a 1 MB line (its label)
  wide-header.csv     a valid header and more, 100,000 columns, then one short
                      record
  statements.toml     the bundled question set's head with 20,000 [[statements]]
  attempts/           a data directory whose one attempt file is 1 MB (80,000
                      answer keys)
  long-labels.csv     two records whose labels are 500,000 characters each
  many-labels.csv     5,700 records, each its own label, every label the start
                      of the next or a small edit from another
  many-groups.csv     9,000 records, each its own workplace
  groups-of-3.csv     9,000 records, three to a workplace: 3,000 groups shown
  id-clash.json       one respondent, one attempt id, 2,800 records that differ
  invisible.csv       5,700 records whose labels are invisible characters and
                      formulas behind separators
QUESTIONS.toml is the bundled set, whose text before its statements is kept.
"""

import json
import os
import re
import sys

MB = 1_000_000
KEYS = 80_000


def write(path, text):
    if not os.path.exists(path):
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(text)


def answers(codes):
    """The set's codes, then distinct keys of seven digits up to 80,000 in all:
    about 12 bytes each."""
    return {**{c: 4 for c in codes}, **{str(1_000_000 + i): 4 for i in range(KEYS - len(codes))}}


def main(out, questions):
    with open(questions, encoding="utf-8") as f:
        toml = f.read()
    codes = re.findall(r'^code = "([0-9]{3})"', toml, re.MULTILINE)
    os.makedirs(os.path.join(out, "attempts", "attempts"), exist_ok=True)
    record = {
        "respondent": "r-hostile", "attempt_id": "a-hostile", "date": "2024-03-15",
        "label": "omgång 1", "question_set": {"id": "digikomp-bibliotek", "version": "2.0"},
        "answers": answers(codes),
    }
    write(os.path.join(out, "wide-answers.json"), json.dumps(
        {"kind": "digikomp-export", "schema_version": 1, "records": [record]},
        separators=(",", ":")))
    write(os.path.join(out, "nested.json"), "[" * (MB // 2) + "]" * (MB // 2))

    header = ["respondent", "attempt_id", "date", "label", "workplace", "role",
              "question_set", "question_set_version", *codes]
    row = ["r-1", "a-1", "2024-03-15", "x" * MB, "", "", "digikomp-bibliotek", "2.0",
           *["4"] * len(codes)]
    write(os.path.join(out, "long-line.csv"),
          "\ufeff" + ";".join(header) + "\n" + ";".join(row) + "\n")
    wide = [*header, *[f"c{i:07d}" for i in range(100_000 - len(header))]]
    write(os.path.join(out, "wide-header.csv"),
          "\ufeff" + ";".join(wide) + "\n" + ";".join(row[:3]) + "\n")

    head = toml.split("\n[[statements]]", 1)[0]
    statements = "".join(
        f'\n[[statements]]\ncode="{100 * (1 + i % 5) + i % 100:03d}"\ntext={{sv="s",en="e"}}\n'
        for i in range(20_000))
    write(os.path.join(out, "statements.toml"), head + statements)

    attempt = {
        "kind": "digikomp-attempt", "schema_version": 1,
        "id": "0badf00d-0000-4000-8000-000000000000",
        "started_at": "2024-03-15T09:00:00+01:00", "finished_at": "2024-03-15T09:11:00+01:00",
        "question_set": {"id": "digikomp-bibliotek", "version": "2.0"}, "lang": "sv",
        "label": None, "answers": answers(codes),
    }
    write(os.path.join(out, "attempts", "attempts", "20240315T081100Z-0badf00d.json"),
          json.dumps(attempt, separators=(",", ":")))

    def quoted(text):
        return '"' + text.replace('"', '""') + '"'

    def rows(n, label, workplace, respondent=lambda i: f"r{i}"):
        return "\ufeff" + ";".join(header) + "\n" + "".join(
            ";".join([respondent(i), f"a{i}", "2024-03-15", quoted(label(i)), quoted(workplace(i)), "",
                      "digikomp-bibliotek", "2.0", *["4"] * len(codes)]) + "\n"
            for i in range(n))

    write(os.path.join(out, "long-labels.csv"),
          rows(2, lambda i: "ab"[i] * (MB // 2), lambda i: ""))
    write(os.path.join(out, "many-labels.csv"),
          rows(5700, lambda i: ("a" + "0" * (i % 150) + str(i))[:200], lambda i: ""))
    write(os.path.join(out, "many-groups.csv"),
          rows(9000, lambda i: "x", lambda i: f"bibliotek {i}"))
    write(os.path.join(out, "groups-of-3.csv"),
          rows(9000, lambda i: "x", lambda i: f"bibliotek {i // 3}"))
    invisible = "\u00ad\u034f\u180e\u200b\u2060\u206a\u3164\ufe0f\U000e0041"
    write(os.path.join(out, "invisible.csv"),
          rows(5700, lambda i: f"x,=cmd|' /C calc'!A0;+{invisible}{i % 50}",
               lambda i: f"{invisible}{i % 100}"))
    clash = [{**record, "answers": {c: 1 + (i + k) % 7 for k, c in enumerate(codes)},
              "date": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}"} for i in range(2800)]
    write(os.path.join(out, "id-clash.json"), json.dumps(
        {"kind": "digikomp-export", "schema_version": 1, "records": clash},
        separators=(",", ":")))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])

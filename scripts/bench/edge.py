"""Writes a workshop CSV with the cases the benchmark data lacks, for the
agreement check in scripts/bench.sh.

    python3 scripts/bench/edge.py IN.csv OUT.csv

From a CSV of examples/gen.rs (seeded, so the same bytes every time): about one
rating in ten left empty, a whole area left empty in one row in twenty, the rows
shuffled (so a respondent's latest record is not their last line), and 200
respondents given a second record on the date of their latest, with other
ratings, further down the file (on the same date the later one counts).
"""

import random
import re
import sys


def main(src, dst):
    rng = random.Random(7)
    with open(src, encoding="utf-8-sig") as f:
        lines = f.read().splitlines()
    header = lines[0].split(";")
    rows = [line.split(";") for line in lines[1:]]
    codes = [i for i, c in enumerate(header) if re.fullmatch(r"[0-9]{3}", c)]
    for r in rows:
        for i in codes:
            if rng.random() < 0.1:
                r[i] = ""
        if rng.random() < 0.05:
            area = rng.choice(sorted({header[i][0] for i in codes}))
            for i in codes:
                if header[i][0] == area:
                    r[i] = ""
    rng.shuffle(rows)
    latest = {}
    for r in rows:
        if r[0] not in latest or latest[r[0]][2] <= r[2]:
            latest[r[0]] = r
    for who in rng.sample(sorted(latest), min(200, len(latest))):
        tie = list(latest[who])
        tie[1] = tie[1][:-4] + "ffff"  # another attempt id
        for i in codes:
            tie[i] = str(rng.randint(1, 7)) if rng.random() > 0.1 else ""
        rows.append(tie)
    with open(dst, "w", encoding="utf-8", newline="") as f:
        f.write("\ufeff" + "\n".join(";".join(r) for r in [header, *rows]) + "\n")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])

"""The workshop statistics with pandas (the C CSV parser), for scripts/bench.sh.

    python3 scripts/bench/pandas_work.py FILE.csv

Reads a digikomp workshop CSV (`;`, UTF-8 with a BOM), keeps each respondent's
latest record (by date as ISO text; on the same date, the later one in the file)
and prints the figures as JSON in the shape scripts/bench/agree.py reads. The
statement columns are the three-digit headers; a code's first digit is its area.
"""

import json
import re
import sys

import pandas as pd

HIGH, LOW, SCALE = 6, 3, range(1, 8)


def figures(series):
    """n, mean, median and sample sd of a series (missing values left out)."""
    s = series.dropna()
    return {"n": int(s.count()), "mean": float(s.mean()),
            "median": float(s.median()), "sd": float(s.std())}


def main(path):
    header = pd.read_csv(path, sep=";", encoding="utf-8-sig", nrows=0).columns
    codes = [c for c in header if re.fullmatch(r"[0-9]{3}", c)]
    df = pd.read_csv(path, sep=";", encoding="utf-8-sig",
                     usecols=["respondent", "date", *codes],
                     dtype={"respondent": str, "date": str, **{c: "float64" for c in codes}})
    df["row"] = range(len(df))
    latest = (df.sort_values(["date", "row"], kind="stable", na_position="first")
              .drop_duplicates("respondent", keep="last"))
    ratings = latest[codes]

    statements = []
    for c in codes:
        col = ratings[c]
        counts = col.value_counts()
        dist = [int(counts.get(float(v), 0)) for v in SCALE]
        n = int(col.count())
        statements.append({
            "code": c, **figures(col), "distribution": dist,
            "share_high": sum(dist[HIGH - 1:]) / n,
            "share_low": sum(dist[:LOW]) / n,
        })
    areas = []
    for a in sorted({c[0] for c in codes}):
        members = ratings[[c for c in codes if c[0] == a]]
        # Every rating of the area. pandas 3's stack keeps the NaN of empty cells,
        # which would count in the shares' denominator: drop them.
        values = members.stack().dropna()
        areas.append({
            "area": int(a), **figures(members.mean(axis=1)),
            "share_high": float((values >= HIGH).mean()),
            "share_low": float((values <= LOW).mean()),
        })
    lowest = sorted(range(len(statements)), key=lambda i: (statements[i]["mean"], i))[:5]
    print(json.dumps({
        "engine": "pandas " + pd.__version__,
        "respondents": len(latest),
        "statements": statements,
        "areas": areas,
        "overall": figures(ratings.mean(axis=1)),
        "priorities": [statements[i]["code"] for i in lowest],
    }))


if __name__ == "__main__":
    main(sys.argv[1])

"""The workshop statistics with polars (scan_csv, all cores), for scripts/bench.sh.

    python3 scripts/bench/polars_work.py FILE.csv

Reads a digikomp workshop CSV (`;`, UTF-8 with a BOM), keeps each respondent's
latest record (by date as ISO text; on the same date, the later one in the file)
and prints the figures as JSON in the shape scripts/bench/agree.py reads. The
statement columns are the three-digit headers; a code's first digit is its area.
"""

import json
import re
import sys

import polars as pl

HIGH, LOW, SCALE = 6, 3, range(1, 8)


def stats(col):
    """n, mean, median and sample sd of a column, as expressions."""
    c = pl.col(col)
    return [c.count().alias("n"), c.mean().alias("mean"),
            c.median().alias("median"), c.std().alias("sd")]


def figures(frame):
    """The figures of one row of stats as a dict."""
    row = frame.row(0, named=True)
    return {k: row[k] for k in ("n", "mean", "median", "sd")}


def main(path):
    header = pl.read_csv(path, separator=";", n_rows=0).columns
    codes = [c for c in header if re.fullmatch(r"[0-9]{3}", c)]
    areas = sorted({c[0] for c in codes})
    # Int16, not Int8: mean_horizontal sums in the column type, and 24 ratings of
    # 7 overflow an Int8 without a word (the overall mean came out wrong).
    rows = (
        pl.scan_csv(path, separator=";", schema_overrides={c: pl.Int16 for c in codes})
        .select(["respondent", "date", *codes])
        .collect()
        .with_row_index("row")
    )
    # Each respondent's row that sorts last by (date, row): a window, which is
    # twice as fast here as a sort and unique(keep="last").
    latest = rows.filter(
        pl.col("row") == pl.col("row").sort_by(["date", "row"]).last().over("respondent")
    ).drop("row", "date")

    stmt = latest.select(
        [e for c in codes for e in (
            pl.col(c).count().alias(f"{c}|n"),
            pl.col(c).mean().alias(f"{c}|mean"),
            pl.col(c).median().alias(f"{c}|median"),
            pl.col(c).std().alias(f"{c}|sd"),
            *[(pl.col(c) == v).sum().alias(f"{c}|d{v}") for v in SCALE],
        )]
    ).row(0, named=True)
    statements = []
    for c in codes:
        n = stmt[f"{c}|n"]
        dist = [stmt[f"{c}|d{v}"] for v in SCALE]
        statements.append({
            "code": c, "n": n, "mean": stmt[f"{c}|mean"],
            "median": stmt[f"{c}|median"], "sd": stmt[f"{c}|sd"],
            "distribution": dist,
            "share_high": sum(dist[HIGH - 1:]) / n,
            "share_low": sum(dist[:LOW]) / n,
        })

    members = {a: [c for c in codes if c[0] == a] for a in areas}
    means = latest.select(
        *[pl.mean_horizontal(members[a]).alias(f"a{a}") for a in areas],
        pl.mean_horizontal(codes).alias("overall"),
    )
    area_list = []
    for a in areas:
        dists = [s["distribution"] for s in statements if s["code"][0] == a]
        total = sum(sum(d) for d in dists)
        area_list.append({
            "area": int(a), **figures(means.select(stats(f"a{a}"))),
            "share_high": sum(sum(d[HIGH - 1:]) for d in dists) / total,
            "share_low": sum(sum(d[:LOW]) for d in dists) / total,
        })
    overall = figures(means.select(stats("overall")))
    lowest = sorted(range(len(statements)), key=lambda i: (statements[i]["mean"], i))[:5]
    print(json.dumps({
        "engine": "polars " + pl.__version__,
        "respondents": latest.height,
        "statements": statements,
        "areas": area_list,
        "overall": overall,
        "priorities": [statements[i]["code"] for i in lowest],
    }))


if __name__ == "__main__":
    main(sys.argv[1])

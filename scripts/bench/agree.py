"""Checks that an alternative computed the same figures as digikomp.

    python3 scripts/bench/agree.py REFERENCE.json CANDIDATE.json

REFERENCE is `digikomp workshop FILE --format json --exact` (its first group is read), or
another file in the shape below when digikomp could not read the input.
CANDIDATE is what an alternative in scripts/bench/ printed:

    {"engine": "...", "respondents": N,
     "statements": [{"code", "n", "mean", "median", "sd", "distribution",
                     "share_high", "share_low"}, ...],
     "areas": [{"area", "n", "mean", "median", "sd", "share_high", "share_low"}, ...],
     "overall": {"n", "mean", "median", "sd"},
     "priorities": ["405", ...]}

Every section and field is optional in the candidate (Miller and the floor give
part of it), but whatever it gives must agree: counts exactly, other numbers to a
relative 1e-9, every statement and area of the reference present. Priorities are
the five lowest means; a different order among statements with equal means is a
tie, not a disagreement. Exits 1, naming each difference, when they disagree.
"""

import json
import math
import sys

REL = 1e-9
STAT_FIELDS = ("n", "mean", "median", "sd", "distribution", "share_high", "share_low")


def load_reference(path):
    """The figures of the reference, in the candidate's shape."""
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    if "groups" not in doc:
        return doc
    if len(doc["groups"]) != 1:
        sys.exit(f"agree.py: {path}: expected one group, found {len(doc['groups'])}")
    if doc.get("skipped"):
        sys.exit(f"agree.py: {path}: digikomp skipped files: {doc['skipped']}")
    g = doc["groups"][0]
    return {"engine": "digikomp", "respondents": g["respondents"],
            "statements": g["statements"], "areas": g["areas"],
            "overall": g["overall"], "priorities": g["priorities"]}


class Comparison:
    """Collects the differences and the largest relative difference."""

    def __init__(self):
        self.problems = []
        self.worst = 0.0
        self.worst_at = "-"
        self.checked = 0

    def value(self, where, ref, got):
        """One figure: exact for integers and lists, to REL for floats."""
        self.checked += 1
        if isinstance(ref, list) or isinstance(got, list):
            if ref != got:
                self.problems.append(f"{where}: {got} (reference {ref})")
            return
        if ref is None or got is None:
            if not (ref is None and got is None):
                self.problems.append(f"{where}: {got} (reference {ref})")
            return
        ref, got = float(ref), float(got)
        if math.isnan(got):
            self.problems.append(f"{where}: NaN (reference {ref})")
            return
        scale = max(abs(ref), abs(got))
        rel = 0.0 if scale == 0 else abs(ref - got) / scale
        if rel > self.worst:
            self.worst, self.worst_at = rel, where
        if rel > REL:
            self.problems.append(f"{where}: {got!r} (reference {ref!r}, relative {rel:.1e})")

    def figures(self, where, ref, got):
        for field in STAT_FIELDS:
            if field in got:
                self.value(f"{where} {field}", ref.get(field), got[field])

    def listed(self, section, key, ref, got):
        """Statements or areas, matched by code or number."""
        mine = {str(x[key]): x for x in got}
        for r in ref:
            k = str(r[key])
            if k not in mine:
                self.problems.append(f"{section} {k}: missing")
            else:
                self.figures(f"{section} {k}", r, mine[k])
        for k in mine.keys() - {str(r[key]) for r in ref}:
            self.problems.append(f"{section} {k}: not in the reference")

    def priorities(self, ref, got, statements):
        """The five lowest means; ties may come in another order."""
        ref, got = [str(c) for c in ref], [str(c) for c in got]
        self.checked += 1
        if ref == got:
            return None
        mean = {str(s["code"]): s["mean"] for s in statements}
        if len(ref) == len(got) and all(
            c in mean and math.isclose(mean[c], mean[r], rel_tol=REL) for c, r in zip(got, ref)
        ):
            return f"priorities in another order among equal means: {got} vs {ref}"
        self.problems.append(f"priorities: {got} (reference {ref})")
        return None


def main(ref_path, got_path):
    ref = load_reference(ref_path)
    with open(got_path, encoding="utf-8") as f:
        got = json.load(f)
    name, against = got.get("engine", got_path), ref.get("engine", ref_path)
    c = Comparison()
    parts, notes = [], []
    if "respondents" in got:
        c.value("respondents", ref["respondents"], got["respondents"])
    if "statements" in got:
        c.listed("statement", "code", ref["statements"], got["statements"])
        fields = [f for f in STAT_FIELDS if f in got["statements"][0]] if got["statements"] else []
        parts.append(f"{len(got['statements'])} statements ({', '.join(fields)})")
    if "areas" in got:
        c.listed("area", "area", ref["areas"], got["areas"])
        parts.append(f"{len(got['areas'])} areas")
    if "overall" in got:
        c.figures("overall", ref["overall"], got["overall"])
        parts.append("overall")
    if "priorities" in got:
        note = c.priorities(ref["priorities"], got["priorities"], ref["statements"])
        notes += [note] if note else []
        parts.append("priorities")
    if c.problems:
        bar = "!" * 78
        print(f"{bar}\nDISAGREE: {name} vs {against}: {len(c.problems)} differences",
              file=sys.stderr)
        for p in c.problems[:40]:
            print(f"  {p}", file=sys.stderr)
        print(bar, file=sys.stderr)
        sys.exit(1)
    print(f"agree: {name} = {against} on {', '.join(parts)}; "
          f"{c.checked} figures, largest relative difference {c.worst:.1e} ({c.worst_at})")
    for n in notes:
        print(f"  note: {n}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])

#!/usr/bin/env python3
"""Checks the draft content files in this folder: TOML syntax, both languages,
no unsafe characters (control or invisible reordering characters, newlines
included), and the counts and limits the drafts are written to.

Run: python3 content/drafts/check_drafts.py  (exit 0 when all is well)
"""
import pathlib
import re
import sys
import tomllib
import unicodedata

HERE = pathlib.Path(__file__).resolve().parent
problems = []


def bad(where, msg):
    problems.append(f"{where}: {msg}")


def unsafe(text):
    return any(
        unicodedata.category(c) == "Cc"
        or c in "\u061c\ufeff"
        or "\u200b" <= c <= "\u200f"
        or "\u2028" <= c <= "\u202e"
        or "\u2060" <= c <= "\u2069"
        for c in text
    )


def loc(where, value):
    """A {sv, en} table with both texts non-empty and safe."""
    if not isinstance(value, dict) or set(value) != {"sv", "en"}:
        bad(where, f"expected exactly sv and en, got {value!r}")
        return
    for lang in ("sv", "en"):
        text = value[lang]
        if not isinstance(text, str) or not text.strip():
            bad(where, f"{lang} is empty")
        elif unsafe(text):
            bad(where, f"{lang} has an unsafe character")
        elif text != text.strip() or "  " in text:
            bad(where, f"{lang} has stray spaces")
    if value.get("sv") == value.get("en"):
        bad(where, "sv and en are the same")


def words(text):
    return len(text.split())


def load(name):
    # Files that have been adopted live in questions/ now.
    path = HERE / name
    if not path.exists():
        path = HERE.parent.parent / "questions" / name
    with open(path, "rb") as f:
        return tomllib.load(f)


def head(doc, name, expected_id):
    if doc.get("id") != expected_id:
        bad(name, f"id is {doc.get('id')!r}, expected {expected_id!r}")
    if doc.get("version") != "1.0":
        bad(name, f"version is {doc.get('version')!r}")


def allowed(where, table, keys):
    extra = set(table) - set(keys)
    if extra:
        bad(where, f"unknown keys {sorted(extra)}")


# ----------------------------------------------------------- ledning.toml ----
def check_ledning():
    n = "ledning.toml"
    d = load(n)
    head(d, n, "digikomp-ledning")
    allowed(n, d, {"id", "version", "title", "welcome", "scale", "areas", "statements", "area_kind"})
    loc(f"{n} title", d["title"])
    loc(f"{n} welcome", d["welcome"])
    sc = d["scale"]
    allowed(f"{n} scale", sc, {"min", "max", "min_label", "max_label", "abstain"})
    if (sc["min"], sc["max"]) != (1, 7):
        bad(n, "scale is not 1-7")
    want = {
        "min_label": {"sv": "Stämmer inte alls", "en": "Not true at all"},
        "max_label": {"sv": "Stämmer helt", "en": "Completely true"},
        "abstain": {"sv": "Vet inte", "en": "Don't know"},
    }
    for k, v in want.items():
        if sc.get(k) != v:
            bad(n, f"scale.{k} is {sc.get(k)!r}")
    staff = tomllib.loads((HERE.parent.parent / "questions" / "digikomp.toml").read_text())
    staff_labels = {k: staff["scale"][k] for k in ("min_label", "max_label")}
    numbers = [a["number"] for a in d["areas"]]
    if numbers != list(range(1, len(numbers) + 1)):
        bad(n, f"area numbers {numbers} are not 1..N")
    for a in d["areas"]:
        loc(f"{n} area {a['number']}", a["name"])
    mirror_area = numbers[-1]
    themes = numbers[:-1]
    if not 4 <= len(themes) <= 6:
        bad(n, f"{len(themes)} themes")
    codes = [s["code"] for s in d["statements"]]
    if len(set(codes)) != len(codes):
        bad(n, "a code is used twice")
    leader, mirrors = [], []
    for s in d["statements"]:
        c = s["code"]
        w = f"{n} {c}"
        allowed(w, s, {"code", "title", "text", "mirror_area", "scale"})
        if not re.fullmatch(r"[1-9]\d\d", c) or int(c[0]) not in numbers:
            bad(w, "bad code")
        if "competence" in s:
            bad(w, "leader statements carry no competence")
        loc(f"{w} title", s["title"])
        loc(f"{w} text", s["text"])
        for lang in ("sv", "en"):
            if not 1 <= words(s["title"][lang]) <= 5:
                bad(w, f"title {lang} has {words(s['title'][lang])} words")
        if words(s["text"]["sv"]) > 25:
            bad(w, f"sv text has {words(s['text']['sv'])} words")
        if int(c[0]) == mirror_area:
            mirrors.append(s)
            if s.get("mirror_area") != int(c[2]) or c[1] != "0":
                bad(w, "a mirror's code must be 60N with mirror_area = N")
            if s.get("scale") != staff_labels:
                bad(w, "a mirror's scale labels must equal the staff set's")
        else:
            leader.append(s)
            if "mirror_area" in s or "scale" in s:
                bad(w, "only mirror statements have mirror_area or a scale")
    if not 12 <= len(leader) <= 20:
        bad(n, f"{len(leader)} leader statements")
    if sorted(m["mirror_area"] for m in mirrors) != [1, 2, 3, 4, 5]:
        bad(n, "mirrors do not cover DigComp areas 1-5 once each")
    for t in themes:
        k = sum(1 for s in leader if int(s["code"][0]) == t)
        if k < 2:
            bad(n, f"theme {t} has {k} statements")
    longest = max(words(s["text"]["sv"]) for s in d["statements"])
    return f"{n}: {len(themes)} themes, {len(leader)} statements + {len(mirrors)} mirrors, longest sv text {longest} words"


# ----------------------------------------------------- ledning-guide.toml ----
def check_guide():
    n = "ledning-guide.toml"
    d = load(n)
    head(d, n, "digikomp-ledning-guide")
    allowed(n, d, {"id", "version", "intro", "themes", "gap", "change_steps"})
    loc(f"{n} intro", d["intro"])
    ledning = load("ledning.toml")
    leader_themes = [a["number"] for a in ledning["areas"]][:-1]
    areas = [t["area"] for t in d["themes"]]
    if areas != leader_themes:
        bad(n, f"themes {areas} do not match the leaders' set's {leader_themes}")
    for t in d["themes"]:
        allowed(f"{n} theme {t['area']}", t, {"area", "questions"})
        if not 3 <= len(t["questions"]) <= 4:
            bad(n, f"theme {t['area']} has {len(t['questions'])} questions")
        for i, q in enumerate(t["questions"]):
            loc(f"{n} theme {t['area']} q{i + 1}", q)
    allowed(f"{n} gap", d["gap"], {"higher", "lower"})
    for side in ("higher", "lower"):
        qs = d["gap"][side]
        if not 2 <= len(qs) <= 3:
            bad(n, f"gap.{side} has {len(qs)} questions")
        for i, q in enumerate(qs):
            loc(f"{n} gap.{side} q{i + 1}", q)
    keys = [s["key"] for s in d["change_steps"]]
    if keys != ["prepare", "carry_out", "reinforce"]:
        bad(n, f"change_steps keys {keys}")
    for s in d["change_steps"]:
        allowed(f"{n} {s['key']}", s, {"key", "title", "points"})
        loc(f"{n} {s['key']} title", s["title"])
        if len(s["points"]) != 3:
            bad(n, f"{s['key']} has {len(s['points'])} points")
        for i, p in enumerate(s["points"]):
            loc(f"{n} {s['key']} p{i + 1}", p)
    nq = sum(len(t["questions"]) for t in d["themes"])
    return f"{n}: {len(areas)} themes with {nq} questions, gap {len(d['gap']['higher'])}+{len(d['gap']['lower'])}, {len(keys)} change steps"


# ------------------------------------------------------- ambassador.toml ----
def check_ambassador():
    n = "ambassador.toml"
    d = load(n)
    head(d, n, "digikomp-ambassador")
    allowed(n, d, {"id", "version", "closing", "areas", "meetings"})
    if d["closing"] != {"sv": "Vad tar vi med till besökarna?", "en": "What do we take to our visitors?"}:
        bad(n, "closing question differs from the brief")
    if [a["area"] for a in d["areas"]] != [1, 2, 3, 4, 5]:
        bad(n, "areas are not 1-5 in order")
    for a in d["areas"]:
        w = f"{n} area {a['area']}"
        allowed(w, a, {"area", "questions", "exercise", "scenario"})
        if len(a["questions"]) != 3:
            bad(w, f"{len(a['questions'])} questions")
        for i, q in enumerate(a["questions"]):
            loc(f"{w} q{i + 1}", q)
        ex = a["exercise"]
        allowed(f"{w} exercise", ex, {"minutes", "title", "steps"})
        if not 15 <= ex["minutes"] <= 30:
            bad(w, f"exercise takes {ex['minutes']} minutes")
        loc(f"{w} exercise title", ex["title"])
        if not 3 <= len(ex["steps"]) <= 5:
            bad(w, f"exercise has {len(ex['steps'])} steps")
        for i, s in enumerate(ex["steps"]):
            loc(f"{w} step {i + 1}", s)
        loc(f"{w} scenario", a["scenario"])
        if not a["scenario"]["sv"].startswith("En besökare ber om hjälp med"):
            bad(w, "scenario does not start with 'En besökare ber om hjälp med'")
        if "knepig" not in a["scenario"]["sv"] or "tricky" not in a["scenario"]["en"]:
            bad(w, "scenario does not say what makes it tricky")
    keys = [m["key"] for m in d["meetings"]]
    if keys != ["start", "middle", "end"]:
        bad(n, f"meeting keys {keys}")
    totals = []
    for m in d["meetings"]:
        w = f"{n} meeting {m['key']}"
        allowed(w, m, {"key", "title", "purpose", "agenda"})
        loc(f"{w} title", m["title"])
        loc(f"{w} purpose", m["purpose"])
        items = m["agenda"]
        if not 4 <= len(items) <= 7:
            bad(w, f"{len(items)} agenda items")
        total = sum(i["minutes"] for i in items)
        totals.append(total)
        if not 60 <= total <= 90:
            bad(w, f"agenda totals {total} minutes")
        for j, i in enumerate(items):
            allowed(f"{w} item {j + 1}", i, {"minutes", "text"})
            loc(f"{w} item {j + 1}", i["text"])
        if not any("Tvåminutersrunda" in i["text"]["sv"] for i in items):
            bad(w, "no two-minute round")
        if not any("vad tar vi med till besökarna?" in i["text"]["sv"].lower() for i in items):
            bad(w, "no closing question")
    return f"{n}: 5 areas x 3 questions, exercises {[a['exercise']['minutes'] for a in d['areas']]} min, meetings {totals} min"


# ---------------------------------------------------------- circles.toml ----
def check_circles():
    n = "circles.toml"
    d = load(n)
    head(d, n, "digikomp-studiecirkel")
    allowed(n, d, {"id", "version", "intro", "areas"})
    loc(f"{n} intro", d["intro"])
    if [a["area"] for a in d["areas"]] != [1, 2, 3, 4, 5]:
        bad(n, "areas are not 1-5 in order")
    counts = []
    for a in d["areas"]:
        w = f"{n} area {a['area']}"
        allowed(w, a, {"area", "meetings"})
        counts.append(len(a["meetings"]))
        if not 3 <= len(a["meetings"]) <= 4:
            bad(w, f"{len(a['meetings'])} meetings")
        for k, m in enumerate(a["meetings"]):
            mw = f"{w} meeting {k + 1}"
            allowed(mw, m, {"title", "before", "questions", "try"})
            loc(f"{mw} title", m["title"])
            loc(f"{mw} before", m["before"])
            loc(f"{mw} try", m["try"])
            if not 2 <= len(m["questions"]) <= 4:
                bad(mw, f"{len(m['questions'])} questions")
            for i, q in enumerate(m["questions"]):
                loc(f"{mw} q{i + 1}", q)
    return f"{n}: 5 areas, meetings per area {counts}"


def main():
    lines = []
    for f in (check_ledning, check_guide, check_ambassador, check_circles):
        try:
            lines.append(f())
        except FileNotFoundError as e:
            # A draft that lives on another branch (the ambassadors' files).
            lines.append(f"skipped {f.__name__}: {e.filename} is not in this tree")
        except (KeyError, TypeError, tomllib.TOMLDecodeError) as e:
            bad(f.__name__, f"{type(e).__name__}: {e}")
    for line in lines:
        print(line)
    for p in problems:
        print("PROBLEM", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

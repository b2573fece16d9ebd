#!/usr/bin/env python3
"""Score corrgraph's extraction on the shared dev sets and their label-preserving variants.

usage: scripts/evaluate.py [--bin PATH] [--shared DIR] [--sets wilson,frus] [--no-variants] [--keep DIR]

For each dev set (Wilson Center pages, FRUS heads) it runs `corrgraph extract --format jsonl` on the
source and on the variants that `shared/tools/variants.py` writes (unseen names, titles in capitals,
swapped document words), scores each with `shared/tools/score.py`, and prints one table: pairs,
relays and conversations F1, records exactly right, names per person, negatives with a false act.
These are scores on data the rules were written from (dev data), not on unseen records.
Needs python3 and ../shared; nothing here is part of the test suite.
"""
import argparse, ast, json, os, subprocess, sys, tempfile

ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
here = os.path.dirname(os.path.abspath(__file__))
ap.add_argument("--bin", default=os.path.join(here, "..", ".build", "release", "corrgraph"))
ap.add_argument("--shared", default=os.path.join(here, "..", "..", "shared"))
ap.add_argument("--sets", default="wilson,frus")
ap.add_argument("--no-variants", action="store_true")
ap.add_argument("--keep", help="keep outputs in this folder (default: a temporary one)")
a = ap.parse_args()

shared = os.path.abspath(a.shared)
sets = {
    "wilson": (os.path.join(shared, "corpus/wilson/dev/dev.gold.jsonl"), os.path.join(shared, "corpus/wilson/people.json"),
               os.path.join(shared, "corpus/wilson/dev/pages")),
    "frus": (os.path.join(shared, "corpus/frus/dev.gold.jsonl"), os.path.join(shared, "corpus/frus/people.json"),
             os.path.join(shared, "corpus/frus/dev.records.jsonl")),
}
work = a.keep or tempfile.mkdtemp(prefix="corrgraph-eval-")
os.makedirs(work, exist_ok=True)


def score(gold, people, out):
    text = subprocess.run([sys.executable, os.path.join(shared, "tools/score.py"), gold, people, out],
                          capture_output=True, text=True, check=True).stdout
    res = {}
    for line in text.splitlines():
        key, _, value = line.partition(": ")
        try:
            res[key] = ast.literal_eval(value)
        except (ValueError, SyntaxError):
            res[key] = value
    return res


def extract(inputs, out):
    with open(out, "w") as f:
        subprocess.run([a.bin, "extract", "--format", "jsonl", "--quiet", inputs], stdout=f, check=True)


rows = []
for name in a.sets.split(","):
    gold, people, inputs = sets[name]
    if not os.path.exists(gold):
        print(f"skipped {name}: {gold} is absent", file=sys.stderr)
        continue
    out = os.path.join(work, f"{name}.jsonl")
    extract(inputs, out)
    rows.append((name, "source", score(gold, people, out)))
    if a.no_variants:
        continue
    for kind in ("names", "upper", "doctype"):
        vdir = os.path.join(work, f"{name}-{kind}")
        subprocess.run([sys.executable, os.path.join(shared, "tools/variants.py"), gold, people, vdir, "--kind", kind],
                       capture_output=True, check=True)
        vout = os.path.join(vdir, "out.jsonl")
        extract(os.path.join(vdir, "records.jsonl"), vout)
        rows.append((name, kind, score(os.path.join(vdir, "gold.jsonl"), os.path.join(vdir, "people.json"), vout)))

print(f"{'set':8} {'variant':8} {'pairs':>6} {'relays':>6} {'convs':>6} {'exact':>6} {'names/p':>7} {'neg.false':>9}")
for name, kind, r in rows:
    neg = r.get("negatives", {})
    negs = f"{neg.get('with_false_acts', 0)}/{neg.get('records', 0)}"
    print(f"{name:8} {kind:8} {r['pairs']['f1']:6.3f} {r['relays']['f1']:6.3f} {r['convs']['f1']:6.3f} "
          f"{float(r['exact_record_rate']):6.3f} {r['identity']['names_per_person']:7.3f} {negs:>9}")
print(f"(outputs in {work})")

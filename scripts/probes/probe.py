#!/usr/bin/env python3
"""probe.py FILE... [--papers-of NAME] [-v]: checks invented probe records against the acts written for them.

Each line is TITLE||SUMMARY||EXPECTED (blank lines and lines opening with # are skipped). EXPECTED is what
GOLD-SCHEMA.md says the record states, worked out by hand, in `tt`'s notation: messages `A+B→C via X>Y`
joined by "; ", then ` | ` and conversations `{A, B}`, or `none`; alternatives joined by " OR ".
Each record is extracted on its own (no resolution across records). CG=path/to/corrgraph (default
.build/release/corrgraph). These probes were written together with the conventions they test: they are
checks on conventions, not scores on unseen data.
"""
import json, os, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

binary = os.environ.get('CG', '.build/release/corrgraph')
args = sys.argv[1:]
verbose = '-v' in args
args = [a for a in args if a != '-v']
extra = []
if '--papers-of' in args:
    i = args.index('--papers-of')
    extra = args[i:i + 2]
    del args[i:i + 2]

def rows_of(path):
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('#'):
            continue
        parts = line.split('||')
        yield parts[0], parts[1] if len(parts) > 1 else '', parts[2] if len(parts) > 2 else 'none'

def acts(title, summary):
    record = json.dumps({"id": "p", "date": "1950", "title": title, "summary": summary}) + "\n"
    run = subprocess.run([binary, "extract", "--format", "jsonl", "--quiet", "--input-format", "jsonl", *extra, "-"],
                         input=record, capture_output=True, text=True)
    if run.returncode:
        return "error: " + run.stderr.strip()
    r = json.loads(run.stdout.splitlines()[0])
    messages = ["%s→%s%s" % ("+".join(m['from']), "+".join(m['to']), (" via " + ">".join(m['via'])) if m['via'] else "")
                for m in r['messages']]
    conversations = ["{" + ", ".join(sorted(c['participants'])) + "}" for c in r['conversations']]
    return ("; ".join(messages) + ((" | " + " ".join(conversations)) if conversations else "")) or "none"

def canonical(text):
    """Several senders or recipients are unordered: `B+A→C` is `A+B→C`."""
    def message(m):
        if "→" not in m:
            return m
        head, _, rest = m.partition("→")
        to, sep, via = rest.partition(" via ")
        return "+".join(sorted(head.split("+"))) + "→" + "+".join(sorted(to.split("+"))) + sep + via
    text = text.strip()
    acts_part, sep, talks = ("", " | ", text[2:]) if text.startswith("| ") else text.partition(" | ")
    # A talk's participants are unordered: the probe files sort them case-insensitively, `acts` by code point.
    talks = " ".join("{" + ", ".join(sorted(t.strip("{}").split(", "), key=lambda p: (p.lower(), p))) + "}"
                     for t in talks.replace("} {", "}\n{").split("\n")) if talks.strip() else talks
    return "; ".join(message(m) for m in acts_part.split("; ")) + sep + talks

total_ok = total = 0
for path in args:
    rows = list(rows_of(path))
    with ThreadPoolExecutor(4) as pool:
        got = list(pool.map(lambda row: acts(row[0], row[1]), rows))
    ok = 0
    for (title, summary, expected), g in zip(rows, got):
        good = any(canonical(g) == canonical(alt) for alt in expected.split(" OR "))
        ok += good
        if not good or verbose:
            print(("PASS " if good else "FAIL ") + title[:100] + "\n     got: " + g + "\n     exp: " + expected)
    print(f"{ok}/{len(rows)} {path} {' '.join(extra)}")
    total_ok += ok
    total += len(rows)
if len(args) > 1:
    print(f"{total_ok}/{total} in all")

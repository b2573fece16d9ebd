#!/usr/bin/env python3
"""Seed corpora for the fuzz targets in Fuzz/ (make fuzz), written at run time into a git-ignored
folder from the shared corpora and the test fixtures: nothing from them is committed.

One folder per target under --out. Large files are cut into small valid pieces (a CMIF file into
groups of letters, a JSON Lines file into runs of lines), because libFuzzer mutates small inputs
faster and a seed longer than -max_len is only read up to it.
"""
import argparse
import glob
import json
import os
import re

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURES = os.path.join(ROOT, "Tests", "CorrgraphReadTests", "Fixtures")
SAMPLE = os.path.join(ROOT, "Sources", "CorrgraphCommands", "Sample")


def write(folder, name, data):
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))


def read(path):
    with open(path, "rb") as f:
        return f.read()


def jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def name(label):
    """A gold label such as "P:Mao Zedong" without its kind prefix."""
    return label.split(":", 1)[1] if re.match(r"^[A-Z]:", label) else label


def chunks(items, size):
    return [items[i:i + size] for i in range(0, len(items), size)]


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    parser.add_argument("--out", default=os.path.join(ROOT, "Fuzz", ".seeds"))
    args = parser.parse_args()
    corpus = os.path.join(args.shared, "corpus")
    if not os.path.isdir(corpus):
        print(f"note: {corpus} is absent; seeds come from the test fixtures only")

    listings = sorted(glob.glob(os.path.join(FIXTURES, "listing-*.txt")) + glob.glob(os.path.join(SAMPLE, "*.txt"))
                      + glob.glob(os.path.join(corpus, "wilson", "*.txt"))
                      + glob.glob(os.path.join(corpus, "wilson", "dev", "pages", "*.txt")))
    for path in listings:
        write(os.path.join(args.out, "FuzzListing"), os.path.basename(path), read(path))
    for path in glob.glob(os.path.join(FIXTURES, "*.html")):
        write(os.path.join(args.out, "FuzzHTML"), os.path.basename(path), read(path))
    # A listing page wrapped as the HTML a browser saves, so that the HTML reader sees many dated records.
    for path in listings[:8]:
        text = read(path).decode("utf-8", "replace")
        body = "".join(f"<p>{line}</p>\n" for line in text.splitlines())
        write(os.path.join(args.out, "FuzzHTML"), os.path.basename(path) + ".html",
              f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>t</title></head><body>{body}</body></html>")

    for path in glob.glob(os.path.join(FIXTURES, "records.*sv")):
        write(os.path.join(args.out, "FuzzCSV"), os.path.basename(path), read(path))
    for path in glob.glob(os.path.join(FIXTURES, "*.jsonl")):
        write(os.path.join(args.out, "FuzzJSONLines"), os.path.basename(path), read(path))
    for path in glob.glob(os.path.join(FIXTURES, "*.xml")):
        write(os.path.join(args.out, "FuzzCMIF"), os.path.basename(path), read(path))

    # Records of the dev sets: extraction seeds (title, newline, summary), JSON Lines runs, edge lists,
    # read-back extraction lines and DOT name lists.
    gold = []
    for path in sorted(glob.glob(os.path.join(corpus, "*", "dev", "*.jsonl")) + glob.glob(os.path.join(corpus, "*", "*.jsonl"))):
        lines = jsonl(path)
        base = os.path.basename(path)
        for i, group in enumerate(chunks(lines, 12)):
            write(os.path.join(args.out, "FuzzJSONLines"), f"{base}-{i:03}.jsonl",
                  "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in group))
        for r in lines:
            if "title" in r:
                write(os.path.join(args.out, "FuzzExtract"), f"{base}-{r.get('id', len(gold))}.txt",
                      r["title"] + "\n" + (r.get("summary") or ""))
            if isinstance(r.get("gold"), dict):
                gold.append(r)

    def acts(r):
        g = r["gold"]
        for m in g.get("messages", []):
            yield "message", [name(x) for x in m.get("from", [])], [name(x) for x in m.get("to", [])], \
                [name(x) for x in m.get("via", [])], m.get("evidence", "title")
        for c in g.get("conversations", []):
            yield "conversation", [name(x) for x in c.get("participants", [])], [], [], c.get("evidence", "summary")

    def cell(text):
        return '"' + text.replace('"', '""') + '"' if any(ch in text for ch in ',"\n\t') else text

    headers = [("from", "to", "via", "kind", "date", "id", ","), ("Absender", "Empfänger", "über", "Art", "Datum", "Nr", ","),
               ("sender", "recipient", "relay", "type", "when", "record", "\t")]
    for i, group in enumerate(chunks(gold, 10)):
        f, t, v, k, d, ident, sep = headers[i % len(headers)]
        rows = [sep.join([f, t, v, k, d, ident, "title"])]
        for r in group:
            for kind, senders, recipients, via, _ in acts(r):
                rows.append(sep.join(cell(x) for x in [";".join(senders), ";".join(recipients), ";".join(via),
                                                        kind, r.get("date", ""), r.get("id", ""), r.get("title", "")]))
        write(os.path.join(args.out, "FuzzCSV"), f"edges-{i:03}.{'tsv' if sep == chr(9) else 'csv'}", "\n".join(rows) + "\n")
        # The same acts as `extract --format jsonl` writes them, to be read back.
        lines = []
        for j, r in enumerate(group):
            messages = [{"from": s, "to": t_, "via": v_, "evidence": e} for kind, s, t_, v_, e in acts(r) if kind == "message"]
            conversations = [{"participants": s, "evidence": e} for kind, s, _, _, e in acts(r) if kind == "conversation"]
            record = {"id": r.get("id"), "source": "dev.txt", "line": j + 1, "date": r.get("date", ""),
                      "title": r.get("title", ""), "summary": r.get("summary", "")}
            when = {"start": "1950-01-01", "end": "9999-12-31"} if j % 3 else None
            correspondents = [{"name": name(x), "kind": "institution"} for x in json.dumps(r["gold"]).split('"') if x.startswith("O:")]
            lines.append(json.dumps({"record": record, "when": when, "messages": messages, "conversations": conversations,
                                     "correspondents": correspondents, "problems": []}, ensure_ascii=False))
        write(os.path.join(args.out, "FuzzJSONLines"), f"extraction-{i:03}.jsonl", "\n".join(lines) + "\n")
        # DOT: a title line, then names.
        names = sorted({x for r in group for kind, s, t_, v_, _ in acts(r) for x in s + t_ + v_})
        write(os.path.join(args.out, "FuzzDOT"), f"names-{i:03}.txt", "Letters " + str(i) + "\n" + "\n".join(names))

    # CMIF: each file cut into valid documents of a few letters each (head, letters, tail).
    for path in sorted(glob.glob(os.path.join(FIXTURES, "*.xml")) + glob.glob(os.path.join(corpus, "cmif", "*.xml"))):
        text = read(path).decode("utf-8", "replace")
        first = text.find("<correspDesc")
        last = text.rfind("</correspDesc>")
        if first < 0 or last < 0:
            continue
        head, tail = text[:first], text[last + len("</correspDesc>"):]
        letters = re.findall(r"<correspDesc.*?</correspDesc>", text[first:last + len("</correspDesc>")], re.S)
        for i, group in enumerate(chunks(letters, 4)[:40]):
            write(os.path.join(args.out, "FuzzCMIF"), f"{os.path.basename(path)}-{i:03}.xml",
                  head + "\n".join(group) + tail)

    # Dictionaries: the string literals of the code each target exercises (the words the grammar knows,
    # header synonyms, XML names, JSON keys), so that mutations reach the branches behind them.
    dictionaries = {
        "FuzzListing": ["CorrgraphRead/ListingTextReader.swift", "CorrgraphRead/DateLine.swift"],
        "FuzzHTML": ["CorrgraphRead/HTMLListingReader.swift", "CorrgraphRead/MarkupText.swift", "CorrgraphRead/DateLine.swift"],
        "FuzzCSV": ["CorrgraphRead/CSVRecordReader.swift", "CorrgraphRead/EdgeListReader.swift",
                    "CorrgraphRead/PartyDescription.swift", "CorrgraphRead/DateLine.swift"],
        "FuzzJSONLines": ["CorrgraphRead/JSONLinesRecordReader.swift", "CorrgraphRead/ExtractionLineReader.swift"],
        "FuzzCMIF": ["CorrgraphRead/CMIFReader.swift", "CorrgraphRead/XMLScanner.swift", "CorrgraphRead/PartyDescription.swift"],
        "FuzzExtract": ["CorrgraphExtract"],
        "FuzzDOT": ["CorrgraphEmit/Diagram"],
    }
    for target, parts in dictionaries.items():
        words = set()
        for part in parts:
            path = os.path.join(ROOT, "Sources", part)
            files = glob.glob(os.path.join(path, "**", "*.swift"), recursive=True) if os.path.isdir(path) else [path]
            for file in files:
                words.update(w for w in re.findall(r'"([^"\\\n]{1,40})"', read(file).decode("utf-8")) if "\\(" not in w)
        if target == "FuzzDOT":
            words.update(['"', "\\", "<", ">", "&", "]", "[", "{", "}", ";", "\\N", "\\G", "\r", "\u202e", "&amp;", "<br/>"])
        entries = []
        for w in sorted(words):
            escaped = "".join(chr(b) if 32 <= b < 127 and chr(b) not in '"\\' else f"\\x{b:02X}" for b in w.encode("utf-8"))
            entries.append(f'"{escaped}"')
        write(args.out, f"{target}.dict", "\n".join(entries) + "\n")

    for target in sorted(d for d in os.listdir(args.out) if os.path.isdir(os.path.join(args.out, d))):
        print(f"{target}: {len(os.listdir(os.path.join(args.out, target)))} seeds")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Times corrgraph's centrality against igraph and NetworKit on the same edges, checks that the values
agree, and prints one side-by-side markdown table. Outside the test suite (needs `pip install igraph
networkit`).

    python3 scripts/peers.py --bin .build/release/corrgraph INPUT [INPUT ...]
        [--measures betweenness,pagerank,closeness] [--edges EDGES.csv] [--label NAME]

INPUT is anything corrgraph reads (a listing, gen_corpus.py's .csv edge rows, CMIF from mkcmif.py).
The peers get exactly the graph corrgraph computes on: `corrgraph export --to csv` of the same input
(nodes and weighted directed edges), unless --edges gives an edge list (source,target,weight with a
header, or mkcmif.py's tab-separated .edges).

corrgraph runs with `--compat igraph` (igraph's defaults: raw betweenness, outgoing closeness over the
reachable nodes, weighted PageRank with damping 0.85) and is timed twice: the whole process from the raw
input (read, extract, resolve, graph, measure, write) and the measure alone (its `--timings` report).
The peers are timed on the call alone, with the graph already loaded (the load is its own column).
Values must agree to 1e-9 relative for exact betweenness and closeness; PageRank is iterative (igraph
solves it exactly with PRPACK, corrgraph iterates to an L1 change below 1e-13), so 1e-9 there too.
"""
import argparse
import csv
import json
import os
import re
import subprocess
import sys
import tempfile
import time

TOLERANCE = {"betweenness": 1e-9, "closeness": 1e-9, "pagerank": 1e-9}


def read_edges(path):
    """(nodes in order, [(source, target, weight)]) from a CSV with a header or a tab-separated file."""
    edges = []
    with open(path, newline="", encoding="utf-8") as f:
        if path.endswith(".edges"):
            for line in f:
                a, b, w = line.rstrip("\n").split("\t")
                edges.append((a, b, float(w)))
        else:
            for row in csv.DictReader(f):
                edges.append((row["source"], row["target"], float(row.get("weight") or 1)))
    nodes = {}
    for a, b, _ in edges:
        nodes.setdefault(a, len(nodes))
        nodes.setdefault(b, len(nodes))
    return nodes, edges


def add_isolated(nodes, nodes_csv):
    """The export's node file also lists people with no edge left (they still count in n)."""
    if os.path.exists(nodes_csv):
        with open(nodes_csv, newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                nodes.setdefault(row["name"], len(nodes))


def children_cpu():
    import resource
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(call):
    """(result, (wall seconds, CPU seconds of this process's threads))."""
    start, start_cpu = time.perf_counter(), time.process_time()
    result = call()
    return result, (time.perf_counter() - start, time.process_time() - start_cpu)


def corrgraph_values(binary, inputs, measure):
    """(values by name, whole-process seconds, the measure's own seconds from --timings)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "centrality.json")
        command = [binary, "centrality", "--compat", "igraph", "--measures", measure, "--format", "json",
                   "--quiet", "--timings", "-o", out] + inputs
        start, start_cpu = time.perf_counter(), children_cpu()
        run = subprocess.run(command, capture_output=True, text=True)
        wall = (time.perf_counter() - start, children_cpu() - start_cpu)
        if run.returncode != 0:
            sys.exit(f"corrgraph failed: {' '.join(command)}\n{run.stderr}")
        match = re.search(r"centrality ([0-9.]+) s \(CPU ([0-9.]+) s\)", run.stderr)
        compute = (float(match.group(1)), float(match.group(2))) if match else None
        # JSON has every digit (the CSV rounds to six significant figures); NaN is written as null.
        with open(out, encoding="utf-8") as f:
            nodes = json.load(f)["nodes"]
        values = {node["name"]: float("nan") if node[measure] is None else float(node[measure]) for node in nodes}
    return values, wall, compute


def igraph_run(nodes, edges, measures):
    import igraph as ig
    start = time.perf_counter()
    g = ig.Graph(n=len(nodes), edges=[(nodes[a], nodes[b]) for a, b, _ in edges], directed=True)
    g.es["weight"] = [w for _, _, w in edges]
    load = time.perf_counter() - start
    results = {}
    calls = {
        "betweenness": lambda: g.betweenness(directed=True),
        "pagerank": lambda: g.pagerank(directed=True, damping=0.85, weights="weight"),
        "closeness": lambda: g.closeness(mode="out", normalized=False),
    }
    for measure in measures:
        if measure in calls:
            results[measure] = timed(calls[measure])
    return load, results


def networkit_run(nodes, edges, measures):
    import networkit as nk
    start = time.perf_counter()
    plain = nk.Graph(len(nodes), weighted=False, directed=True)
    weighted = nk.Graph(len(nodes), weighted=True, directed=True)
    for a, b, w in edges:
        plain.addEdge(nodes[a], nodes[b])
        weighted.addEdge(nodes[a], nodes[b], w)
    load = time.perf_counter() - start
    results = {}
    for measure in measures:
        if measure == "betweenness":
            algorithm = nk.centrality.Betweenness(plain, normalized=False)
        elif measure == "pagerank":
            algorithm = nk.centrality.PageRank(weighted, damp=0.85, tol=1e-15,
                                               distributeSinks=nk.centrality.SinkHandling.DistributeSinks)
        elif measure == "closeness":
            # NetworKit's generalized closeness is Wasserman–Faust's (NetworkX's shape, but over
            # outgoing distances): compared after converting igraph's convention is not possible,
            # so it is timed and its agreement reported as "other convention".
            algorithm = nk.centrality.Closeness(plain, False, nk.centrality.ClosenessVariant.GENERALIZED)
        else:
            continue
        results[measure] = timed(lambda: algorithm.run().scores())
    return load, results


def largest_gap(reference, values, names):
    """Largest relative difference over all nodes; NaN equals NaN, and a difference below 1e-15 of the
    column's largest value counts as none (a node with 0 in one and 1e-20 in the other)."""
    worst = 0.0
    floor = 1e-15 * max((abs(v) for v in reference.values() if v == v), default=0)
    for name, index in names.items():
        a, b = reference.get(name, float("nan")), values[index]
        if a != a or b != b:
            if (a != a) != (b != b):
                return float("inf")
            continue
        gap = abs(a - b)
        if gap <= floor:
            continue
        worst = max(worst, gap / max(abs(a), abs(b)))
    return worst


def seconds(x):
    """`1.23 s (CPU 2.01 s)` from (wall, CPU)."""
    if x is None:
        return "–"
    def one(v):
        return f"{v:.2f}" if v < 100 else f"{v:.0f}"
    return f"{one(x[0])} s (CPU {one(x[1])} s)"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("inputs", nargs="+")
    parser.add_argument("--bin", default=".build/release/corrgraph")
    parser.add_argument("--measures", default="betweenness,pagerank,closeness")
    parser.add_argument("--edges", help="the peers' edge list (default: corrgraph export --to csv of the inputs)")
    parser.add_argument("--label", help="the corpus's name in the table (default: the input's file name)")
    args = parser.parse_args()
    measures = [m.strip() for m in args.measures.split(",") if m.strip()]
    label = args.label or ", ".join(os.path.basename(p) for p in args.inputs)

    with tempfile.TemporaryDirectory() as tmp:
        if args.edges:
            nodes, edges = read_edges(args.edges)
        else:
            edges_csv = os.path.join(tmp, "edges.csv")
            subprocess.run([args.bin, "export", "--to", "csv", "--quiet", "-o", edges_csv] + args.inputs, check=True)
            nodes, edges = read_edges(edges_csv)
            add_isolated(nodes, os.path.join(tmp, "edges-nodes.csv"))

    peers = {}
    for name, run in (("igraph", igraph_run), ("NetworKit", networkit_run)):
        try:
            peers[name] = run(nodes, edges, measures)
        except ImportError:
            print(f"({name} is not installed: pip install {name.lower()})", file=sys.stderr)

    import platform
    print(f"**{label}**: {len(nodes):,} nodes, {len(edges):,} weighted directed edges; "
          f"{os.cpu_count()} cores ({platform.machine()}), "
          + ", ".join(f"{n} load {p[0]:.2f} s" for n, p in peers.items()) + "; load average "
          + " ".join(f"{x:.1f}" for x in os.getloadavg()) + "\n")
    header = ["measure", "corrgraph whole process", "corrgraph measure alone"]
    for name in peers:
        header += [f"{name} call", f"agrees with {name}"]
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    failed = False
    ratios = []
    for measure in measures:
        values, wall, compute = corrgraph_values(args.bin, args.inputs, measure)
        row = [measure, seconds(wall), seconds(compute)]
        if "igraph" in peers and measure in peers["igraph"][1]:
            ratios.append((measure, wall, compute, peers["igraph"][1][measure][1]))
        for name, (_, results) in peers.items():
            if measure not in results:
                row += ["–", "–"]
                continue
            peer_values, elapsed = results[measure]
            gap = largest_gap(values, peer_values, nodes)
            tolerance = TOLERANCE.get(measure, 1e-9)
            if name == "NetworKit" and measure == "closeness":
                verdict = "other convention"
            elif gap <= tolerance:
                verdict = f"yes (max rel. diff {gap:.1e})"
            else:
                verdict = f"**no** (max rel. diff {gap:.1e})"
                failed = failed or name == "igraph"
            row += [seconds(elapsed), verdict]
        print("| " + " | ".join(row) + " |")
    # Issue 10's target is stated against igraph's call: the whole process at most 0.6× of it.
    for measure, wall, compute, call in ratios:
        def ratio(a, b):
            return f"{a / b:.2f}×" if b > 0 else "–"
        print(f"\n{measure}, corrgraph ÷ igraph call: whole process {ratio(wall[0], call[0])} wall, "
              f"{ratio(wall[1], call[1])} CPU; measure alone "
              + (f"{ratio(compute[0], call[0])} wall, {ratio(compute[1], call[1])} CPU" if compute else "–"))
    print("\nWall time, and CPU time (user + system, every thread) which a shared machine's load does not inflate. "
          "corrgraph: release build, every core (`--threads` default); igraph single-threaded; NetworKit with "
          "OpenMP on every core. corrgraph's whole process includes reading and resolving the raw input.")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()

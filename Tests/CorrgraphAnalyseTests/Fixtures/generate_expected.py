#!/usr/bin/env python3
"""Writes centrality_expected.json: fixture graphs and the values NetworkX computes on them.

The Swift tests (Tests/CorrgraphAnalyseTests) read the JSON and compare corrgraph's measures with
these values to 1e-9 relative; they never run Python. Regenerate after changing a fixture:

    python3 Tests/CorrgraphAnalyseTests/Fixtures/generate_expected.py

Every value comes from NetworkX (3.x) or from NumPy on a NetworkX adjacency matrix; nothing here
reuses corrgraph's code or output. Conventions computed:
  networkx        NetworkX defaults (what `corrgraph centrality` prints by default)
  weighted_paths  the same with shortest-path length 1/weight (`--weighted-paths`)
  igraph          igraph's defaults (`--compat igraph`), rebuilt from NetworkX primitives
"""
import json
import math
import os
import random

import networkx as nx
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))


def digraph(names, edges):
    """A DiGraph whose parallel edges merge by adding weights, as corrgraph's CSR build does."""
    g = nx.DiGraph()
    g.add_nodes_from(range(len(names)))
    for u, v, w in edges:
        if g.has_edge(u, v):
            g[u][v]["weight"] += w
        else:
            g.add_edge(u, v, weight=w)
    for u, v, d in g.edges(data=True):
        d["length"] = 1.0 / d["weight"]
    return g


def projection(g):
    """Undirected projection: each directed edge adds its weight to {u, v}; a self-loop once."""
    p = nx.Graph()
    p.add_nodes_from(g.nodes)
    for u, v, w in g.edges(data="weight"):
        if p.has_edge(u, v):
            p[u][v]["weight"] += w
        else:
            p.add_edge(u, v, weight=w)
    return p


def eigenvector(g, names, scale_max):
    p = projection(g)
    comps = [sorted(c) for c in nx.connected_components(p)]
    # Most nodes first; on equal sizes, the component holding the alphabetically first name.
    best = sorted(comps, key=lambda c: (-len(c), min(names[i] for i in c)))[0]
    x = [0.0] * len(names)
    sub = p.subgraph(best)
    if len(best) == 1 and not sub.has_edge(best[0], best[0]):
        x[best[0]] = 1.0
    elif len(best) >= 3:
        ev = nx.eigenvector_centrality_numpy(sub, weight="weight")
        for k, val in ev.items():
            x[k] = val
    else:
        # scipy's sparse eigensolver refuses k >= n-1; use the dense symmetric solver.
        a = nx.to_numpy_array(sub, nodelist=best, weight="weight")
        vals, vecs = np.linalg.eigh(a)
        vec = np.abs(vecs[:, np.argmax(vals)])
        vec = vec / np.linalg.norm(vec)
        for k, val in zip(best, vec):
            x[k] = float(val)
    if scale_max:
        top = max(x)
        x = [v / top for v in x]
    return x


def pagerank(g, alpha=0.85):
    """Exact PageRank: solve for the stationary vector of NetworkX's Google matrix."""
    n = len(g)
    if n == 0:
        return []
    m = nx.google_matrix(g, alpha=alpha, weight="weight", nodelist=range(n))
    # x M = x, sum x = 1  →  (Mᵀ − I) x = 0 with one row replaced by the normalization.
    a = m.T - np.eye(n)
    a[-1, :] = 1.0
    b = np.zeros(n)
    b[-1] = 1.0
    x = np.linalg.solve(a, b)
    check = nx.pagerank(g, alpha=alpha, weight="weight", tol=1e-12, max_iter=10000)
    assert all(abs(check[i] - x[i]) < 1e-9 for i in range(n))
    return [float(v) for v in x]


def out_distances(g, u, weighted):
    if weighted:
        return nx.single_source_dijkstra_path_length(g, u, weight="length")
    return nx.single_source_shortest_path_length(g, u)


def measures(g, names, convention):
    n = len(names)
    order = range(n)
    weighted = convention == "weighted_paths"
    dist = "length" if weighted else None
    r = {
        "inDegree": [g.in_degree(v) for v in order],
        "outDegree": [g.out_degree(v) for v in order],
        "weightedIn": [g.in_degree(v, weight="weight") for v in order],
        "weightedOut": [g.out_degree(v, weight="weight") for v in order],
        "pagerank": pagerank(g),
    }
    if convention in ("networkx", "weighted_paths"):
        b = nx.betweenness_centrality(g, normalized=True, weight=dist)
        c = nx.closeness_centrality(g, distance=dist, wf_improved=True)
        h = nx.harmonic_centrality(g, distance=dist)
        r["betweenness"] = [b[v] for v in order]
        r["closeness"] = [c[v] for v in order]
        r["harmonic"] = [float(h[v]) for v in order]
        r["eigenvector"] = eigenvector(g, names, scale_max=False)
    else:  # igraph: raw betweenness; outgoing closeness 1/Σd (NaN → null) and harmonic; max-scaled eigenvector
        b = nx.betweenness_centrality(g, normalized=False)
        r["betweenness"] = [b[v] for v in order]
        clo, har = [], []
        for u in order:
            d = out_distances(g, u, False)
            total = sum(d.values())
            clo.append(1.0 / total if len(d) > 1 else None)
            har.append(float(sum(1.0 / x for k, x in d.items() if k != u)))
        r["closeness"] = clo
        r["harmonic"] = har
        r["eigenvector"] = eigenvector(g, names, scale_max=True)
    return r


def case(name, names, edges, note):
    g = digraph(names, edges)
    return {
        "name": name,
        "note": note,
        "nodes": names,
        "edges": [[u, v, w] for u, v, w in edges],
        "expected": {c: measures(g, names, c) for c in ("networkx", "weighted_paths", "igraph")},
    }


def both_ways(g):
    return [(u, v, 1) for u, v in g.edges()] + [(v, u, 1) for u, v in g.edges()]


def correspondence_case():
    """A hand-made correspondence graph; its digraph is built here from the rule, independently:
    a message adds 1 to every hop of from → via… → to for each sender/recipient combination;
    a conversation adds 1 both ways between every pair of distinct participants."""
    names = ["Stalin", "Mao", "Kovalev", "Zhou", "Unused", "Liu", "Molotov"]
    messages = [
        {"from": [0], "to": [1], "via": [2]},
        {"from": [0], "to": [1], "via": [2]},
        {"from": [1], "to": [0], "via": [2, 6]},
        {"from": [1, 3], "to": [0], "via": []},
        {"from": [0], "to": [1, 5], "via": []},
        {"from": [3], "to": [3], "via": []},
        {"from": [5], "to": [], "via": []},
    ]
    conversations = [{"participants": [0, 1, 3]}, {"participants": [1, 3, 3]}]
    active = sorted({i for m in messages for k in ("from", "to", "via") for i in m[k]}
                    | {i for c in conversations for i in c["participants"]})
    node = {cid: k for k, cid in enumerate(active)}
    weights = {}
    for m in messages:
        for s in m["from"]:
            for t in m["to"]:
                route = [s] + m["via"] + [t]
                for a, b in zip(route, route[1:]):
                    weights[(node[a], node[b])] = weights.get((node[a], node[b]), 0) + 1
    for c in conversations:
        people = sorted(set(c["participants"]))
        for a in people:
            for b in people:
                if a != b:
                    weights[(node[a], node[b])] = weights.get((node[a], node[b]), 0) + 1
    edges = sorted((u, v, w) for (u, v), w in weights.items())
    result = case("correspondence", [names[i] for i in active], edges,
                  "built from messages, relays and conversations; see the Swift test")
    result["correspondents"] = names
    result["messages"] = messages
    result["conversations"] = conversations
    return result


def main():
    cases = []
    kite = nx.krackhardt_kite_graph()
    kite_names = ["Andre", "Beverly", "Carol", "Diane", "Ed", "Fernando", "Garth", "Heather", "Ike", "Jane"]
    cases.append(case("krackhardt_kite", kite_names, both_ways(kite),
                      "Krackhardt kite, each tie both ways"))

    flo = nx.florentine_families_graph()
    flo_names = sorted(flo.nodes)
    index = {name: k for k, name in enumerate(flo_names)}
    cases.append(case("florentine_families", flo_names,
                      [(index[u], index[v], w) for u, v, w in both_ways(flo)],
                      "Padgett's Florentine marriages, each tie both ways (Medici betweenness 0.522)"))

    cases.append(case("directed_path", ["a", "b", "c", "d", "e"],
                      [(0, 1, 1), (1, 2, 1), (2, 3, 1), (3, 4, 1)], "a → b → c → d → e"))

    k5 = [(u, v, 1) for u in range(5) for v in range(5) if u != v]
    cases.append(case("complete_k5", ["v1", "v2", "v3", "v4", "v5"], k5, "K5, every ordered pair"))

    cases.append(case("disconnected", ["p", "q", "r", "s", "t", "u", "lonely", "w"],
                      [(0, 1, 2), (1, 2, 1), (2, 0, 3), (2, 3, 1), (4, 5, 1), (5, 4, 2), (7, 5, 1)],
                      "a 4-node and a 3-node component and an isolated node"))

    cases.append(case("isolated_only", ["x", "y"], [], "two isolated nodes, no edges"))
    cases.append(case("single_node", ["solo"], [], "one node"))

    cases.append(case("loops_and_multiedges", ["A", "B", "C", "D", "E"],
                      [(0, 1, 1), (0, 1, 1), (0, 1, 1), (1, 0, 1), (1, 1, 1), (1, 1, 1), (1, 2, 1), (2, 3, 1),
                       (2, 3, 1), (3, 3, 1), (3, 0, 1), (0, 2, 1), (4, 4, 1), (2, 2, 1)],
                      "parallel edges merged by adding weights; self-loops kept"))

    cases.append(case("equal_components", ["Zhou", "Mao", "Liu", "Beria", "Abakumov", "Kim"],
                      [(0, 1, 1), (1, 2, 2), (3, 4, 1), (4, 5, 1), (5, 3, 1)],
                      "two 3-node components: eigenvector goes to the one holding 'Abakumov'"))

    rng = random.Random(1949)
    rand = nx.gnp_random_graph(24, 0.15, seed=1950, directed=True)
    cases.append(case("random_weighted", [f"n{k:02d}" for k in range(24)],
                      [(u, v, rng.choice([1, 1, 2, 3, 4])) for u, v in sorted(rand.edges())],
                      "G(24, 0.15) directed, weights 1–4: exercises weighted-path ties"))

    cases.append(correspondence_case())

    with open(os.path.join(HERE, "centrality_expected.json"), "w") as f:
        json.dump({"generator": f"networkx {nx.__version__}, numpy {np.__version__}", "cases": cases}, f,
                  indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Open corrgraph's GraphML and GEXF exports with NetworkX (and igraph, when installed) and print what
they hold: a check that Gephi-style tools read the attributes and dates. Not part of the test suite.

    corrgraph export pages/ --to graphml -o graph.graphml
    corrgraph export pages/ --to gexf -o graph.gexf
    python3 scripts/open_exports.py graph.graphml graph.gexf
"""
import sys

import networkx as nx


def describe(graph, path):
    nodes = list(graph.nodes(data=True))
    edges = list(graph.edges(data=True))
    print(f"{path}: {len(nodes)} nodes, {len(edges)} edges (NetworkX)")
    for _, data in nodes[:3]:
        print("  node", {k: v for k, v in data.items() if k != "spells"}, data.get("spells", ""))
    for u, v, data in edges[:3]:
        print("  edge", u, "->", v, data)
    with_authority = sum(1 for _, d in nodes if d.get("authority"))
    print(f"  {with_authority} nodes with an authority identifier")


def main(paths):
    for path in paths:
        if path.endswith(".gexf"):
            describe(nx.read_gexf(path), path)
        else:
            describe(nx.read_graphml(path), path)
        try:
            import igraph  # optional
        except ImportError:
            continue
        if path.endswith(".graphml"):
            g = igraph.Graph.Read_GraphML(path)
            print(f"  igraph: {g.vcount()} vertices, {g.ecount()} edges; vertex attributes {g.vs.attributes()}")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1:])

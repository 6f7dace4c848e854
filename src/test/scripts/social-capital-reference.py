#!/usr/bin/python3
"""Reference values of the per-agent social-capital measures, computed by networkx.

For each network in data/networks/ (karate, florentine, lesmis, davis) this writes, per node id
0..n-1, networkx's Burt constraint (nx.constraint), effective size (nx.effective_size),
local clustering (nx.clustering) and exact betweenness centrality (nx.betweenness_centrality,
normalized, endpoints excluded), all on the undirected, unweighted graph. Isolated nodes get
null for constraint and effective size (networkx gives NaN).

The graph is read as netcap reads it (netcap.io.EdgeListReader): node ids 0..max id, where the
largest id is taken over the edge list and its NAME.labels.csv.

Regenerate (from the project root, with networkx 2.8.8 as used for the committed file):

    /usr/bin/python3 src/test/scripts/social-capital-reference.py \
        > src/test/resources/networks/social-capital-reference.json

netcap.metrics.SocialCapitalTest compares netcap's values with this file to 1e-9.
"""
import csv
import json
import math
import os
import sys

import networkx as nx

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..")
NETWORKS = ["karate", "florentine", "lesmis", "davis"]


def ids(path):
    out = []
    if not os.path.exists(path):
        return out
    with open(path, newline="") as f:
        for row in csv.reader(f):
            if not row or row[0].startswith("#"):
                continue
            try:
                out.append([int(x) for x in row[:2]])
            except ValueError:
                continue  # header
    return out


def load(name):
    base = os.path.join(ROOT, "data", "networks", name)
    edges = ids(base + ".csv")
    labels = ids(base + ".labels.csv")
    n = 1 + max([max(u, v) for u, v in edges] + [row[0] for row in labels])
    g = nx.Graph()
    g.add_nodes_from(range(n))
    g.add_edges_from((u, v) for u, v in edges if u != v)
    return g


def values(d, n):
    return [None if math.isnan(d[i]) else d[i] for i in range(n)]


def main():
    out = {"networkx": nx.__version__}
    for name in NETWORKS:
        g = load(name)
        n = g.number_of_nodes()
        out[name] = {
            "nodes": n,
            "constraint": values(nx.constraint(g), n),
            "effective_size": values(nx.effective_size(g), n),
            "clustering": values(nx.clustering(g), n),
            "betweenness": values(nx.betweenness_centrality(g), n),
        }
    json.dump(out, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()

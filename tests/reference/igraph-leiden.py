#!/usr/bin/python3
"""igraph's Leiden on the reference graphs, computed once and committed as
igraph-leiden.json (the Leiden tests compare against it).

Run: /usr/bin/python3 tests/reference/igraph-leiden.py > tests/reference/igraph-leiden.json

For each graph (lesmis weighted, the others unweighted, as the Louvain tests
read them): community_leiden(objective_function='modularity') with its
defaults (beta 0.01, n_iterations 2) and until stable (n_iterations -1), at
resolution 1, seeds 1..20 of Python's random module (python-igraph draws from
it). Modularity is igraph's Graph.modularity of the returned membership.
"""
import json
import os
import random
import statistics

import igraph

HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = range(1, 21)

out = {"igraph_version": igraph.__version__, "seeds": [SEEDS.start, SEEDS.stop - 1], "graphs": {}}
for name in ("karate", "lesmis", "florentine"):
    with open(os.path.join(HERE, f"{name}.json")) as handle:
        ref = json.load(handle)
    index = {node: i for i, node in enumerate(ref["nodes"])}
    edges = [(index[e[0]], index[e[1]]) for e in ref["edges"]]
    weighted = name == "lesmis"
    weights = [e[2] for e in ref["edges"]] if weighted else None
    graph = igraph.Graph(n=len(ref["nodes"]), edges=edges)
    entry = {"weighted": weighted}
    for label, iterations in (("n_iterations_2", 2), ("until_stable", -1)):
        values = []
        for seed in SEEDS:
            random.seed(seed)
            clustering = graph.community_leiden(objective_function="modularity", weights=weights, n_iterations=iterations)
            values.append(graph.modularity(clustering.membership, weights=weights))
        entry[label] = {"best": round(max(values), 10), "median": round(statistics.median(values), 10)}
    out["graphs"][name] = entry
print(json.dumps(out, indent=2))

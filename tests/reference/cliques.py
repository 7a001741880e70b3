"""NetworkX's maximal cliques for the reference graphs, the answers the clique tests check.

Run from the repository root with Debian's Python (it has python3-networkx):
    /usr/bin/python3 tests/reference/cliques.py > tests/reference/cliques.json

For karate and lesmis (the graphs in karate.json and lesmis.json) it writes
every maximal clique (nx.find_cliques, Bron–Kerbosch with Tomita pivoting),
and the maximal cliques that contain at least one of a few seed nodes (to
check the search restricted to the seeds' neighbourhoods). Members sorted as
strings; cliques sorted largest first, then by members.
"""
import json
import networkx as nx

SEEDS = {"karate": ["0", "33", "16"], "lesmis": ["Valjean", "Gavroche", "Napoleon"]}


def key(clique):
    return (-len(clique), "\u0000".join(clique))


out = {"networkx": nx.__version__, "command": "/usr/bin/python3 tests/reference/cliques.py > tests/reference/cliques.json"}
for name in ("karate", "lesmis"):
    data = json.load(open(f"tests/reference/{name}.json"))
    g = nx.Graph()
    g.add_nodes_from(str(n) for n in data["nodes"])
    g.add_edges_from((str(e[0]), str(e[1])) for e in data["edges"])
    cliques = sorted((sorted(c) for c in nx.find_cliques(g)), key=key)
    seeds = SEEDS[name]
    out[name] = {
        "cliques": cliques,
        "seeds": seeds,
        "containingSeeds": [c for c in cliques if any(s in c for s in seeds)],
    }
print(json.dumps(out, indent=1, ensure_ascii=False))

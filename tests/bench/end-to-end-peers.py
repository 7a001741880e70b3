"""
End-to-end peers for `npm run bench` (tests/bench/end-to-end.mjs): what a
user of python-igraph or NetworkX writes to get the figures `vennskap stats
--input FILE --json` prints, or the communities of `vennskap clusters`, from
the same CSV edge list (header source,target). Whole process: reading the
file is part of the time. Prints one JSON line of figures.

  /usr/bin/python3 end-to-end-peers.py --tool igraph|networkx --what stats|clusters FILE
  /usr/bin/python3 end-to-end-peers.py --tool igraph --what rank-degree|rank-pagerank FILE

Repeated pairs are merged and self-loops kept, as vennskap reads an edge
list (the bench graphs have neither, so this costs nothing there).
"""
import argparse
import csv
import json

parser = argparse.ArgumentParser()
parser.add_argument('--tool', choices=['igraph', 'networkx'], required=True)
parser.add_argument('--what', choices=['stats', 'clusters', 'rank-degree', 'rank-pagerank'], required=True)
parser.add_argument('file')
args = parser.parse_args()


def rows(path):
    with open(path, newline='') as f:
        reader = csv.reader(f)
        header = [h.strip().lower() for h in next(reader)]
        s, t = header.index('source'), header.index('target')
        for row in reader:
            if row:
                yield row[s].strip(), row[t].strip()


if args.tool == 'igraph':
    import igraph as ig
    g = ig.Graph.TupleList(rows(args.file), directed=False)
    g.simplify(multiple=True, loops=False)
    if args.what.startswith('rank-'):
        # vennskap rank's default top 10: values highest first (ties by name there; only values compared).
        values = g.degree() if args.what == 'rank-degree' else g.pagerank()
        print(json.dumps({'top': sorted(values, reverse=True)[:10]}))
    elif args.what == 'clusters':
        parts = g.community_multilevel()
        print(json.dumps({'modularity': parts.modularity, 'communities': len(parts)}))
    else:
        components = g.connected_components()
        out = {
            'nodes': g.vcount(),
            'edges': g.ecount(),
            'components': len(components),
            'largest_component': max(components.sizes()) if g.vcount() else 0,
            'transitivity': g.transitivity_undirected(),
            'average_clustering': g.transitivity_avglocal_undirected(mode='zero'),
            'degree_assortativity': g.assortativity_degree(directed=False),
            'modularity': g.community_multilevel().modularity,
        }
        print(json.dumps(out))
else:
    import networkx as nx
    g = nx.Graph()
    g.add_edges_from(rows(args.file))
    if args.what == 'clusters':
        parts = nx.community.louvain_communities(g, seed=1)
        print(json.dumps({'modularity': nx.community.modularity(g, parts), 'communities': len(parts)}))
    else:
        components = list(nx.connected_components(g))
        out = {
            'nodes': g.number_of_nodes(),
            'edges': g.number_of_edges(),
            'components': len(components),
            'largest_component': max(map(len, components)) if components else 0,
            'transitivity': nx.transitivity(g),
            'average_clustering': nx.average_clustering(g),
            'degree_assortativity': nx.degree_assortativity_coefficient(g),
            'modularity': nx.community.modularity(g, nx.community.louvain_communities(g, seed=1)),
        }
        print(json.dumps(out))

"""The same benchmark steps in igraph or NetworkX, on the same edge-list file.

Run by run-bench.mjs with the Debian Python (/usr/bin/python3, which has
python3-igraph and python3-networkx); prints one JSON line like
bench-worker.ts. Reading the file and converting it to Python tuples is not
timed; building the library's graph from the tuples is.

Work is matched to ours step by step:
- betweenness: igraph exact when we are exact (python-igraph 0.10 has no
  source-sampled betweenness, so it is skipped when we sample pivots);
  NetworkX with k sampled sources (its own k-sample), and when we are exact,
  its k-sample time is scaled by n/k and marked as an estimate.
- closeness: the same sampled source nodes as ours (one BFS each); NetworkX
  on "all nodes" is a sample scaled by n/k, marked as an estimate.
"""
import array
import argparse
import json
import random
import resource
import statistics
import sys
import time


WARMUP_BELOW_S = 1.0  # set from --warmup-below
WARMUP_CALLS = 5
WARMUP_S = 0.1
MIN_TIMED_S = 1.0
MAX_RUNS_QUICK = 30


def measure(op, fn, max_runs, budget_s, describe=None):
    """The rule of bench-worker.ts's measure(): the first call is reported as
    "first"; under WARMUP_BELOW_S it starts a warm-up of up to 5 calls or
    0.1 s, else it is the first timed run. Then at least max_runs timed
    runs, continued until they add up to 1 s (at most 30) for a quick step;
    runs stop once all calls add up past budget_s."""
    cpu_runs = []

    def time_once():
        cpu_start = time.process_time()
        start = time.perf_counter()
        result = fn()
        elapsed = time.perf_counter() - start
        cpu_runs.append((time.process_time() - cpu_start) * 1000)
        return result, elapsed

    result, first = time_once()
    warmup = first < WARMUP_BELOW_S
    spent = first
    if warmup:
        calls, warm = 1, first
        while calls < WARMUP_CALLS and warm < WARMUP_S:
            result = None
            result, elapsed = time_once()
            warm += elapsed
            spent += elapsed
            calls += 1
    runs = [] if warmup else [first * 1000]
    timed_cpu_from = len(cpu_runs) - (0 if warmup else 1)
    timed = 0.0 if warmup else first
    while True:
        if runs and spent >= budget_s:
            break
        if len(runs) >= max_runs and (timed >= MIN_TIMED_S or len(runs) >= MAX_RUNS_QUICK):
            break
        result = None
        result, elapsed = time_once()
        runs.append(elapsed * 1000)
        spent += elapsed
        timed += elapsed
    row = {"op": op, "runs": runs, "median": statistics.median(runs), "first": first * 1000, "warmup": warmup,
           "cpuMedian": statistics.median(cpu_runs[timed_cpu_from:])}
    if describe:
        row.update(describe(result))
    return result, row


def read_edges(path):
    edges = []
    with open(path) as handle:
        for line in handle:
            s, t = line.split()
            edges.append((int(s), int(t)))
    return edges


def run_igraph(args, edges, sample):
    import igraph

    rows = []
    graph, row = measure("build", lambda: igraph.Graph(n=args.nodes, edges=edges), args.max_runs, args.budget)
    rows.append(row)
    if args.only != "communities":
        rows.extend(igraph_kernels(args, graph, sample))
    planted = read_membership(args.membership) if args.membership else None

    def describe(what):
        def row_of(clustering):
            row = {"value": graph.modularity(clustering.membership), "note": f"{what}, {len(clustering)} communities"}
            if planted is not None:
                row["ari"] = igraph.compare_communities(clustering.membership, planted, method="adjusted_rand")
                row["note"] += f", ARI vs planted {row['ari']:.3f}"
            return row
        return row_of

    def louvain():
        random.seed(1)  # python-igraph draws from Python's random module
        return graph.community_multilevel()

    rows.append(measure("louvain", louvain, args.max_runs, args.budget, describe("multilevel"))[1])

    def leiden():
        random.seed(1)
        # Defaults: beta (θ) 0.01, n_iterations 2, as our leidenCsr.
        return graph.community_leiden(objective_function="modularity")

    rows.append(measure("leiden", leiden, args.max_runs, args.budget, describe("community_leiden, modularity"))[1])
    return rows


def read_membership(path):
    values = array.array("i")
    with open(path, "rb") as handle:
        values.frombytes(handle.read())
    return list(values)


def igraph_kernels(args, graph, sample):
    rows = []
    rows.append(measure("degree", graph.degree, args.max_runs, args.budget)[1])
    rows.append(measure("pagerank", lambda: graph.pagerank(damping=0.85), args.max_runs, args.budget,
                        lambda r: {"note": "PRPACK"})[1])
    if args.pivots == "all":
        rows.append(measure("betweenness", graph.betweenness, args.max_runs, args.budget,
                            lambda r: {"note": "exact"})[1])
    else:
        rows.append({"op": "betweenness", "skipped": "python-igraph 0.10 has no source-sampled betweenness"})
    vertices = None if sample is None else sample
    rows.append(measure("closeness", lambda: graph.closeness(vertices=vertices), args.max_runs, args.budget,
                        lambda r: {"note": "all nodes" if sample is None else f"{len(sample)} sampled nodes"})[1])
    rows.append(measure("components", graph.connected_components, args.max_runs, args.budget,
                        lambda r: {"value": len(r)})[1])
    return rows


def run_networkx(args, edges, sample):
    import networkx as nx

    rows = []

    def build():
        graph = nx.Graph()
        graph.add_nodes_from(range(args.nodes))
        graph.add_edges_from(edges)
        return graph

    graph, row = measure("build", build, args.max_runs, args.budget)
    rows.append(row)
    rows.append(measure("degree", lambda: dict(graph.degree()), args.max_runs, args.budget)[1])
    rows.append(measure("pagerank", lambda: nx.pagerank(graph, alpha=0.85), args.max_runs, args.budget,
                        lambda r: {"note": "tol 1e-6 (NetworkX default)"})[1])

    n = args.nodes
    if args.pivots == "all":
        k = args.estimate_sample
        _, row = measure("betweenness", lambda: nx.betweenness_centrality(graph, k=k, seed=1), 1, args.budget)
        row["median"] *= n / k
        row["runs"] = [r * n / k for r in row["runs"]]
        row["first"] *= n / k
        row["estimate"] = True
        row["note"] = f"estimate: {k}-source sample × {n}/{k}"
    else:
        k = int(args.pivots)
        _, row = measure("betweenness", lambda: nx.betweenness_centrality(graph, k=k, seed=1), args.max_runs, args.budget,
                         lambda r: {"note": f"{k} pivots"})
    rows.append(row)

    if sample is None:
        k = args.estimate_sample
        nodes = random.Random(1).sample(range(n), k)
        _, row = measure("closeness", lambda: [nx.closeness_centrality(graph, u=u) for u in nodes], 1, args.budget)
        row["median"] *= n / k
        row["runs"] = [r * n / k for r in row["runs"]]
        row["first"] *= n / k
        row["estimate"] = True
        row["note"] = f"estimate: {k} sampled nodes × {n}/{k}"
    else:
        _, row = measure("closeness", lambda: [nx.closeness_centrality(graph, u=u) for u in sample], args.max_runs,
                         args.budget, lambda r: {"note": f"{len(sample)} sampled nodes"})
    rows.append(row)
    rows.append(measure("components", lambda: list(nx.connected_components(graph)), args.max_runs, args.budget,
                        lambda r: {"value": len(r)})[1])

    def describe_louvain(communities):
        return {"value": nx.community.modularity(graph, communities),
                "note": f"louvain_communities, {len(communities)} communities"}

    rows.append(measure("louvain", lambda: nx.community.louvain_communities(graph, seed=1), args.max_runs, args.budget,
                        describe_louvain)[1])
    return rows


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--tool", choices=["igraph", "networkx"], required=True)
    parser.add_argument("--nodes", type=int, required=True)
    parser.add_argument("--edge-list", required=True)
    parser.add_argument("--pivots", default="all")
    parser.add_argument("--closeness-sample", default="all", help="comma-separated node ids, or all")
    parser.add_argument("--membership", default=None, help="planted membership, Int32 little-endian (for ARI)")
    parser.add_argument("--only", choices=["all", "communities"], default="all")
    parser.add_argument("--estimate-sample", type=int, default=100)
    parser.add_argument("--max-runs", type=int, default=3)
    parser.add_argument("--budget", type=float, default=15.0, help="seconds; stop repeating a step past this")
    parser.add_argument("--warmup-below", type=float, default=1.0, help="seconds; a shorter first call is an untimed warm-up")
    args = parser.parse_args()
    global WARMUP_BELOW_S
    WARMUP_BELOW_S = args.warmup_below

    edges = read_edges(args.edge_list)
    sample = None if args.closeness_sample == "all" else [int(x) for x in args.closeness_sample.split(",")]
    rows = (run_igraph if args.tool == "igraph" else run_networkx)(args, edges, sample)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB
    versions = {}
    if args.tool == "igraph":
        import igraph
        versions["igraph"] = igraph.__version__
    else:
        import networkx
        versions["networkx"] = networkx.__version__
    sys.stdout.write(json.dumps({"mode": args.tool, "rows": rows, "peakRssMb": peak_mb, "versions": versions}) + "\n")


if __name__ == "__main__":
    main()

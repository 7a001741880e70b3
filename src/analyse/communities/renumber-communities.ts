/**
 * Canonical community ids. Louvain's raw labels depend on internal
 * bookkeeping (which slot a community happened to take), so two runs that
 * find the same partition can still label it differently. Renumbering by
 * size makes "community 0" mean "the largest" everywhere (CLI tables, the
 * viewer's colours, the bundle), and ties broken by the smallest member key
 * make the numbering a pure function of the partition.
 */
import { nodeRecord } from '../../formats/node-keyed.ts';

/** Compares strings by UTF-16 code units: locale-independent, hence stable across machines. */
function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Renumbers a node → label mapping so that community 0 is the largest,
 * ties broken by the smallest node key (code-unit order). Labels may be any
 * string or number; only equality matters.
 */
export function renumberCommunities(labels: Record<string, string | number>): {
  communities: Record<string, number>;
  count: number;
} {
  const groups = new Map<string | number, { size: number; first: string }>();
  for (const [node, label] of Object.entries(labels)) {
    const group = groups.get(label);
    if (group === undefined) groups.set(label, { size: 1, first: node });
    else {
      group.size++;
      if (node < group.first) group.first = node;
    }
  }
  const ordered = [...groups.entries()].sort(
    ([, a], [, b]) => b.size - a.size || compareKeys(a.first, b.first),
  );
  const canonical = new Map<string | number, number>();
  ordered.forEach(([label], index) => canonical.set(label, index));
  const communities: Record<string, number> = nodeRecord();
  for (const [node, label] of Object.entries(labels)) {
    communities[node] = canonical.get(label) as number;
  }
  return { communities, count: ordered.length };
}

/**
 * The same renumbering for dense integer node ids (CSR graphs, synthetic
 * graphs): community 0 is the largest, ties broken by the smallest node index.
 * Labels must be non-negative integers; they need not be contiguous.
 */
export function renumberMembership(labels: ArrayLike<number>): {
  membership: Int32Array;
  count: number;
} {
  const n = labels.length;
  let maxLabel = -1;
  for (let i = 0; i < n; i++) {
    const label = labels[i] as number;
    if (!Number.isInteger(label) || label < 0) {
      throw new Error(`renumberMembership: label of node ${i} must be a non-negative integer, got ${label}`);
    }
    if (label > maxLabel) maxLabel = label;
  }
  const sizes = new Int32Array(maxLabel + 1);
  const first = new Int32Array(maxLabel + 1).fill(-1);
  for (let i = 0; i < n; i++) {
    const label = labels[i] as number;
    sizes[label]!++;
    if (first[label] === -1) first[label] = i;
  }
  const used: number[] = [];
  for (let label = 0; label <= maxLabel; label++) if (sizes[label]! > 0) used.push(label);
  used.sort((a, b) => sizes[b]! - sizes[a]! || first[a]! - first[b]!);
  const canonical = new Int32Array(maxLabel + 1);
  used.forEach((label, index) => (canonical[label] = index));
  const membership = new Int32Array(n);
  for (let i = 0; i < n; i++) membership[i] = canonical[labels[i] as number]!;
  return { membership, count: used.length };
}

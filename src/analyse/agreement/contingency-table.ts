/**
 * The contingency table of two partitions of the same items: the common
 * ground of NMI and ARI. Partitions are plain `item → label` records (as
 * detectCommunities returns), so a partition can come from a CSV column, a
 * Louvain run or a hand-made grouping; labels are compared by identity, so
 * 1 and "1" are different labels.
 */
export type Partition = Record<string, string | number>;

export interface ContingencyTable {
  /** Number of items. */
  n: number;
  /** Items per label of the first partition. */
  rowSums: number[];
  /** Items per label of the second partition. */
  columnSums: number[];
  /** Non-zero cells: items carrying both labels. */
  cells: number[];
}

export function buildContingencyTable(caller: string, a: Partition, b: Partition): ContingencyTable {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) {
    for (const key of Object.keys(b)) {
      if (!Object.prototype.hasOwnProperty.call(a, key)) {
        throw new Error(`${caller}: item "${key}" is in the second partition but not in the first`);
      }
    }
  }
  const rows = new Map<string | number, number>();
  const columns = new Map<string | number, number>();
  const cellCounts = new Map<string, number>();
  const rowSums: number[] = [];
  const columnSums: number[] = [];
  for (const key of keys) {
    if (!Object.prototype.hasOwnProperty.call(b, key)) {
      throw new Error(`${caller}: item "${key}" is in the first partition but not in the second`);
    }
    const la = a[key]!;
    const lb = b[key]!;
    let row = rows.get(la);
    if (row === undefined) rows.set(la, (row = rowSums.push(0) - 1));
    let column = columns.get(lb);
    if (column === undefined) columns.set(lb, (column = columnSums.push(0) - 1));
    rowSums[row]!++;
    columnSums[column]!++;
    const cell = `${row},${column}`;
    cellCounts.set(cell, (cellCounts.get(cell) ?? 0) + 1);
  }
  return { n: keys.length, rowSums, columnSums, cells: [...cellCounts.values()] };
}

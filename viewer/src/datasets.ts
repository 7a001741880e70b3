/**
 * The viewer's built-in datasets (see src/dataset/scope-dataset.ts), each its
 * own bundle file next to index.html. No imports and no side effects: the
 * tiny entry chunk (start-fetch.ts) and the URL state both use it.
 */
export const VIEWER_DATASETS = ['norway', 'world'] as const;
export type ViewerDataset = (typeof VIEWER_DATASETS)[number];

export const DATASET_LABELS: Record<ViewerDataset, string> = { norway: 'Norway', world: 'World' };

/** The world bundle's links come from English Wikipedia (CC BY-SA 4.0), and so do Norway's context links. */
export const WIKIPEDIA_SOURCE_FILE = 'wikipedia-twin-towns.csv';
export const WIKIPEDIA_CREDIT =
  'Links: English Wikipedia, Lists of twin towns and sister cities, via Hekman/twincities (CC BY-SA 4.0)';

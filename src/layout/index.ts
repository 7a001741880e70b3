export { computeLayout, inferLayoutSettings, pickIterationCount, seedPositions } from './compute-layout.ts';
export type { ComputeLayoutOptions, LayoutMapping } from './compute-layout.ts';
export { removeOverlap } from './remove-overlap.ts';
export type { RemoveOverlapOptions } from './remove-overlap.ts';

/** Time the distance analysis and its null model on a dataset: node tests/helpers/run-ts.mjs tests/geo/scripts/measure-distances.ts [norway|world] [draws] */
import { loadDataset } from '../../../src/cli/load-dataset.ts';
import { analyseDatasetDistances } from '../../../src/geo/analyse-dataset-distances.ts';
import type { DatasetName } from '../../../src/dataset/scope-dataset.ts';

const name = (process.argv[2] ?? 'world') as DatasetName;
const draws = Number(process.argv[3] ?? 1000);
const dataset = loadDataset('data', name);
const t0 = performance.now();
const { statistics, nullModel } = analyseDatasetDistances(dataset, { dataset: name, draws });
const t1 = performance.now();
console.log(`${name}: ${statistics.links.length} links measured, skipped ${statistics.skipped.length}; analysis with ${draws} draws ${(t1 - t0).toFixed(0)} ms`);
console.log(`accepted swaps ${nullModel?.acceptedSwapShare.toFixed(3)}; ${nullModel?.explanation}`);

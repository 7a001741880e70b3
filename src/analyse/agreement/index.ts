export { adjustedRandIndex } from './adjusted-rand-index.ts';
export { normalizedMutualInformation, type NormalizedMutualInformationOptions } from './normalized-mutual-information.ts';
export { buildContingencyTable, type ContingencyTable, type Partition } from './contingency-table.ts';

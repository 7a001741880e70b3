/** The stability figures of a community section, shared by the Norway report and the report on any network. */
import type { CommunityAlgorithm, CommunityStability } from '../analyse/communities/index.ts';
import type { StabilityFigures } from './report-data.ts';

export function stabilityFigures(stability: CommunityStability, resolution: number, seeds: number[], algorithm: CommunityAlgorithm): StabilityFigures {
  return {
    algorithm,
    resolution,
    seeds,
    consensusSeed: stability.consensus.seed,
    modularity: stability.consensus.modularity,
    modularitySpread: stability.modularity,
    countSpread: stability.count,
    meanAgreement: stability.meanAgreement,
    meanCoAssignment: stability.meanConsensusCoAssignment,
  };
}

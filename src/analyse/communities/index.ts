export {
  detectCommunities,
  type CommunityDetection,
  type DetectCommunitiesOptions,
  type EdgeWeightGetter,
} from './detect-communities.ts';
export {
  communityStability,
  resolutionSweep,
  summarize,
  type CommunityStability,
  type CommunityStabilityOptions,
  type ResolutionStep,
  type Spread,
  type StablePartner,
} from './community-stability.ts';
export { describeCommunities, type DescribeCommunitiesOptions } from './describe-communities.ts';
export { renumberCommunities, renumberMembership } from './renumber-communities.ts';
export { louvainCsr, type LouvainCsrInput, type LouvainCsrOptions, type LouvainCsrResult } from './louvain-csr.ts';
export {
  COMMUNITY_ALGORITHMS,
  COMMUNITY_ALGORITHM_NAMES,
  detectCommunitiesCsr,
  type CommunityAlgorithm,
  type DetectCommunitiesCsrOptions,
} from './detect-communities-csr.ts';
export { leidenCsr, type LeidenCsrOptions, type LeidenCsrResult } from './leiden-csr.ts';

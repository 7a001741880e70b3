/// <reference lib="webworker" />
/**
 * Community detection off the main thread (the cluster panel's Louvain /
 * Leiden choice): Leiden on a 100k-node graph takes about a second, which on
 * the page would freeze the view. The work itself is detect-communities-job.ts.
 */
import { runDetectCommunities, type DetectCommunitiesRequest } from './detect-communities-job.ts';

self.onmessage = (event: MessageEvent<DetectCommunitiesRequest>) => {
  (self as unknown as Worker).postMessage(runDetectCommunities(event.data));
};

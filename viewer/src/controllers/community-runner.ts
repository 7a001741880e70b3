/**
 * Runs community detection on the page's graph in a worker
 * (detect-communities.worker.ts), one request at a time: a newer request
 * makes the answer to an older one stale, and `run` then resolves to null.
 */
import type Graph from 'graphology';
import type { CommunityAlgorithm } from '../../../src/analyse/communities/index.ts';
import { communityRequest, type DetectCommunitiesReply } from '../workers/detect-communities-job.ts';

export class CommunityRunner {
  private worker: Worker | null = null;
  private requests = 0;

  async run(graph: Graph, algorithm: CommunityAlgorithm, seed = 1, resolution = 1): Promise<DetectCommunitiesReply | null> {
    const request = ++this.requests;
    this.worker ??= new Worker(new URL('../workers/detect-communities.worker.ts', import.meta.url), { type: 'module' });
    const worker = this.worker;
    const job = communityRequest(graph, { request, algorithm, seed, resolution });
    const reply = await new Promise<DetectCommunitiesReply>((resolve) => {
      const listener = (event: MessageEvent<DetectCommunitiesReply>) => {
        if (event.data.request !== request) return;
        worker.removeEventListener('message', listener);
        resolve(event.data);
      };
      worker.addEventListener('message', listener);
      worker.postMessage(job, [job.sources.buffer, job.targets.buffer, ...(job.weights ? [job.weights.buffer] : [])]);
    });
    return reply.type === 'error' || request === this.requests ? reply : null;
  }
}

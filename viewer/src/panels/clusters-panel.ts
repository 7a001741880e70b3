/**
 * Communities with their hubs; choosing one highlights it and moves the
 * camera onto it. The algorithm choice (Leiden, the bundle's, or Louvain)
 * reruns detection in a worker (App.detectCommunities).
 */
import type { NetworkModel } from '../data/network-model.ts';
import { communityColour } from '../view/appearance.ts';
import { COMMUNITY_ALGORITHM_NAMES, COMMUNITY_ALGORITHMS, type CommunityAlgorithm } from '../../../src/analyse/communities/detect-communities-csr.ts';
import { BUNDLE_ALGORITHM } from '../workers/protocol.ts';
import { h, fill, formatNumber } from './dom.ts';

export interface ClustersActions {
  focusCommunity: (community: number | null) => void;
  select: (node: string) => void;
  setAlgorithm: (algorithm: CommunityAlgorithm) => void;
}

/** A long tail of singletons says nothing; the panel lists the biggest communities. */
const MAX_LISTED = 30;

export class ClustersPanel {
  private readonly list: HTMLElement;
  private readonly summary: HTMLElement;
  readonly algorithmSelect: HTMLSelectElement;
  private rendered: { model: NetworkModel; focused: number | null } | null = null;

  constructor(container: HTMLElement, private readonly actions: ClustersActions) {
    this.summary = h('span', { class: 'muted' });
    this.list = h('ol', { class: 'clusters', attrs: { id: 'clusters' } });
    this.algorithmSelect = h('select', {
      attrs: { id: 'community-algorithm', 'aria-label': 'Community detection algorithm' },
      on: { change: () => this.actions.setAlgorithm(this.algorithmSelect.value as CommunityAlgorithm) },
    }, COMMUNITY_ALGORITHMS.map((algorithm) => h('option', { text: COMMUNITY_ALGORITHM_NAMES[algorithm], attrs: { value: algorithm } })));
    container.append(h('details', { class: 'clusters-box', attrs: { open: '' } }, [
      h('summary', {}, ['Communities ', this.summary]),
      h('label', {}, ['Algorithm ', this.algorithmSelect]),
      this.list,
    ]));
  }

  update(model: NetworkModel, focused: number | null): void {
    if (this.rendered && this.rendered.model === model && this.rendered.focused === focused) return;
    this.rendered = { model, focused };
    this.algorithmSelect.value = model.meta.algorithm ?? BUNDLE_ALGORITHM;
    this.algorithmSelect.disabled = false;
    const { communities, modularity } = model.meta;
    this.summary.textContent = `${communities.length}, modularity ${formatNumber(modularity)}`;
    const { graph } = model;
    fill(this.list, communities.slice(0, MAX_LISTED).map((community) => {
      const hubs = community.hubs.filter((hub) => graph.hasNode(hub));
      const countries = community.countries.slice(0, 3).map((c) => `${c.country} ${c.count}`).join(', ');
      const isFocused = focused === community.id;
      return h('li', { class: isFocused ? 'focused' : '', attrs: { 'data-community': String(community.id) } }, [
        h('button', {
          class: 'link cluster',
          attrs: { 'aria-pressed': String(isFocused) },
          on: { click: () => this.actions.focusCommunity(isFocused ? null : community.id) },
        }, [
          h('span', { class: 'swatch', attrs: { style: `background:${communityColour(community.id)}` } }),
          `${community.id}: ${community.size} places`,
        ]),
        h('span', { class: 'muted', text: ` ${formatNumber(community.linkShare * 100)}% of links inside` }),
        h('div', { class: 'hubs' }, hubs.map((hub, i) => [
          i > 0 ? ', ' : null,
          h('button', {
            class: 'link',
            text: String(graph.getNodeAttribute(hub, 'label') ?? hub),
            on: { click: () => this.actions.select(hub) },
          }),
        ]).flat()),
        countries ? h('div', { class: 'muted', text: countries }) : null,
      ]);
    }));
  }
}

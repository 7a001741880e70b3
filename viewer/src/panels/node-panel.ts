/**
 * The side panel for the selected place: who it is, its partners (each a
 * button that jumps to it), every link's details with the source lines it
 * came from, its metrics with ranks, and its community.
 */
import type { Attributes } from 'graphology-types';
import type { NetworkModel } from '../data/network-model.ts';
import { communityColour } from '../view/appearance.ts';
import { h, fill, formatNumber } from './dom.ts';

export interface NodePanelActions {
  select: (node: string) => void;
  focusCommunity: (community: number) => void;
  zoomTo: (node: string) => void;
  close: () => void;
}

const FACTS: [string, string][] = [
  ['country', 'Country'],
  ['kind', 'Kind'],
  ['county', 'County'],
  ['municipalityNumber', 'Municipality number'],
];

function text(value: unknown): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (Array.isArray(value)) return value.map(String).join(', ');
  return String(value);
}

function labelOf(attributes: Attributes, key: string): string {
  return typeof attributes.label === 'string' && attributes.label ? attributes.label : key;
}

function linkSummary(attributes: Attributes): string {
  const parts: string[] = [];
  if (attributes.relation) parts.push(String(attributes.relation));
  if (Array.isArray(attributes.relations)) parts.push(attributes.relations.map(String).join(', '));
  if (attributes.status) parts.push(String(attributes.status));
  if (attributes.since !== undefined || attributes.until !== undefined) {
    parts.push(`${attributes.since ?? '?'}–${attributes.until ?? (attributes.status === 'ended' ? '?' : '')}`);
  }
  if (attributes.signed) parts.push(`signed ${attributes.signed}`);
  if (typeof attributes.weight === 'number' && attributes.weight !== 1) parts.push(`weight ${formatNumber(attributes.weight)}`);
  // Aggregated networks say which municipalities make up a country–country link.
  if (Array.isArray(attributes.municipalities)) parts.push(`via ${attributes.municipalities.length} municipalities`);
  return parts.join(' · ');
}

export class NodePanel {
  readonly element: HTMLElement;

  constructor(container: HTMLElement, private readonly actions: NodePanelActions) {
    this.element = h('section', { class: 'node-panel', attrs: { id: 'node-panel', 'aria-live': 'polite', hidden: '' } });
    container.append(this.element);
  }

  private shown: { model: NetworkModel; node: string | null } | null = null;

  show(model: NetworkModel, node: string | null, sourceLines: Record<string, string>): void {
    if (this.shown && this.shown.model === model && this.shown.node === node) return;
    this.shown = { model, node };
    const { graph } = model;
    if (node === null || !graph.hasNode(node)) {
      this.element.hidden = true;
      fill(this.element, []);
      return;
    }
    this.element.hidden = false;
    const attributes = graph.getNodeAttributes(node);
    const facts = FACTS.flatMap(([key, name]) => {
      const value = text(attributes[key]);
      return value === null ? [] : [h('dt', { text: name }), h('dd', { text: value, attrs: { 'data-fact': key } })];
    });

    const community = Number(attributes.community);
    const summary = model.meta.communities.find((c) => c.id === community);
    const communitySection = Number.isInteger(community)
      ? h('section', {}, [
          h('h3', { text: 'Community' }),
          h('button', {
            class: 'link community-link',
            attrs: { 'data-community': String(community) },
            on: { click: () => this.actions.focusCommunity(community) },
          }, [
            h('span', { class: 'swatch', attrs: { style: `background:${communityColour(community)}` } }),
            `${community}${summary ? ` (${summary.size} places)` : ''}`,
          ]),
        ])
      : null;

    const metricRows = model.meta.metricNames.map((metric) => {
      const value = Number(attributes[metric]);
      const rank = model.rankOf(metric, node);
      return h('tr', { attrs: { 'data-metric': metric } }, [
        h('th', { text: metric }),
        h('td', { text: formatNumber(value) }),
        h('td', { class: 'rank', text: rank === null ? '' : `#${rank} of ${graph.order}` }),
      ]);
    });

    const links: HTMLElement[] = [];
    graph.forEachEdge(node, (edge, edgeAttributes, source, target) => {
      const partner = source === node ? target : source;
      const partnerAttributes = graph.getNodeAttributes(partner);
      const refs = Array.isArray(edgeAttributes.sources) ? edgeAttributes.sources.map(String) : [];
      const tags = Array.isArray(edgeAttributes.tags) ? edgeAttributes.tags.map(String) : [];
      links.push(
        h('li', { class: 'link-item', attrs: { 'data-edge': edge, 'data-partner': partner } }, [
          h('button', {
            class: 'link partner',
            text: labelOf(partnerAttributes, partner),
            attrs: { 'data-node': partner },
            on: { click: () => this.actions.select(partner) },
          }),
          partnerAttributes.country ? h('span', { class: 'muted', text: ` ${String(partnerAttributes.country)}` }) : null,
          h('div', { class: 'link-facts', text: linkSummary(edgeAttributes) }),
          tags.length > 0 ? h('div', { class: 'tags' }, tags.map((tag) => h('span', { class: 'tag', text: tag }))) : null,
          refs.length > 0
            ? h('ul', { class: 'sources' }, refs.map((ref) =>
                h('li', {}, [
                  h('code', { text: ref }),
                  sourceLines[ref] !== undefined ? h('blockquote', { text: sourceLines[ref] }) : null,
                ]),
              ))
            : null,
        ]),
      );
    });

    fill(this.element, [
      h('div', { class: 'panel-head' }, [
        h('h2', { text: labelOf(attributes, node), attrs: { id: 'node-title' } }),
        h('button', { class: 'icon', text: '×', title: 'Close (Esc)', attrs: { 'aria-label': 'Close' }, on: { click: () => this.actions.close() } }),
      ]),
      facts.length > 0 ? h('dl', { class: 'facts' }, facts) : null,
      h('button', { class: 'small', text: 'Zoom to', on: { click: () => this.actions.zoomTo(node) } }),
      communitySection,
      h('section', {}, [
        h('h3', { text: `Partners (${links.length})` }),
        h('ul', { class: 'partners', attrs: { id: 'partners' } }, links),
      ]),
      metricRows.length > 0
        ? h('section', {}, [h('h3', { text: 'Metrics' }), h('table', { class: 'metrics' }, [h('tbody', {}, metricRows)])])
        : null,
    ]);
  }
}

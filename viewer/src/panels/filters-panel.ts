/**
 * Filter controls. They only edit the filter data in the view state; what
 * is hidden is decided by visibility.ts and applied by the reducers.
 */
import type { NetworkModel, Facet } from '../data/network-model.ts';
import { isFilterActive, type Filters } from '../state.ts';
import { h, fill } from './dom.ts';

export interface FiltersActions {
  update: (patch: Partial<Filters>) => void;
  clear: () => void;
}

type ListKey = 'countries' | 'kinds' | 'statuses' | 'sources' | 'communities';

export class FiltersPanel {
  private readonly body: HTMLElement;
  private readonly summary: HTMLElement;
  private rendered: { model: NetworkModel; filters: Filters } | null = null;
  private wanted: { model: NetworkModel; filters: Filters } | null = null;
  private readonly details: HTMLDetailsElement;

  constructor(container: HTMLElement, private readonly actions: FiltersActions) {
    this.summary = h('span', { class: 'muted', attrs: { id: 'filter-summary' } });
    this.body = h('div', { class: 'filters-body' });
    // The controls are built when the section is first opened: counting every
    // value of every filter walks all nodes and edges, which a large graph's
    // first paint should not wait for.
    this.details = h('details', { class: 'filters', attrs: { id: 'filters' }, on: { toggle: () => this.render() } }, [
      h('summary', {}, ['Filters ', this.summary]),
      this.body,
    ]);
    container.append(this.details);
  }

  private checkboxGroup(title: string, key: ListKey, facets: Facet[], selected: string[], label?: (value: string) => string): HTMLElement | null {
    if (facets.length === 0) return null;
    const chosen = new Set(selected);
    const toggle = (value: string, on: boolean) => {
      const next = new Set(chosen);
      if (on) next.add(value);
      else next.delete(value);
      const values = facets.map((f) => f.value).filter((v) => next.has(v));
      if (key === 'communities') this.actions.update({ communities: values.map(Number) });
      else this.actions.update({ [key]: values } as Partial<Filters>);
    };
    return h('fieldset', { attrs: { 'data-filter': key } }, [
      h('legend', { text: title }),
      h('div', { class: 'checks' }, facets.map((facet) => {
        const box = h('input', {
          attrs: { type: 'checkbox', value: facet.value },
          on: { change: () => toggle(facet.value, box.checked) },
        });
        box.checked = chosen.has(facet.value);
        return h('label', { class: 'check' }, [box, ` ${label ? label(facet.value) : facet.value} `, h('span', { class: 'count', text: String(facet.count) })]);
      })),
    ]);
  }

  update(model: NetworkModel, filters: Filters): void {
    this.summary.textContent = isFilterActive(filters) ? '(active)' : '';
    this.wanted = { model, filters };
    this.render();
  }

  private render(): void {
    if (!this.details.open || !this.wanted) return;
    const { model, filters } = this.wanted;
    if (this.rendered && this.rendered.model === model && this.rendered.filters === filters) return;
    this.rendered = { model, filters };
    const facets = model.facets();
    const min = h('input', {
      attrs: { type: 'number', min: '0', max: String(facets.maxDegree), step: '1', value: String(filters.minDegree), id: 'min-degree' },
      on: { change: () => this.actions.update({ minDegree: Math.max(0, Math.floor(Number(min.value) || 0)) }) },
    });
    const communities = model.meta.communities.map((c) => ({ value: String(c.id), count: c.size }));
    fill(this.body, [
      h('label', { class: 'inline' }, ['Minimum number of links ', min]),
      this.checkboxGroup('Link status', 'statuses', facets.statuses, filters.statuses),
      this.checkboxGroup('Country', 'countries', facets.countries, filters.countries),
      this.checkboxGroup('Kind', 'kinds', facets.kinds, filters.kinds),
      this.checkboxGroup('Source document', 'sources', facets.sources, filters.sources),
      this.checkboxGroup('Community', 'communities', communities, filters.communities.map(String)),
      h('button', { class: 'small', text: 'Clear filters', attrs: { id: 'clear-filters' }, on: { click: () => this.actions.clear() } }),
    ]);
  }
}

/**
 * Colour and size choices, and the legend that explains both.
 */
import type { DerivedView } from '../view/derive-view.ts';
import type { LegendEntry } from '../view/appearance.ts';
import { COLOUR_MODES, type ColourMode } from '../state.ts';
import { h, fill, formatNumber } from './dom.ts';

export interface AppearanceActions {
  setColourMode: (mode: ColourMode) => void;
  setSizeMetric: (metric: string) => void;
}

const COLOUR_NAMES: Record<ColourMode, string> = {
  community: 'community',
  country: 'country',
  kind: 'kind of place',
  status: 'link status',
};

function legendList(entries: LegendEntry[], id: string): HTMLElement {
  return h('ul', { class: 'legend', attrs: { id } }, entries.map((entry) =>
    h('li', {}, [
      h('span', { class: 'swatch', attrs: { style: `background:${entry.colour}` } }),
      h('span', { class: 'legend-label', text: entry.label }),
      h('span', { class: 'count', text: formatNumber(entry.count) }),
    ]),
  ));
}

export class AppearancePanel {
  private readonly colourSelect: HTMLSelectElement;
  private readonly sizeSelect: HTMLSelectElement;
  private readonly legend: HTMLElement;
  private metricsKey = '';

  constructor(container: HTMLElement, actions: AppearanceActions) {
    this.colourSelect = h('select', {
      attrs: { id: 'colour-mode', 'aria-label': 'Colour by' },
      on: { change: () => actions.setColourMode(this.colourSelect.value as ColourMode) },
    }, COLOUR_MODES.map((mode) => h('option', { text: COLOUR_NAMES[mode], attrs: { value: mode } })));
    this.sizeSelect = h('select', {
      attrs: { id: 'size-metric', 'aria-label': 'Size by' },
      on: { change: () => actions.setSizeMetric(this.sizeSelect.value) },
    });
    this.legend = h('div', { class: 'legend-box', attrs: { id: 'legend' } });
    container.append(
      h('section', { class: 'appearance' }, [
        h('h3', { text: 'Appearance' }),
        h('label', {}, ['Colour by ', this.colourSelect]),
        h('label', {}, ['Size by ', this.sizeSelect]),
        this.legend,
      ]),
    );
  }

  update(view: DerivedView): void {
    const { state, model, colouring, sizing } = view;
    const metrics = model.meta.metricNames;
    const key = metrics.join('\u0000');
    if (key !== this.metricsKey) {
      this.metricsKey = key;
      fill(this.sizeSelect, [
        h('option', { text: 'equal size', attrs: { value: 'none' } }),
        ...metrics.map((metric) => h('option', { text: metric, attrs: { value: metric } })),
      ]);
    }
    this.colourSelect.value = state.colourMode;
    this.sizeSelect.value = metrics.includes(state.sizeMetric) ? state.sizeMetric : 'none';

    const sizeNote =
      sizing.metric === 'none' || !metrics.includes(sizing.metric)
        ? 'All places drawn the same size.'
        : `Disc area grows with ${sizing.metric}: ${formatNumber(sizing.domain[0])} (smallest) to ${formatNumber(sizing.domain[1])} (largest).`;
    fill(this.legend, [
      h('h4', { text: `Colour: ${COLOUR_NAMES[colouring.mode]}` }),
      legendList(colouring.legend, 'legend-nodes'),
      colouring.edgeLegend.length > 0 ? h('h4', { text: 'Links' }) : null,
      colouring.edgeLegend.length > 0 ? legendList(colouring.edgeLegend, 'legend-edges') : null,
      h('h4', { text: 'Size' }),
      h('p', { class: 'size-note', text: sizeNote }, []),
      sizing.metric !== 'none' && metrics.includes(sizing.metric)
        ? h('div', { class: 'size-scale', attrs: { 'aria-hidden': 'true' } }, [
            h('span', { class: 'disc', attrs: { style: `width:${2 * sizing.range[0]}px;height:${2 * sizing.range[0]}px` } }),
            h('span', { class: 'disc', attrs: { style: `width:${2 * sizing.range[1]}px;height:${2 * sizing.range[1]}px` } }),
          ])
        : null,
    ]);
  }
}

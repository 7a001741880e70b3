/**
 * The header controls: network switch, layout, camera, export, open file.
 * Buttons only call actions; state lives elsewhere.
 */
import type { NetworkName } from '../../../src/graph/network-bundle.ts';
import type { NetworkMeta } from '../workers/protocol.ts';
import { h, fill } from './dom.ts';
import { DATASET_LABELS, VIEWER_DATASETS, type ViewerDataset } from '../datasets.ts';

export interface ToolbarActions {
  setDataset: (dataset: ViewerDataset) => void;
  setNetwork: (name: NetworkName) => void;
  toggleLayout: () => void;
  removeOverlap: () => void;
  resetCamera: () => void;
  zoomToSelection: () => void;
  exportPng: () => void;
  exportSvg: () => void;
  togglePanels: () => void;
}

const NETWORK_LABELS: Record<NetworkName, string> = {
  twin: 'Places',
  'municipality-country': 'Municipalities × countries',
  country: 'Countries',
  municipality: 'Municipalities',
};

export class Toolbar {
  readonly datasetSelect: HTMLSelectElement;
  readonly networkSelect: HTMLSelectElement;
  readonly layoutButton: HTMLButtonElement;
  readonly fileInput: HTMLInputElement;

  constructor(container: HTMLElement, actions: ToolbarActions) {
    this.datasetSelect = h('select', {
      attrs: { id: 'dataset', 'aria-label': 'Dataset', title: 'Norway’s twin towns, or the whole world list (loaded when chosen)' },
      on: { change: () => actions.setDataset(this.datasetSelect.value as ViewerDataset) },
    }, VIEWER_DATASETS.map((name) => h('option', { text: DATASET_LABELS[name], attrs: { value: name } })));
    this.networkSelect = h('select', {
      attrs: { id: 'network', 'aria-label': 'Network' },
      on: { change: () => actions.setNetwork(this.networkSelect.value as NetworkName) },
    });
    this.layoutButton = h('button', { text: 'Continue layout', attrs: { id: 'layout-toggle' }, on: { click: () => actions.toggleLayout() } });
    this.fileInput = h('input', {
      attrs: { type: 'file', id: 'file-input', accept: '.gexf,.graphml,.xml,.csv,.tsv,.txt,.json', hidden: '' },
    });
    const button = (id: string, text: string, title: string, action: () => void) =>
      h('button', { text, title, attrs: { id }, on: { click: action } });
    container.append(
      h('div', { class: 'toolbar', attrs: { role: 'toolbar', 'aria-label': 'Tools' } }, [
        this.datasetSelect,
        this.networkSelect,
        h('span', { class: 'group' }, [
          this.layoutButton,
          button('remove-overlap', 'Remove overlap', 'Push overlapping places apart', actions.removeOverlap),
        ]),
        h('span', { class: 'group' }, [
          button('zoom-selection', 'Zoom to', 'Zoom to the selected place', actions.zoomToSelection),
          button('reset-camera', 'Reset view', 'Show the whole network', actions.resetCamera),
        ]),
        h('span', { class: 'group' }, [
          button('export-png', 'PNG', 'Save the current view as PNG', actions.exportPng),
          button('export-svg', 'SVG', 'Save the current view as SVG', actions.exportSvg),
        ]),
        h('label', { class: 'button', attrs: { for: 'file-input', title: 'Open a GEXF, GraphML, CSV edge list or graphology JSON file (or drop it on the page)' } }, ['Open file…']),
        this.fileInput,
        button('toggle-panels', 'Panels', 'Show or hide the side panels', actions.togglePanels),
      ]),
    );
  }

  setNetworks(networks: NetworkMeta[], current: NetworkName): void {
    fill(this.networkSelect, networks.map((network) =>
      h('option', { text: `${NETWORK_LABELS[network.name]} (${network.order})`, attrs: { value: network.name } }),
    ));
    this.networkSelect.value = current;
    this.networkSelect.disabled = networks.length < 2;
  }

  setLayoutRunning(running: boolean): void {
    this.layoutButton.textContent = running ? 'Stop layout' : 'Continue layout';
    this.layoutButton.setAttribute('aria-pressed', String(running));
  }
}

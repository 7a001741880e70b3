/**
 * The map's controls: a "Force | Map" switch and a "Curved edges" box in the
 * toolbar, and the map's credits over the drawing. Like the other panels they
 * only call actions and show what they are told.
 */
import type { LayoutMode } from '../state.ts';
import { h } from '../panels/dom.ts';
import './map.css';

export interface MapControlActions {
  setLayout: (layout: LayoutMode) => void;
  setCurvedEdges: (curved: boolean) => void;
}

export interface MapControlsView {
  layout: LayoutMode;
  curved: boolean;
  /** False when no node of the network has coordinates (a user's own file, usually). */
  mapAvailable: boolean;
  /** Nodes hidden on the map for want of coordinates. */
  unplaced: number;
}

export const MAP_CREDIT =
  'Map: Equal Earth projection; outlines © Natural Earth via world-atlas; places geocoded with GeoNames (CC BY 4.0)';

export class MapControls {
  readonly forceButton: HTMLButtonElement;
  readonly mapButton: HTMLButtonElement;
  readonly curvedBox: HTMLInputElement;
  readonly credit: HTMLElement;
  private readonly creditNote: HTMLElement;

  /** `after`: the toolbar element the switch follows; `overlay`: the element the credits sit in. */
  constructor(after: Element, overlay: HTMLElement, actions: MapControlActions) {
    const choice = (layout: LayoutMode, text: string, title: string) =>
      h('button', { text, title, attrs: { id: `layout-${layout}`, 'aria-pressed': 'false' }, on: { click: () => actions.setLayout(layout) } });
    this.forceButton = choice('force', 'Force', 'Places placed by their links (ForceAtlas2)');
    this.mapButton = choice('map', 'Map', 'Places on a world map');
    this.curvedBox = h('input', {
      attrs: { type: 'checkbox', id: 'curved-edges' },
      on: { change: () => actions.setCurvedEdges(this.curvedBox.checked) },
    });
    after.after(
      h('span', { class: 'group layout-mode', attrs: { role: 'group', 'aria-label': 'Layout' } }, [
        this.forceButton,
        this.mapButton,
        h('label', { class: 'check curved', attrs: { title: 'Draw links as arcs, so long links stay apart' } }, [this.curvedBox, 'Curved']),
      ]),
    );
    this.creditNote = h('span', { class: 'map-unplaced' });
    this.credit = h('p', { class: 'map-credit', attrs: { id: 'map-credit', hidden: '' } }, [h('span', { text: MAP_CREDIT }), this.creditNote]);
    overlay.append(this.credit);
  }

  update(view: MapControlsView): void {
    this.forceButton.setAttribute('aria-pressed', String(view.layout === 'force'));
    this.mapButton.setAttribute('aria-pressed', String(view.layout === 'map'));
    this.mapButton.disabled = !view.mapAvailable;
    this.mapButton.title = view.mapAvailable ? 'Places on a world map' : 'This network has no coordinates (lat, lon) to put on a map';
    this.curvedBox.checked = view.curved;
    this.credit.hidden = view.layout !== 'map';
    const n = view.unplaced;
    this.creditNote.textContent =
      n === 0 ? '' : n === 1 ? ' · 1 place has no coordinates and is not shown'
        : ` · ${n.toLocaleString('en')} places have no coordinates and are not shown`;
  }
}

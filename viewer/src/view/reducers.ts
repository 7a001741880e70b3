/**
 * sigma's nodeReducer/edgeReducer: graph attributes + the derived view →
 * what is drawn. They return small fresh objects (never the attributes, which
 * carry every metric) and only look things up, since sigma calls them for
 * every node and edge on each refresh.
 */
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { Attributes } from 'graphology-types';
import type { DerivedView } from './derive-view.ts';
import { edgeColourOf } from './appearance.ts';
import { CONTEXT_EDGE_COLOUR, DIMMED_EDGE_COLOUR, DIMMED_NODE_COLOUR } from './palette.ts';
import { isEdgeVisible, isNodeVisible } from './visibility.ts';

const FOCUS_EDGE_COLOUR = '#6E6E6E';
/** A context link in the focus: darker than unfocused links, still lighter than the focus's other links. */
const FOCUS_CONTEXT_EDGE_COLOUR = '#ABABAB';

export function createNodeReducer(view: () => DerivedView) {
  return (node: string, data: Attributes): Partial<NodeDisplayData> => {
    const v = view();
    if (!isNodeVisible(v.visibility, node)) return { x: data.x, y: data.y, hidden: true, label: null };
    const display: Partial<NodeDisplayData> = {
      x: data.x,
      y: data.y,
      label: typeof data.label === 'string' ? data.label : node,
      size: v.sizing.sizes.get(node) ?? 2,
      color: v.colouring.nodeColours.get(node),
      zIndex: 1,
    };
    const focus = v.focus;
    if (focus) {
      if (!focus.nodes.has(node)) {
        // Large graphs skip dimming: it would mean re-processing every node on each hover.
        if (!v.model.large) {
          display.color = DIMMED_NODE_COLOUR;
          display.label = null;
          display.zIndex = 0;
        }
      } else {
        // Neighbours' labels are not forced: dimmed nodes lose theirs, so the
        // label grid now picks among the focus alone and keeps labels apart.
        display.zIndex = 2;
      }
    }
    if (node === v.state.hovered) display.forceLabel = true;
    if (node === v.state.selected) {
      display.highlighted = true;
      display.forceLabel = true;
      display.zIndex = 3;
    }
    return display;
  };
}

export function createEdgeReducer(view: () => DerivedView) {
  return (edge: string, _data: Attributes): Partial<EdgeDisplayData> => {
    const v = view();
    if (!isEdgeVisible(v.visibility, edge)) return { hidden: true };
    const display: Partial<EdgeDisplayData> = { color: edgeColourOf(v.colouring, edge), size: 1, zIndex: 0 };
    const focus = v.focus;
    if (focus) {
      if (focus.edges.has(edge)) {
        // Status colours say more than emphasis: they stay; otherwise focused links darken.
        if (v.colouring.mode !== 'status') display.color = display.color === CONTEXT_EDGE_COLOUR ? FOCUS_CONTEXT_EDGE_COLOUR : FOCUS_EDGE_COLOUR;
        display.size = 2;
        display.zIndex = 1;
      } else if (!v.model.large) {
        display.color = DIMMED_EDGE_COLOUR;
      }
    }
    return display;
  };
}

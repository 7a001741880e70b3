/**
 * View state + network → everything the reducers read, recomputing only the
 * parts whose inputs changed (filters → visibility, colour mode → colours,
 * size metric → sizes, hover/selection/community → focus).
 */
import type Graph from 'graphology';
import type { NetworkModel } from '../data/network-model.ts';
import type { ViewState } from '../state.ts';
import { colourNodes, sizeNodes, type NodeColouring, type NodeSizing } from './appearance.ts';
import { markContextLinks } from './context-links.ts';
import { computeVisibility, isEdgeVisible, isNodeVisible, type Visibility } from './visibility.ts';

export interface Focus {
  /** Why these nodes are emphasised: the panel and tests read it. */
  reason: 'hover' | 'selection' | 'community';
  nodes: Set<string>;
  edges: Set<string>;
}

export interface DerivedView {
  model: NetworkModel;
  state: ViewState;
  visibility: Visibility;
  colouring: NodeColouring;
  sizing: NodeSizing;
  focus: Focus | null;
}

export function sizeRange(model: NetworkModel): [number, number] {
  return model.large ? [1.5, 8] : [3, 18];
}

function neighbourhood(graph: Graph, node: string, visibility: Visibility): { nodes: Set<string>; edges: Set<string> } {
  const nodes = new Set<string>([node]);
  const edges = new Set<string>();
  graph.forEachEdge(node, (edge, _attributes, source, target) => {
    if (!isEdgeVisible(visibility, edge)) return;
    edges.add(edge);
    nodes.add(source === node ? target : source);
  });
  return { nodes, edges };
}

function communityMembers(graph: Graph, community: number): { nodes: Set<string>; edges: Set<string> } {
  const nodes = new Set<string>();
  graph.forEachNode((node, attributes) => {
    if (Number(attributes.community) === community) nodes.add(node);
  });
  const edges = new Set<string>();
  graph.forEachEdge((edge, _attributes, source, target) => {
    if (nodes.has(source) && nodes.has(target)) edges.add(edge);
  });
  return { nodes, edges };
}

export function computeFocus(model: NetworkModel, state: ViewState, visibility: Visibility): Focus | null {
  const { graph } = model;
  const usable = (node: string | null): node is string =>
    node !== null && graph.hasNode(node) && isNodeVisible(visibility, node);
  if (usable(state.hovered)) return { reason: 'hover', ...neighbourhood(graph, state.hovered, visibility) };
  if (usable(state.selected)) return { reason: 'selection', ...neighbourhood(graph, state.selected, visibility) };
  if (state.focusedCommunity !== null) return { reason: 'community', ...communityMembers(graph, state.focusedCommunity) };
  return null;
}

export function deriveView(model: NetworkModel, state: ViewState, previous: DerivedView | null): DerivedView {
  const reuse = previous !== null && previous.model === model;
  const visibility =
    reuse && previous.state.filters === state.filters && previous.state.layout === state.layout
      ? previous.visibility
      : computeVisibility(model.graph, state.filters, state.layout === 'map' ? model.unplacedNodes() : null);
  const colouring =
    reuse && previous.state.colourMode === state.colourMode
      ? previous.colouring
      : markContextLinks(colourNodes(model.graph, state.colourMode, model.meta.communities), model.contextEdges(), model.graph.size);
  const sizing =
    reuse && previous.state.sizeMetric === state.sizeMetric
      ? previous.sizing
      : sizeNodes(model.graph, state.sizeMetric, sizeRange(model));
  const focusSame =
    reuse &&
    previous.visibility === visibility &&
    previous.state.hovered === state.hovered &&
    previous.state.selected === state.selected &&
    previous.state.focusedCommunity === state.focusedCommunity;
  const focus = focusSame ? previous.focus : computeFocus(model, state, visibility);
  return { model, state, visibility, colouring, sizing, focus };
}

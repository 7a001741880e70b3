/**
 * Moves nodes from where they are to target positions over a few frames.
 * Positions are data (as for "Continue layout"), so the tween writes x/y to
 * the graph, once per frame with updateEachNodeAttributes: one graph event
 * per frame instead of sigma's animateNodes' two per node, which at a few
 * thousand nodes would cost more than the drawing.
 */
import type Graph from 'graphology';

export interface Point {
  x: number;
  y: number;
}

export interface Tween {
  /** Resolves true when the nodes reached their targets, false if cancelled first. */
  done: Promise<boolean>;
  cancel(): void;
}

const easeInOutCubic = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);

/** Writes the targets at once (a new network, or reduced motion). Nodes without a target stay. */
export function placeNodes(graph: Graph, targets: ReadonlyMap<string, Point>): void {
  graph.updateEachNodeAttributes(
    (node, attributes) => {
      const to = targets.get(node);
      if (to) {
        attributes.x = to.x;
        attributes.y = to.y;
      }
      return attributes;
    },
    { attributes: ['x', 'y'] },
  );
}

export function tweenPositions(graph: Graph, targets: ReadonlyMap<string, Point>, duration: number): Tween {
  if (duration <= 0) {
    placeNodes(graph, targets);
    return { done: Promise.resolve(true), cancel: () => {} };
  }
  const starts = new Map<string, Point>();
  graph.forEachNode((node, attributes) => {
    if (targets.has(node)) starts.set(node, { x: Number(attributes.x) || 0, y: Number(attributes.y) || 0 });
  });
  let frame = 0;
  let finish: (reached: boolean) => void = () => {};
  const done = new Promise<boolean>((resolve) => {
    finish = resolve;
  });
  const began = performance.now();
  const step = (now: number) => {
    const t = Math.min(1, (now - began) / duration);
    if (t >= 1) {
      // The exact targets, not an interpolation: going back must restore the force layout bit for bit.
      placeNodes(graph, targets);
      finish(true);
      return;
    }
    const e = easeInOutCubic(t);
    graph.updateEachNodeAttributes(
      (node, attributes) => {
        const from = starts.get(node);
        const to = targets.get(node);
        if (from && to) {
          attributes.x = from.x + (to.x - from.x) * e;
          attributes.y = from.y + (to.y - from.y) * e;
        }
        return attributes;
      },
      { attributes: ['x', 'y'] },
    );
    frame = requestAnimationFrame(step);
  };
  frame = requestAnimationFrame(step);
  return {
    done,
    cancel: () => {
      cancelAnimationFrame(frame);
      finish(false);
    },
  };
}

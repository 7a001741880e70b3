/**
 * The graphology shape every node metric shares: `metric(graph, options)`
 * returns a plain `{ [node]: value }` mapping, `metric.assign(graph, options)`
 * writes it to a node attribute (option `attribute`, default the metric's
 * name). One implementation serves both.
 */
import type Graph from 'graphology-types';
import { checkOptions } from './check-options.ts';
import { nodeRecord } from '../../formats/node-keyed.ts';

/** A node-keyed mapping of metric values. */
export type NodeMapping = Record<string, number>;

export interface NodeMetric<Options extends object> {
  (graph: Graph, options?: Partial<Options> & { attribute?: string }): NodeMapping;
  /** Writes the values to each node's `attribute` (default: the metric name). */
  assign(graph: Graph, options?: Partial<Options> & { attribute?: string }): void;
  /** The option defaults, for documentation and tooling. */
  readonly defaults: Readonly<Options & { attribute: string }>;
}

/** Values per node, in graph iteration order. */
export type NodeValues = ArrayLike<number>;

export function createNodeMetric<Options extends object>(
  name: string,
  defaults: Options,
  compute: (graph: Graph, options: Options) => { keys: readonly string[]; values: NodeValues },
): NodeMetric<Options> {
  const allDefaults = { ...defaults, attribute: name } as Options & { attribute: string };
  const run = (graph: Graph, options: object | undefined) => {
    const resolved = checkOptions(name, options, allDefaults);
    const { attribute, ...rest } = resolved;
    if (typeof attribute !== 'string' || attribute === '') {
      throw new Error(`${name}: option "attribute" must be a non-empty string`);
    }
    return { attribute, ...compute(graph, rest as unknown as Options) };
  };
  const metric = ((graph: Graph, options?: object): NodeMapping => {
    const { keys, values } = run(graph, options);
    const mapping: NodeMapping = nodeRecord();
    for (let i = 0; i < keys.length; i++) mapping[keys[i]!] = values[i]!;
    return mapping;
  }) as NodeMetric<Options>;
  metric.assign = (graph: Graph, options?: object): void => {
    const { attribute, keys, values } = run(graph, options);
    for (let i = 0; i < keys.length; i++) graph.setNodeAttribute(keys[i]!, attribute, values[i]!);
  };
  Object.defineProperty(metric, 'defaults', { value: Object.freeze(allDefaults), enumerable: true });
  return metric;
}

/**
 * The country network: two partner countries are linked when the same
 * Norwegian municipality partners with towns in both. Edge weight = the
 * number of such municipalities; attribute `municipalities` lists them.
 * Node attribute `municipalities` = how many municipalities partner with
 * the country. A projection of the municipality–country network.
 */
import Graph from 'graphology';

export function buildCountryNetwork(municipalityCountry: Graph): Graph {
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  graph.setAttribute('name', 'country');
  municipalityCountry.forEachNode((node, attributes) => {
    if (attributes.bipartite === 'country') graph.addNode(node, { ...attributes, municipalities: municipalityCountry.degree(node) });
  });
  const shared = new Map<string, string[]>();
  municipalityCountry.forEachNode((municipality, attributes) => {
    if (attributes.bipartite !== 'norwegian') return;
    const countries = municipalityCountry.neighbors(municipality).sort();
    for (let i = 0; i < countries.length; i++) {
      for (let j = i + 1; j < countries.length; j++) {
        const key = `${countries[i]}--${countries[j]}`;
        const list = shared.get(key);
        if (list) list.push(municipality);
        else shared.set(key, [municipality]);
      }
    }
  });
  for (const [key, municipalities] of [...shared.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const [a, b] = key.split('--') as [string, string];
    graph.addEdgeWithKey(key, a, b, { weight: municipalities.length, municipalities: municipalities.sort() });
  }
  return graph;
}

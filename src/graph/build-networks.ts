/** All four networks at once, from one set of twin-network choices. */
import type Graph from 'graphology';
import type { Dataset } from '../dataset/build-dataset.ts';
import { buildCountryNetwork } from './build-country-network.ts';
import { buildMunicipalityCountryNetwork } from './build-municipality-country-network.ts';
import { buildMunicipalityNetwork, type MunicipalityNetworkOptions } from './build-municipality-network.ts';
import { buildTwinNetwork, type TwinNetworkOptions } from './build-twin-network.ts';
import type { NetworkName } from './network-bundle.ts';

export type NetworkSet = Record<NetworkName, Graph>;
export interface BuildNetworksOptions {
  twin?: Partial<TwinNetworkOptions>;
  municipality?: Partial<MunicipalityNetworkOptions>;
}

/**
 * The four networks, each built the first time it is read (a command that
 * needs only the twin network never pays for the others).
 */
export function buildNetworks(dataset: Dataset, options: BuildNetworksOptions = {}): NetworkSet {
  const built = new Map<NetworkName, Graph>();
  const once = (name: NetworkName, build: () => Graph) => () => {
    let graph = built.get(name);
    if (!graph) built.set(name, (graph = build()));
    return graph;
  };
  const twin = once('twin', () => buildTwinNetwork(dataset, options.twin));
  const municipalityCountry = once('municipality-country', () => buildMunicipalityCountryNetwork(twin()));
  const country = once('country', () => buildCountryNetwork(municipalityCountry()));
  const municipality = once('municipality', () => buildMunicipalityNetwork(municipalityCountry(), options.municipality));
  const set = {} as NetworkSet;
  Object.defineProperties(set, {
    twin: { get: twin, enumerable: true },
    'municipality-country': { get: municipalityCountry, enumerable: true },
    country: { get: country, enumerable: true },
    municipality: { get: municipality, enumerable: true },
  });
  return set;
}

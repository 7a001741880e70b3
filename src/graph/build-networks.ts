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

export function buildNetworks(dataset: Dataset, options: BuildNetworksOptions = {}): NetworkSet {
  const twin = buildTwinNetwork(dataset, options.twin);
  const municipalityCountry = buildMunicipalityCountryNetwork(twin);
  return {
    twin,
    'municipality-country': municipalityCountry,
    country: buildCountryNetwork(municipalityCountry),
    municipality: buildMunicipalityNetwork(municipalityCountry, options.municipality),
  };
}

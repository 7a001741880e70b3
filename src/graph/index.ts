/** The four networks built from the dataset, and the viewer's bundle schema. */
export { buildTwinNetwork, TWIN_NETWORK_DEFAULTS, type TwinNetworkOptions } from './build-twin-network.ts';
export { buildMunicipalityCountryNetwork, countryNodeKey, type MunicipalityCountryNetworkOptions } from './build-municipality-country-network.ts';
export { buildCountryNetwork } from './build-country-network.ts';
export { buildMunicipalityNetwork, type MunicipalityNetworkOptions } from './build-municipality-network.ts';
export { buildNetworks, type NetworkSet, type BuildNetworksOptions } from './build-networks.ts';
export { NETWORK_NAMES, type NetworkName } from './network-bundle.ts';

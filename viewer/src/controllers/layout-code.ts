/**
 * The layout code (ForceAtlas2's worker supervisor, the overlap remover and
 * the settings the bundle's layout used), a chunk of its own: about a tenth
 * of the app's JavaScript, needed only when a layout button is pressed.
 */
export { default as FA2Layout } from 'graphology-layout-forceatlas2/worker';
export { inferLayoutSettings } from '../../../src/layout/compute-layout.ts';
export { removeOverlap } from '../../../src/layout/remove-overlap.ts';

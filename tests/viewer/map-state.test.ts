/** The map's part of the shareable state: `layout` and `edges` in the URL hash. */
import { describe, expect, it } from 'vitest';
import { parseState, serialiseState } from '../../viewer/src/url-state.ts';
import { DEFAULT_STATE } from '../../viewer/src/state.ts';

describe('map layout in the URL', () => {
  it('writes layout=map and the edge style only when they differ from the defaults', () => {
    expect(serialiseState({ ...DEFAULT_STATE, layout: 'map' })).toBe('layout=map');
    expect(serialiseState({ ...DEFAULT_STATE, curvedEdges: false })).toBe('edges=straight');
    expect(serialiseState({ ...DEFAULT_STATE, layout: 'map', curvedEdges: true })).toBe('layout=map&edges=curved');
    expect(serialiseState({ ...DEFAULT_STATE, layout: 'force', curvedEdges: null })).toBe('');
  });

  it('reads them back, and falls back to the force layout and automatic edges on anything else', () => {
    expect(parseState('#net=country&layout=map&edges=straight')).toMatchObject({ network: 'country', layout: 'map', curvedEdges: false });
    expect(parseState('#layout=globe&edges=wavy')).toMatchObject({ layout: 'force', curvedEdges: null });
    expect(parseState('#layout=MAP')).toMatchObject({ layout: 'force' });
  });
});

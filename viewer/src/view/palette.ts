/**
 * Colour-blind-friendly colours. Categories (communities, countries) use the
 * shared COMMUNITY_PALETTE (Okabe–Ito + Tol), the same as the GEXF writer, so a
 * community has one colour in Gephi and here; kinds and statuses use
 * Okabe–Ito, the de-facto standard for a few categories. "Other" is a light
 * grey distinct from the palette's mid grey.
 */
import { COMMUNITY_PALETTE, colorForCommunity } from '../../../src/formats/community-palette.ts';

export const CATEGORY_PALETTE = COMMUNITY_PALETTE;
export { colorForCommunity };

export const OTHER_COLOUR = '#D4D4D4';
export const DIMMED_NODE_COLOUR = '#E6E6E6';
export const DIMMED_EDGE_COLOUR = '#F0F0F0';
export const EDGE_COLOUR = '#C8C8C8';
/** Context links (between foreign partners): lighter than EDGE_COLOUR, darker than a dimmed edge. */
export const CONTEXT_EDGE_COLOUR = '#E4E4E4';

export const KIND_COLOURS: Record<string, string> = {
  municipality: '#0072B2',
  county: '#009E73',
  city: '#E69F00',
  province: '#D55E00',
  university: '#CC79A7',
  organisation: '#56B4E9',
  locality: '#F0E442',
  'former-county': '#7F7F7F',
};

export const STATUS_COLOURS: Record<string, string> = {
  active: '#0072B2',
  ended: '#D55E00',
};

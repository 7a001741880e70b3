import { describe, expect, it } from 'vitest';
import { parseAdminCentres, parseCoordinateOverrides } from '../../src/geo/geo-tables.ts';

describe('parseAdminCentres', () => {
  it('reads rows and names the line of a bad one', () => {
    const text = 'number,name,admin_centre,reason\n3207,Nordre Follo,Ski,centre Ski\n32,Akershus,Oslo,"administration in Oslo, outside the county"\n';
    expect(parseAdminCentres(text)).toEqual([
      { number: '3207', name: 'Nordre Follo', adminCentre: 'Ski', reason: 'centre Ski' },
      { number: '32', name: 'Akershus', adminCentre: 'Oslo', reason: 'administration in Oslo, outside the county' },
    ]);
    expect(() => parseAdminCentres('number,name,admin_centre,reason\n3207,Nordre Follo,Ski,x\n3207,Again,Ski,x\n')).toThrow(/:3: number 3207 appears twice/);
    expect(() => parseAdminCentres('number,name,admin_centre,reason\n327,Typo,Ski,x\n')).toThrow(/:2: expected a 2-digit county or 4-digit/);
    expect(() => parseAdminCentres('number,name,admin_centre,reason\n3207,Nordre Follo,,x\n')).toThrow(/admin_centre is empty/);
  });
});

describe('parseCoordinateOverrides', () => {
  it('reads rows, requires a reason and rejects coordinates out of range', () => {
    const header = 'country,name,lat,lon,reason\n';
    expect(parseCoordinateOverrides(`${header}us,Hayward,46.01301,-91.48462,Wisconsin\n`)).toEqual([
      { country: 'US', name: 'Hayward', lat: 46.01301, lon: -91.48462, reason: 'Wisconsin' },
    ]);
    expect(() => parseCoordinateOverrides(`${header}US,Hayward,46,-91,\n`)).toThrow(/:2: every override needs a reason/);
    expect(() => parseCoordinateOverrides(`${header}US,Hayward,146,-91,x\n`)).toThrow(/lat must be a number in \[-90, 90\]/);
    expect(() => parseCoordinateOverrides(`${header}US,Hayward,46,,x\n`)).toThrow(/lon must be a number/);
    expect(() => parseCoordinateOverrides(`${header}USA,Hayward,46,-91,x\n`)).toThrow(/ISO country code/);
    expect(() => parseCoordinateOverrides(`${header}US,Hayward,46,-91,x\nUS,HAYWARD,46,-91,y\n`)).toThrow(/:3: US HAYWARD is overridden twice/);
  });
});

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataDir } from '../helpers/repository.ts';

// The SHA-256 of each document as received in shared/seeds/ (computed with sha256sum when it was copied).
const EXPECTED = {
  'norway-twin-towns.txt': 'c1129082e6972687a43a27e2f8f6d4ecac7e8a91ec75ff57eab0242a7832474d',
  'norway-china-friendship.txt': 'f98ea00fbc0e92c7e70172550119232fdd8c624807712e7118295679c738b99f',
  'oslo-region-members.txt': 'be73dd9a491e06d1d2d8c2266d1c32f23b058773511d07af711d4ccf7f915eed',
  // shared/world-twin-towns/README.md gives this checksum for the copy of Hekman/twincities' twin_cities_raw.csv
  'wikipedia-twin-towns.csv': 'e2d2e542f319fe45ddaf588b9cf6308c7fc17dbceb3c9b16c64fabfbbe7923c1',
};

describe('data/raw/', () => {
  for (const [file, sha] of Object.entries(EXPECTED)) {
    it(`${file} is byte for byte the received document`, () => {
      const digest = createHash('sha256').update(readFileSync(`${dataDir}raw/${file}`)).digest('hex');
      expect(digest).toBe(sha);
    });
  }
});

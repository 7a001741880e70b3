import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// The config lives in tests/ so that the repository's top level stays as the
// design card lists it; the root is the repository.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    globalSetup: ['tests/setup/build-cli.ts'],
  },
});

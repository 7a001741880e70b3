// Bundle a TypeScript script with esbuild and run it (no tsx in this project): node tests/geo/scripts/run-ts.mjs file.ts [args]
import { buildSync } from 'esbuild';
import { spawnSync } from 'node:child_process';
const [file, ...args] = process.argv.slice(2);
const out = `node_modules/.cache/run-ts/${file.replace(/[^a-z0-9]+/gi, '-')}.mjs`;
buildSync({ entryPoints: [file], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: out, logLevel: 'warning', banner: { js: "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);" } });
process.exit(spawnSync(process.execPath, [out, ...args], { stdio: 'inherit' }).status ?? 1);

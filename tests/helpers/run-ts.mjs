// Bundle a TypeScript script with esbuild and run it from the repository root (no tsx in this
// project; see ../shared/notes/toolchain.md): node tests/helpers/run-ts.mjs file.ts [args]
import { buildSync } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const [file, ...args] = process.argv.slice(2);
const out = `${root}node_modules/.cache/run-ts/${file.replace(/[^a-z0-9]+/gi, '-')}.mjs`;
buildSync({
  entryPoints: [file],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: out,
  logLevel: 'warning',
  // graphology and friends are CommonJS; give the ESM bundle a require().
  banner: { js: "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);" },
});
process.exit(spawnSync(process.execPath, [out, ...args], { cwd: root, stdio: 'inherit' }).status ?? 1);

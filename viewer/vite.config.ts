/**
 * The viewer is a static Vite app. The network bundle is not imported into the
 * JavaScript (it can be large and changes with the data): a tiny plugin serves
 * data/network-bundle.json in development and copies it next to index.html in
 * a build, and the page fetches it (or `?bundle=<url>`) at startup.
 */
import { defineConfig, type Plugin } from 'vite';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const viewerRoot = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const bundlePath = fileURLToPath(new URL('../data/network-bundle.json', import.meta.url));
const BUNDLE_FILE = 'network-bundle.json';

function networkBundlePlugin(): Plugin {
  return {
    name: 'vennskap-network-bundle',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (!req.url || new URL(req.url, 'http://x').pathname !== `/${BUNDLE_FILE}`) return next();
        if (!existsSync(bundlePath)) {
          res.statusCode = 404;
          res.end('data/network-bundle.json does not exist yet: run `npm run data`.');
          return;
        }
        res.setHeader('Content-Type', 'application/json');
        res.end(readFileSync(bundlePath));
      });
    },
    generateBundle() {
      if (existsSync(bundlePath)) {
        this.emitFile({ type: 'asset', fileName: BUNDLE_FILE, source: readFileSync(bundlePath) });
      }
    },
  };
}

export default defineConfig({
  root: viewerRoot,
  // Relative asset URLs, so the build works from any directory or sub-path.
  base: './',
  // No public dir: nothing is copied except what the app references.
  publicDir: false,
  server: { host: '127.0.0.1', fs: { allow: [repoRoot] } },
  preview: { host: '127.0.0.1' },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 1000 },
  worker: { format: 'es' },
  plugins: [networkBundlePlugin()],
});

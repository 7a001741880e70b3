/**
 * The viewer is a static Vite app. The network bundle is not imported into the
 * JavaScript (it can be large and changes with the data): a tiny plugin serves
 * data/network-bundle.json (and network-bundle-world.json) in development and copies it next to index.html in
 * a build, and the page fetches it (or `?bundle=<url>`) at startup.
 */
import { defineConfig, type Plugin } from 'vite';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const viewerRoot = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('..', import.meta.url));
/** The Norway bundle (opened first) and the world one (fetched only when "World" is chosen). */
const BUNDLE_FILES = ['network-bundle.json', 'network-bundle-world.json'];
const bundlePath = (file: string) => fileURLToPath(new URL(`../data/${file}`, import.meta.url));

function networkBundlePlugin(): Plugin {
  return {
    name: 'vennskap-network-bundle',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const file = req.url ? BUNDLE_FILES.find((name) => new URL(req.url!, 'http://x').pathname === `/${name}`) : undefined;
        if (!file) return next();
        if (!existsSync(bundlePath(file))) {
          res.statusCode = 404;
          res.end(`data/${file} does not exist yet: run \`npm run data\`.`);
          return;
        }
        res.setHeader('Content-Type', 'application/json');
        res.end(readFileSync(bundlePath(file)));
      });
    },
    generateBundle() {
      for (const file of BUNDLE_FILES) {
        if (existsSync(bundlePath(file))) this.emitFile({ type: 'asset', fileName: file, source: readFileSync(bundlePath(file)) });
      }
    },
  };
}

/**
 * main.ts is a small entry that starts the bundle download and then imports
 * boot.ts (the app). A dynamic import is only fetched when it runs; this
 * lists the app's chunk (and its imports) as <link rel="modulepreload"> in
 * index.html, so the browser downloads and compiles it while the entry runs.
 */
function preloadAppChunkPlugin(): Plugin {
  return {
    name: 'vennskap-preload-app-chunk',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return;
        const chunks = Object.values(bundle).filter((item) => item.type === 'chunk');
        const app = chunks.find((chunk) => chunk.facadeModuleId?.endsWith('/viewer/src/boot.ts'));
        if (!app) throw new Error('vennskap-preload-app-chunk: no chunk for viewer/src/boot.ts');
        const entry = chunks.find((chunk) => chunk.isEntry);
        const files = [app.fileName, ...app.imports.filter((file) => file !== entry?.fileName)];
        return files.map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` },
          injectTo: 'head' as const,
        }));
      },
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
  plugins: [networkBundlePlugin(), preloadAppChunkPlugin()],
});

/**
 * Node-only: serve the built viewer (viewer/dist) and the current network
 * bundle (data/network-bundle.json) over HTTP on 127.0.0.1. A deliberately
 * small static server: GET/HEAD only, no directory listings, no path outside
 * the two roots.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { InputError } from '../formats/input-error.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

/** Newest modification time of any file under the folders (recursively). */
function newestMtime(paths: string[]): number {
  let newest = 0;
  const visit = (path: string) => {
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) for (const entry of readdirSync(path)) visit(join(path, entry));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  paths.forEach(visit);
  return newest;
}

/** Build the viewer with Vite when viewer/dist is missing or older than its sources. */
export function ensureViewerBuilt(root: string, log: (message: string) => void): string {
  const dist = join(root, 'viewer', 'dist');
  const index = join(dist, 'index.html');
  const built = existsSync(index) ? statSync(index).mtimeMs : 0;
  const sources = newestMtime([join(root, 'viewer', 'src'), join(root, 'viewer', 'index.html'), join(root, 'viewer', 'vite.config.ts'), join(root, 'src')]);
  if (built >= sources) return dist;
  log('building the viewer (vite build)…');
  const vite = join(root, 'node_modules', '.bin', 'vite');
  const result = spawnSync(vite, ['build', '--config', join(root, 'viewer', 'vite.config.ts'), '--logLevel', 'warn'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`vite build of the viewer failed (exit ${result.status ?? result.signal})`);
  return dist;
}

export interface ServeViewerOptions {
  dist: string;
  bundle: string;
  /** The world dataset's bundle, served as /network-bundle-world.json (fetched when "World" is chosen). */
  worldBundle?: string;
  host: string;
  port: number;
}

/** Start the server; resolves with the server and its URL once it listens. */
export function serveViewer(options: ServeViewerOptions): Promise<{ server: Server; url: string }> {
  const root = resolve(options.dist);
  const server = createServer((request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    const bundles: Record<string, string | undefined> = { '/network-bundle.json': options.bundle, '/network-bundle-world.json': options.worldBundle };
    const bundle = bundles[pathname];
    const file = bundle ?? resolve(root, `.${normalize(pathname === '/' ? '/index.html' : pathname)}`);
    if (file !== bundle && !file.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    const stat = statSync(file, { throwIfNoEntry: false });
    if (!stat?.isFile()) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    response.writeHead(200, {
      'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': stat.size,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'EADDRINUSE' ? new InputError(`${options.host}:${options.port}`, undefined, 'the port is in use; choose another with --port') : error);
    });
    server.listen(options.port, options.host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : options.port;
      resolvePromise({ server, url: `http://${options.host}:${port}/` });
    });
  });
}

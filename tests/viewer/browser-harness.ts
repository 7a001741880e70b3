/**
 * Builds the viewer with Vite into a temp directory, writes the fixture
 * bundles next to it, serves it with `vite preview` on 127.0.0.1 and drives
 * Debian's Chromium through playwright-core (never a downloaded browser).
 * Also: pixel analysis done by the browser itself on a plain canvas, so the
 * tests need no PNG library.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview, type PreviewServer } from 'vite';
import { chromium, type Browser, type Page } from 'playwright-core';
import { writeFixtures, type FixtureSet } from './fixtures.ts';

export const CHROMIUM_PATH = '/usr/bin/chromium';
/** The flags that give headless Chromium WebGL through SwiftShader (sigma needs WebGL). */
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
];

export const VIEWER_CONFIG = fileURLToPath(new URL('../../viewer/vite.config.ts', import.meta.url));

export interface ViewerHarness {
  baseUrl: string;
  outDir: string;
  fixtures: FixtureSet;
  browser: Browser;
  /** A page with a fixed viewport, console errors collected. */
  newPage(options?: { width?: number; height?: number }): Promise<{ page: Page; errors: string[] }>;
  close(): Promise<void>;
}

export function requireChromium(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `The viewer tests need Chromium at ${CHROMIUM_PATH}; \`npm test\` installs it (tests/setup/install-test-tools.mjs), or \`apt-get install -y chromium\`. ` +
        'They do not download a browser.',
    );
  }
}

export async function buildViewer(outDir: string): Promise<void> {
  await build({
    configFile: VIEWER_CONFIG,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
}

export async function serveViewer(outDir: string): Promise<PreviewServer> {
  return preview({
    configFile: VIEWER_CONFIG,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
}

export async function launchChromium(): Promise<Browser> {
  requireChromium();
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

export async function startViewer(): Promise<ViewerHarness> {
  requireChromium();
  const outDir = mkdtempSync(join(tmpdir(), 'vennskap-viewer-'));
  await buildViewer(outDir);
  const fixtures = writeFixtures(outDir);
  const server = await serveViewer(outDir);
  const baseUrl = server.resolvedUrls?.local[0];
  if (!baseUrl) throw new Error('vite preview did not report a URL');
  const browser = await launchChromium();
  return {
    baseUrl,
    outDir,
    fixtures,
    browser,
    async newPage({ width = 1280, height = 800 } = {}) {
      const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1, acceptDownloads: true });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      return { page, errors };
    },
    async close() {
      await browser.close();
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

/** Opens the viewer on a fixture and waits until `loads` network draws have happened. */
export async function openViewer(page: Page, baseUrl: string, bundle: string, hash = '', loads = 1): Promise<void> {
  await page.goto(`${baseUrl}?bundle=${encodeURIComponent(bundle)}${hash ? `#${hash}` : ''}`);
  await waitForLoads(page, loads);
}

export async function waitForLoads(page: Page, loads: number): Promise<void> {
  await page.waitForFunction((n) => Number(document.body.dataset.loads ?? 0) >= n, loads, { timeout: 20_000 });
}

export interface PixelStats {
  width: number;
  height: number;
  /** Pixels that differ from the background by more than the threshold on some channel. */
  nonBackground: number;
}

/**
 * Decodes a PNG in a blank page (no CSP, no app code) and counts pixels that
 * are not the background colour.
 */
export async function analysePng(page: Page, png: Buffer, background: [number, number, number] = [255, 255, 255], threshold = 24): Promise<PixelStats> {
  await page.goto('about:blank');
  return page.evaluate(
    async ({ data, background, threshold }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const pixels = context.getImageData(0, 0, image.width, image.height).data;
      let nonBackground = 0;
      for (let i = 0; i < pixels.length; i += 4) {
        if (
          Math.abs(pixels[i]! - background[0]) > threshold ||
          Math.abs(pixels[i + 1]! - background[1]) > threshold ||
          Math.abs(pixels[i + 2]! - background[2]) > threshold
        ) nonBackground++;
      }
      return { width: image.width, height: image.height, nonBackground };
    },
    { data: png.toString('base64'), background, threshold },
  );
}

/** Share of pixels whose colour differs by more than `threshold` on some channel (1 if the sizes differ). */
export async function diffPngs(page: Page, a: Buffer, b: Buffer, threshold = 48): Promise<number> {
  await page.goto('about:blank');
  return page.evaluate(
    async ({ a, b, threshold }) => {
      const load = async (data: string) => {
        const image = new Image();
        image.src = `data:image/png;base64,${data}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        return context.getImageData(0, 0, image.width, image.height);
      };
      const [x, y] = [await load(a), await load(b)];
      if (x.width !== y.width || x.height !== y.height) return 1;
      let different = 0;
      for (let i = 0; i < x.data.length; i += 4) {
        if (
          Math.abs(x.data[i]! - y.data[i]!) > threshold ||
          Math.abs(x.data[i + 1]! - y.data[i + 1]!) > threshold ||
          Math.abs(x.data[i + 2]! - y.data[i + 2]!) > threshold
        ) different++;
      }
      return different / (x.width * x.height);
    },
    { a: a.toString('base64'), b: b.toString('base64'), threshold },
  );
}

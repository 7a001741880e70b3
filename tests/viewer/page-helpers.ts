/**
 * Helpers for the browser scenarios: reading the viewer's read-only debug
 * hook (window.__vennskap), clicking and hovering nodes where sigma drew
 * them, dropping files, and expected values from the fixture tables.
 */
import type { Page } from 'playwright-core';
import type { ViewerHarness } from './browser-harness.ts';
import { LINKS, PLACES, partnersOf } from './fixtures.ts';

/** Set by browser.test.ts before any scenario runs. */
export const ctx = {} as { harness: ViewerHarness };

export interface Scenario {
  name: string;
  viewport?: { width: number; height: number };
  /** Page errors the scenario provokes on purpose (matched by substring). */
  expectedErrors?: string[];
  run: (page: Page) => Promise<void>;
}

export const DIMMED = '#E6E6E6';

export type Hook = Record<string, (...args: unknown[]) => unknown>;
export const call = <T>(page: Page, method: string, ...args: unknown[]): Promise<T> =>
  page.evaluate(({ method, args }) => ((window as unknown as { __vennskap: Hook }).__vennskap[method]!(...args)) as never, { method, args });

export const visibleNodes = async (page: Page) => (await call<string[]>(page, 'visibleNodes')).sort();
export const visibleEdges = async (page: Page) => (await call<string[]>(page, 'visibleEdges')).sort();
export const state = (page: Page) => call<{
  network: string; colourMode: string; sizeMetric: string; selected: string | null; hovered: string | null;
  focusedCommunity: number | null; filters: { countries: string[]; statuses: string[]; minDegree: number; sources: string[] };
}>(page, 'state');
export const colourOf = async (page: Page, node: string) => (await call<{ color: string }>(page, 'nodeDisplay', node)).color;

export async function nodePoint(page: Page, node: string): Promise<{ x: number; y: number }> {
  const p = await call<{ x: number; y: number } | null>(page, 'nodeViewport', node);
  if (!p) throw new Error(`node ${node} is not drawn`);
  const box = (await page.locator('#graph').boundingBox())!;
  return { x: box.x + p.x, y: box.y + p.y };
}

export async function clickNode(page: Page, node: string): Promise<void> {
  const p = await nodePoint(page, node);
  await page.mouse.click(p.x, p.y);
}

/** Drops a file on the page: text (as UTF-8) or raw bytes. */
export async function dropFile(page: Page, name: string, content: string | number[]): Promise<void> {
  await page.evaluate(({ name, content }) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([typeof content === 'string' ? content : new Uint8Array(content)], name, { type: 'text/plain' }));
    for (const type of ['dragenter', 'dragover', 'drop']) {
      document.body.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }
  }, { name, content });
}

export const keysWhere = (predicate: (p: (typeof PLACES)[number]) => boolean) => PLACES.filter(predicate).map((p) => p.key).sort();
export const degreeOf = (key: string) => partnersOf(key).length;
export const endpoints = (links: typeof LINKS) => [...new Set(links.flatMap((l) => [l.source, l.target]))].sort();
export const edgeKey = (l: (typeof LINKS)[number]) => `${l.source}--${l.target}`;

/** Waits until the camera has stopped moving. */
export async function cameraSettled(page: Page): Promise<{ x: number; y: number; ratio: number }> {
  let last = JSON.stringify(await call(page, 'cameraState'));
  for (let i = 0; i < 40; i++) {
    await page.waitForTimeout(100);
    const now = JSON.stringify(await call(page, 'cameraState'));
    if (now === last) return JSON.parse(now);
    last = now;
  }
  throw new Error('camera kept moving');
}

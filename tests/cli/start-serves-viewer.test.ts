/**
 * `npm start` runs `vennskap start`: summary, hubs, clusters, report, and the
 * viewer served on 127.0.0.1. Run as a real process, fetched over HTTP.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDir, repoRoot } from '../helpers/repository.ts';

describe('vennskap start', () => {
  it('writes the report, serves the viewer and the bundle on 127.0.0.1, and prints the URL', async () => {
    const child = spawn(process.execPath, [join(repoRoot, 'dist/cli.js'), 'start', '--port', '0'], { cwd: repoRoot, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no URL after 150 s; output so far:\n${stdout}`)), 150_000);
        child.stdout.on('data', () => {
          const match = /Viewer: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(stdout);
          if (match) {
            clearTimeout(timer);
            resolve(match[1]!);
          }
        });
        child.on('exit', (code) => reject(new Error(`start exited with ${code}:\n${stdout}`)));
      });
      expect(stdout).toContain('The most-connected Norwegian places');
      expect(stdout).toContain('Country clusters');
      expect(existsSync(join(repoRoot, 'reports', 'report.html'))).toBe(true);
      const page = await fetch(url);
      expect(page.status).toBe(200);
      expect(await page.text()).toMatch(/<!doctype html>/i);
      const bundle = await fetch(`${url}network-bundle.json`);
      expect(await bundle.text()).toBe(readFileSync(join(dataDir, 'network-bundle.json'), 'utf8'));
      // The world bundle is served from data/ too, for the viewer's "World" choice.
      const world = await fetch(`${url}network-bundle-world.json`);
      expect(await world.text()).toBe(readFileSync(join(dataDir, 'network-bundle-world.json'), 'utf8'));
      expect((await fetch(`${url}nope.js`)).status).toBe(404);
      expect((await fetch(url, { method: 'POST' })).status).toBe(405);
    } finally {
      child.kill();
    }
  }, 200_000);
});

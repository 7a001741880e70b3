/**
 * Every notebook in notebooks/ runs from top to bottom with the Deno kernel,
 * and its committed outputs are the ones a fresh run produces: the prose in
 * the notebooks quotes those outputs, so a change in src/ or data/ that moves
 * a number must come with a rerun (`npm run notebooks`) and a re-read of the
 * prose. Executed copies go to a temporary directory; the committed files are
 * checked to be untouched.
 *
 * Needs Jupyter (Debian's jupyter-nbconvert, python3-nbclient,
 * python3-ipykernel; .ci/run installs them). Each notebook takes ~10–20 s,
 * most of it kernel start-up.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/repository.ts';

interface NotebookCell {
  cell_type: 'code' | 'markdown' | 'raw';
  id?: string;
  source: string[] | string;
  execution_count?: number | null;
  outputs?: { output_type: string; ename?: string; evalue?: string; [key: string]: unknown }[];
}
interface Notebook {
  cells: NotebookCell[];
  metadata: { kernelspec?: { name?: string } };
}

const notebooksDir = join(repoRoot, 'notebooks');
const notebookNames = readdirSync(notebooksDir).filter((f) => f.endsWith('.ipynb')).sort();
const readNotebook = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Notebook;
const codeCells = (notebook: Notebook) => notebook.cells.filter((c) => c.cell_type === 'code');

const outputDir = mkdtempSync(join(tmpdir(), 'vennskap-notebooks-'));
afterAll(() => rmSync(outputDir, { recursive: true, force: true }));

describe('notebooks', () => {
  it('has the five story notebooks, all for the Deno kernel', () => {
    for (const name of ['01-hubs.ipynb', '02-country-clusters.ipynb', '03-data-quality.ipynb', '04-bring-your-own-data.ipynb', '05-norway-in-the-world.ipynb']) {
      expect(notebookNames).toContain(name);
    }
    for (const name of notebookNames) expect(readNotebook(join(notebooksDir, name)).metadata.kernelspec?.name, name).toBe('deno');
  });

  for (const name of notebookNames) {
    it(`${name} runs every cell without an error and its committed outputs are current`, { timeout: 240_000 }, () => {
      const committedPath = join(notebooksDir, name);
      const before = readFileSync(committedPath, 'utf8');
      const run = spawnSync(process.execPath, ['tests/notebooks/run-notebooks.mjs', '--output-dir', outputDir, name], {
        cwd: repoRoot,
        encoding: 'utf8',
      });
      expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
      expect(readFileSync(committedPath, 'utf8'), 'the run must not rewrite the committed notebook').toBe(before);

      const executed = readNotebook(join(outputDir, name));
      const committed = JSON.parse(before) as Notebook;
      const cells = codeCells(executed);
      expect(cells.length).toBeGreaterThan(0);
      cells.forEach((cell, i) => {
        expect(cell.execution_count, `code cell ${i + 1} (${cell.id}) did not run`).toBe(i + 1);
        const errors = (cell.outputs ?? []).filter((o) => o.output_type === 'error');
        expect(errors, `code cell ${cell.id}`).toEqual([]);
        // One output per code cell: the runner detects an output the kernel dropped as an empty cell (notebooks/lib/display.ts).
        expect(cell.outputs?.length, `code cell ${cell.id} should show exactly one output`).toBe(1);
      });
      // Same cells, same outputs as committed: rerun `npm run notebooks` and re-check the prose when this fails.
      expect(cells.map((c) => ({ id: c.id, outputs: c.outputs }))).toEqual(
        codeCells(committed).map((c) => ({ id: c.id, outputs: c.outputs })),
      );
    });
  }
});

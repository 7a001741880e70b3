/**
 * Vitest global setup: bundle the CLI once (as `npm run build` does), so
 * command-line tests run the real dist/cli.js as a subprocess.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function setup() {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
}

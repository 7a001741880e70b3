/**
 * Entry point, kept tiny: it starts the bundle download (start-fetch.ts) and
 * then loads the app (boot.ts, a separate chunk that index.html already
 * preloads, see vite.config.ts). The download no longer waits for the app's
 * JavaScript to arrive and compile; both come in side by side.
 */
import './start-fetch.ts';
import './styles.css';
// Also imported by map-controls.ts; listed here so it is part of the page's
// stylesheet instead of a second one the app chunk would wait for.
import './map/map.css';

performance.mark('vennskap:script-start');

import('./boot.ts').catch((error: unknown) => {
  const box = document.getElementById('error');
  if (!box) return;
  box.hidden = false;
  box.textContent = `The viewer could not start: ${error instanceof Error ? error.message : String(error)}`;
});

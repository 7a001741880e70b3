/**
 * The app, loaded by main.ts: restore the view state from the URL, load the
 * bundle of the dataset the URL names (Norway's or the world's; see
 * start-fetch.ts, whose download is already under way), draw.
 */
import { earlyResponse } from './start-fetch.ts';
import { App } from './app.ts';
import { DEFAULT_STATE } from './state.ts';
import { parseState } from './url-state.ts';
import { bindUrlState } from './controllers/url-sync.ts';
import { bindKeyboard } from './controllers/keyboard.ts';
import { bindFileOpen } from './controllers/file-open.ts';
import { installDebugHook } from './debug-hook.ts';

function element(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (!found) throw new Error(`index.html is missing #${id}`);
  return found;
}

const app = new App(
  {
    header: element('header-tools'),
    left: element('left'),
    right: element('right'),
    graph: element('graph'),
    status: element('status'),
    error: element('error'),
    title: element('title'),
  },
  { ...DEFAULT_STATE, ...parseState(location.hash) },
);
bindUrlState(app.store);
bindKeyboard(app.store, () => app.focusSearch());
bindFileOpen(document.body, app.toolbar.fileInput, (file) => void app.openFile(file));
installDebugHook(app);

void app.loadDataset(earlyResponse);

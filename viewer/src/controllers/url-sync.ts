/**
 * Keeps the URL hash in step with the shareable view state (replaceState, so
 * hovering and filtering do not flood the history), and applies hand-edited
 * or pasted hashes.
 */
import { parseState, serialiseState } from '../url-state.ts';
import type { ViewStore } from '../state.ts';

export function bindUrlState(store: ViewStore): void {
  let last = serialiseState(store.get());
  store.subscribe((state) => {
    const next = serialiseState(state);
    if (next === last) return;
    last = next;
    const url = `${location.pathname}${location.search}${next ? `#${next}` : ''}`;
    history.replaceState(history.state, '', url);
  });
  window.addEventListener('hashchange', () => {
    const shared = parseState(location.hash);
    last = serialiseState(shared);
    store.update(shared);
  });
}

/** "/" focuses the search box; Escape clears the selection (then a community focus). */
import type { ViewStore } from '../state.ts';

export function bindKeyboard(store: ViewStore, focusSearch: () => void): void {
  window.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null;
    const typing = !!target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT' || target.isContentEditable);
    if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      focusSearch();
    } else if (event.key === 'Escape') {
      const state = store.get();
      if (state.selected !== null) store.update({ selected: null });
      else if (state.focusedCommunity !== null) store.update({ focusedCommunity: null });
    }
  });
}

/**
 * The credit line for data under CC BY-SA: shown whenever the drawn bundle
 * has links from the Wikipedia list (the whole world bundle, and Norway's
 * context links), hidden for other bundles and a user's own file.
 */
import type { BundleMeta } from '../workers/protocol.ts';
import { WIKIPEDIA_CREDIT, WIKIPEDIA_SOURCE_FILE } from '../datasets.ts';
import { h } from './dom.ts';

export class DataCredit {
  readonly element: HTMLElement;

  constructor(overlay: HTMLElement) {
    this.element = h('p', { class: 'data-credit', text: WIKIPEDIA_CREDIT, attrs: { id: 'data-credit', hidden: '' } });
    overlay.append(this.element);
  }

  update(meta: BundleMeta): void {
    const prefix = `${WIKIPEDIA_SOURCE_FILE}:`;
    let fromWikipedia = false;
    for (const reference in meta.sourceLines) {
      if (reference.startsWith(prefix)) {
        fromWikipedia = true;
        break;
      }
    }
    this.element.hidden = meta.fileName !== null || !fromWikipedia;
  }
}

/**
 * The status line (a step and its progress bar while a bundle loads) and the
 * message bar (errors and reader notes). Messages are always plain text.
 */
import type { ProgressListener } from '../data/bundle-client.ts';
import { h } from './dom.ts';

export class MessageBar {
  constructor(private readonly status: HTMLElement, private readonly bar: HTMLElement) {}

  readonly progress: ProgressListener = (step, done, total) => {
    this.status.hidden = false;
    this.status.replaceChildren(
      h('span', { text: `${step}…` }),
      h('progress', { attrs: { max: String(Math.max(total, 1)), value: String(done) } }),
    );
  };

  hideProgress(): void {
    this.status.hidden = true;
    this.status.replaceChildren();
  }

  /** Errors and reader notes share the bar; an error is announced as an alert. */
  show(message: string, kind: 'error' | 'note'): void {
    const bar = this.bar;
    bar.hidden = false;
    bar.dataset.kind = kind;
    bar.setAttribute('role', kind === 'error' ? 'alert' : 'status');
    bar.replaceChildren(
      h('span', { class: 'error-text', text: message }),
      h('button', { class: 'icon', text: '×', attrs: { 'aria-label': 'Dismiss' }, on: { click: () => { bar.hidden = true; } } }),
    );
  }

  clear(): void {
    this.bar.hidden = true;
    this.bar.replaceChildren();
  }
}

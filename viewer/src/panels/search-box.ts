/**
 * Search with autocomplete (a combobox): accent-insensitive matching from
 * search-index.ts, arrow keys to move, Enter or click to choose.
 */
import { searchNodes, type SearchEntry } from '../data/search-index.ts';
import { h, fill } from './dom.ts';

export interface SearchBoxOptions {
  entries: () => SearchEntry[];
  onChoose: (node: string) => void;
}

const MAX_SUGGESTIONS = 10;

export class SearchBox {
  readonly input: HTMLInputElement;
  readonly list: HTMLUListElement;
  private results: SearchEntry[] = [];
  private active = -1;

  constructor(container: HTMLElement, private readonly options: SearchBoxOptions) {
    this.input = h('input', {
      attrs: {
        id: 'search',
        type: 'search',
        placeholder: 'Search places ( / )',
        autocomplete: 'off',
        spellcheck: 'false',
        role: 'combobox',
        'aria-expanded': 'false',
        'aria-controls': 'search-results',
        'aria-autocomplete': 'list',
        'aria-label': 'Search places',
      },
      on: {
        input: () => this.update(),
        keydown: (event) => this.onKey(event),
        blur: () => setTimeout(() => this.close(), 150),
        focus: () => this.update(),
      },
    });
    this.list = h('ul', { class: 'search-results', attrs: { id: 'search-results', role: 'listbox' } });
    container.append(h('div', { class: 'search' }, [this.input, this.list]));
  }

  private update(): void {
    this.results = searchNodes(this.options.entries(), this.input.value, MAX_SUGGESTIONS);
    this.active = this.results.length > 0 ? 0 : -1;
    this.render();
  }

  private render(): void {
    fill(
      this.list,
      this.results.map((entry, i) =>
        h(
          'li',
          {
            class: i === this.active ? 'active' : '',
            attrs: { role: 'option', 'data-node': entry.node, 'aria-selected': String(i === this.active) },
            on: {
              mousedown: (event) => {
                event.preventDefault();
                this.choose(i);
              },
            },
          },
          [entry.label],
        ),
      ),
    );
    this.input.setAttribute('aria-expanded', String(this.results.length > 0));
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (this.results.length === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.active = (this.active + step + this.results.length) % this.results.length;
      this.render();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (this.active >= 0) this.choose(this.active);
    } else if (event.key === 'Escape') {
      this.input.value = '';
      this.close();
      this.input.blur();
    }
  }

  private choose(index: number): void {
    const entry = this.results[index];
    if (!entry) return;
    this.input.value = entry.label;
    this.close();
    this.options.onChoose(entry.node);
  }

  close(): void {
    this.results = [];
    this.active = -1;
    this.render();
  }

  focus(): void {
    this.input.focus();
    this.input.select();
  }
}

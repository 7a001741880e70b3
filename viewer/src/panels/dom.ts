/**
 * The only way panels build DOM: data always goes in as text nodes
 * (textContent), never through innerHTML, so a place called
 * `<img onerror=…>` is shown as exactly that text.
 */
type Child = Node | string | number | null | undefined | false;

export interface ElementProps {
  class?: string;
  text?: string;
  title?: string;
  attrs?: Record<string, string>;
  on?: { [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void };
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: ElementProps = {},
  children: Child[] = [],
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.class) element.className = props.class;
  if (props.text !== undefined) element.textContent = props.text;
  if (props.title !== undefined) element.title = props.title;
  for (const [name, value] of Object.entries(props.attrs ?? {})) element.setAttribute(name, value);
  for (const [type, listener] of Object.entries(props.on ?? {})) {
    element.addEventListener(type, listener as EventListener);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

/** Replaces an element's content. */
export function fill(element: Element, children: Child[]): void {
  element.replaceChildren();
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/**
 * 1234567 → "1,234,567", as toLocaleString('en') writes it, without ICU: the
 * first toLocaleString call loads locale data (~40 ms measured on the first
 * panel update, which followed the first render).
 */
function groupThousands(value: number): string {
  if (Math.abs(value) >= 1e21) return value.toLocaleString('en');
  const digits = String(Math.abs(value));
  return (value < 0 ? '-' : '') + digits.replace(/\B(?=(\d{3})+$)/g, ',');
}

/** Integers as they are; other numbers to 3 significant digits (metrics such as PageRank are tiny). */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '–';
  if (Number.isInteger(value)) return groupThousands(value);
  if (Math.abs(value) >= 1000) return groupThousands(Math.round(value));
  return value.toPrecision(3);
}

/**
 * A tiny element builder for the add-on's pages. Text always goes in as text nodes and attribute
 * values through setAttribute, so report text (product names, feedback comments) is shown as it is
 * and never read as HTML. There is deliberately no way to set innerHTML here.
 */

export type Child = Node | string | number | null | undefined | false;

type Listener = (event: Event) => void;

/** Attributes by name; `on<event>` keys take listeners. `false`, null and undefined are left out. */
export type Attributes = Record<string, string | number | boolean | null | undefined | Listener>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name.startsWith('on')) {
      // Only functions: a string here would become an inline script.
      if (typeof value !== 'function') throw new Error(`${name} needs a function.`);
      element.addEventListener(name.slice(2).toLowerCase(), value);
    } else if (typeof value === 'function') {
      throw new Error(`Attribute ${name} cannot take a function.`);
    } else if (value === true) {
      element.setAttribute(name, '');
    } else if (value !== false && value !== null && value !== undefined) {
      element.setAttribute(name, String(value));
    }
  }
  append(element, ...children);
  return element;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

/** Replaces all children of `parent`. */
export function replaceChildren(parent: Node, ...children: Child[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  append(parent, ...children);
}

let nextId = 0;

/** A page-unique id for pairing a label or hint with its field. */
export function uniqueId(prefix: string): string {
  nextId += 1;
  return `${prefix}-${nextId}`;
}

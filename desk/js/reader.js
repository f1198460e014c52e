// The stored text as the curator reads and selects it. The element is contenteditable only so
// that the keyboard has a caret (Shift+arrows select); every edit is refused, so its text nodes
// stay exactly the stored text, cut at the highlights.

import { el } from '/explorer/js/dom.js';
import { spanOfRange } from './spans.js';

const BLOCKED = ['beforeinput', 'paste', 'drop', 'cut', 'dragstart'];

export class Reader {
  #last = null;

  /** @param {HTMLElement} node @param {{ onSelection(span): void }} hooks */
  constructor(node, hooks) {
    this.node = node;
    this.text = '';
    this.hooks = hooks;
    for (const type of BLOCKED) node.addEventListener(type, (e) => e.preventDefault());
    document.addEventListener('selectionchange', () => void this.#track());
  }

  set editable(on) {
    this.node.contentEditable = on ? 'true' : 'false';
  }

  /** Draws `text` with its spans marked: { start, end, key, cls, title }. Overlaps are cut into pieces. */
  render(text, spans) {
    this.text = text;
    const cuts = new Set([0, text.length]);
    for (const s of spans) {
      cuts.add(s.start);
      cuts.add(s.end);
    }
    const points = [...cuts].filter((n) => n >= 0 && n <= text.length).sort((a, b) => a - b);
    const parts = [];
    for (let i = 0; i < points.length - 1; i++) {
      const [from, to] = [points[i], points[i + 1]];
      const covering = spans.filter((s) => s.start <= from && s.end >= to);
      const piece = text.slice(from, to);
      if (!covering.length) parts.push(document.createTextNode(piece));
      else {
        const top = covering[covering.length - 1];
        parts.push(el('mark', { class: top.cls, 'data-keys': covering.map((s) => s.key).join(' '), title: covering.map((s) => s.title).join('\n') }, piece));
      }
    }
    this.node.replaceChildren(...parts);
    this.#last = null;
  }

  /** Marks the pieces of one span as current and scrolls to them. */
  focusSpan(key) {
    let first = null;
    for (const m of this.node.querySelectorAll('mark')) {
      const on = m.dataset.keys.split(' ').includes(key);
      m.classList.toggle('current', on);
      if (on && !first) first = m;
    }
    first?.scrollIntoView({ block: 'nearest' });
  }

  /** The last span selected in the reader (trimmed), or { error }, or null when nothing was selected. */
  get selection() {
    return this.#last;
  }

  /** The selection as it is now (not as the last selectionchange left it): a key press may still be on its way. */
  async current() {
    const sel = document.getSelection();
    if (sel && sel.rangeCount > 0) {
      const range = sel.getRangeAt(0);
      if (!range.collapsed && this.node.contains(range.commonAncestorContainer)) this.#last = await spanOfRange(range.cloneRange(), this.node, this.text);
    }
    return this.#last;
  }

  async #track() {
    const sel = document.getSelection();
    if (!sel || sel.rangeCount === 0) return;
    const range = sel.getRangeAt(0);
    if (!this.node.contains(range.commonAncestorContainer)) return;
    if (range.collapsed) {
      this.#last = null;
      this.hooks.onSelection(null);
      return;
    }
    this.#last = await spanOfRange(range.cloneRange(), this.node, this.text);
    this.hooks.onSelection(this.#last);
  }
}

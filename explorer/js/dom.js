// DOM helpers. Text from the graph is always set as text, never parsed as HTML.

/** Creates an element with attributes and children (strings become text nodes; null and false are skipped). */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value == null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') node.addEventListener(name.slice(2), value);
    else if (value === true) node.setAttribute(name, '');
    else node.setAttribute(name, String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children) {
    if (child == null || child === false) continue;
    if (Array.isArray(child)) append(node, child);
    else node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Only http(s) links are rendered as links; anything else is shown as text. */
export function safeHref(url) {
  if (typeof url !== 'string') return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

/** An external link that opens in a new tab and says so to screen readers. */
export function externalLink(url, text) {
  const href = safeHref(url);
  if (!href) return null;
  return el('a', { href, target: '_blank', rel: 'noopener noreferrer', class: 'external' }, text ?? href, el('span', { class: 'sr-only' }, ' (opens in a new tab)'));
}

/** Calls fn `ms` after the last call, with the latest arguments; `.cancel()` drops a pending call. */
export function debounce(fn, ms) {
  let timer = null;
  const debounced = (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
  debounced.cancel = () => clearTimeout(timer);
  return debounced;
}

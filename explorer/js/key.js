// The API key, for servers whose reads need one (READ_REQUIRES_KEY=true) and for writes.
// Shared by the explorer, the GraphQL IDE and the desk. It is kept in sessionStorage, so it
// lasts for this tab's session only. The one link that carries a key is the one npm start
// prints (#key=… in the fragment, never sent to a server): it is taken and erased at once.

const STORE = 'claimgraph.apiKey';

adoptKeyFromFragment();

function adoptKeyFromFragment() {
  try {
    const params = new URLSearchParams(location.hash.slice(1));
    const key = params.get('key');
    if (!key) return;
    setKey(key);
    params.delete('key');
    const rest = params.toString();
    history.replaceState(history.state, '', `${location.pathname}${location.search}${rest ? `#${rest}` : ''}`);
  } catch {
    // No window (unit tests) or storage refused: the key prompt still works.
  }
}

export function storedKey() {
  try {
    return sessionStorage.getItem(STORE) ?? '';
  } catch {
    return '';
  }
}

export function setKey(key) {
  if (key) sessionStorage.setItem(STORE, key);
  else sessionStorage.removeItem(STORE);
}

export function authHeaders() {
  const key = storedKey();
  return key ? { authorization: `Bearer ${key}` } : {};
}

let asking = null;

/** Asks for the key (concurrent requests share one question); resolves false when declined. */
export function askForKey(reason) {
  asking ??= keyDialog(reason).finally(() => (asking = null));
  return asking;
}

/**
 * Sends a request with the stored key; when the server answers 401 it asks for a key
 * once and sends again. A declined question returns the 401, whose message the page shows.
 */
export async function sendWithKey(send) {
  const res = await send(authHeaders());
  if (res.status !== 401) return res;
  const reason = await res
    .clone()
    .json()
    .then((b) => b.errors?.[0]?.message)
    .catch(() => null);
  if (storedKey()) setKey('');
  if (!(await askForKey(reason || 'This server needs an API key.'))) return res;
  return send(authHeaders());
}

function keyDialog(reason) {
  const make = (tag, attrs = {}, ...children) => {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    e.append(...children);
    return e;
  };
  const input = make('input', { type: 'password', id: 'api-key-input', autocomplete: 'off', spellcheck: 'false', required: '', style: 'display:block;width:100%;margin:6px 0 12px;padding:6px;font:inherit' });
  const cancel = make('button', { type: 'button', id: 'api-key-cancel' }, 'Not now');
  const dialog = make(
    'dialog',
    { id: 'api-key-dialog', 'aria-labelledby': 'api-key-title', style: 'max-width:30rem;font:15px system-ui,sans-serif;color:#1f2328;background:#fff;border:1px solid #8c959f;border-radius:8px;padding:20px' },
    make(
      'form',
      { method: 'dialog' },
      make('h2', { id: 'api-key-title', style: 'margin:0 0 8px;font-size:1.2em' }, 'This server needs an API key'),
      make('p', { id: 'api-key-reason', style: 'margin:0 0 12px' }, reason),
      make('label', { for: 'api-key-input' }, 'API key (kept for this browser session only)'),
      input,
      make('button', { type: 'submit', id: 'api-key-submit' }, 'Use this key'),
      ' ',
      cancel,
    ),
  );
  document.body.append(dialog);
  return new Promise((resolve) => {
    const done = (ok) => {
      if (ok) setKey(input.value.trim());
      dialog.close();
      dialog.remove();
      resolve(ok);
    };
    dialog.querySelector('form').addEventListener('submit', (e) => {
      e.preventDefault();
      done(!!input.value.trim());
    });
    cancel.addEventListener('click', () => done(false));
    dialog.addEventListener('cancel', (e) => {
      e.preventDefault();
      done(false);
    });
    dialog.showModal();
    input.focus();
  });
}

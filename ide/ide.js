// The analyst's GraphQL IDE: GraphiQL 3 (browser build, React 18 UMD globals), with the
// The documentation's examples (README.md and docs/) as tabs and as a list, "Copy as curl", and the shared API key prompt.

import { askForKey, authHeaders, sendWithKey, storedKey } from '../explorer/js/key.js';
import { curlFor } from './curl.js';
import { tabsFor } from './examples.js';

const { React, ReactDOM, GraphiQL } = window;
const h = React.createElement;
const { ToolbarButton, useEditorContext } = GraphiQL.React;
const ENDPOINT = new URL('graphql', document.baseURI).href;
const root = document.getElementById('ide');

/** Headers from the editor win over the stored key; names are compared without case. */
function mergeHeaders(...sets) {
  const out = {};
  for (const set of sets) for (const [k, v] of Object.entries(set ?? {})) out[k.toLowerCase()] = String(v);
  return out;
}

async function fetcher(params, opts) {
  const res = await sendWithKey((auth) =>
    fetch(ENDPOINT, {
      method: 'POST',
      headers: mergeHeaders({ 'content-type': 'application/json', accept: 'application/json' }, auth, opts?.headers),
      body: JSON.stringify(params),
    }),
  );
  try {
    return await res.json();
  } catch {
    return { errors: [{ message: `The server answered ${res.status} without JSON.` }] };
  }
}

/** GraphiQL's tabs and editors live in sessionStorage: nothing (the key included) outlasts the session. */
const sessionStore = {
  getItem: (k) => sessionStorage.getItem(k),
  setItem: (k, v) => sessionStorage.setItem(k, v),
  removeItem: (k) => sessionStorage.removeItem(k),
  get length() {
    return Object.keys(sessionStorage).filter((k) => k.startsWith('graphiql:')).length;
  },
  clear() {
    for (const k of Object.keys(sessionStorage)) if (k.startsWith('graphiql:')) sessionStorage.removeItem(k);
  },
};

function CopyCurl() {
  const { queryEditor, variableEditor, headerEditor } = useEditorContext({ nonNull: true });
  const onClick = () => {
    let text;
    let note;
    try {
      const r = curlFor({ endpoint: ENDPOINT, query: queryEditor?.getValue() ?? '', variables: variableEditor?.getValue(), headers: headerEditor?.getValue(), hasStoredKey: !!storedKey() });
      text = r.command;
      note = r.needsKey ? 'Set CLAIMGRAPH_API_KEY to your key first; the key itself is not copied.' : 'Copied to the clipboard.';
    } catch (e) {
      text = '';
      note = e.message;
    }
    navigator.clipboard?.writeText(text).catch(() => {});
    document.getElementById('curl-command').value = text;
    document.getElementById('curl-note').textContent = note;
    document.getElementById('curl-dialog').showModal();
  };
  return h(ToolbarButton, { onClick, label: 'Copy as curl', className: 'copy-curl' }, h('span', { className: 'curl-mark', 'aria-hidden': 'true' }, 'curl'));
}

function KeyButton() {
  return h(ToolbarButton, { onClick: () => void askForKey('Enter an API key for this server; it is sent with every query of this session.'), label: 'API key', className: 'api-key' }, h('span', { className: 'curl-mark', 'aria-hidden': 'true' }, 'key'));
}

function Toolbar() {
  return h(React.Fragment, null, h(CopyCurl), h(KeyButton));
}

function examplesPlugin(tabs) {
  function ExamplesList() {
    const { tabs: open_, changeTab, addTab, queryEditor } = useEditorContext({ nonNull: true });
    // The example's own tab when it is still open, else a new tab with it.
    const open = (t) => {
      const i = open_.findIndex((x) => x.query === t.query);
      if (i >= 0) return changeTab(i);
      addTab();
      setTimeout(() => queryEditor?.setValue(t.query));
    };
    return h(
      'div',
      { className: 'examples-plugin' },
      h('div', { className: 'graphiql-doc-explorer-title' }, 'Documentation examples'),
      h('p', null, `The ${tabs.length} examples of README.md and docs/, each also open as a tab. Choose one to load it here, then run it.`),
      h('ul', null, tabs.map((t, i) => h('li', { key: i }, h('button', { type: 'button', 'data-example-index': i, onClick: () => open(t) }, t.name)))),
    );
  }
  return { title: 'Documentation examples', icon: () => h('span', { 'aria-hidden': 'true', className: 'curl-mark' }, 'ex'), content: ExamplesList };
}

function message(title, text, action) {
  root.replaceChildren();
  const box = document.createElement('div');
  box.className = 'ide-message';
  box.setAttribute('role', 'alert');
  const h1 = Object.assign(document.createElement('h1'), { textContent: title });
  const p = Object.assign(document.createElement('p'), { textContent: text });
  box.append(h1, p);
  if (action) box.append(action);
  root.append(box);
  document.body.dataset.ready = 'true';
}

async function start() {
  // Reads may need a key (READ_REQUIRES_KEY): ask before GraphiQL fetches the schema.
  const probe = await sendWithKey((auth) => fetch(ENDPOINT, { method: 'POST', headers: { 'content-type': 'application/json', ...auth }, body: '{"query":"{ __typename }"}' }));
  if (probe.status === 401) {
    const body = await probe.json().catch(() => ({}));
    const again = Object.assign(document.createElement('button'), { type: 'button', id: 'enter-key', textContent: 'Enter a key' });
    again.addEventListener('click', async () => {
      if (await askForKey(body.errors?.[0]?.message ?? 'This server needs an API key.')) location.reload();
    });
    return message('This server needs an API key to read', `${body.errors?.[0]?.message ?? 'Reads need a key.'} Ask the server's administrator for one.`, again);
  }
  const examples = await fetch(new URL('ide/examples.json', document.baseURI), { headers: authHeaders() }).then((r) => r.json());
  const tabs = tabsFor(examples);
  // A link such as /graphql?query=… (the explorer's "Open in GraphQL IDE") opens that query in a tab.
  const params = new URLSearchParams(location.search);
  const props = {
    fetcher,
    storage: sessionStore,
    shouldPersistHeaders: true,
    defaultTabs: tabs.map((t) => ({ query: t.query })),
    plugins: [examplesPlugin(tabs)],
    toolbar: { additionalComponent: Toolbar },
    defaultEditorToolsVisibility: false,
  };
  if (params.get('query')) props.query = params.get('query');
  if (params.get('variables')) props.variables = params.get('variables');
  ReactDOM.createRoot(root).render(h(GraphiQL, props));
  window.claimGraphIde = { examples, tabs };
  document.body.dataset.ready = 'true';
}

start().catch((e) => message('The GraphQL IDE could not start', e.message));

// Wiring: one draft (draft.js, kept in local storage), the article form, the reader, the lists
// and the save. /desk opens a new article; /desk/source/<id> a stored one, read-only for a
// viewer without a key.

import { askForKey, storedKey } from '/explorer/js/key.js';
import { el, externalLink } from '/explorer/js/dom.js';
import { openForm } from './annotate-form.js';
import { deskSource, suggest, undoAttribution } from './queries.js';
import { ArticleForm } from './article.js';
import { dropDraft, emptyDraft, hasWork, itemKey, loadDraft, sameSpan, storeDraft } from './draft.js';
import { explorerLink, renderExisting } from './existing.js';
import { Reader } from './reader.js';
import { save } from './save.js';
import { renderManual, renderSuggestions } from './suggestions.js';
import { clip, reviewLines } from './words.js';

const $ = (id) => document.getElementById(id);
const match = /^\/desk\/source\/([^/]+)\/?$/.exec(location.pathname);
let sourceId = match ? decodeURIComponent(match[1]) : null;
let draft = emptyDraft(sourceId);
let stored = null; // deskSource, for a stored article
let busy = 0;

const isEditor = () => !sourceId || !!storedKey();
const persist = () => (hasWork(draft) ? storeDraft(draft) : dropDraft(draft.sourceId));

const reader = new Reader($('reader'), { onSelection: (sel) => showHint(sel?.error ?? '') });
const article = new ArticleForm({ draft: () => draft, changed, say: (m) => announce(m) });

function showHint(message) {
  $('selection-hint').textContent = message;
  $('selection-hint').hidden = !message;
}

function announce(message, links = []) {
  $('status').replaceChildren(message, ...links);
}

async function withBusy(fn) {
  busy++;
  document.body.dataset.busy = 'true';
  try {
    return await fn();
  } catch (e) {
    $('error').textContent = e.message;
    $('error').hidden = false;
    return undefined;
  } finally {
    if (--busy === 0) document.body.dataset.busy = 'false';
  }
}

/** The draft changed: a new save key next time, kept in storage, drawn again. */
function changed(what = 'items') {
  draft.saveKey = null;
  persist();
  if (what === 'text') void article.showHash(draft.article.text);
  render();
}

function activeStored() {
  return (stored?.attributions ?? []).filter((a) => a.status === 'ACTIVE');
}

function render() {
  const editor = isEditor();
  document.body.dataset.mode = editor ? 'editor' : 'viewer';
  $('use-key').hidden = editor || !sourceId;
  // A stored source's text and details are fixed here: its fields give way to the summary.
  $('article-form').hidden = !!sourceId;
  $('who').textContent = editor ? (storedKey() ? 'Editing with your key' : 'Editing (the key is asked for on save)') : 'Read-only: no key';
  const text = draft.article.text;
  const open = draft.suggestions.map((s, i) => ({ s, i })).filter(({ s }) => s.status === 'open');
  reader.render(text, [
    ...activeStored().map((a) => ({ start: a.start, end: a.end, key: a.id, cls: 'saved', title: `Saved: ${a.speaker?.name ?? ''}` })),
    ...(editor ? open.map(({ s, i }) => ({ start: s.start, end: s.end, key: `s${i}`, cls: 'suggested', title: `Suggested: ${s.speakerName ?? s.speakerSurface ?? ''}` })) : []),
    ...(editor ? draft.items.map((i) => ({ start: i.start, end: i.end, key: i.key, cls: 'accepted', title: `In the draft: ${i.speaker.name}` })) : []),
  ]);
  reader.editable = editor && !!text;
  article.lockText(!!sourceId || draft.items.length > 0 || draft.suggestions.length > 0,
    sourceId ? 'The stored text of this source; it cannot be changed here.' : 'The text is fixed while attributions are drafted on it: “Discard draft” starts again.');
  renderSuggestions($('suggestions'), draft.suggestions, { act, itemOf: (k) => draft.items.find((i) => i.key === k), editable: editor });
  $('suggestions-note').textContent = draft.suggestions.length
    ? `${draft.suggestions.length} found; ${open.length} to decide. Accept takes the suggestion as it is; Edit opens the form.`
    : 'Choose “Find attributions” to read who said what in the text.';
  const manual = draft.items.filter((i) => i.origin === 'manual');
  renderManual($('manual'), manual, { edit: (item) => edit(item), remove: (item) => { draft.items = draft.items.filter((i) => i !== item); changed(); }, editable: editor });
  $('manual-note').textContent = manual.length ? '' : 'None yet: select a span in the text and choose “Attribute selection”.';
  $('existing-panel').hidden = !stored;
  if (stored) renderExisting($('existing'), stored.attributions, { editable: editor, undo });
  $('review').replaceChildren(...reviewLines(draft).map((l) => {
    const bad = l.key && draft.items.find((i) => i.key === l.key)?.error;
    return el('li', { class: bad ? 'bad' : null }, l.text, bad ? el('span', { class: 'sr-only' }, ' (needs fixing)') : null);
  }));
}

/** Accept, Edit, Reject or Restore suggestion `i`; focus goes to the next suggestion to decide. */
function act(kind, i) {
  const s = draft.suggestions[i];
  if (kind === 'accept') {
    if (!s.speakerId) return edit(null, i);
    const item = { key: itemKey(), origin: 'suggestion', start: s.start, end: s.end, quote: s.quote, mode: s.mode, cue: s.cue,
      speaker: { id: s.speakerId, name: s.speakerName ?? s.speakerSurface }, claim: { text: s.quote }, via: null, saidAt: '', links: [], error: null };
    draft.items.push(item);
    Object.assign(s, { status: 'accepted', itemKey: item.key });
  } else if (kind === 'edit') return edit(s.itemKey ? draft.items.find((it) => it.key === s.itemKey) : null, i);
  else if (kind === 'reject') s.status = 'rejected';
  else if (kind === 'restore') {
    draft.items = draft.items.filter((it) => it.key !== s.itemKey);
    Object.assign(s, { status: 'open', itemKey: null });
  }
  changed();
  focusNext(i);
}

function focusNext(i) {
  const next = draft.suggestions.findIndex((s, j) => j > i && s.status === 'open');
  const target = next >= 0 ? $('suggestions').querySelector(`li[data-index="${next}"] [data-action="accept"]`) : $('save');
  (target ?? $('save')).focus();
}

/** "X told Reuters": the form starts with Reuters' report as a new cited source (the curator may change it). */
const viaOf = (s) => (s.reportedThrough?.relation === 'VIA' ? { title: `${s.reportedThrough.outlet} report` } : null);

/** Opens the form for a draft item, for suggestion `i`, or for the reader's selection. */
function edit(item, i = null) {
  const s = i === null ? null : draft.suggestions[i];
  const base = item ?? (s
    ? { origin: 'suggestion', start: s.start, end: s.end, quote: s.quote, mode: s.mode, cue: s.cue, speaker: s.speakerId ? { id: s.speakerId, name: s.speakerName } : null, claim: { text: s.quote }, via: viaOf(s), saidAt: '', links: [] }
    : null);
  if (!base) return;
  reader.focusSpan(item?.key ?? `s${i}`);
  openForm($('form-slot'), base, {
    typedSpeaker: s?.speakerName ?? s?.speakerSurface ?? '',
    onDone: (done) => {
      if (done) {
        if (done.key) draft.items = draft.items.map((it) => (it.key === done.key ? done : it));
        else draft.items.push({ ...done, key: itemKey() });
        if (s) Object.assign(s, { status: 'accepted', itemKey: done.key ?? draft.items[draft.items.length - 1].key });
        changed();
      }
      const back = s ? $('suggestions').querySelector(`li[data-index="${i}"] button`) : $('attribute');
      if (s && done) focusNext(i);
      else back?.focus();
    },
  });
}

async function attributeSelection() {
  const sel = await reader.current();
  if (!sel) return showHint('Select some words of the text first (with the mouse, or Shift and the arrow keys).');
  if (sel.error) return showHint(sel.error);
  showHint('');
  const before = draft.article.text[sel.start - 1] ?? '';
  edit({ origin: 'manual', start: sel.start, end: sel.end, quote: sel.quote, mode: /["“”„«»']/.test(before) ? 'DIRECT_QUOTE' : 'PARAPHRASE', speaker: null, claim: { text: sel.quote }, via: null, saidAt: '', links: [] });
}

async function findAttributions() {
  const text = draft.article.text;
  if (!text.trim()) return showHint('Paste or drop the article text first.');
  await withBusy(async () => {
    const result = await suggest(text, draft.article.publisher?.id);
    const known = new Map(draft.suggestions.map((s) => [`${s.start}:${s.end}`, s]));
    const saved = activeStored();
    draft.suggestions = result.suggestions
      .filter((s) => !saved.some((a) => sameSpan(a, s)))
      .map((s) => known.get(`${s.start}:${s.end}`) ?? { ...s, status: 'open', itemKey: null });
    changed();
    announce(`${draft.suggestions.length} suggestions found.${result.note ? ` ${result.note}` : ''}`);
    $('suggestions').querySelector('[data-action="accept"]')?.focus();
  });
}

async function undo(a, reason) {
  const r = await undoAttribution(a.id, reason);
  await openStored(sourceId);
  announce(`Undone: “${clip(a.quote, 60)}” is retracted${r.claimRetracted ? ', with its claim' : ''}; the history keeps it and why. `, [explorerLink(a.id, 'See it in the explorer')]);
}

/** Loads a stored source (and the draft kept for it, if any). */
async function openStored(id, { adoptKept = false } = {}) {
  stored = await deskSource(id);
  if (!stored) throw new Error(`There is no source with the id ${id}.`);
  const kept = adoptKept ? loadDraft(id) : null;
  if (kept) draft = kept;
  if (draft.sourceId !== id) draft = emptyDraft(id);
  draft.baseRevision ??= stored.revision;
  const src = stored.source;
  Object.assign(draft.article, { text: stored.text, title: src.title ?? '', url: src.url ?? '', publishedAt: src.publishedAt ?? '', language: src.language ?? '', publisher: src.publisher });
  article.show(draft.article);
  $('source-info').hidden = false;
  $('source-info').replaceChildren(
    el('p', {}, el('strong', {}, src.title ?? id), src.publisher ? ` — ${src.publisher.name}` : '', src.publishedAt ? `, ${src.publishedAt}` : ''),
    el('p', { class: 'small' }, src.url ? externalLink(src.url) : null, src.url ? ' · ' : '', src.language ? `language ${src.language} · ` : '', explorerLink(src.id, 'Open in the explorer')),
  );
  document.title = `${src.title ?? id} — ClaimGraph desk`;
  void article.showHash(stored.text, stored.textSha256);
  render();
}

async function onSaved(result) {
  dropDraft(draft.sourceId);
  const keepSuggestions = draft.suggestions.filter((s) => s.status !== 'accepted');
  const status = [...$('status').childNodes];
  if (!sourceId) history.replaceState(null, '', `/desk/source/${encodeURIComponent(result.source.id)}`);
  sourceId = result.source.id;
  draft = emptyDraft(sourceId);
  draft.suggestions = keepSuggestions;
  await openStored(sourceId);
  persist();
  $('status').replaceChildren(...status);
}

$('find').addEventListener('click', () => void findAttributions());
$('attribute').addEventListener('click', () => void attributeSelection());
$('reader').addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && !e.shiftKey && !document.getSelection()?.isCollapsed) {
    e.preventDefault();
    void attributeSelection();
  }
});
$('save').addEventListener('click', () => void withBusy(async () => {
  const result = await save(draft, { persist, changed: () => render(), merged: () => void withBusy(() => openStored(sourceId)).then(() => changed()) });
  if (result) await onSaved(result);
}));
$('discard').addEventListener('click', () => {
  if (hasWork(draft) && !confirm('Discard this draft? Its annotations are lost.')) return;
  dropDraft(draft.sourceId);
  draft = emptyDraft(sourceId);
  if (stored) void openStored(sourceId);
  article.show(draft.article);
  changed('text');
  announce('Draft discarded.');
});
$('use-key').addEventListener('click', async () => {
  if (await askForKey('Editing at the desk needs an editor key.')) render();
});

void withBusy(async () => {
  if (sourceId) await openStored(sourceId, { adoptKept: true });
  else {
    draft = loadDraft(null) ?? emptyDraft(null);
    article.show(draft.article);
    void article.showHash(draft.article.text);
    render();
  }
  if (draft.items.length) announce(`Your draft is back: ${draft.items.length} ${draft.items.length === 1 ? 'attribution' : 'attributions'} not saved yet.`);
});

// For the tests and the measurement: the page's state, read only.
window.claimGraphDesk = { get draft() { return draft; }, get stored() { return stored; }, get selection() { return reader.selection; } };

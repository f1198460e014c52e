// "Save to graph": the whole draft in one saveArticle call, under one idempotency key that is
// kept for retries of the same draft (a retry after an outage cannot write twice) and renewed
// when the draft changes. On failure nothing was written: bad items are marked in place,
// an outage says so, and a stale draft offers to merge the other editor's work.

import { el } from '/explorer/js/dom.js';
import { ApiError, saveArticle } from './queries.js';
import { sameSpan } from './draft.js';
import { explorerLink } from './existing.js';
import { placeErrors, toSaveInput } from './save-input.js';
import { clip } from './words.js';

const $ = (id) => document.getElementById(id);

/** What is missing before a save can be tried, in words; empty when it can. */
export function missing(draft) {
  const out = [];
  if (!draft.sourceId && !draft.article.text.trim()) out.push('the article text');
  if (!draft.sourceId && !draft.article.title.trim()) out.push('a title');
  if (!draft.items.some((i) => !i.saved)) out.push('at least one attribution (accept a suggestion or attribute a selection)');
  return out;
}

/**
 * Saves; resolves to the payload, or null after a failure that has been shown.
 * `hooks.changed()` redraws the items (their errors); `hooks.merged(conflict)` takes the other editor's work in.
 */
export async function save(draft, hooks) {
  const error = $('error');
  error.hidden = true;
  $('status').replaceChildren();
  const gaps = missing(draft);
  if (gaps.length) {
    showError(`Nothing to save yet: add ${gaps.join(', ')}.`);
    return null;
  }
  draft.saveKey ??= `desk-${crypto.randomUUID()}`;
  hooks.persist();
  const { input, owners } = toSaveInput(draft, draft.saveKey);
  try {
    const result = await saveArticle(input);
    showSaved(result);
    return result;
  } catch (e) {
    if (!(e instanceof ApiError)) throw e;
    const ext = e.errors?.[0]?.extensions ?? {};
    if (Array.isArray(ext.items) && ext.items.length) {
      const general = placeErrors(draft, owners, ext.items);
      hooks.changed();
      showError(`Nothing was written. ${ext.items.length === 1 ? 'One item needs' : `${ext.items.length} items need`} fixing: each is marked in place.${general.length ? ` ${general.join(' ')}` : ''}`);
    } else if (e.code === 'CONFLICT' && ext.reason === 'STALE_REVISION') {
      showConflict(draft, ext, hooks);
    } else if (e.code === 'UNAVAILABLE' || e.code === 'NETWORK') {
      showError(`Nothing was written: ${e.code === 'NETWORK' ? 'the server cannot be reached' : 'the database is unavailable'}. Your work is kept in this page; choose “Save to graph” again to retry once it is back. (${e.message})`);
    } else {
      showError(`Nothing was written: ${e.message}`);
    }
    return null;
  }
}

function showError(message) {
  const box = $('error');
  box.textContent = message;
  box.hidden = false;
}

function showSaved(result) {
  const claims = [...new Map(result.attributions.map((a) => [a.claim.id, a])).values()];
  $('status').replaceChildren(
    el('strong', {}, 'Saved'),
    `${result.replayed ? ' (this save had already gone through)' : ''}: ${result.attributions.length} ${result.attributions.length === 1 ? 'attribution' : 'attributions'} in one transaction. `,
    explorerLink(result.source.id, 'Open the source in the explorer'),
    el('ul', { class: 'small' }, ...claims.map((a) => el('li', {}, explorerLink(a.claim.id, `Claim said by ${a.speaker.name}: “${clip(a.quote, 60)}”`)))),
  );
}

/** The other editor's work, and a merge: theirs kept, mine minus what duplicates theirs, on the new revision. */
function showConflict(draft, ext, hooks) {
  const box = $('conflict');
  const added = ext.added ?? [];
  const retracted = ext.retracted ?? [];
  const mine = draft.items.filter((i) => !i.saved);
  const dup = (i) => (ext.attributions ?? []).some((t) => sameSpan(t, i) && t.speakerId && t.speakerId === i.speaker.id && t.status === 'ACTIVE');
  const keep = mine.filter((i) => !dup(i));
  showError('Nothing was written: someone saved to this source after you opened it. Merge their work below, then save again.');
  box.replaceChildren(
    el('h3', { id: 'conflict-title' }, 'Saved meanwhile by another editor'),
    el('ul', { 'aria-labelledby': 'conflict-title' },
      ...added.map((a) => el('li', {}, `Added by ${a.createdBy ?? 'another editor'}: ${a.speakerName} — “${clip(a.quote, 80)}”`)),
      ...retracted.map((a) => el('li', {}, `Retracted: ${a.speakerName} — “${clip(a.quote, 80)}”`)),
    ),
    el('p', {}, `Merging keeps their ${added.length} and your ${keep.length} ${keep.length === 1 ? 'attribution' : 'attributions'}${mine.length > keep.length ? ` (${mine.length - keep.length} of yours said the same as theirs and are dropped)` : ''}.`),
    el('button', { type: 'button', class: 'button primary', onclick: () => {
      draft.items = draft.items.filter((i) => i.saved || keep.includes(i));
      draft.baseRevision = ext.currentRevision;
      draft.saveKey = null;
      box.hidden = true;
      $('error').hidden = true;
      hooks.merged(ext);
    } }, 'Merge their work into my draft'),
  );
  box.hidden = false;
  box.querySelector('button').focus();
}

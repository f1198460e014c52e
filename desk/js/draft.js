// The draft: the article, the suggestions and what the curator decided, kept in local storage
// so a reload (or a crash) loses nothing until it is saved or discarded. One draft per source:
// "new" for an article not in the graph yet, the source id otherwise.

const PREFIX = 'claimgraph.desk.draft.';

export function emptyDraft(sourceId = null) {
  return {
    version: 1,
    sourceId,
    baseRevision: null,
    saveKey: null,
    article: { text: '', title: '', url: '', publisher: null, publishedAt: '', language: 'en' },
    suggestions: [],
    items: [],
  };
}

const storageKey = (sourceId) => PREFIX + (sourceId ?? 'new');

export function loadDraft(sourceId = null) {
  try {
    const raw = localStorage.getItem(storageKey(sourceId));
    if (!raw) return null;
    const d = JSON.parse(raw);
    return d?.version === 1 ? d : null;
  } catch {
    return null;
  }
}

export function storeDraft(draft) {
  try {
    localStorage.setItem(storageKey(draft.sourceId), JSON.stringify(draft));
  } catch {
    // Storage full or refused: the page still works, only a reload would lose the draft.
  }
}

export function dropDraft(sourceId = null) {
  try {
    localStorage.removeItem(storageKey(sourceId));
  } catch {
    // Nothing to drop.
  }
}

let seq = 0;
/** A key for one draft item, unique in the page and across reloads. */
export const itemKey = () => `i${Date.now().toString(36)}${(++seq).toString(36)}`;

/** Whether the draft holds anything worth keeping. */
export const hasWork = (d) => !!(d.article.text || d.items.length || d.article.title);

/** True when two spans are the same span. */
export const sameSpan = (a, b) => a.start === b.start && a.end === b.end;

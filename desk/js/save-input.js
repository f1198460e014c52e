// From the draft to saveArticle's input, and from the server's item errors (paths such as
// "attributions.2.quote") back to the draft items they concern, so each is marked in place.

/**
 * The input, plus `owners`: for each path prefix (attributions.2, actors.0, claims.1, links.0,
 * citedSources.0), the keys of the draft items it came from.
 */
export function toSaveInput(draft, idempotencyKey) {
  const owners = new Map();
  const own = (path, key) => owners.set(path, [...(owners.get(path) ?? []), key]);
  const items = draft.items.filter((i) => !i.saved);
  const actors = [];
  const actorRef = new Map();
  const cited = [];
  const citedRef = new Map();
  const claims = [];
  const claimRef = new Map();
  const attributions = [];
  const links = [];

  const newActorRef = (sp, key) => {
    const id = `${sp.kind}:${sp.name.trim().toLowerCase()}`;
    if (!actorRef.has(id)) {
      actorRef.set(id, `a${actors.length + 1}`);
      actors.push({ ref: actorRef.get(id), kind: sp.kind, name: sp.name.trim(), description: sp.description || null, notDuplicateOf: sp.notDuplicateOf ?? [] });
    }
    own(`actors.${actors.findIndex((a) => a.ref === actorRef.get(id))}`, key);
    return actorRef.get(id);
  };
  for (const item of items) {
    const a = { start: item.start, end: item.end, quote: item.quote, mode: item.mode, saidAt: item.saidAt || null };
    if (item.speaker.id) a.speakerId = item.speaker.id;
    else a.speakerRef = newActorRef(item.speaker, item.key);
    if (item.claim.attachTo) a.claimId = item.claim.attachTo.id;
    else {
      const text = item.claim.text.trim();
      if (!claimRef.has(text)) {
        claimRef.set(text, `c${claims.length + 1}`);
        claims.push({ ref: claimRef.get(text), text });
      }
      a.claimRef = claimRef.get(text);
      own(`claims.${claims.findIndex((c) => c.ref === a.claimRef)}`, item.key);
    }
    if (item.via?.id) a.viaIds = [item.via.id];
    else if (item.via?.title) {
      const t = item.via.title.trim();
      if (!citedRef.has(t)) {
        citedRef.set(t, `s${cited.length + 1}`);
        cited.push({ ref: citedRef.get(t), title: t });
      }
      a.viaRefs = [citedRef.get(t)];
      own(`citedSources.${cited.findIndex((c) => c.ref === citedRef.get(t))}`, item.key);
    }
    own(`attributions.${attributions.length}`, item.key);
    attributions.push(a);
    for (const link of item.links ?? []) {
      const from = a.claimRef ? { ref: a.claimRef } : { id: a.claimId };
      own(`links.${links.length}`, item.key);
      links.push({ from, to: { id: link.to.id }, kind: link.kind, basis: link.basis.trim() });
    }
  }

  const art = draft.article;
  const input = { idempotencyKey, actors, citedSources: cited, claims, attributions, links };
  if (draft.sourceId) {
    input.sourceId = draft.sourceId;
    input.baseRevision = draft.baseRevision;
  } else {
    input.source = {
      title: art.title.trim(),
      text: art.text,
      kind: 'ARTICLE',
      url: art.url.trim() || null,
      publishedAt: art.publishedAt.trim() || null,
      language: art.language.trim() || null,
      publisherId: art.publisher?.id ?? null,
    };
  }
  return { input, owners };
}

/**
 * Puts each item error on the draft items it concerns; what concerns the article itself
 * (source.title, source.url…) or nothing known is returned to be shown at the top.
 */
export function placeErrors(draft, owners, problems) {
  for (const item of draft.items) item.error = null;
  const general = [];
  for (const p of problems) {
    const path = String(p.path ?? '');
    const prefix = path.split('.').slice(0, 2).join('.');
    const keys = owners.get(prefix);
    const message = describe(p);
    if (!keys?.length) {
      general.push(path ? `${path}: ${message}` : message);
      continue;
    }
    for (const key of keys) {
      const item = draft.items.find((i) => i.key === key);
      if (item) item.error = item.error ? `${item.error} ${message}` : message;
    }
  }
  return general;
}

function describe(p) {
  const candidates = p.details?.candidates;
  if (p.code === 'DUPLICATE_SUSPECTED' && Array.isArray(candidates) && candidates.length) {
    const names = candidates.map((c) => c.name ?? c.actor?.name ?? c.id).filter(Boolean).join(', ');
    return `${p.message} Choose “Same as” or “Different” for: ${names}.`;
  }
  return p.message;
}

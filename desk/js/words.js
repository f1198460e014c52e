// How the desk says things: modes, kinds, speakers and whole draft items in words.

export const MODE_LABEL = { DIRECT_QUOTE: 'direct quote', PARAPHRASE: 'paraphrase', REPORTED: 'reported' };
export const KIND_WORD = { PERSON: 'person', ORGANISATION: 'organisation' };

/**
 * The cue line of a suggestion. A quote that carries on an earlier one ("quote-continued"),
 * an epigraph and the text's own voice have no cue of their own: say where the speaker comes from.
 */
export function cueWords(s) {
  if (s.pattern === 'quote-continued') return 'continues the quote above';
  if (s.pattern === 'quote-epigraph') return 'a quotation standing alone; its speaker is introduced just after it';
  if (s.pattern === 'own-voice') return 'the text’s own voice';
  return `cue “${s.cue || '(none)'}”`;
}

export const clip = (s, n = 90) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** The speaker of a draft item: an existing actor by name, or a new one with its kind. */
export function speakerWords(sp) {
  if (sp.id) return sp.name;
  const notDup = sp.notDuplicateOf?.length ? `, not the same as ${sp.notDuplicateNames?.join(', ') || sp.notDuplicateOf.join(', ')}` : '';
  return `new ${KIND_WORD[sp.kind] ?? 'actor'} “${sp.name}”${notDup}`;
}

/** One line per thing the save writes, in the order it writes them. */
export function reviewLines(draft) {
  const lines = [];
  const items = draft.items.filter((i) => !i.saved);
  const art = draft.article;
  if (!draft.sourceId) {
    const parts = [art.publisher ? `published by ${art.publisher.name}` : null, art.publishedAt ? `on ${art.publishedAt}` : null, art.url ? `at ${art.url}` : null, art.language ? `in ${art.language}` : null];
    lines.push({ text: `Create the source “${art.title || '(no title yet)'}”: ${art.text.length} characters of text, ${parts.filter(Boolean).join(', ') || 'no publisher, date or URL'}.` });
  } else {
    lines.push({ text: `Add to the source already in the graph (${draft.sourceId}).` });
  }
  const seenActors = new Set();
  for (const i of items) {
    if (i.speaker.id) continue;
    const id = `${i.speaker.kind}:${i.speaker.name.toLowerCase()}`;
    if (seenActors.has(id)) continue;
    seenActors.add(id);
    lines.push({ key: i.key, text: `Create the ${speakerWords(i.speaker)}.` });
  }
  const seenClaims = new Set();
  for (const i of items) {
    if (i.claim.attachTo || seenClaims.has(i.claim.text.trim())) continue;
    seenClaims.add(i.claim.text.trim());
    lines.push({ key: i.key, text: `Create the claim “${clip(i.claim.text.trim(), 120)}”.` });
  }
  for (const i of items) {
    const claim = i.claim.attachTo ? `the existing claim “${clip(i.claim.attachTo.text, 80)}”` : 'that claim';
    const extras = [i.saidAt ? `said on ${i.saidAt}` : null, i.via ? `relayed from ${i.via.id ? '' : 'a new cited source '}“${i.via.title}”` : null].filter(Boolean).join(', ');
    lines.push({ key: i.key, text: `Attribute to ${speakerWords(i.speaker)} the ${MODE_LABEL[i.mode]} “${clip(i.quote)}” (characters ${i.start}–${i.end}) for ${claim}${extras ? `, ${extras}` : ''}.` });
    for (const l of i.links ?? []) lines.push({ key: i.key, text: `Link its claim: ${l.kind} “${clip(l.to.text, 80)}”, because ${l.basis}.` });
  }
  return lines;
}

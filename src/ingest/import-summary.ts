import type { RowKey } from '../graph/repositories/BulkWriter';
import type { NodeKey } from './import-merge';

const NODE_WORDS: Record<NodeKey, [string, string]> = {
  persons: ['person', 'persons'],
  organisations: ['organisation', 'organisations'],
  sources: ['source', 'sources'],
  events: ['event', 'events'],
  claims: ['claim', 'claims'],
  attributions: ['attribution', 'attributions'],
};

/** Links worth a word; OF, BY and IN come with their attribution. */
export const LINK_WORDS: Partial<Record<RowKey, [string, string]>> = {
  contradicts: ['counterclaim', 'counterclaims'],
  supports: ['supporting claim', 'supporting claims'],
  about: ['"about" link', '"about" links'],
  via: ['reporting chain link (VIA)', 'reporting chain links (VIA)'],
  cites: ['citation', 'citations'],
  onBehalfOf: ['"on behalf of" link', '"on behalf of" links'],
  publishedBy: ['publisher', 'publishers'],
  authoredBy: ['author', 'authors'],
  positions: ['position', 'positions'],
  memberships: ['membership', 'memberships'],
  mentions: ['mention', 'mentions'],
};

const FIELD_PLURAL: Record<string, string> = { aliases: 'alias', country: 'country', countries: 'country' };

const counted = (n: number, [one, many]: [string, string]) => `${n} ${n === 1 ? one : many}`;
const list = (parts: string[]) => (parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`);
const fieldWords = (field: string): [string, string] => {
  const one = FIELD_PLURAL[field] ?? field;
  return [one, field === 'aliases' ? 'aliases' : field === 'country' ? 'countries' : `${one}s`];
};

/** "adds 2 persons and 1 source (new); links 1 counterclaim; updates 1 alias", or null when nothing would change. */
export function describeImport(created: Record<NodeKey, number>, links: Partial<Record<RowKey, number>>, updated: Record<string, number>): string | null {
  const adds = (Object.keys(NODE_WORDS) as NodeKey[]).filter((k) => created[k] > 0).map((k) => counted(created[k], NODE_WORDS[k]));
  const linked = (Object.keys(LINK_WORDS) as RowKey[]).filter((k) => (links[k] ?? 0) > 0).map((k) => counted(links[k]!, LINK_WORDS[k]!));
  const updates = Object.keys(updated).sort().map((f) => counted(updated[f], fieldWords(f)));
  const parts = [adds.length ? `adds ${list(adds)} (new)` : '', linked.length ? `links ${list(linked)}` : '', updates.length ? `updates ${list(updates)}` : ''].filter(Boolean);
  return parts.length ? parts.join('; ') : null;
}

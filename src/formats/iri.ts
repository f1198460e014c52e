/** Graph ids as IRIs: stable, global, and not tied to where the service happens to be deployed. */
export const iriOf = (id: string): string => `urn:claimgraph:${id}`;

/** Wikidata ids as the entity IRIs other datasets link to. */
export const wikidataIri = (qid: string | null | undefined): string | null => (qid ? `http://www.wikidata.org/entity/${qid}` : null);

/** Drops null and undefined members, so documents carry only what is known. */
export function compact<T extends Record<string, unknown>>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0))) as Partial<T>;
}
